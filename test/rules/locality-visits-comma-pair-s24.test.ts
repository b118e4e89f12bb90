import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A district's report: a peer district counts only where the report's own facts happen there.
const district = (line: string) => ['ỦY BAN NHÂN DÂN', 'HUYỆN HÀ TRUNG', 'Số: 64/BC-UBND', 'Hà Trung, ngày 12 tháng 10 năm 2025', 'BÁO CÁO',
  'Kết quả công tác văn hóa, du lịch 9 tháng năm 2025', 'UBND huyện Hà Trung báo cáo như sau:', 'I. KẾT QUẢ', line];

describe('locality-mismatch: visitors counted at a unit', () => {
  it('flags a count of visitors coming to another district, stated as the report\'s own measure', () => {
    // Hand-checked: the arrivals (and their estimate) are the district's own tourism figure, put on huyện Nga Sơn.
    expect(audit(district('Số lượt du khách đến huyện Nga Sơn trong 9 tháng ước đạt 41.200 lượt, tăng 6% so với cùng kỳ.'))).toEqual([['huyện Nga Sơn', 'huyện Hà Trung']]);
    expect(audit(district('Lượt khách về huyện Nga Sơn năm 2025 đạt 52.000 lượt.'))).toEqual([['huyện Nga Sơn', 'huyện Hà Trung']]);
  });

  it('leaves the issuer\'s own name, a trip organised to a peer and a group that came from it unflagged', () => {
    expect(audit(district('Số lượt du khách đến huyện Hà Trung trong 9 tháng ước đạt 41.200 lượt.'))).toEqual([]);
    expect(audit(district('Phòng Văn hóa đã tổ chức đưa 3 đoàn khách đến huyện Nga Sơn tham quan làng nghề cói.'))).toEqual([]);
    expect(audit(district('Khách đến huyện Nga Sơn thường ghé qua các điểm du lịch của huyện.'))).toEqual([]);
  });
});

describe('locality-mismatch: "các cơ quan, đơn vị" before the area of a peer', () => {
  it('reads the comma of "cơ quan, đơn vị" as inside one subject, after a semicolon too', () => {
    // Hand-checked: the bodies taking on the care are located in huyện Nga Sơn, the clause's subject, in Hà Trung's report.
    expect(audit(district('- Tặng 120 suất quà cho gia đình chính sách; các cơ quan, đơn vị trên địa bàn huyện Nga Sơn nhận đỡ đầu 15 gia đình liệt sĩ.'))).toEqual([['huyện Nga Sơn', 'huyện Hà Trung']]);
  });

  it('leaves an object phrase and the issuer\'s own area unflagged', () => {
    expect(audit(district('- Tặng 120 suất quà cho gia đình chính sách; các cơ quan, đơn vị trên địa bàn huyện Hà Trung nhận đỡ đầu 15 gia đình liệt sĩ.'))).toEqual([]);
    expect(audit(district('- Phối hợp với các cơ quan, đơn vị trên địa bàn huyện Nga Sơn tổ chức 02 đợt thăm hỏi.'))).toEqual([]);
  });
});
