/**
 * PDF lines → blocks: a clause closed by ";" at the foot of a page, its line run to the right edge, and a capital opening
 * the next page: one paragraph run on across the break, as it would be on one page. A ";" line ended short by hand (a list
 * item of its own) still ends its paragraph. Written for this test; coordinates laid out by hand (text column 72–523).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(page: number, y: number, x1: number, text: string): PdfLine {
  return { page, y, size: 12, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false };
}

describe('a paragraph broken across a page after a ";" (h162)', () => {
  const first = [
    line(1, 760, 300, 'II. KẾT QUẢ'),
    line(1, 737, 523, 'Tổng số học sinh được hỗ trợ là 560 em, gồm: Trường Tiểu học Kim Đồng 240 em; Trường'),
    line(1, 714, 523, 'Tiểu học Lê Lợi xã Tân Hòa 180 em; Trường Trung học cơ sở Nguyễn Du thôn Bắc 90 em;'),
  ];
  it('joins the next page\'s line to a ";" line run to the right edge', () => {
    const next = [line(2, 760, 400, 'Trường Mầm non Hoa Sen 40 em. Kinh phí đã chi trả đủ.'), line(2, 737, 300, 'III. NHIỆM VỤ')];
    const texts = buildBlocks([first, next]).map((b) => b.text);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toMatch(/Nguyễn Du thôn Bắc 90 em; Trường Mầm non Hoa Sen 40 em\./u);
  });
  it('keeps apart a ";" line ended short and a finished sentence before the break', () => {
    const short = [...first.slice(0, 2), line(1, 714, 330, 'Tiểu học Lê Lợi xã Tân Hòa 180 em;')];
    const next = [line(2, 760, 400, 'Trường Mầm non Hoa Sen 40 em. Kinh phí đã chi trả đủ.')];
    expect(buildBlocks([short, next]).map((b) => b.text)).toHaveLength(3);
    const ended = [...first.slice(0, 2), line(1, 714, 523, 'Tiểu học Lê Lợi xã Tân Hòa 180 em và các trường còn lại 130 em đã nhận đủ.')];
    expect(buildBlocks([ended, next]).map((b) => b.text)).toHaveLength(3);
  });
});
