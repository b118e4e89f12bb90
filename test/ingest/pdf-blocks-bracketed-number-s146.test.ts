/**
 * PDF lines → blocks: an item opening with a number in brackets ("(1) Nạo vét …") starts a paragraph as "1." and "(a)" do,
 * and its wrapped line, hanging under its text past the number, joins it. Written for this test; coordinates laid out by
 * hand as a word processor sets a hanging indent (number at 72, text and second line at 92).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('a numbered item in brackets in a pdf (s146)', () => {
  it('starts its own paragraph and takes in its hanging second line', () => {
    const page = [
      line(760, 72, 300, 'II. NHIỆM VỤ'),
      line(737, 72, 523, '(1) Nạo vét 1,2 km mương thoát nước dọc tuyến đường ven kênh và các'),
      line(714, 92, 330, 'ngõ trũng trước ngày 30/6/2026.'),
      line(691, 72, 523, '(2) Kiểm tra toàn bộ nhà trọ ven kênh, lập danh sách các hộ phải sơ tán'),
      line(668, 92, 300, 'khi có mưa lớn kéo dài.'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      'II. NHIỆM VỤ',
      '(1) Nạo vét 1,2 km mương thoát nước dọc tuyến đường ven kênh và các ngõ trũng trước ngày 30/6/2026.',
      '(2) Kiểm tra toàn bộ nhà trọ ven kênh, lập danh sách các hộ phải sơ tán khi có mưa lớn kéo dài.',
    ]);
  });
  it('reads the number set apart at a tab stop as the paragraph\'s marker, not a table cell (pdf.js gives it its own segment)', () => {
    const split = (y: number, mark: string, text: string): PdfLine => ({
      page: 1, y, size: 12, x0: 72, x1: 520, startsWithNote: false,
      segments: [{ x0: 72, x1: 88, text: mark }, { x0: 106, x1: 520, text }],
    });
    const page = [
      line(760, 72, 300, 'III. KIẾN NGHỊ'),
      split(737, '(1)', 'Bố trí 450 triệu đồng nạo vét kênh tiêu trước mùa mưa.'),
      split(714, '(2)', 'Sửa chữa 02 cống tiêu bị hư hỏng tại thôn Bến Đình.'),
      split(691, '(3)', 'Mua bổ sung 30 áo phao cho các đội xung kích.'),
    ];
    const blocks = buildBlocks([page]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[3].text).toBe('(3) Mua bổ sung 30 áo phao cho các đội xung kích.');
  });
});
