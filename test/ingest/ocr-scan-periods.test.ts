import { describe, expect, it } from 'vitest';
import { image, word } from './ocr-fakes.js';
import { recountRomanMarkers, romanPeriodParts, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';
import { joinWrappedOcrRows } from '../../src/ingest/ocr-source.js';
import type { RawBlock } from '../../src/ingest/build-source.js';
import { garbledCell, misreadInColumn } from '../../src/extract/ocr-confidence.js';



/** An upright stroke 40 px high at x with small serifs that do not touch the next stroke's (16 px on). */
const stroke = (x: number): Array<[number, number, number, number]> => [[x, 10, 5, 40], [x - 2, 10, 9, 2], [x - 2, 48, 9, 2]];

describe('two strokes read as an H', () => {
  it('counts the strokes of an "H" opening a line when no bar joins them, and of an "IH"', () => {
    const two = image(200, 60, [...stroke(20), ...stroke(36)]);
    const p: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('H', 15, 10, 30, 40, 86), word('Vốn', 80, 10, 50, 40, 95)] };
    expect(recountRomanMarkers(p, two)).toBe(1);
    expect(p.words.map((w) => w.text)).toEqual(['II', 'Vốn']);
    const three = image(200, 60, [...stroke(20), ...stroke(36), ...stroke(52)]);
    const q: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('IH', 15, 10, 46, 40, 70), word('Vốn', 100, 10, 50, 40, 95)] };
    recountRomanMarkers(q, three);
    expect(q.words[0].text).toBe('III');
  });

  it('keeps an H whose strokes a crossbar joins, and an H inside a line', () => {
    // The crossbar at mid-height across the whole gap.
    const h = image(200, 60, [...stroke(20), ...stroke(36), [25, 28, 11, 4]]);
    const p: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('H', 15, 10, 30, 40, 86), word('Vốn', 80, 10, 50, 40, 95)] };
    expect(recountRomanMarkers(p, h)).toBe(0);
    expect(p.words[0].text).toBe('H');
    const two = image(200, 60, [...stroke(20), ...stroke(36)]);
    const q: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Anh', 80, 10, 50, 40, 95, '1.1.1'), word('H', 15, 10, 30, 40, 86, '1.1.1')] };
    expect(recountRomanMarkers(q, two)).toBe(0);
  });
});

describe("a period's Roman number read wrong", () => {
  // "Quý" then three strokes, a slash (a diagonal: each column dark over 4 px) and a digit block for the year.
  const slash = (x: number): Array<[number, number, number, number]> => Array.from({ length: 12 }, (_, i) => [x + i, 46 - 3 * i, 1, 6] as [number, number, number, number]);
  const year: Array<[number, number, number, number]> = [[90, 10, 30, 40]];

  it('counts the strokes before the slash after a period word', () => {
    const img = image(200, 60, [...stroke(20), ...stroke(36), ...stroke(52), ...slash(66), ...year]);
    for (const said of ['II/2023', '11/2023', 'Il/2023,']) {
      const p: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Quý', 0, 10, 12, 40, 95), word(said, 15, 10, 106, 40, 70)] };
      recountRomanMarkers(p, img);
      expect(p.words[1].text).toBe(`III/2023${said.endsWith(',') ? ',' : ''}`);
    }
  });

  it("counts the strokes of a period read with an H where no period word stands before it (a header cell's second line)", () => {
    const img = image(200, 60, [...stroke(20), ...stroke(36), ...stroke(52), ...slash(66), ...year]);
    for (const said of ['IH/2023', 'HI/2023', 'IHI/2023']) {
      const p: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Đơn', 0, 10, 12, 40, 95), word(said, 15, 10, 106, 40, 70)] };
      expect(recountRomanMarkers(p, img)).toBe(1);
      expect(p.words[1].text).toBe('III/2023');
    }
    // Ones with no period word before them may be a month ("11/2023"): left as read.
    const month: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Đơn', 0, 10, 12, 40, 95), word('11/2023', 15, 10, 106, 40, 70)] };
    expect(recountRomanMarkers(month, img)).toBe(0);
  });

  it('leaves a month, a count it agrees with, and strokes a speck interrupts', () => {
    const img = image(200, 60, [...stroke(20), ...stroke(36), ...stroke(52), ...slash(66), ...year]);
    const month: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('tháng', 0, 10, 12, 40, 95), word('11/2023', 15, 10, 106, 40, 70)] };
    expect(recountRomanMarkers(month, img)).toBe(0);
    const same: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Quý', 0, 10, 12, 40, 95), word('III/2023', 15, 10, 106, 40, 90)] };
    expect(recountRomanMarkers(same, img)).toBe(0);
    // A speck between the second and third strokes: a glyph neither stroke nor slash, the count is not known.
    const speck = image(200, 60, [...stroke(20), ...stroke(36), [45, 30, 2, 2], ...stroke(52), ...slash(66), ...year]);
    const p: OcrPage = { width: 200, height: 60, dpi: 200, words: [word('Quý', 0, 10, 12, 40, 95), word('II/2023', 15, 10, 106, 40, 70)] };
    expect(recountRomanMarkers(p, speck)).toBe(0);
    expect(p.words[1].text).toBe('II/2023');
  });

  it('reads ones and an l after a quarter word as the I strokes they stand for, when no Arabic quarter is meant', () => {
    const page = (...texts: Array<[string, number]>): OcrPage => ({
      width: 800, height: 60, dpi: 200,
      words: texts.map(([t, conf], i) => word(t, 10 + 60 * i, 10, 50, 30, conf, `1.1.${Math.floor(i / 2)}`)),
    });
    const p = page(['QUÝ', 93], ['1V/2023', 40], ['Quý', 95], ['Il1/2023.', 55], ['quý', 95], ['11', 30], ['Quý', 95], ['l/2023', 50]);
    expect(romanPeriodParts([p])).toBe(4);
    expect(p.words.map((w) => w.text)).toEqual(['QUÝ', 'IV/2023', 'Quý', 'III/2023.', 'quý', 'II', 'Quý', 'I/2023']);
    // An Arabic quarter, a sure word, a month, a number no Roman quarter is, a word on the next line: as read.
    const q = page(['Quý', 95], ['3/2023', 40], ['Quý', 95], ['11/2023', 96], ['tháng', 95], ['11/2023', 40], ['Quý', 95], ['1V1/2023', 40], ['Quý', 95]);
    q.words.push(word('11/2023', 600, 10, 50, 30, 40, '1.1.9'));
    expect(romanPeriodParts([q])).toBe(0);
  });
});

