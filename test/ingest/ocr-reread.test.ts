import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrUnavailable, rasterisePdfPage, readPgm, recogniseImage, rereadDigits, type OcrWord } from '../../src/ingest/ocr.js';
import { applySecondReading, cutWords, digitSheet, digitWords, sheetOf } from '../../src/ingest/ocr-reread.js';
import { joinWrappedOcrRows } from '../../src/ingest/ocr-source.js';
import type { RawBlock } from '../../src/ingest/build-source.js';
import { garbledCell, misreadInColumn } from '../../src/extract/ocr-confidence.js';
import type { Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'fixtures/seeds/001_311a9839200255dd.pd.pdf');
process.env.BAOCAO_OCR_CACHE = join(mkdtempSync(join(tmpdir(), 'baocao-reread-test-')), 'cache');

const missing = await ocrUnavailable();
if (missing && process.env.CI) throw new Error(`OCR tests need Tesseract and poppler on CI: ${missing}`);

const word = (text: string, left: number, top: number, width = 40, height = 20): OcrWord => ({ text, left, top, width, height, conf: 96, line: '1.1.1' });


/** One table of `rows` on page 1 of a scanned pdf: its Source (page 1 read by OCR) and its row blocks. */
function scannedTable(rows: string[][]) {
  let at = 0;
  const blocks = rows.map((cells, i) => {
    const text = cells.join('\t');
    const b = { index: i, kind: 'row', text, cells, table: 0, row: i, span: { start: at, end: at + text.length, line: null, page: 1 } };
    at += text.length + 1;
    return b;
  });
  const source = { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: rows.map((r) => r.join('\t')).join('\n'), pages: 1, warnings: [], ocrPages: [1], blocks } as unknown as Source;
  return { source, blocks };
}

describe('the sheet of cut-out digit words', () => {
  // A 200 × 100 page, white, with one dark pixel at (55, 32) inside the first word's box.
  const px = Buffer.alloc(200 * 100, 255);
  px[32 * 200 + 55] = 0;
  const img = { w: 200, h: 100, px };
  const words = [word('84,0', 50, 30), word('12', 120, 60, 30, 20)];

  it('copies each word with its margin to a slot of its own, slots apart', () => {
    const { pgm, slots } = digitSheet(img, words);
    const sheet = readPgm(pgm)!;
    expect(slots).toHaveLength(2);
    // Margins: 0.35 of the height (7 px) left and right, 0.2 (4 px) above and below.
    expect(slots.map((s) => [s.w, s.h])).toEqual([[54, 28], [44, 28]]);
    // The second slot starts a slot height (the gap) after the first ends.
    expect(slots[1].x - (slots[0].x + slots[0].w)).toBe(28);
    // The dark pixel lands 12 px right and 6 px down of the first slot's corner (55−43, 32−26).
    expect(sheet.px[(slots[0].y + 6) * sheet.w + slots[0].x + 12]).toBe(0);
    expect([...sheet.px].filter((p) => p === 0)).toHaveLength(1);
  });

  it('makes the paper of a cut white and keeps its ink', () => {
    // A scan's grey paper (235) around a word, with a dark stroke (40) and its anti-aliased edge (150).
    const grey = Buffer.alloc(200 * 100, 235);
    grey[35 * 200 + 60] = 40;
    grey[35 * 200 + 61] = 150;
    const [cut] = cutWords({ w: 200, h: 100, px: grey }, [word('7', 50, 30)]);
    const at = (x: number, y: number) => cut.px[(y - 26) * cut.w + (x - 43)];
    expect([at(60, 35), at(61, 35), at(70, 40), at(44, 27)]).toEqual([40, 150, 255, 255]);
  });

  it('writes the sheet into the start of the buffer it is given, the same bytes as a fresh one', () => {
    const fresh = digitSheet(img, words).pgm;
    const given = Buffer.alloc(fresh.length + 5000, 7);
    const { pgm } = sheetOf(cutWords(img, words), (n) => {
      expect(n).toBe(fresh.length);
      return given;
    });
    expect(pgm.buffer).toBe(given.buffer);
    expect(pgm.byteOffset).toBe(given.byteOffset);
    expect(pgm.equals(fresh)).toBe(true);
  });

  it('keeps a second reading only when it holds digits and they differ', () => {
    const ws = [word('34,0', 0, 0), word('12', 0, 0), word('5-', 0, 0), word('2023', 0, 0), word('601,8', 0, 0), word('79,5', 0, 0)];
    const slots = ws.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    // "2023" read in two pieces is the same digits; "5-" read "S-" has none to compare; "79,55" holds
    // "79,5" and a neighbour's digit caught in the margin.
    const read = [word('84,0', 10, 5), word('12', 110, 5), word('S-', 210, 5), word('202', 310, 5), word('3', 360, 5, 10), word('81,8', 410, 5), word('79,55', 510, 5)];
    expect(applySecondReading(slots, read)).toBe(2);
    expect(ws.map((w) => w.alt)).toEqual(['84,0', undefined, undefined, undefined, '81,8', undefined]);
  });
});

