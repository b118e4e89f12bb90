import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (line: string) =>
  analyseSource(sourceFromText(['ỦY BAN NHÂN DÂN', 'XÃ BẢN LIỀN', 'Số: 31/BC-UBND', 'Bản Liền, ngày 28 tháng 6 năm 2025', 'BÁO CÁO',
    'Kết quả công tác văn hóa 6 tháng đầu năm 2025', 'UBND xã Bản Liền báo cáo như sau:', '1) KẾT QUẢ', line].join('\n')), { only: ['locality-mismatch'] })
    .findings.map((f) => [f.data?.found, f.data?.expected]);

describe('locality-mismatch: the unit people came from', () => {
  it('leaves a unit named as where guests came from unflagged', () => {
    expect(audit('Lễ hội xuống đồng thu hút khoảng 900 lượt người, có cả đồng bào từ xã Nậm Xé sang tham gia.')).toEqual([]);
    expect(audit('Giải bóng đá thanh niên có 8 đội, trong đó 2 đội từ xã Tân Tiến về dự.')).toEqual([]);
  });

  it('still flags the unit where the report\'s own event took place', () => {
    // Hand-checked: the festival is the issuer's own, located in another commune.
    expect(audit('Lễ hội xuống đồng tại xã Nậm Xé thu hút khoảng 900 lượt người tham gia.')).toEqual([['xã Nậm Xé', 'xã Bản Liền']]);
  });
});
