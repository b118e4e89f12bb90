import { describe, expect, it } from 'vitest';
import { word } from './ocr-fakes.js';
import { ocrItems, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';

describe("a list's dash on an item that holds a number", () => {
  // Three items of a list, words 42 px high on lines 100 px apart: the bullet a 15 px scrap at x 357 read unsure, a dash
  // read from the gap at x 408, the text from x 453. The last item holds a number ("95%", "12 xe").
  const line = (n: number, ...ws: Array<[string, number, number, number]>): OcrWord[] =>
    ws.map(([t, left, width, conf]) => word(t, left, 100 * n, width, 42, conf, `1.1.${n}`));
  const page = (third: OcrWord[]): OcrPage => ({ width: 2480, height: 3508, dpi: 300, words: [
    ...line(1, ['°Ò', 357, 15, 3], ['_', 405, 27, 31], ['Rà', 453, 70, 96], ['soát', 540, 110, 96]),
    ...line(2, ['ÖÒ', 357, 15, 0], ['-', 411, 22, 0], ['Vận', 453, 100, 96], ['động', 570, 120, 96]),
    ...third,
  ] });

  it('keeps the dash where the bullet was read as an unsure dash before the text', () => {
    const items = ocrItems(page(line(3, ['-', 357, 15, 0], ['-', 408, 22, 4], ['Phủ', 453, 90, 96], ['sóng', 560, 110, 96], ['95%', 690, 100, 96], ['thôn.', 810, 120, 96])));
    expect(items.map((i) => i.str)).toEqual(['-', 'Rà', 'soát', '-', 'Vận', 'động', '-', 'Phủ', 'sóng', '95%', 'thôn.']);
  });

  it('still drops an unsure dash standing in a gap between a label and a number, and one opening a row of numbers', () => {
    // A table row read "Xe tải — 12 | 7": the dash between the label and the first number is a speck.
    const row = ocrItems(page(line(3, ['Xe', 453, 60, 96], ['tải', 530, 70, 96], ['—', 900, 30, 20], ['12', 1400, 40, 96], ['7', 1800, 20, 96])));
    expect(row.map((i) => i.str).slice(6)).toEqual(['Xe', 'tải', '12', '7']);
    // A row whose first cell is an unsure dash before numbers only: no list item follows it.
    const numbers = ocrItems(page(line(3, ['-', 357, 15, 0], ['12', 1400, 40, 96], ['7', 1800, 20, 96])));
    expect(numbers.map((i) => i.str).slice(6)).toEqual(['12', '7']);
  });
});
