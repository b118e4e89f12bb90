/**
 * heading-numbering in the house styles beyond the seeds': capital letters, "Phần thứ …",
 * "Mục", "1)", "1-", "a-" and four-level numbers. Each case is a short outline with one slip.
 */
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import type { Finding } from '../../src/model/index.js';
import { sourceFromText } from '../segment/source-from-lines.js';

function audit(lines: string[]): Finding[] {
  return analyseSource(sourceFromText(lines.join('\n')), { only: ['heading-numbering'] }).findings;
}

/** [message id, found, expected] of each finding. */
const brief = (f: Finding[]) => f.map((x) => [x.messageId, x.data.found, x.data.expected]);

describe('heading-numbering across house styles', () => {
  it('accepts Roman numerals and arabic numbers restarting under each capital letter', () => {
    expect(audit(['A. KẾT QUẢ', 'I. KINH TẾ', '1. Nông nghiệp', '2. Dịch vụ', 'II. XÃ HỘI', '1. Y tế', 'B. PHƯƠNG HƯỚNG', 'I. MỤC TIÊU', '1. Kinh tế', 'II. GIẢI PHÁP'])).toEqual([]);
  });

  it('reports a capital letter skipped, counting Đ as optional after D', () => {
    expect(brief(audit(['A. KẾT QUẢ', 'B. TỒN TẠI', 'D. KIẾN NGHỊ']))).toEqual([['numberGap', 'D.', 'C.']]);
    expect(audit(['A. X', 'B. X', 'C. X', 'D. X', 'E. X'])).toEqual([]);
  });

  it('reports "Phần thứ ba" after "Phần thứ nhất", written in the words of the document', () => {
    const f = audit(['PHẦN THỨ NHẤT', 'KẾT QUẢ', 'I. CHỈ ĐẠO', 'PHẦN THỨ BA', 'NHIỆM VỤ', 'I. MỤC TIÊU']);
    expect(brief(f)).toEqual([['numberGap', 'PHẦN THỨ BA', 'PHẦN THỨ HAI']]);
  });

  it('reads the slash style "I/ … 1/ … a/": a repeated Roman numeral and a skipped letter', () => {
    expect(audit(['I/ TÌNH HÌNH', '1/ Dân số', 'II/ KẾT QUẢ', '1/ Y tế', 'a/ Khám bệnh', 'b/ Tiêm chủng', '2/ Giáo dục', 'III/ KIẾN NGHỊ'])).toEqual([]);
    expect(brief(audit(['I/ TÌNH HÌNH', 'II/ KẾT QUẢ', 'II/ NHIỆM VỤ', 'III/ KIẾN NGHỊ']))).toEqual([['numberDuplicate', 'II/', 'III/']]);
    expect(brief(audit(['I/ KẾT QUẢ', '1/ Y tế', 'a/ Khám bệnh', 'b/ Tiêm chủng', 'd/ Dân số', 'II/ KIẾN NGHỊ']))).toEqual([['numberGap', 'd/', 'c/']]);
  });

  it('reports a repeated "Mục"', () => {
    expect(brief(audit(['Mục 1. KẾT QUẢ', '1.1. Khám bệnh', 'Mục 1. TỒN TẠI', '1.1. Nhân lực']))).toEqual([['numberDuplicate', 'Mục 1.', 'Mục 2.']]);
  });

  it('reports a number whose prefix is not its "Mục"', () => {
    const f = audit(['Mục 1. KẾT QUẢ', '1.1. Khám bệnh', 'MỤC 2. TỒN TẠI', '2.1. Nhân lực', '1.2. Cơ sở vật chất']);
    expect(brief(f)).toEqual([['numberPrefix', '1.2.', '2.2.']]);
  });

  it('reports a gap in four-level numbers under a "Mục"', () => {
    const f = audit(['Mục 1. KẾT QUẢ', '1.1. Khám bệnh', '1.1.1. Tại trạm', '1.1.1.1. Ngoại trú', '1.1.1.3. Nội trú']);
    expect(brief(f)).toEqual([['numberGap', '1.1.1.3.', '1.1.1.2.']]);
  });

  it('reports a list of "1)" starting at "2)"', () => {
    const f = audit(['I. KẾT QUẢ', '2) Cải cách thể chế', '3) Cải cách thủ tục']);
    expect(brief(f)).toEqual([['numberStartsLate', '2)', '1)']]);
  });

  it('reports dashed letters skipping "c-"', () => {
    const f = audit(['1) Cải cách thể chế', 'a- Xây dựng văn bản', 'b- Rà soát văn bản', 'd- Kiểm tra văn bản']);
    expect(brief(f)).toEqual([['numberGap', 'd-', 'c-']]);
  });

  it('reports a duplicated dashed number "2-"', () => {
    const f = audit(['1- Kết quả rà soát', 'a) Hộ nghèo', '2- Chính sách', '2- Kiến nghị']);
    expect(brief(f)).toEqual([['numberDuplicate', '2-', '3-']]);
  });

  it('takes "2)" between "1." and "3." as a punctuation slip, not as a gap and a list starting at 2', () => {
    expect(audit(['I. KẾT QUẢ', '1. Hạ tầng', '2) Ứng dụng', '3. Nhân lực'])).toEqual([]);
  });

  it('does not count the items of a list inside running text as headings', () => {
    const f = audit(['1. Y tế', 'Trạm đã thực hiện:', '1. Khám sàng lọc cho 820 người cao tuổi;', '3. Tiêm chủng cho 215 trẻ em.', '2. Giáo dục']);
    expect(f).toEqual([]);
  });
});

describe('heading-numbering on Roman-prefixed and bracketed numbers', () => {
  it('accepts a clean "I.1. / I.1.a)" outline', () => {
    expect(audit(['I. KẾT QUẢ', 'I.1. Khám bệnh', 'I.1.a) Ngoại trú', 'I.1.b) Nội trú', 'I.2. Dự phòng', 'II. NHIỆM VỤ', 'II.1. Nhân lực', 'II.2. Thiết bị'])).toEqual([]);
  });

  it('reports "II.2" twice, a skipped "II.3" and a letter skipped under "I.1"', () => {
    expect(brief(audit(['I. KẾT QUẢ', 'I.1 Khám bệnh', 'II. NHIỆM VỤ', 'II.1 Nhân lực', 'II.2 Thiết bị', 'II.2 Thuốc']))).toEqual([['numberDuplicate', 'II.2', 'II.3']]);
    expect(brief(audit(['I. KẾT QUẢ', 'I.1. Khám bệnh', 'I.2. Dự phòng', 'I.4. Truyền thông']))).toEqual([['numberGap', 'I.4.', 'I.3.']]);
    expect(brief(audit(['I. KẾT QUẢ', 'I.1. Khám bệnh', 'I.1.a) Ngoại trú', 'I.1.c) Nội trú']))).toEqual([['numberGap', 'I.1.c)', 'I.1.b)']]);
  });

  it('reports "II.1" under "III." as a number that does not extend its parent', () => {
    expect(brief(audit(['I. KẾT QUẢ', 'I.1. Khám bệnh', 'II. TỒN TẠI', 'II.1. Nhân lực', 'III. NHIỆM VỤ', 'II.1. Thiết bị']))).toEqual([['numberPrefix', 'II.1.', 'III.1.']]);
  });

  it('reports "(iii)" after "(i)", written in brackets', () => {
    expect(brief(audit(['1. KẾT QUẢ', '1.1. Khám bệnh', '(i) Người cao tuổi', '(iii) Học sinh', '1.2. Dự phòng']))).toEqual([['numberGap', '(iii)', '(ii)']]);
  });
});