describe('a table cell garbled out of its digits', () => {
  // One table row read at 300 dpi, words 30 px high: label, then cells 150 px apart.
  const cell = (text: string, left: number, conf: number, width = 40): OcrWord => ({ text, left, top: 100, width, height: 30, conf, line: '1.2.1' });
  const rowWords = () => [cell('Xóm', 20, 95, 60), cell('Đồng', 90, 95, 70), cell('14', 300, 93), cell('b)', 450, 12), cell('Tổng', 600, 60, 70), cell('9', 750, 96, 20), cell('+0', 900, 8)];

  it('is read a second time when alone among numbers and unsure, and a word of the row is not', () => {
    const words = rowWords();
    expect(digitWords({ width: 1200, height: 300, dpi: 300, words }).map((w) => w.text)).toEqual(['14', 'b)', '9', '+0']);
    // The same scrap right after a number, as a unit would stand ("14 b)"), is no cell of its own.
    const close = [cell('Xóm', 20, 95, 60), cell('14', 300, 93), cell('b)', 350, 12)];
    expect(digitWords({ width: 1200, height: 300, dpi: 300, words: close }).map((w) => w.text)).toEqual(['14']);
  });

  it('reads a syllable read fairly sure a second time when it sits in a column of numbers', () => {
    // "và," at 40 under the column whose rows above and below read 125 and 37; "Tổng" at 60 under the labels.
    const at = (text: string, left: number, conf: number, row: number, width = 40): OcrWord => ({ text, left, top: 100 + 50 * row, width, height: 30, conf, line: `1.2.${row}` });
    const words = [
      at('Thôn', 20, 95, 0, 60), at('Bắc', 90, 95, 0), at('310', 300, 95, 0), at('125', 450, 95, 0),
      at('Thôn', 20, 95, 1, 60), at('Nam', 90, 95, 1), at('280', 300, 95, 1), at('và,', 455, 40, 1, 34),
      at('Thôn', 20, 95, 2, 60), at('Tây', 90, 95, 2), at('190', 300, 95, 2), at('37', 455, 95, 2, 30),
      at('Tổng', 90, 60, 3, 70), at('780', 300, 95, 3), at('214', 450, 95, 3),
    ];
    expect(digitWords({ width: 1200, height: 400, dpi: 300, words }).filter((w) => !/\d/u.test(w.text)).map((w) => w.text)).toEqual(['và,']);
    // The same syllable in a row with no column of numbers above or below is a word.
    const alone = words.filter((w) => w.line === '1.2.1');
    expect(digitWords({ width: 1200, height: 400, dpi: 300, words: alone }).map((w) => w.text)).toEqual(['280']);
  });

  it('reads a scrap read under 90 a second time in a column of numbers, and not elsewhere nor at 90', () => {
    // "NÓI" at 78 under the column whose rows above and below read 125 and 37.
    const at = (text: string, left: number, conf: number, row: number, width = 40): OcrWord => ({ text, left, top: 100 + 50 * row, width, height: 30, conf, line: `1.2.${row}` });
    const words = (scrap: string, conf: number) => [
      at('Thôn', 20, 95, 0, 60), at('Bắc', 90, 95, 0), at('310', 300, 95, 0), at('125', 450, 95, 0),
      at('Thôn', 20, 95, 1, 60), at('Nam', 90, 95, 1), at('280', 300, 95, 1), at(scrap, 455, conf, 1, 34),
      at('Thôn', 20, 95, 2, 60), at('Tây', 90, 95, 2), at('190', 300, 95, 2), at('37', 455, 95, 2, 30),
    ];
    const scraps = (ws: OcrWord[]) => digitWords({ width: 1200, height: 400, dpi: 300, words: ws }).filter((w) => !/\d/u.test(w.text)).map((w) => w.text);
    expect(scraps(words('NÓI', 78))).toEqual(['NÓI']);
    expect(scraps(words('NÓI', 90))).toEqual([]);
    expect(scraps(words('NÓI', 78).filter((w) => w.line === '1.2.1'))).toEqual([]);
  });

  it('takes the clean number the second reading gives, keeping the first as the doubtful reading', () => {
    const words = rowWords();
    const cells = digitWords({ width: 1200, height: 300, dpi: 300, words });
    const slots = cells.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    // "14" read again "14"; "b)" read "5"; the sure "9" read "8" keeps its text; "+0" read "1.253".
    const read = [word('14', 10, 5), word('5', 110, 5, 20), word('8', 210, 5, 20), word('1.253', 310, 5)];
    expect(applySecondReading(slots, read)).toBe(3);
    expect(cells.map((w) => [w.text, w.alt])).toEqual([['14', undefined], ['5', 'b)'], ['9', '8'], ['1.253', '+0']]);
  });

  it('keeps an unsure cell whose second reading is no clean number', () => {
    const words = rowWords();
    const cells = digitWords({ width: 1200, height: 300, dpi: 300, words });
    const slots = cells.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    applySecondReading(slots, [word('5)', 110, 5, 20), word('12-3', 310, 5)]);
    expect(cells.map((w) => w.text)).toEqual(['14', 'b)', '9', '+0']);
  });
});

