/**
 * Every marker style of issue 10's house styles, on short hand-written reports (water supply, forestry,
 * culture, health): read as headings at the depth the document nests them when the document uses the style
 * as its structure, and not read as headings when the same markers number a list in running text.
 * Outlines checked by hand against the lines.
 */
import { describe, expect, test } from 'vitest';
import { segmentSections } from '../../src/segment/index.js';
import { sourceFromText } from './source-from-lines.js';

const BODY = 'Trong kỳ, các thôn duy trì tốt việc vận hành và bảo dưỡng công trình.';

/** Each heading as "number@level". */
function levels(lines: string[]): string[] {
  return segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.number}@${s.level}`);
}

/** A report's lines: each heading followed by one body sentence, a title-only heading line when it is an array. */
function report(...headings: Array<string | [string, string]>): string[] {
  return headings.flatMap((h) => (Array.isArray(h) ? [...h, BODY] : [h, BODY]));
}

describe('marker styles used as a report\'s structure', () => {
  test('PHẦN I (title on the same line and on the next) / I. / 1. / a)', () => {
    expect(levels(report('PHẦN I. KẾT QUẢ CẤP NƯỚC', 'I. Nguồn nước', '1. Giếng khoan', 'a) Thôn Bắc', 'b) Thôn Nam', 'II. Chất lượng nước', ['PHẦN II', 'PHƯƠNG HƯỚNG NĂM TỚI'], 'I. Đầu tư', '1. Tuyến ống mới')))
      .toEqual(['PHẦN I.@1', 'I.@2', '1.@3', 'a)@4', 'b)@4', 'II.@2', 'PHẦN II@1', 'I.@2', '1.@3']);
  });

  test('Phần thứ nhất / I. / 1) / a-', () => {
    expect(levels(report('Phần thứ nhất: BẢO VỆ RỪNG', 'I. Tuần tra', '1) Rừng phòng hộ', 'a- Tiểu khu 12', 'b- Tiểu khu 14', '2) Rừng sản xuất', 'Phần thứ hai: NHIỆM VỤ', 'I. Trồng rừng')))
      .toEqual(['Phần thứ nhất@1', 'I.@2', '1)@3', 'a-@4', 'b-@4', '2)@3', 'Phần thứ hai@1', 'I.@2']);
  });

  test('PHẦN A with its title on the next line / I. restarting under PHẦN B / 1. / a)', () => {
    expect(levels(report(['PHẦN A', 'KẾT QUẢ HOẠT ĐỘNG VĂN HÓA'], 'I. Thiết chế văn hóa', '1. Nhà văn hóa thôn', 'a) Xây mới', 'II. Phong trào', ['PHẦN B', 'NHIỆM VỤ NĂM 2026'], 'I. Thiết chế văn hóa', 'II. Phong trào')))
      .toEqual(['PHẦN A@1', 'I.@2', '1.@3', 'a)@4', 'II.@2', 'PHẦN B@1', 'I.@2', 'II.@2']);
  });

  test('A. above Roman numerals, I. restarting under B.', () => {
    expect(levels(report('A. TÌNH HÌNH Y TẾ', 'I. Khám chữa bệnh', 'II. Y tế dự phòng', '1. Tiêm chủng', 'B. GIẢI PHÁP', 'I. Nhân lực', 'II. Trang thiết bị')))
      .toEqual(['A.@1', 'I.@2', 'II.@2', '1.@3', 'B.@1', 'I.@2', 'II.@2']);
  });

  test('Roman numerals I. to XX. are twenty siblings', () => {
    const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
    expect(levels(report(...romans.map((r) => `${r}. CÔNG VIỆC CỦA THÔN`)))).toEqual(romans.map((r) => `${r}.@1`));
  });

  test('Roman numerals with a dash, "I-" and "I - ", above 1. and a)', () => {
    expect(levels(report('I- KẾT QUẢ', '1. Cấp nước', 'a) Thôn Đông', 'II- TỒN TẠI'))).toEqual(['I -@1', '1.@2', 'a)@3', 'II -@1']);
    expect(levels(report('I - KẾT QUẢ', '1. Cấp nước', 'II - TỒN TẠI', '1. Nguồn vốn'))).toEqual(['I -@1', '1.@2', 'II -@1', '1.@2']);
  });

  test('arabic numbers 1. 1) 1- and "1 -" on top, letters below', () => {
    expect(levels(report('1. Cấp nước', 'a) Thôn Đông', '2. Vệ sinh môi trường'))).toEqual(['1.@1', 'a)@2', '2.@1']);
    expect(levels(report('1) Cấp nước', 'a. Thôn Đông', 'b. Thôn Tây', '2) Vệ sinh môi trường'))).toEqual(['1)@1', 'a.@2', 'b.@2', '2)@1']);
    expect(levels(report('1- Cấp nước', 'a- Thôn Đông', '2- Vệ sinh môi trường'))).toEqual(['1-@1', 'a-@2', '2-@1']);
    expect(levels(report('1 - Cấp nước', 'a - Thôn Đông', 'b - Thôn Tây', '2 - Vệ sinh môi trường'))).toEqual(['1-@1', 'a-@2', 'b-@2', '2-@1']);
  });

  test('multi-level numbers 1.1 / 1.2.3 / 1.2.3.4, undotted and dotted', () => {
    expect(levels(report('1. Nông nghiệp', '1.1 Trồng trọt', '1.1.1 Cây lúa', '1.1.1.1 Vụ đông xuân', '1.1.1.2 Vụ mùa', '1.1.2 Cây màu', '1.2 Chăn nuôi', '2. Lâm nghiệp')))
      .toEqual(['1.@1', '1.1@2', '1.1.1@3', '1.1.1.1@4', '1.1.1.2@4', '1.1.2@3', '1.2@2', '2.@1']);
    expect(levels(report('Mục 1. Nông nghiệp', '1.1. Trồng trọt', '1.1.1. Cây lúa', '1.1.1.1. Vụ đông xuân', '1.2. Chăn nuôi', 'Mục 2. Lâm nghiệp')))
      .toEqual(['Mục 1.@1', '1.1.@2', '1.1.1.@3', '1.1.1.1.@4', '1.2.@2', 'Mục 2.@1']);
  });

  test('letters a) … đ) … g) in the Vietnamese order, and "a -" with spaces', () => {
    expect(levels(report('I. CÁC XÃ', 'a) Xã An', 'b) Xã Bình', 'c) Xã Cường', 'd) Xã Dũng', 'đ) Xã Đông', 'e) Xã Yên', 'g) Xã Giang')))
      .toEqual(['I.@1', 'a)@2', 'b)@2', 'c)@2', 'd)@2', 'đ)@2', 'e)@2', 'g)@2']);
    expect(levels(report('I. CÁC XÃ', 'a - Xã An', 'b - Xã Bình', 'c – Xã Cường'))).toEqual(['I.@1', 'a-@2', 'b-@2', 'c–@2']);
  });

  test('Mục I with Roman numerals, Mục 1 with arabic', () => {
    expect(levels(report('Mục I. CẤP NƯỚC', '1. Nguồn nước', 'Mục II. VỆ SINH'))).toEqual(['Mục I.@1', '1.@2', 'Mục II.@1']);
  });
});

describe('the same markers numbering a list in running text are not headings', () => {
  const lowerItems = ['hộ dùng nước giếng: 35 hộ', 'hộ dùng nước máy: 42 hộ', 'hộ dùng nước mưa: 18 hộ'];
  const capitalItems = ['Tuyến ống thôn Đông dài 2,5 km', 'Bể chứa thôn Tây', 'Trạm bơm xã Nam'];
  const markers: Record<string, (n: number) => string> = {
    '1.': (n) => `${n}.`, '1)': (n) => `${n})`, '1-': (n) => `${n}-`, '1 -': (n) => `${n} -`,
    'a)': (n) => `${'abc'[n - 1]})`, 'a.': (n) => `${'abc'[n - 1]}.`, 'a-': (n) => `${'abc'[n - 1]}-`, 'a -': (n) => `${'abc'[n - 1]} -`,
    'I.': (n) => `${['I', 'II', 'III'][n - 1]}.`, 'I-': (n) => `${['I', 'II', 'III'][n - 1]}-`, 'A.': (n) => `${'ABC'[n - 1]}.`, '1.1': (n) => `2.${n}`,
  };
  for (const [style, marker] of Object.entries(markers)) {
    test(`"${style}" items ending in ";" after "gồm:"`, () => {
      for (const items of [lowerItems, capitalItems]) {
        const lines = ['I. KẾT QUẢ THỰC HIỆN', 'Toàn xã có 95 hộ được hỗ trợ, gồm:', ...items.map((t, i) => `${marker(i + 1)} ${t}${i < 2 ? ';' : '.'}`), BODY];
        expect(levels(lines)).toEqual(['I.@1']);
      }
    });
  }
});

describe('marker styles of issue 15 sets: Roman-prefixed numbers, bracketed numerals, glued hyphens', () => {
  test('I. / I.1. / I.1.1. and I.1 undotted / I.1.a) nest by their components', () => {
    expect(levels(report('I. KẾT QUẢ Y TẾ', 'I.1. Khám bệnh', 'I.1.1. Ngoại trú', 'I.1.2. Nội trú', 'I.2. Dự phòng', 'II. NHIỆM VỤ', 'II.1. Nhân lực')))
      .toEqual(['I.@1', 'I.1.@2', 'I.1.1.@3', 'I.1.2.@3', 'I.2.@2', 'II.@1', 'II.1.@2']);
    expect(levels(report('I. KẾT QUẢ Y TẾ', 'I.1 Khám bệnh', 'I.1.a) Ngoại trú', 'I.1.b) Nội trú', 'I.2 Dự phòng', 'II. NHIỆM VỤ')))
      .toEqual(['I.@1', 'I.1@2', 'I.1.a)@3', 'I.1.b)@3', 'I.2@2', 'II.@1']);
  });

  test('1. / 1.1. / (i) (ii) (iii) under a multi-level number; a lone "(i)" is no heading', () => {
    expect(levels(report('1. KẾT QUẢ', '1.1. Khám bệnh', '(i) Người cao tuổi', '(ii) Trẻ em', '(iii) Học sinh', '1.2. Dự phòng', '2. NHIỆM VỤ')))
      .toEqual(['1.@1', '1.1.@2', '(i)@3', '(ii)@3', '(iii)@3', '1.2.@2', '2.@1']);
    expect(levels(report('1. KẾT QUẢ', '(i) Người cao tuổi', '2. NHIỆM VỤ'))).toEqual(['1.@1', '2.@1']);
  });

  test('"(i)" followed by "(iii)" is still a Roman numeral (a skipped "(ii)")', () => {
    expect(levels(report('1. KẾT QUẢ', '(i) Người cao tuổi', '(iii) Học sinh', '2. NHIỆM VỤ'))).toEqual(['1.@1', '(i)@2', '(iii)@2', '2.@1']);
  });

  test('I. / 1-Title glued / a. nest; a single glued "1-Title" is no heading', () => {
    expect(levels(report('I. TÌNH HÌNH', '1-Khám bệnh', 'a. Ngoại trú', 'b. Nội trú', '2-Dự phòng', 'II. NHIỆM VỤ', '1-Nhân lực')))
      .toEqual(['I.@1', '1-@2', 'a.@3', 'b.@3', '2-@2', 'II.@1', '1-@2']);
    expect(levels(report('I. TÌNH HÌNH', '1-Khám bệnh', 'II. NHIỆM VỤ'))).toEqual(['I.@1', 'II.@1']);
  });

  test('bracketed items of a running-text list are not headings', () => {
    const lines = ['I. KẾT QUẢ', 'Trạm đã thực hiện ba việc:', '(i) khám cho 240 người cao tuổi;', '(ii) tiêm chủng cho 96 trẻ;', '(iii) truyền thông tại 8 thôn.', BODY];
    expect(levels(lines)).toEqual(['I.@1']);
    const capital = ['I. KẾT QUẢ', 'Trạm đã thực hiện:', '(a) Khám cho 240 người cao tuổi;', '(b) Tiêm chủng cho 96 trẻ;', '(c) Truyền thông tại 8 thôn.', BODY];
    expect(levels(capital)).toEqual(['I.@1']);
  });
});
