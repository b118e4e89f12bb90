import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { isCapitalTitle } from '../../src/segment/captions.js';
import { recogniseHeading } from '../../src/segment/heading.js';
import { outline, sourceFromText } from './source-from-lines.js';

const segment = (lines: string[]) => segmentSections(sourceFromText(lines.join('\n')));
/** Each section as "level:number|title". */
const shape = (lines: string[]) => segment(lines).sections.map((s) => `${s.level}:${s.number}|${s.title}`);

const HEADER = [
  'TRẠM Y TẾ XÃ AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 17/BC-TYT\tĐộc lập - Tự do - Hạnh phúc',
  'BÁO CÁO',
  'Tình hình hoạt động y tế cơ sở quý III năm 2025',
  'Căn cứ kế hoạch công tác năm của Trung tâm Y tế huyện, Trạm Y tế xã báo cáo như sau:',
];

describe('unnumbered title lines in capitals as the top level', () => {
  test('two or more title lines in capitals head the numbered parts below them', () => {
    const lines = [
      ...HEADER,
      'TÌNH HÌNH CHUNG',
      'Trạm có 6 nhân viên, trong đó 1 bác sĩ.',
      'KẾT QUẢ HOẠT ĐỘNG',
      '1. Khám chữa bệnh',
      'Tổng số lượt khám là 2.140 lượt.',
      '1.1. Khám bảo hiểm y tế',
      'Có 1.530 lượt khám bảo hiểm.',
      '2. Tiêm chủng',
      'a) Tiêm chủng mở rộng',
      'Tiêm đủ mũi cho 96 trẻ.',
      'ĐỀ XUẤT',
      'Đề nghị bổ sung một nữ hộ sinh.',
    ];
    expect(shape(lines)).toEqual([
      '1:|TÌNH HÌNH CHUNG',
      '1:|KẾT QUẢ HOẠT ĐỘNG',
      '2:1.|Khám chữa bệnh',
      '3:1.1.|Khám bảo hiểm y tế',
      '2:2.|Tiêm chủng',
      '3:a)|Tiêm chủng mở rộng',
      '1:|ĐỀ XUẤT',
    ]);
    expect(segment(lines).sections.filter((s) => s.style === 'title').map((s) => s.key)).toEqual(['', '', '']);
  });

  test('the header block before the first running text is never a title ("BÁO CÁO", "CỘNG HÒA …")', () => {
    const lines = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'KẾT QUẢ KIỂM TRA VỆ SINH TRƯỜNG HỌC', 'Đoàn kiểm tra đã làm việc tại 5 trường trong tháng 3, kết quả như sau:', 'NHỮNG VIỆC ĐÃ LÀM', 'Kiểm tra 5 bếp ăn.', 'KIẾN NGHỊ', 'Bổ sung nước sạch.'];
    expect(shape(lines)).toEqual(['1:|NHỮNG VIỆC ĐÃ LÀM', '1:|KIẾN NGHỊ']);
  });

  test('a single line in capitals is not a level: the document must use the style twice', () => {
    expect(shape([...HEADER, 'TÌNH HÌNH CHUNG', 'Trạm có 6 nhân viên.', '1. Khám bệnh', 'Khám 40 lượt.'])).toEqual(['1:1.|Khám bệnh']);
  });

  test('a document numbered with Roman numerals keeps its own top level: capital lines inside are not headings', () => {
    const lines = [...HEADER, 'I. KẾT QUẢ', 'SỐ LIỆU TỔNG HỢP', 'Khám 40 lượt.', 'MỘT SỐ NHẬN XÉT', 'Tăng so với quý trước.', 'II. KIẾN NGHỊ', 'Không có.'];
    expect(shape(lines)).toEqual(['1:I.|KẾT QUẢ', '1:II.|KIẾN NGHỊ']);
  });

  test('numbered headings before the first capital line: the capital lines are not the top level', () => {
    const lines = [...HEADER, '1. Khám bệnh', 'Khám 40 lượt.', 'GHI CHÚ THÊM', 'Số liệu tạm tính.', 'NGUỒN SỐ LIỆU', 'Sổ khám bệnh.'];
    expect(shape(lines)).toEqual(['1:1.|Khám bệnh']);
  });

  test('a line in capitals above a table is its caption, and two capital lines together are no title', () => {
    const lines = [...HEADER, 'TÌNH HÌNH CHUNG', 'Trạm có 6 nhân viên.', 'BẢNG TỔNG HỢP LƯỢT KHÁM', 'Tháng\tLượt', '7\t700', 'KẾT QUẢ', 'HOẠT ĐỘNG', 'Khám 40 lượt.', 'KIẾN NGHỊ', 'Không có.'];
    expect(shape(lines)).toEqual(['1:|TÌNH HÌNH CHUNG', '1:|KIẾN NGHỊ']);
  });

  test('the signature ends the body: "PHÓ TRƯỞNG TRẠM" and lines after "Nơi nhận:" are no titles', () => {
    const lines = [...HEADER, 'TÌNH HÌNH CHUNG', 'Trạm có 6 nhân viên.', 'KIẾN NGHỊ', 'Không có.', 'PHÓ TRƯỞNG TRẠM', 'Nguyễn Thị Lan', 'Nơi nhận:', 'LƯU TRỮ VĂN THƯ', '- Như trên.'];
    expect(shape(lines)).toEqual(['1:|TÌNH HÌNH CHUNG', '1:|KIẾN NGHỊ']);
  });

  test('what reads as a title in capitals', () => {
    expect(isCapitalTitle('PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026')).toBe(true);
    expect(isCapitalTitle('ĐỀ XUẤT')).toBe(true);
    expect(isCapitalTitle('Kết quả hoạt động')).toBe(false); // lower case
    expect(isCapitalTitle('TỔNG SỐ LƯỢT KHÁM LÀ 2.140 LƯỢT.')).toBe(false); // a sentence
    expect(isCapitalTitle('KT. TRƯỞNG TRẠM')).toBe(false); // signature
    expect(isCapitalTitle('UBND HUYỆN')).toBe(false); // a signing body
    expect(isCapitalTitle('GHI CHÚ')).toBe(true);
    expect(isCapitalTitle('TP')).toBe(false); // too few letters
  });
});

