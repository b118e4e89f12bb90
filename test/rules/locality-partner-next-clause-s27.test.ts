import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A commune's report: a partner named in the next clause (after a semicolon) makes no list with a peer named as the doer.
const commune = (line: string) => ['ỦY BAN NHÂN DÂN', 'XÃ TÂN THÀNH', 'Số: 33/BC-UBND', 'Tân Thành, ngày 20 tháng 6 năm 2025', 'BÁO CÁO',
  'Kết quả xây dựng nông thôn mới 6 tháng đầu năm 2025', 'UBND xã Tân Thành báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: a peer doing the report\'s work beside a partner of the next clause', () => {
  it('flags the peer when the partner stands after a semicolon', () => {
    expect(audit(commune('Trong 6 tháng, xã Tân Lộc đã cứng hóa 1,8 km đường trục thôn; phối hợp với xã Tân Phong nạo vét 3 km kênh tiêu.')))
      .toEqual([['xã Tân Lộc', 'xã Tân Thành']]);
  });

  it('still reads two peers of one clause as a list', () => {
    expect(audit(commune('Trong 6 tháng, xã Tân Lộc phối hợp với xã Tân Phong nạo vét 3 km kênh tiêu.'))).toEqual([]);
    expect(audit(commune('Tuyến kênh chạy qua địa bàn giáp xã Tân Lộc và xã Tân Phong.'))).toEqual([]);
  });
});
