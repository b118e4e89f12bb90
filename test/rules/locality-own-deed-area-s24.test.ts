import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { sourceFromText } from '../segment/source-from-lines.js';

const audit = (lines: string[]) =>
  analyseSource(sourceFromText(lines.join('\n')), { only: ['locality-mismatch'] }).findings.map((f) => [f.data?.found, f.data?.expected]);

// A district's report: a peer district counts only where it is where the report's own facts happen. A sentence with no
// subject, opened by a verb of a deed and its count, is the issuer's own deed; the area named after it is where it was done.
describe('locality-mismatch: the area of a deed the report tells as its own', () => {
  const district = (line: string) => ['ỦY BAN NHÂN DÂN', 'HUYỆN TÂY SƠN', 'Số: 118/BC-UBND', 'Tây Sơn, ngày 20 tháng 6 năm 2025', 'BÁO CÁO',
    'Kết quả công tác văn hóa, thông tin 6 tháng đầu năm 2025', 'UBND huyện Tây Sơn báo cáo như sau:', 'I. KẾT QUẢ', line];

  it('flags another district as the area of the issuer\'s own film shows', () => {
    // Hand-checked: the shows are huyện Tây Sơn's own deed (no other actor), placed in huyện Hoài Ân.
    expect(audit(district('- Tổ chức 18 buổi chiếu phim lưu động trên địa bàn huyện Hoài Ân phục vụ nhân dân dịp Tết.'))).toEqual([['huyện Hoài Ân', 'huyện Tây Sơn']]);
    expect(audit(district('- Thực hiện 14 cuộc kiểm tra hoạt động kinh doanh karaoke trên địa bàn huyện Hoài Ân.'))).toEqual([['huyện Hoài Ân', 'huyện Tây Sơn']]);
  });

  it('leaves a partner, people sent out, another actor and the issuer\'s own name unflagged', () => {
    expect(audit(district('- Phối hợp với Phòng Văn hóa huyện Hoài Ân tổ chức 18 buổi chiếu phim trên địa bàn huyện Hoài Ân.'))).toEqual([]);
    expect(audit(district('- Tổ chức 05 đoàn nghệ thuật quần chúng hỗ trợ biểu diễn trên địa bàn huyện Hoài Ân.'))).toEqual([]);
    expect(audit(district('- Đoàn kiểm tra liên ngành của tỉnh tiến hành 06 cuộc kiểm tra trên địa bàn huyện Hoài Ân.'))).toEqual([]);
    expect(audit(district('- Tổ chức 18 buổi chiếu phim lưu động trên địa bàn huyện Tây Sơn phục vụ nhân dân dịp Tết.'))).toEqual([]);
  });
});