describe("a period's Roman I read as a one, told by the report's own numbering", () => {
  /** One line of words, each [text, confidence]. */
  const line = (n: number, ...texts: Array<[string, number]>): OcrWord[] => texts.map(([t, conf], i) => word(t, 10 + 60 * i, 40 * n, 50, 30, conf, `1.1.${n}`));

  it('reads "1" (l, |) after a quarter word as "I", however sure, where the report writes that word\'s numbers in Roman', () => {
    const p: OcrPage = { width: 900, height: 300, dpi: 200, words: [
      ...line(0, ['KẾT', 96], ['QUẢ', 96], ['QUÝ', 96], ['1/2026', 96]),
      ...line(1, ['Dự', 96], ['kiến', 96], ['quý', 96], ['II', 95], ['năm', 96], ['2026', 96]),
      ...line(2, ['Thực', 96], ['hiện', 96], ['quý', 96], ['l/2026,', 70], ['quý', 96], ['1', 94]),
    ] };
    expect(romanPeriodParts([p])).toBe(3);
    expect(p.words.map((w) => w.text).filter((t) => /^[I1l]/u.test(t))).toEqual(['I/2026', 'II', 'I/2026,', 'I']);
  });

  it('leaves "1" where the report writes no Roman number after the word, or writes an Arabic one past 1', () => {
    const none: OcrPage = { width: 900, height: 300, dpi: 200, words: [...line(0, ['Quý', 96], ['1/2026', 96]), ...line(1, ['tháng', 96], ['II', 95])] };
    const arabic: OcrPage = { width: 900, height: 300, dpi: 200, words: [
      ...line(0, ['Quý', 96], ['1/2026', 96]), ...line(1, ['quý', 96], ['II', 95]), ...line(2, ['quý', 96], ['3/2026', 96]),
    ] };
    for (const p of [none, arabic]) {
      expect(romanPeriodParts([p])).toBe(0);
      expect(p.words[1].text).toBe('1/2026');
    }
  });
});