describe('a table cell read unsure, then read again', () => {
  // One row of a table of counts at 300 dpi, words 30 px high, cells 150 px apart: "Xã Tân Phú | 17 | 62 | 3 | 80,0".
  const cell = (text: string, left: number, conf: number, width = 40): OcrWord => ({ text, left, top: 100, width, height: 30, conf, line: '1.3.1' });
  const sheetOf2 = (cells: OcrWord[]) => cells.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
  const again = (text: string, slot: number, conf: number, width = 20): OcrWord => ({ ...word(text, 100 * slot + 10, 5, width), conf });

  it('takes a sure second reading of an unsure number, and keeps the first as the doubtful one', () => {
    const words = [cell('Xã', 20, 96, 40), cell('Tân', 70, 96, 50), cell('Phú', 130, 96, 50), cell('17', 300, 96), cell('62', 450, 45), cell('3', 600, 96, 20), cell('80,0', 750, 96, 60)];
    const cells = digitWords({ width: 1200, height: 300, dpi: 300, words });
    expect(cells.map((w) => w.text)).toEqual(['17', '62', '3', '80,0']);
    const slots = sheetOf2(cells);
    // "62" at 45 is read "2" at 96: the lone "2" the cell holds. The sure "3" read "8" keeps its text (doubted by alt).
    expect(applySecondReading(slots, [again('17', 0, 95), again('2', 1, 96), again('8', 2, 90), again('80,0', 3, 93, 60)])).toBe(2);
    expect(cells.map((w) => [w.text, w.alt])).toEqual([['17', undefined], ['2', '62'], ['3', '8'], ['80,0', undefined]]);
    // A rate read "61,2" at 88, fairly sure, read "81,2" at 96 the second time: the second is taken too.
    const rate = [cell('Xã', 20, 96, 40), cell('17', 300, 96), cell('13', 450, 96), cell('61,2', 600, 88, 60)];
    const rateCells = digitWords({ width: 1200, height: 300, dpi: 300, words: rate });
    applySecondReading(sheetOf2(rateCells), [again('17', 0, 96), again('13', 1, 96), again('81,2', 2, 96, 60)]);
    expect(rateCells.map((w) => [w.text, w.alt])).toEqual([['17', undefined], ['13', undefined], ['81,2', '61,2']]);
  });

  it('keeps an unsure cell when the second reading is not sure either, or grew digits around the first', () => {
    const words = () => [cell('Cộng', 20, 96, 70), cell('58', 300, 96), cell('&', 450, 53, 20), cell('5', 600, 60, 20)];
    const unsure = digitWords({ width: 1200, height: 300, dpi: 300, words: words() });
    expect(unsure.map((w) => w.text)).toEqual(['58', '&', '5']);
    // "&" read "8" at 78: no better than the first; "5" read "15": maybe a neighbour's digit caught.
    applySecondReading(sheetOf2(unsure), [again('58', 0, 96), again('8', 1, 78), again('15', 2, 95)]);
    expect(unsure.map((w) => [w.text, w.alt])).toEqual([['58', undefined], ['&', undefined], ['5', undefined]]);
    const sure = digitWords({ width: 1200, height: 300, dpi: 300, words: words() });
    applySecondReading(sheetOf2(sure), [again('58', 0, 96), again('3', 1, 92)]);
    expect(sure.map((w) => [w.text, w.alt])).toEqual([['58', undefined], ['3', '&'], ['5', undefined]]);
    // A garbled number that lost a digit to a mark ("Đ;5" for "8,5") takes its sure second reading.
    const lost = digitWords({ width: 1200, height: 300, dpi: 300, words: [cell('Cộng', 20, 96, 70), cell('58', 300, 96), cell('Đ;5', 450, 0, 40)] });
    applySecondReading(sheetOf2(lost), [again('58', 0, 96), again('8,5', 1, 96, 40)]);
    expect(lost.map((w) => [w.text, w.alt])).toEqual([['58', undefined], ['8,5', 'Đ;5']]);
  });

  it('takes a reading with more digits when the first reading\'s own box is wide enough for them, not one that caught the margin', () => {
    // Two rows of counts, a digit 30 px wide: "Thôn Hạ | 731 | 654 | 89,5 | 7" (the last cell, "77", read "7" at 86 in a
    // box two digits wide) over "Thôn Thượng | 528 | 467 | 88,4 | 61".
    const at = (text: string, left: number, conf: number, row: number, width: number): OcrWord => ({ text, left, top: 100 + 60 * row, width, height: 30, conf, line: `1.2.${row}` });
    const rows = () => [
      at('Thôn', 20, 96, 0, 60), at('Hạ', 90, 96, 0, 40), at('731', 300, 97, 0, 90), at('654', 450, 97, 0, 90), at('89,5', 600, 97, 0, 105), at('7', 750, 86, 0, 60),
      at('Thôn', 20, 96, 1, 60), at('Thượng', 90, 96, 1, 90), at('528', 300, 97, 1, 90), at('467', 450, 97, 1, 90), at('88,4', 600, 97, 1, 105), at('61', 750, 97, 1, 60),
    ];
    const readAgain = (lastCell: string) => {
      const cells = digitWords({ width: 1200, height: 400, dpi: 300, words: rows() });
      const again2 = cells.map((w, i) => ({ ...word(w === cells[3] ? lastCell : w.text, 100 * i + 10, 5), conf: 97 }));
      applySecondReading(sheetOf2(cells), again2);
      return [cells[3].text, cells[3].alt];
    };
    // "77" fits the box the "7" was read in: the digit was lost inside it. The first reading stays the doubtful one.
    expect(readAgain('77')).toEqual(['77', '7']);
    // "777" does not fit it: a neighbour's digit caught in the margin, no judgement.
    expect(readAgain('777')).toEqual(['7', undefined]);
    // A "7" read in a box one digit wide and read "77" again caught its neighbour too.
    const narrow = rows();
    narrow[5].width = 30;
    const cells = digitWords({ width: 1200, height: 400, dpi: 300, words: narrow });
    applySecondReading(sheetOf2(cells), cells.map((w, i) => ({ ...word(w === cells[3] ? '77' : w.text, 100 * i + 10, 5), conf: 97 })));
    expect([cells[3].text, cells[3].alt]).toEqual(['7', undefined]);
  });

  it('reads a cell garbled into two touching scraps as one, and takes its number when shaped and sized like its column\'s', () => {
    // "Xã Đông | 27 | 140.5 | 96.0" over "Xã Tây | 31 | 88.0", "Xã Nam | 12 | 0", "Xã Bắc | 9 | 75.5", a digit 30 px wide; a
    // sentence above holds a year ("năm 2024 (12 xã)") in the column. The first row's "96.0" is read "Ră" and "QỤỒE" at 0 and 12.
    const at = (text: string, left: number, conf: number, row: number, width: number): OcrWord => ({ text, left, top: 100 + 60 * row, width, height: 30, conf, line: `1.5.${row}` });
    const rows = () => [
      at('trong', 20, 96, 0, 80), at('năm', 110, 96, 0, 60), at('2024', 640, 96, 0, 120), at('(12', 775, 96, 0, 60), at('xã)', 850, 96, 0, 50),
      at('Xã', 20, 96, 1, 40), at('Đông', 70, 96, 1, 70), at('27', 300, 97, 1, 60), at('140.5', 450, 97, 1, 135), at('Ră', 650, 0, 1, 40), at('QỤỒE', 688, 12, 1, 82),
      at('Xã', 20, 96, 2, 40), at('Tây', 70, 96, 2, 50), at('31', 300, 97, 2, 60), at('88.0', 450, 97, 2, 105), at('78.5', 650, 97, 2, 105),
      at('Xã', 20, 96, 3, 40), at('Nam', 70, 96, 3, 50), at('12', 300, 97, 3, 60), at('60.5', 450, 97, 3, 105), at('0', 650, 97, 3, 30),
      at('Xã', 20, 96, 4, 40), at('Bắc', 70, 96, 4, 50), at('9', 300, 97, 4, 30), at('41.0', 450, 97, 4, 105), at('75.5', 650, 97, 4, 105),
    ];
    const page = { width: 1200, height: 400, dpi: 300, words: rows() };
    const cells = digitWords(page);
    const scrap = cells.find((w) => !/\d/u.test(w.text))!;
    expect([scrap.text, scrap.left, scrap.width, scrap.conf]).toEqual(['RăQỤỒE', 650, 120, 0]);
    const readAgain = (c: OcrWord[], number: string) => applySecondReading(sheetOf2(c), c.map((w, i) => ({ ...word(w.text === scrap.text ? number : w.text, 100 * i + 10, 5), conf: 97 })));
    readAgain(cells, '96.0');
    // One decimal as its column's "78.5" and "75.5" (the year above and the bare "0" are no shape), four digits wide as its box.
    expect([scrap.text, scrap.alt, scrap.conf]).toEqual(['96.0', undefined, 97]);
    // Read "6.0" again, a number narrower than its box: it may go on past what was read, and stays in doubt.
    const other = digitWords({ width: 1200, height: 400, dpi: 300, words: rows() });
    const scrap2 = other.find((w) => !/\d/u.test(w.text))!;
    applySecondReading(sheetOf2(other), other.map((w, i) => ({ ...word(w === scrap2 ? '6.0' : w.text, 100 * i + 10, 5), conf: 97 })));
    expect([scrap2.text, scrap2.alt]).toEqual(['6.0', 'RăQỤỒE']);
  });

  it('reads the first cell of a row (its number) a second time when it sits in a column of numbers', () => {
    // Rows "1 | Thôn A | 22 | 18", "Xu | Thôn B | 18 | 15" (the 2 garbled), "3 | Thôn C | 25 | 21".
    const at = (text: string, left: number, conf: number, row: number, width = 40): OcrWord => ({ text, left, top: 100 + 50 * row, width, height: 30, conf, line: `1.4.${row}` });
    const rows = [
      at('1', 20, 96, 0, 18), at('Thôn', 200, 96, 0, 60), at('A', 270, 96, 0, 20), at('22', 450, 96, 0), at('18', 600, 96, 0),
      at('Xu', 15, 43, 1, 28), at('Thôn', 200, 96, 1, 60), at('B', 270, 96, 1, 20), at('18', 450, 96, 1), at('15', 600, 96, 1),
      at('3', 20, 96, 2, 18), at('Thôn', 200, 96, 2, 60), at('C', 270, 96, 2, 20), at('25', 450, 96, 2), at('21', 600, 96, 2),
    ];
    const cells = digitWords({ width: 1200, height: 400, dpi: 300, words: rows });
    expect(cells.filter((w) => !/\d/u.test(w.text)).map((w) => w.text)).toEqual(['Xu']);
    const xu = cells.find((w) => w.text === 'Xu')!;
    applySecondReading([{ word: xu, x: 0, y: 0, w: 80, h: 30 }], [again('2', 0, 97)]);
    // "Xu" held no digit, and "2" is shaped like the column's "1" and "3": the cell rests on the second reading alone.
    expect([xu.text, xu.alt, xu.conf]).toEqual(['2', undefined, 97]);
    // A list's marker before its text, with no numbers for a row, is no cell.
    const list = [at('b)', 20, 40, 0, 30), at('Kết', 200, 96, 0, 50), at('quả', 260, 96, 0, 50), at('1.', 20, 96, 1, 20), at('2.', 20, 96, 2, 20)];
    expect(digitWords({ width: 1200, height: 400, dpi: 300, words: list }).map((w) => w.text)).toEqual(['1.', '2.']);
  });
});

