import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/ingest/pdf-tables.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

// A typed table's lines at tab stops 36 pt apart, 12 pt between lines; cells given as [text, stop] (empty cells too).
const stop = (k: number) => 57 + 36 * k;
const typed = (y: number, cells: Array<[string, number]>): PdfLine => ({
  page: 1, y, size: 10, x0: stop(cells[0][1]), x1: stop(cells[cells.length - 1][1]) + 20, startsWithNote: false, tabbed: true,
  segments: cells.map(([text, k]) => ({ x0: stop(k), x1: stop(k) + 6 * text.length, text })),
});
const plain = (y: number, text: string, k: number): PdfLine => ({
  page: 1, y, size: 10, x0: stop(k), x1: stop(k) + 6 * text.length, startsWithNote: false, segments: [{ x0: stop(k), x1: stop(k) + 6 * text.length, text }],
});

describe('a typed table row whose only cell announces the rows below', () => {
  const head = typed(700, [['STT', 0], ['Loại đường', 1], ['Chiều dài (km)', 4]]);
  const road = typed(688, [['1', 0], ['Đường huyện', 1], ['42,5', 4]]);
  const part = typed(664, [['', 0], ['- Đã nhựa hóa', 1], ['30,1', 4]]);
  const next = typed(652, [['2', 0], ['Đường xã', 1], ['61,0', 4]]);

  it('keeps "Chia ra:" in the table, in the column of the labels below it', () => {
    const [t, ...rest] = findTables([head, road, plain(676, 'Chia ra:', 1), part, next], 1.2);
    expect(rest).toEqual([]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['STT', 'Loại đường', 'Chiều dài (km)'], ['1', 'Đường huyện', '42,5'], ['', 'Chia ra:', ''], ['', '- Đã nhựa hóa', '30,1'], ['2', 'Đường xã', '61,0'],
    ]);
  });

  it('ends the table at a line of prose, or at one that starts under no cell', () => {
    expect(findTables([head, road, plain(676, 'Các tuyến đường được duy tu thường xuyên.', 1), part, next], 1.2).map((t) => t.rows.length)).toEqual([2, 2]);
    expect(findTables([head, road, plain(676, 'Chia ra:', 2), part, next], 1.2).map((t) => t.rows.length)).toEqual([2, 2]);
  });
});