describe('lowercase Roman numerals under letters', () => {
  test('"ii)" and "iv." read as lowercase Roman numerals, a style apart from "II."', () => {
    expect(recogniseHeading('ii) Nhóm cây lâu năm')).toMatchObject({ key: 'ii', style: 'roman', ordinal: 2, mark: ')' });
    expect(recogniseHeading('iv. Nhóm cây hằng năm')).toMatchObject({ key: 'iv', ordinal: 4 });
    expect(recogniseHeading('iii)2')).toBeNull();
    expect(recogniseHeading('iiii) Nhóm khác')).toBeNull();
  });

  test('"i)" followed by "ii)" is the first Roman numeral, nested under the letter above it', () => {
    const lines = ['1. Trồng trọt', 'a) Cây ăn quả', 'i) Cam sành ở các thôn phía bắc', 'Trồng 12 ha.', 'ii) Bưởi da xanh', 'Trồng 8 ha.', 'b) Cây rau', 'Trồng 30 ha.'];
    const { sections } = segment(lines);
    expect(outline(sections)).toBe('1(a(i ii) b)');
    expect(sections.map((s) => s.level)).toEqual([1, 2, 3, 3, 2]);
  });

  test('"i)" after "h)" is the ninth letter', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i'].map((l, k) => `${l}) Mục thứ ${k + 1} của danh sách`);
    const lines = ['1. Danh sách', ...letters.flatMap((l) => [l, 'Nội dung.'])];
    expect(outline(segment(lines).sections)).toBe('1(a b c d đ e g h i)');
  });
});