describe('OCR caution with a second reading', () => {
  const text = 'Tỷ lệ đạt 34,0% so với kế hoạch.';
  const source = {
    path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text, pages: 1, warnings: [], ocrPages: [1],
    blocks: [{
      index: 0, kind: 'paragraph', text, span: { start: 0, end: text.length, line: 1, page: 1 },
      ocr: { confidence: 96, words: [{ start: 10, end: 15, conf: 97, alt: '84,0%' }, { start: 0, end: 3, conf: 96 }] },
    }],
  } as Source;
  const finding = (start: number, end: number): Finding => ({
    rule: 'percent-mismatch', severity: 'error', messageId: 'm', message: 'Tỷ lệ sai', data: {}, section: '', suggestion: null,
    evidence: [{ text, quote: text.slice(start, end), span: { start, end, line: 1, page: 1 } }],
  });

  it('turns an error on a sure digit read otherwise the second time into a warning naming both readings', () => {
    const [f] = cautionOcr([finding(10, 15)], source);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('hai lần đọc cho "34,0%" và "84,0%"');
    expect(f.data).toMatchObject({ ocrUnsure: '34,0%', ocrSecondReading: '84,0%' });
  });

  it('leaves an error elsewhere as it is', () => {
    expect(cautionOcr([finding(0, 3)], source)[0].severity).toBe('error');
  });
});

