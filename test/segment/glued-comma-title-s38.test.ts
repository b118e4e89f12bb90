/**
 * A title glued to its marker's dash or slash whose first word ends in a comma (s38): "b-Khám, chữa bệnh", "2/Thu, chi ngân
 * sách", "II-THU, CHI NGÂN SÁCH". The glued house style asked for a space right after the title's first word, so such a
 * letter heading was not read, and the one before it ("a-…") was left alone in its run and dropped too. A lone glued word
 * ("e-Office, chữ ký số …") is still no heading, nor a glued letter outside a run. Reports written for this test (health,
 * budget); outlines checked by hand against the lines.
 */
import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { outline, sourceFromText } from './source-from-lines.js';

const tree = (lines: string[]) => outline(segmentSections(sourceFromText(lines.join('\n'))).sections);

describe('a glued title opening on "Word, word" (s38)', () => {
  test('the grammar reads it after a dash or a slash, for a letter, a number and a Roman numeral', () => {
    for (const [line, key, style, mark] of [
      ['b-Khám, chữa bệnh', 'b', 'letter', '-'],
      ['d–Tiêm, uống vắc xin', 'd', 'letter', '-'],
      ['3-Thu, chi ngân sách', '3', 'arabic', '-'],
      ['2/Thu, chi ngân sách', '2', 'arabic', '/'],
      ['IV-THU, CHI NGÂN SÁCH', 'IV', 'roman', '-'],
      ['IV/THU, CHI NGÂN SÁCH', 'IV', 'roman', '/'],
    ] as const) {
      expect(recogniseHeading(line), line).toMatchObject({ key, style, mark, title: line.slice(key.length + 1) });
    }
  });

  test('a glued single word, a comma with no word after it, a digit after the mark stay no heading', () => {
    for (const line of ['e-Office,', 'b-Khám,chữa bệnh', '3-5, 6 lượt', '2/3, 4 thôn', 'V-League, giải bóng đá']) {
      const h = recogniseHeading(line);
      expect(h === null || h.glued === true, line).toBe(true);
      if (line !== 'V-League, giải bóng đá') expect(h, line).toBeNull();
    }
  });

  test('I- / 1- / a- / +: "b-Khám, chữa bệnh" after "a-…" under the second number makes a run of two, both headings', () => {
    expect(tree([
      'I-KẾT QUẢ CÔNG TÁC Y TẾ',
      '1-Y tế dự phòng',
      'a-Tiêm chủng mở rộng',
      '+ Tiêm đủ liều cho 312 trẻ dưới 1 tuổi, đạt 97,5%.',
      'b-Giám sát dịch bệnh',
      '+ Không để dịch lớn xảy ra trên địa bàn.',
      '2-Khám bệnh, chữa bệnh',
      'a-Khám bệnh ban đầu',
      '+ Trạm y tế khám cho 6.480 lượt người.',
      'b-Khám, chữa bệnh bảo hiểm y tế',
      '+ Có 4.925 lượt khám bảo hiểm y tế.',
      'II-PHƯƠNG HƯỚNG',
      '+ Duy trì tỷ lệ tiêm chủng trên 95%.',
    ])).toBe('I(1(a b) 2(a b)) II');
  });

  test('near look-alikes stay body: a lone "e-Office, …" line and a glued letter run not counting from "a"', () => {
    expect(tree([
      'I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH',
      'Phòng ban chuyên môn xử lý hồ sơ trên môi trường mạng.',
      'e-Office, chữ ký số được dùng cho 100% văn bản đi.',
      'c-Tiếp nhận, trả kết quả qua bưu chính',
      'd-Thanh toán, nộp phí trực tuyến',
      'II. KIẾN NGHỊ',
      'Đề nghị nâng cấp đường truyền.',
    ])).toBe('I II');
  });
});
