import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (line: string) =>
  analyseSource(sourceFromText(['ỦY BAN NHÂN DÂN', 'XÃ HÒA LẠC', 'Số: 58/BC-UBND', 'Hòa Lạc, ngày 30 tháng 9 năm 2025', 'BÁO CÁO',
    'Kết quả công tác tư pháp 9 tháng năm 2025', 'UBND xã Hòa Lạc báo cáo như sau:', '1. KẾT QUẢ', line].join('\n')), { only: ['locality-mismatch'] })
    .findings.map((f) => [f.data?.found, f.data?.expected]);

describe('locality-mismatch: a unit that sent files on to the issuer', () => {
  it('leaves a unit named as the sender of what the issuer received unflagged', () => {
    expect(audit('Đã giải quyết 05 đơn thư khiếu nại do UBND xã Bình Yên chuyển sang theo thẩm quyền.')).toEqual([]);
    expect(audit('Nhận 14 bộ hồ sơ đăng ký hộ tịch do xã Tân Xã chuyển về để giải quyết.')).toEqual([]);
  });

  it('still flags the other unit when it does the deed itself', () => {
    // Hand-checked: the files were received by another commune, as if its facts were the issuer's.
    expect(audit('UBND xã Bình Yên tiếp nhận 05 đơn thư khiếu nại và chuyển đến cơ quan có thẩm quyền.')).toEqual([['xã Bình Yên', 'xã Hòa Lạc']]);
  });
});