describe('OCR caution on a one-letter marker read for a Roman numeral', () => {
  // A scanned heading "I. KẾT QUẢ" read "l. KẾT QUẢ" with confidence 93: the numbering error it makes ("starts at l")
  // rests on the shape of one stroke, so it is a warning; a sure "II." elsewhere is not unsure.
  const text = 'l. KẾT QUẢ\nII. KIẾN NGHỊ';
  const source = {
    path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text, pages: 1, warnings: [], ocrPages: [1],
    blocks: [
      { index: 0, kind: 'heading', text: 'l. KẾT QUẢ', span: { start: 0, end: 10, line: 1, page: 1 }, ocr: { confidence: 93, words: [{ start: 0, end: 2, conf: 93 }, { start: 3, end: 6, conf: 95 }] } },
      { index: 1, kind: 'heading', text: 'II. KIẾN NGHỊ', span: { start: 11, end: 24, line: 2, page: 1 }, ocr: { confidence: 96, words: [{ start: 11, end: 14, conf: 96 }] } },
    ],
  } as Source;
  const finding = (start: number, end: number): Finding => ({
    rule: 'heading-numbering', severity: 'error', messageId: 'm', message: 'Đánh số sai', data: {}, section: '', suggestion: null,
    evidence: [{ text, quote: text.slice(start, end), span: { start, end, line: 1, page: 1 } }],
  });

  it('turns the error on "l." into a warning and leaves one on a sure "II." as it is', () => {
    expect(cautionOcr([finding(0, 10)], source)[0].severity).toBe('warning');
    expect(cautionOcr([finding(11, 24)], source)[0].severity).toBe('error');
  });

  it('reads a capital "L." the same way (Tesseract reads a Roman "I." so, sure of it)', () => {
    const capital = { ...source, text: source.text.replace('l.', 'L.'), blocks: source.blocks.map((b, i) => (i === 0 ? { ...b, text: b.text.replace('l.', 'L.') } : b)) } as Source;
    expect(cautionOcr([finding(0, 10)], capital)[0].severity).toBe('warning');
  });
});

describe.skipIf(Boolean(missing))('a second reading of a scanned page', () => {
  it('agrees with the first on a clean page, and reads a digit changed in the first reading as it is printed', async () => {
    const pgm = await rasterisePdfPage(readFileSync(SEED), 1);
    const [page] = await recogniseImage(pgm);
    const digits = page.words.filter((w) => /\d/.test(w.text));
    expect(digits.length).toBeGreaterThan(15);
    // Page 1 of the seed, printed and read at 300 dpi: the two readings agree on every digit
    // (checked by hand: the text layer has the same numbers).
    expect(digits.filter((w) => w.alt !== undefined).map((w) => `${w.text} → ${w.alt}`)).toEqual([]);
    // Tesseract reading "33/59" as "38/59", sure of it: the second reading sees the print.
    const w = page.words.find((x) => x.text.startsWith('33/59'))!;
    expect(w).toBeDefined();
    w.text = w.text.replace('33/59', '38/59');
    expect(await rereadDigits(page, readPgm(pgm)!)).toBe(1);
    expect(w.alt?.startsWith('33/59')).toBe(true);
  }, 180_000);
});

