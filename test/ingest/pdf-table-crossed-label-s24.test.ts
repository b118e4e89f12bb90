import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/ingest/pdf-tables.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

// A typed table's lines at tab stops 36 pt apart, 12 pt between lines; cells given as [text, stop].
const stop = (k: number) => 57 + 36 * k;
const typed = (y: number, cells: Array<[string, number]>): PdfLine => ({
  page: 1, y, size: 10, x0: stop(cells[0][1]), x1: stop(cells[cells.length - 1][1]) + 20, startsWithNote: false, tabbed: true,
  segments: cells.map(([text, k]) => ({ x0: stop(k), x1: stop(k) + 6 * text.length, text })),
});

// A long label crossing the next column's stop: its rest goes back to it (src/ingest/pdf-tables.ts, rejoinCrossedLabels).
describe('a typed row label that crossed the next column', () => {
  const head = typed(700, [['STT', 0], ['Nội dung', 1], ['Số tiền', 4], ['Tỷ lệ (%)', 5]]);
  const rows = [
    typed(688, [['1', 0], ['Tổng kinh phí', 1], ['được cấp trong năm', 4], ['9.800', 5]]),
    typed(676, [['1.1', 0], ['Ngân sách huyện', 1], ['6.300', 4]]),
    typed(664, [['1.2', 0], ['Ngân sách xã', 1], ['3.500', 4]]),
    typed(652, [['2', 0], ['Đã chi', 1], ['8.820', 4], ['90,0', 5]]),
  ];

  it('puts the rest back into the label and moves the figure to its column', () => {
    const [t] = findTables([head, ...rows], 1.2);
    expect(t.rows[1].cells).toEqual(['1', 'Tổng kinh phí được cấp trong năm', '9.800', '']);
    expect(t.rows[4].cells).toEqual(['2', 'Đã chi', '8.820', '90,0']);
  });

  it('leaves a row alone when the column holds words in another row too', () => {
    const words = typed(640, [['3', 0], ['Còn lại', 1], ['chưa quyết toán', 4], ['980', 5]]);
    const [t] = findTables([head, ...rows, words], 1.2);
    expect(t.rows[1].cells).toEqual(['1', 'Tổng kinh phí', 'được cấp trong năm', '9.800']);
  });
});
