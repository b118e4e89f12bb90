/**
 * "(1) Về lực lượng": a number in brackets is a heading style of its own (below "4." in a report numbered I. / 1. / 1.1.),
 * read as headings when the document writes the style twice with short titles; the same markers before full sentences
 * ("(1) Hoàn thành … trước ngày 30/6.") number a list of tasks, and a lone "(1) …" is a note. Written for this test
 * (a flood-season report of a ward), outlines checked by hand against the lines.
 */
import { describe, expect, test } from 'vitest';
import { recogniseHeading } from '../../src/segment/heading.js';
import { segmentSections } from '../../src/segment/index.js';
import { sourceFromText } from './source-from-lines.js';

const levels = (lines: string[]) => segmentSections(sourceFromText(lines.join('\n'))).sections.map((s) => `${s.number}@${s.level}`);

describe('a number in brackets (s146)', () => {
  test('"(2) Về phương tiện" reads as a bracketed arabic number; a count in brackets or a glued title does not', () => {
    expect(recogniseHeading('(2) Về phương tiện cứu hộ')).toMatchObject({ number: '(2)', key: '2', style: 'arabic', ordinal: 2, mark: '()', title: 'Về phương tiện cứu hộ' });
    for (const line of ['(12) hộ nghèo', '(2)Về phương tiện', '(0) Về phương tiện', '(123) Về phương tiện', '(2)']) expect(recogniseHeading(line), line).toBeNull();
  });

  test('under "2." with a body each, "(1)" "(2)" "(3)" are the third level', () => {
    expect(levels([
      'I. KẾT QUẢ', '1. Trực ban', 'Phường duy trì trực ban 24/24 giờ.', '2. Chuẩn bị mùa lũ',
      '(1) Về nhân lực', '- Thành lập 04 tổ xung kích với 96 người.', '(2) Về phương tiện', '- Dự trữ 02 ca nô và 150 áo phao.',
      '(3) Về thông tin', '- Lắp 06 cụm loa cảnh báo.', 'II. NHIỆM VỤ', 'Tiếp tục trực ban.',
    ])).toEqual(['I.@1', '1.@2', '2.@2', '(1)@3', '(2)@3', '(3)@3', 'II.@1']);
  });

  test('"(1)" "(2)" before full sentences number a list of tasks, not headings', () => {
    expect(levels([
      'I. KẾT QUẢ', 'Phường duy trì trực ban 24/24 giờ.', 'II. NHIỆM VỤ',
      '(1) Nạo vét 1,2 km mương thoát nước trước ngày 30/6/2026.', '(2) Kiểm tra toàn bộ nhà trọ ven kênh, lập danh sách hộ phải sơ tán.',
      'III. KIẾN NGHỊ', 'Đề nghị quận hỗ trợ kinh phí.',
    ])).toEqual(['I.@1', 'II.@1', 'III.@1']);
  });

  test('a lone "(1) …" line is no heading', () => {
    expect(levels(['I. KẾT QUẢ', 'Phường duy trì trực ban 24/24 giờ.', '(1) Số liệu tính đến ngày 15/6/2026', 'II. NHIỆM VỤ', 'Tiếp tục trực ban.']))
      .toEqual(['I.@1', 'II.@1']);
  });
});
