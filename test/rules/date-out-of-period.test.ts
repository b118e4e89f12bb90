import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['Số: /BC-UBND', 'Tân Lập, ngày 20 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả chuyển đổi số 6 tháng đầu năm 2024', 'I. KẾT QUẢ'];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['date-out-of-period'] }).findings;
}

describe('date-out-of-period', () => {
  it('flags a previous-year date among dated actions of the period, written as "ngày … tháng … năm"', () => {
    const f = audit(['Đã tổ chức hội nghị ngày 12 tháng 01 năm 2024, tập huấn ngày 05 tháng 3 năm 2024, ra quân ngày 20 tháng 4 năm 2023 tại nhà văn hóa.']);
    expect(f.map((x) => [x.messageId, x.data.found])).toEqual([['dateBeforePeriod', 'ngày 20 tháng 4 năm 2023']]);
    expect(f[0].evidence).toHaveLength(3);
  });

  it('flags a lone date its own sentence contradicts: a finished action after signing, an old date on this year\'s event', () => {
    expect(audit(['- Ngày 14/8/2024, Xã đoàn đã tổ chức ngày hội công dân số cho 300 người.']).map((x) => x.messageId)).toEqual(['dateAfterReport']);
    expect(audit(['- Ngày 02/3/2021, Xã đoàn ra quân Tháng Thanh niên năm 2024, hướng dẫn 120 người cài VNeID.']).map((x) => x.messageId)).toEqual(['dateBeforePeriod']);
  });

  it('leaves a lone later date in a plan, and an old date with no year of the period beside it', () => {
    expect(audit(['- Dự kiến ngày 14/8/2024 sẽ tổ chức ngày hội công dân số.', '- Ngày 02/3/2021, xã được công nhận đạt chuẩn nông thôn mới.'])).toEqual([]);
  });

  it('flags an achievement dated after the period and the report date', () => {
    const f = audit(['Đã cấp chữ ký số ngày 15/02/2024, ngày 10/3/2024 và ngày 12/9/2024 cho cán bộ.']);
    expect(f.map((x) => x.messageId)).toEqual(['dateAfterPeriod']);
  });

  it('never flags founding documents, deadlines, or a lone old date', () => {
    expect(audit([
      'Thực hiện Nghị quyết số 06-NQ/TU ngày 10/11/2021, đã tổ chức hội nghị ngày 12/01/2024, tập huấn ngày 05/3/2024.',
      'Căn cứ Quyết định số 969/QĐ-UBND ngày 18/3/2022, ban hành văn bản ngày 04/01/2024, ngày 30/4/2024.',
      'Hệ thống được lắp đặt ngày 10/5/2020.',
      'Hoàn thành trước ngày 31/12/2025 các nội dung đã triển khai ngày 02/02/2024, ngày 03/3/2024.',
    ])).toEqual([]);
  });
});
