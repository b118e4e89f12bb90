import { describe, expect, it } from 'vitest';
import type { OcrPage, OcrWord } from '../../src/ingest/ocr.js';
import { attachOcr } from '../../src/ingest/ocr-source.js';
import type { Source } from '../../src/model/index.js';

/** Words of one Tesseract line, left to right, 100 px apart, at `top`. */
const line = (top: number, key: string, texts: string[], conf = 95): OcrWord[] =>
  texts.map((text, i) => ({ text, left: 100 * i, top, width: 80, height: 40, conf, line: key }));

/** A source of table rows on page 1, one block per row. */
function rows(...texts: string[]): Source {
  let at = 0;
  const blocks = texts.map((text, index) => {
    const span = { start: at, end: at + text.length, line: index + 1, page: 1 };
    at += text.length + 1;
    return { index, kind: 'row' as const, text, cells: text.split('\t'), span };
  });
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: texts.join('\n'), pages: 1, warnings: [], blocks } as unknown as Source;
}

const placedText = (s: Source, b: number) => s.blocks[b].ocr!.words.map((w) => s.text.slice(w.start, w.end));

describe('OCR words placed in the text of their blocks', () => {
  it('places the wrapped line of a table cell, read after the row\'s numbers, before them in the text', () => {
    const source = rows('1. Thu nội (không kể SDĐ)\t530.000\t462.180', '2. Thu tiền đất\t90.000\t46.800');
    const page: OcrPage = {
      width: 2000, height: 3000, dpi: 300,
      words: [
        ...line(100, '1.1.1', ['1.', 'Thu', 'nội', '530.000', '462.180']),
        ...line(150, '1.1.2', ['(không', 'kể', 'SDĐ)']),
        ...line(200, '1.1.3', ['2.', 'Thu', 'tiền', 'đất', '90.000', '46.800']),
      ],
    };
    attachOcr(source, new Map([[1, page]]));
    expect(placedText(source, 0)).toEqual(['1.', 'Thu', 'nội', '(không', 'kể', 'SDĐ)', '530.000', '462.180']);
    // "2." is not the end of "462.180": the second row keeps every one of its words.
    expect(placedText(source, 1)).toEqual(['2.', 'Thu', 'tiền', 'đất', '90.000', '46.800']);
    expect(source.blocks[1].ocr!.words[0].start).toBe(source.text.indexOf('2. Thu'));
  });

  it('keeps an unsure digit on its own row, where an error resting on it can be cautioned', () => {
    const source = rows('Chi thường xuyên\t642.900\t7.2\t101,3', 'Sự nghiệp y tế\t45.800\t46,6\t98,2');
    const page: OcrPage = {
      width: 2000, height: 3000, dpi: 300,
      words: [
        ...line(100, '1.1.1', ['Chi', 'thường']),
        // The row's numbers on a line of their own, read first (a line's bottom decides its order).
        ...line(90, '1.1.2', ['xuyên', '642.900']),
        { text: '7.2', left: 300, top: 95, width: 80, height: 40, conf: 0, line: '1.1.2' },
        ...line(200, '1.1.3', ['Sự', 'nghiệp', 'y', 'tế', '45.800', '46,6', '98,2']),
      ],
    };
    attachOcr(source, new Map([[1, page]]));
    const unsure = source.blocks[0].ocr!.words.find((w) => w.conf === 0)!;
    expect(source.text.slice(unsure.start, unsure.end)).toBe('7.2');
    expect(placedText(source, 1)).toEqual(['Sự', 'nghiệp', 'y', 'tế', '45.800', '46,6', '98,2']);
  });

  it('places the two pieces of a range cut by a line\'s end, but no piece inside another number', () => {
    const source = rows('ngày 21-22 tháng 2, năm 2024, có 12,6 km');
    const page: OcrPage = {
      width: 2000, height: 3000, dpi: 300,
      words: [...line(100, '1.1.1', ['ngày', '21-']), ...line(150, '1.1.2', ['22', 'tháng', '2,', 'năm', '12', '2024,', 'có', '12,6', 'km'])],
    };
    attachOcr(source, new Map([[1, page]]));
    // "12" finds no place of its own: it is not the start of "12,6".
    expect(placedText(source, 0)).toEqual(['ngày', '21-', '22', 'tháng', '2,', 'năm', '2024,', 'có', '12,6', 'km']);
  });
});