describe('wrapped table cells of a scanned page', () => {
  const row = (cells: string[], page = 1, table = 0, r = 0): RawBlock => ({ kind: 'row', text: cells.join('\t'), cells, table, row: r, line: null, page });

  it('joins a two-line header and label tails back into their rows, on OCR pages only', () => {
    // The layout of holdout11's revenue annex as the line builder gave it from a 200 dpi scan.
    const blocks = [
      { kind: 'paragraph', text: '(Đơn vị tính: triệu đồng)', line: null, page: 1 } as RawBlock,
      row(['', 'Dự toán năm', 'Thực hiện 6', 'Tỷ lệ so dự toán'], 1, 0, 0),
      row(['Nội dung thu', '2024', 'tháng', '(%)'], 1, 0, 1),
      row(['Thuế ngoài quốc', '66.000', '32.480', '49,2'], 1, 0, 2),
      row(['doanh', '', '', ''], 1, 0, 3),
      row(['Tổng cộng', '320.000', '186.450', '58,3'], 1, 0, 4),
      row(['Xã A', '1', '2', '3'], 2, 1, 0),
      row(['ghi chú', '', '', ''], 2, 1, 1),
    ];
    const out = joinWrappedOcrRows(blocks, new Set([1]));
    expect(out.filter((b) => b.kind === 'row').map((b) => [b.row, ...b.cells!])).toEqual([
      [0, 'Nội dung thu', 'Dự toán năm 2024', 'Thực hiện 6 tháng', 'Tỷ lệ so dự toán (%)'],
      [1, 'Thuế ngoài quốc doanh', '66.000', '32.480', '49,2'],
      [2, 'Tổng cộng', '320.000', '186.450', '58,3'],
      // Page 2 is a text layer: left as it is.
      [0, 'Xã A', '1', '2', '3'],
      [1, 'ghi chú', '', '', ''],
    ]);
  });

  it('joins a unit in brackets that wrapped under its label, and keeps a bracketed row that opens in capitals', () => {
    const blocks = [
      row(['Chỉ tiêu', 'Quý I', 'Quý II'], 1, 0, 0),
      row(['Tiêm phòng dại', '210', '245'], 1, 0, 1),
      row(['(con chó)', '', ''], 1, 0, 2),
      row(['Phun thuốc khử trùng', '18', '22'], 1, 0, 3),
      row(['(Đợt bổ sung)', '', ''], 1, 0, 4),
      row(['(lần)', '', ''], 1, 0, 5),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells![0])).toEqual([
      'Chỉ tiêu', 'Tiêm phòng dại (con chó)', 'Phun thuốc khử trùng', '(Đợt bổ sung)', '(lần)',
    ]);
  });

  it('joins a label\'s wrapped line of any case that sits closer under its row than rows sit apart', () => {
    // Baselines (pt) as a scan gives them: rows 25 pt apart, a cell's wrapped lines 20 pt (font size 12).
    const at = (cells: string[], r: number, y: number, yEnd = y): RawBlock => ({ ...row(cells, 1, 0, r), y, yEnd, size: 12 });
    const blocks = [
      at(['TT', 'Đơn vị', 'Hồ sơ', 'Tỷ lệ'], 0, 700),
      at(['1', 'Phòng', '412', '96,5'], 1, 675),
      at(['', 'Tài chính', '', ''], 2, 655),
      at(['', 'Kế hoạch', '', ''], 3, 635),
      at(['2', 'Trạm Y tế', '388', '92,0'], 4, 610),
      at(['3', 'Trường Mầm non', '150', '90,1'], 5, 585),
      // A row of its own: a row's gap under the one above.
      at(['', 'Khối sự nghiệp', '', ''], 6, 560),
      at(['4', 'Nhà văn hóa', '40', '88,0'], 7, 535),
      at(['', 'Cộng', '990', '93,2'], 8, 510),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1])).map((b) => b.cells![1])).toEqual([
      'Đơn vị', 'Phòng Tài chính Kế hoạch', 'Trạm Y tế', 'Trường Mầm non', 'Khối sự nghiệp', 'Nhà văn hóa', 'Cộng',
    ]);
    // Not on a text layer, nor a line holding a number, nor text under a number column.
    expect(joinWrappedOcrRows(blocks, new Set([2]))).toHaveLength(9);
    const number = blocks.map((b, i) => (i === 2 ? at(['', '2024', '', ''], 2, 655) : i === 3 ? at(['', '', 'ghi', ''], 3, 635) : b));
    expect(joinWrappedOcrRows(number, new Set([1]))).toHaveLength(9);
  });

  it('keeps a label row that starts with a capital, and a first row of numbers', () => {
    const blocks = [row(['Đơn vị', 'Số', 'Tỷ lệ'], 1, 0, 0), row(['Xã A', '12', '40%'], 1, 0, 1), row(['Khối trường', '', ''], 1, 0, 2), row(['Xã B', '3', '1%'], 1, 0, 3)];
    expect(joinWrappedOcrRows(blocks, new Set([1]))).toHaveLength(4);
  });
});

