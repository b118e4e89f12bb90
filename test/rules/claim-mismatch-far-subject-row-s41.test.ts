import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'Số: 19/BC-UBND', 'Hòa An, ngày 10 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả cải cách hành chính năm 2024'];
const TABLE = [
  'I. KẾT QUẢ',
  'Bảng 1. Một số chỉ tiêu cải cách hành chính năm 2024 so với năm 2023',
  '| STT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 |',
  '|---|---|---|---|---|',
  '| 1 | Hồ sơ trực tuyến toàn trình tiếp nhận qua cổng dịch vụ công | hồ sơ | 350 | 1 050 |',
  '| 2 | Chứng thư số cấp cho cá nhân | chứng thư | 200 | 260 |',
  '',
  'Các thủ tục hành chính được giải quyết đúng quy trình.',
  'II. ĐÁNH GIÁ CHUNG',
];

function audit(body: string[]): Finding[] {
  return analyseSource(sourceFromText([...HEAD, ...body].join('\n')), { only: ['claim-mismatch'] }).findings;
}
const summary = (fs: Finding[]) => fs.map((f) => [f.messageId, f.data?.stated, f.data?.high, f.data?.low]);

describe('claim-mismatch: a figure-less "số X gấp N lần năm Y" against the one row named X in a table of another section', () => {
  it('flags the multiple the row contradicts', () => {
    // Hand-checked: 1 050 / 350 = 3, not 2.
    const body = [...TABLE, 'Công tác cải cách hành chính được quan tâm; số hồ sơ trực tuyến toàn trình gấp 2 lần năm 2023.'];
    expect(summary(audit(body))).toEqual([['ratioMismatch', 2, 1050, 350]]);
  });

  it('stays silent when the row agrees', () => {
    const body = [...TABLE, 'Công tác cải cách hành chính được quan tâm; số hồ sơ trực tuyến toàn trình gấp 3 lần năm 2023.'];
    expect(audit(body)).toEqual([]);
  });

  it('reads nothing when two rows open with the subject', () => {
    const two = [...TABLE.slice(0, 6), '| 3 | Hồ sơ trực tuyến toàn trình trả kết quả qua bưu chính | hồ sơ | 100 | 150 |', ...TABLE.slice(6)];
    expect(audit([...two, 'Công tác cải cách hành chính được quan tâm; số hồ sơ trực tuyến toàn trình gấp 2 lần năm 2023.'])).toEqual([]);
  });
});
