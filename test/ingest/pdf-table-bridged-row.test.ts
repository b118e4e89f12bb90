/**
 * A scanned table's label cell whose wrapped line was read wider than its cell (a speck glued to a word's box): the line
 * crossed the next column, which ended the table, and the row under it fell out as a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import { buildLines, type PdfItem, type PdfLine } from '../../src/ingest/pdf-lines.js';

let seq = 0;
const line = (y: number, cells: Array<[string, number, number]>): PdfItem[] => cells.map(([str, x, width]) => ({ str, x, y, size: 8, width, seq: seq++ }));
const scanned = (items: PdfItem[]): PdfLine[] => buildLines(1, items).map((l) => ({ ...l, scanned: true }));

/** Prose 12 pt apart, a header, rows 18 pt apart whose label cell (x 110) wraps 13 pt below; numbers at 200, 260, 320; row 2's numbers `tail`. */
function page(marker: string, tail: Array<[string, number, number]>): PdfItem[] {
  const prose = Array.from({ length: 6 }, (_, k) => line(820 - 12 * k, [['Các đơn vị đã rà soát số liệu chi thường xuyên của quý', 60, 240]])).flat();
  return [
    ...prose,
    ...line(700, [['TT', 60, 12], ['Khoản chi', 110, 40], ['Kế hoạch', 200, 36], ['Thực hiện', 260, 40], ['Tỷ lệ', 320, 20]]),
    ...line(682, [['1', 60, 5], ['Chi sự', 110, 28], ['500', 200, 15], ['420', 260, 15], ['84,0', 320, 18]]),
    // Read 110 pt wide, past the next column's edge at 200 (its words take 70).
    ...line(669, [['nghiệp giáo dục', 110, 110]]),
    ...line(656, [['và dạy nghề', 110, 45]]),
    ...line(638, [[marker, 60, 8], ['Chi quản', 110, 35], ...tail]),
    ...line(625, [['lý hành chính', 110, 52]]),
    ...line(607, [['3', 60, 5], ['Chi khác', 110, 36], ['80', 200, 10], ['60', 260, 10], ['75,0', 320, 18]]),
  ];
}

describe("a scanned table's wrapped label line read wider than its cell", () => {
  it('stays in the table when a row of the table, its marker and its numbers in their columns, follows it', () => {
    const blocks = buildBlocks([scanned(page('2', [['300', 200, 15], ['270', 260, 15], ['90,0', 320, 18]]))]);
    const rows = blocks.filter((b) => b.kind === 'row');
    expect(new Set(rows.map((b) => b.table)).size).toBe(1);
    expect(rows.some((b) => b.cells![0] === '2' && b.cells![2] === '300')).toBe(true);
    expect(blocks.filter((b) => b.kind === 'paragraph' && /Chi quản/u.test(b.text))).toEqual([]);
  });

  it('ends the table when the line after it holds fewer numbers, or numbers off the columns, or on a text layer', () => {
    for (const tail of [[['300', 200, 15], ['270', 260, 15]], [['300', 200, 15], ['270', 236, 15], ['90,0', 290, 18]]] as Array<Array<[string, number, number]>>) {
      const blocks = buildBlocks([scanned(page('2', tail))]);
      expect(blocks.some((b) => b.kind === 'paragraph' && /nghiệp giáo dục/u.test(b.text))).toBe(true);
    }
    // A text layer's line is as wide as its words: one crossing a column is no cell's.
    const text = buildBlocks([buildLines(1, page('2', [['300', 200, 15], ['270', 260, 15], ['90,0', 320, 18]]))]);
    expect(text.some((b) => b.kind === 'paragraph' && /nghiệp giáo dục/u.test(b.text))).toBe(true);
  });
});
