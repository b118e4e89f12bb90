/**
 * A scanned table's label cell wrapped onto a line of small letters only: OCR gives such a line a smaller size than its
 * row (its boxes are the x-height high), so the gap above it, in its own font sizes, looked like a new row's.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildLines, type PdfItem } from '../../src/ingest/pdf-lines.js';

/** One line of cells [text, x, width] at baseline y, every run its own sequence number (a scan's words). */
let seq = 0;
const line = (y: number, size: number, cells: Array<[string, number, number]>): PdfItem[] =>
  cells.map(([str, x, width]) => ({ str, x, y, size, width, seq: seq++ }));

describe('a wrapped label line of small letters in a scanned table', () => {
  it('stays in its table, under the row it wraps', () => {
    // Prose 10 pt apart in 8 pt (the page's line step, 1.25 sizes); rows 14 pt apart; the wrapped words "vẫn còn" 12 pt
    // under their row, given 4.5 pt (x-height only): 2.7 of its sizes, over 1.6 steps, where 1.5 of the row's is a wrap.
    const prose = Array.from({ length: 8 }, (_, k) => line(820 - 10 * k, 8, [['Các thôn đã rà soát diện tích đất trồng lúa chuyển đổi', 60, 230]])).flat();
    const items = [
      ...prose,
      ...line(700, 8, [['Xã', 60, 14], ['Số hộ', 160, 26], ['Diện tích', 240, 40]]),
      ...line(686, 8, [['Thôn Bắc Sơn', 60, 60], ['125', 160, 15], ['40,5', 240, 18]]),
      ...line(674, 4.5, [['vẫn còn', 60, 32]]),
      ...line(662, 8, [['Thôn Nam Sơn', 60, 62], ['98', 160, 10], ['31,2', 240, 18]]),
      ...line(648, 8, [['Thôn Đông', 60, 48], ['77', 160, 10], ['25,0', 240, 18]]),
      ...line(634, 8, [['Cộng', 60, 22], ['300', 160, 15], ['96,7', 240, 18]]),
    ];
    const blocks = buildBlocks([buildLines(1, items)]);
    // One table, the wrapped words a row of it: its total row sums all three rows (125 + 98 + 77 = 300).
    // (joinWrappedOcrRows then joins its row on a scanned page).
    const rows = blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells![0])).toEqual(['Xã', 'Thôn Bắc Sơn', 'vẫn còn', 'Thôn Nam Sơn', 'Thôn Đông', 'Cộng']);
    expect(new Set(rows.map((b) => b.table)).size).toBe(1);
  });
});