describe('table structure of a scan', () => {
  const row = (cells: string[], r: number): RawBlock => ({ kind: 'row', text: cells.join('\t'), cells, table: 0, row: r, line: null, page: 1 });

  it("joins a header's second line that ends a cell with a date or with a number and its unit", () => {
    const blocks = [
      row(['', 'Vốn giao', 'Thanh toán đến', 'Học sinh dưới'], 0),
      row(['Công trình', 'năm 2023', '31/8/2023', '15 tuổi'], 1),
      row(['Trường Tiểu học', '1.250', '980', '312'], 2),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells)).toEqual([
      ['Công trình', 'Vốn giao năm 2023', 'Thanh toán đến 31/8/2023', 'Học sinh dưới 15 tuổi'],
      ['Trường Tiểu học', '1.250', '980', '312'],
    ]);
    // Without the fix's cases the date and the count kept the header in two rows; a row of numbers under it still does.
    const data = [row(['', 'Vốn giao', 'Thanh toán đến', 'Học sinh dưới'], 0), row(['Công trình', '1.250', '31/8/2023', '312'], 1)];
    expect(joinWrappedOcrRows(data, new Set([1]))).toHaveLength(2);
  });

  it("joins a header's second line that fills no empty cell when a cell above ends in a dash before its year", () => {
    const blocks = [
      row(['Xã, thị trấn', 'Vụ mùa 2022-', 'Vụ mùa 2023-', 'Chênh lệch'], 0),
      row(['và thôn', '2023', '2024', '(ha)'], 1),
      row(['Xã Bình An', '640', '655', '+15'], 2),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells)).toEqual([
      ['Xã, thị trấn và thôn', 'Vụ mùa 2022- 2023', 'Vụ mùa 2023- 2024', 'Chênh lệch (ha)'],
      ['Xã Bình An', '640', '655', '+15'],
    ]);
    // No dash above the year: a full row under a full one stays a row (a header and a body row of years alike).
    const plain = [row(['Xã, thị trấn', 'Vụ mùa', 'Vụ đông', 'Chênh lệch'], 0), row(['và thôn', '2023', '2024', '(ha)'], 1)];
    expect(joinWrappedOcrRows(plain, new Set([1]))).toHaveLength(2);
  });

  it("joins a header's second line whose cell under a comparison is the abbreviation of its base", () => {
    const blocks = [
      row(['', '', '', 'Tỷ lệ đạt so', 'Tăng, giảm so'], 0),
      row(['Đơn vị', 'Dự toán', 'Ước thực hiện', 'DT', 'cùng kỳ'], 1),
      row(['Xã Phú An', '2.300', '1.840', '80,0', '5,2'], 2),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells)).toEqual([
      ['Đơn vị', 'Dự toán', 'Ước thực hiện', 'Tỷ lệ đạt so DT', 'Tăng, giảm so cùng kỳ'],
      ['Xã Phú An', '2.300', '1.840', '80,0', '5,2'],
    ]);
    // Capitals longer than an abbreviation's, under both: not a line's end.
    const words = [row(['', '', '', 'Tỷ lệ đạt so', 'Tăng, giảm so'], 0), row(['Đơn vị', 'Dự toán', 'Ước thực hiện', 'TỔNG', 'cùng kỳ'], 1)];
    expect(joinWrappedOcrRows(words, new Set([1]))).toHaveLength(2);
  });

  it("joins a header's second line whose cells end with a Roman period and its year", () => {
    const blocks = [
      row(['', '', 'Tháng', 'Tháng', 'So sánh'], 0),
      row(['Nội dung', 'ĐVT', 'VI/2023', 'IX/2023', '(%)'], 1),
      row(['Số hộ', 'hộ', '410', '436', '106,3'], 2),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells)).toEqual([
      ['Nội dung', 'ĐVT', 'Tháng VI/2023', 'Tháng IX/2023', 'So sánh (%)'],
      ['Số hộ', 'hộ', '410', '436', '106,3'],
    ]);
  });

  it('reads a road code in a name as no garbled number, and a Roman group number opening a row as its column\'s own', () => {
    expect(garbledCell('Nâng cấp tuyến ĐT.605 qua xã')).toBe(false);
    expect(garbledCell('Cầu vượt QL-1A')).toBe(false);
    // Alone in its cell, or after one word, such a word is a number OCR garbled.
    expect(garbledCell('À.0')).toBe(true);
    expect(garbledCell('Xã À.0')).toBe(true);
    const rows = [
      ['STT', 'Công trình', 'Vốn'],
      ['I', 'Trường học', '900'],
      ['1', 'Trường A', '500'],
      ['2', 'Trường B', '400'],
      ['II.', 'Y tế', '300'],
      ['3', 'Trạm C', '120'],
      ['4', 'Trạm D', '180'],
    ];
    expect(misreadInColumn(rows)).toBeNull();
    // A word that is no Roman number there is still a misreading.
    expect(misreadInColumn(rows.map((r, i) => (i === 3 ? ['lộ', ...r.slice(1)] : r)))).toBe('lộ');
  });
});