describe('garbled numbers in tables of scanned pages', () => {
  it('tells a garbled number from units, codes and words', () => {
    // Read by Tesseract from holdout12's school table for "53", "3" and "285".
    for (const c of ['1Ó', '#4', 'À0 )', '1ó']) expect(garbledCell(c), c).toBe(true);
    for (const c of ['85,5', '-29,1', '5ha', 'km2', 'A1', '2b', '2023-2024', '01/6/2024', 'Quý I/2024', '08-NQ/TU', 'Tổ 2', '12,6 km', '100%', '(61,1'])
      expect(garbledCell(c), c).toBe(false);
  });

  it('makes an error on any row of such a table a warning that names the cell', () => {
    const rows = [['Cấp học', 'Số trường'], ['Mầm non', '#4'], ['Cộng', '62']];
    const { source, blocks } = scannedTable(rows);
    const total = blocks[2].span;
    const f: Finding = {
      rule: 'table-total-mismatch', severity: 'error', messageId: 'm', message: 'Tổng sai', data: {}, section: '', suggestion: null,
      evidence: [{ text: '62', quote: '62', span: { ...total, start: total.end - 2 } }],
    };
    const [out] = cautionOcr([f], source);
    expect(out.severity).toBe('warning');
    expect(out.message).toContain('"#4"');
    expect(cautionOcr([f], { ...source, ocrPages: undefined })[0].severity).toBe('error');
  });
});

describe('a check of one row of a scanned table with a garbled cell elsewhere', () => {
  // "Xã Đông | 1Ó | 12" (the count garbled) and "Xã Tây | 40 | 9": a row's share rests on its own cells only.
  const rows = [['Đơn vị', 'Kế hoạch', 'Thực hiện'], ['Xã Đông', '1Ó', '12'], ['Xã Tây', '40', '9'], ['Cộng', '58', '21']];
  const onRows = (source: Source, at: number[]): Finding => ({
    rule: 'table-total-mismatch', severity: 'error', messageId: 'm', message: 'Tỷ lệ sai', data: {}, section: '', suggestion: null,
    evidence: at.map((b) => ({ block: b, quote: '', offset: 0, span: source.blocks[b].span })),
  });

  it('stays an error on a row the misreading does not touch, and is a warning on its row and on a sum', () => {
    const { source } = scannedTable(rows);
    expect(cautionOcr([onRows(source, [2])], source)[0].severity).toBe('error');
    expect(cautionOcr([onRows(source, [1])], source)[0].severity).toBe('warning');
    expect(cautionOcr([onRows(source, [3, 1, 2])], source)[0].severity).toBe('warning');
  });

  it('takes a row whose name was lost as touching the row above, where its numbers were joined', () => {
    const lost = [['Đơn vị', 'Số lớp', 'Số học sinh'], ['Trường Kim Đồng', '12', '388'], ['sơn', '9', '276'], ['Trường Võ Thị Sáu', '10', '301'], ['Cộng', '31', '965']];
    const { source } = scannedTable(lost);
    expect(cautionOcr([onRows(source, [1])], source)[0].severity).toBe('warning');
    expect(cautionOcr([onRows(source, [3])], source)[0].severity).toBe('error');
  });
});

describe('cells of a scanned table that break their column', () => {
  it('finds a body row read into the header line above it: a header\'s words ending in an amount', () => {
    const rows = [
      ['STT', 'Nguồn vốn Dự toán', 'Đã chi', 'Tỷ lệ (%)'],
      ['A', 'Chi thường xuyên giao 15 420', 'chi 8 310', '(%) 53,89'],
      ['1', 'Sự nghiệp giáo dục', '9 120', '4 980'],
      ['2', 'Sự nghiệp y tế', '3 200', '1 730'],
      ['3', 'Quản lý hành chính', '3 100', '1 600'],
    ];
    // Under the columns of numbers, the header cells end in the first body row's amounts.
    expect(misreadInColumn(rows.map((r) => [r[0], r[2], r[3]]))).toBe('chi 8 310');
    // A header naming its column by a year is a header ("Dự toán năm 2025"), and a label column may end in a number.
    expect(misreadInColumn([['STT', 'Dự toán năm 2025', 'Ước thực hiện 2025'], ['1', '9 120', '4 980'], ['2', '3 200', '1 730'], ['3', '3 100', '1 600']])).toBeNull();
    expect(misreadInColumn([['Đơn vị', 'Số hộ', 'Số khẩu'], ['Tổ 12', '41', '166'], ['Tổ 15', '37', '150'], ['Cộng', '78', '316']])).toBeNull();
  });

  it('finds a short word where the column holds numbers, in the rows with numbers', () => {
    const rows = [
      ['Thôn', 'Số hộ', 'Số khẩu'],
      ['Bản Mới', '41', '166'],
      ['Nà Pàn', 'ví', '203'],
      ['Khuổi Hẩu', '37', '150'],
      ['Cộng', '131', '519'],
    ];
    expect(misreadInColumn(rows)).toBe('ví');
    for (const mark of ['s),', '“']) expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Nà Pàn', mark, '203'] : r))), mark).toBe(mark);
    // A dash or an x says "nothing here"; a word column and the header row are left alone.
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Nà Pàn', '-', '203'] : r)))).toBeNull();
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Nà Pàn', 'x', '203'] : r)))).toBeNull();
    expect(misreadInColumn([['Thôn', 'Xếp loại', 'Số hộ'], ['Bản Mới', 'Tốt', '41'], ['Nà Pàn', 'Khá', '44'], ['Cộng', '', '85']])).toBeNull();
    // Two garbled scraps in one cell ("107,50" read as marks and letters); a longer phrase is no misread number.
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Nà Pàn', 'Ụ} AÀ)', '203'] : r)))).toBe('Ụ} AÀ)');
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Nà Pàn', 'chưa có số liệu', '203'] : r)))).toBeNull();
  });

  it('finds the tail of a lost name that holds numbers under the numbers of the row above', () => {
    const rows = [
      ['Đơn vị', 'Số lớp', 'Số học sinh'],
      ['Trường Tiểu học Kim Đồng', '12', '388'],
      ['sơn', '9', '276'],
      ['Trường Tiểu học Võ Thị', '10', '301'],
      ['Sáu', '', ''],
    ];
    expect(misreadInColumn(rows)).toBe('sơn');
    // A tail without numbers is the wrapped name of the row above: nothing broken.
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['sơn', '', ''] : r)))).toBeNull();
  });

  it('makes a total error on such a table a warning on a scan, and only there', () => {
    const rows = [['Thôn', 'Số hộ', 'Số khẩu'], ['Bản Mới', '41', '166'], ['Nà Pàn', 'ví', '203'], ['Khuổi Hẩu', '37', '150'], ['Cộng', '131', '519']];
    const { source, blocks } = scannedTable(rows);
    const total = blocks[4].span;
    const f: Finding = {
      rule: 'table-total-mismatch', severity: 'error', messageId: 'm', message: 'Tổng sai', data: {}, section: '', suggestion: null,
      evidence: [{ text: '519', quote: '519', span: { ...total, start: total.end - 3 } }],
    };
    const [out] = cautionOcr([f], source);
    expect(out.severity).toBe('warning');
    expect(out.message).toContain('"ví"');
    expect(cautionOcr([f], { ...source, ocrPages: undefined })[0].severity).toBe('error');
  });
});

describe('wrapped cells of a numbered table on a scanned page', () => {
  const row = (cells: string[], r: number): RawBlock => ({ kind: 'row', text: cells.join('\t'), cells, table: 0, row: r, line: null, page: 1 });

  it('joins a header line with one word read in capitals, and label tails after a row number', () => {
    const blocks = [
      row(['', '', 'Số lượt', 'Khám', 'Khám'], 0),
      row(['TT', 'Cơ sở', 'KHÁM', 'ngoại trú', 'nội trú'], 1),
      row(['1', 'Trạm y tế', '2.410', '2.300', '110'], 2),
      row(['', 'phường Đông', '', '', ''], 3),
      row(['2', 'Phòng khám', '1.020', '1.000', '20'], 4),
    ];
    const out = joinWrappedOcrRows(blocks, new Set([1]));
    expect(out.map((b) => b.cells)).toEqual([
      ['TT', 'Cơ sở', 'Số lượt KHÁM', 'Khám ngoại trú', 'Khám nội trú'],
      ['1', 'Trạm y tế phường Đông', '2.410', '2.300', '110'],
      ['2', 'Phòng khám', '1.020', '1.000', '20'],
    ]);
  });

  it('keeps a second row that is mostly not a header line\'s end, and a lone cell under a number', () => {
    const blocks = [
      row(['', '', 'Kế hoạch', 'Kết quả'], 0),
      row(['TT', 'Đơn vị', 'Đạt', 'Vượt'], 1),
      row(['1', '', '12', '3'], 2),
      row(['', 'xã Bình', '', ''], 3),
    ];
    expect(joinWrappedOcrRows(blocks, new Set([1]))).toHaveLength(4);
  });
});

describe('a heading\'s number read again without its stop', () => {
  // "1. KẾT QUẢ 6 THÁNG NĂM 2025" at the margin, over a list whose items open "2." and "3." at the same place: the
  // heading's marker stands apart before its words with two numbers in its line, as a table row's first cell does.
  const at = (text: string, left: number, conf: number, row: number, width = 40): OcrWord => ({ text, left, top: 100 + 60 * row, width, height: 38, conf, line: `1.2.${row}` });
  const page = (marker: string) => [
    at(marker, 350, 30, 0, 37), at('KẾT', 450, 96, 0, 100), at('QUẢ', 570, 93, 0, 110), at('6', 1040, 93, 0, 27), at('THÁNG', 1090, 91, 0, 190), at('2025', 1590, 96, 0, 120),
    at('2.', 350, 96, 1, 37), at('Về', 420, 96, 1, 60), at('3.', 350, 96, 2, 37), at('Về', 420, 96, 2, 60),
  ];

  it('keeps the marker "1." it was read as, where the English reading gives "1"', () => {
    const cells = digitWords({ width: 2550, height: 600, dpi: 300, words: page('1.') });
    const one = cells.find((w) => w.text === '1.')!;
    applySecondReading([{ word: one, x: 0, y: 0, w: 80, h: 40 }], [{ ...word('1', 10, 5, 20), conf: 95 }]);
    expect([one.text, one.alt]).toEqual(['1.', undefined]);
  });

  it('still takes a sure clean number for a scrap read in its place ("l." read again "1")', () => {
    const cells = digitWords({ width: 2550, height: 600, dpi: 300, words: page('7.') });
    const seven = cells.find((w) => w.text === '7.')!;
    applySecondReading([{ word: seven, x: 0, y: 0, w: 80, h: 40 }], [{ ...word('1', 10, 5, 20), conf: 95 }]);
    expect([seven.text, seven.alt]).toEqual(['1', '7.']);
  });
});
