/**
 * What a scan loses of a report's structure and the reader now keeps: a header cell's upper line spaced like the header's
 * own lines, a total row's label glued into one word, a part heading's mark lost, a Roman marker closed by a hyphen, and
 * a speck of a colon in the margin before a heading; and a thousands stop read as a comma is doubted, while a cell read
 * as no number at all takes a sure second reading shaped like its column as sure.
 */
import { describe, expect, it } from 'vitest';
import { image } from './ocr-fakes.js';
import { findTables } from '../../src/ingest/pdf-tables.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';
import { applySecondReading, digitWords } from '../../src/ingest/ocr-reread.js';
import { ocrItems, parseTsv, recountRomanMarkers, repairUnsureWords, splitGluedWords, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';

// Lines of a drawn table as a scan gives them: font size 8 (word boxes read small), lines 14 pt apart (1.75 sizes).
const line = (y: number, cells: Array<[string, number]>): PdfLine => ({
  page: 1, y, size: 8, x0: cells[0][1], x1: cells[cells.length - 1][1] + 40, startsWithNote: false,
  segments: cells.map(([text, x]) => ({ x0: x, x1: x + 5 * text.length, text })),
});

describe('a header cell whose upper line sits above the rest of the header', () => {
  // "Ước tính" over "năm nay (%)" in the last column; the other heads wrap "Dự" / "toán", "Đã" / "giải ngân".
  const upper = line(620, [['Ước tính', 400]]);
  const head1 = line(606, [['Dự', 200], ['Đã', 300], ['năm nay', 400]]);
  const head2 = line(592, [['STT', 60], ['Công trình', 100], ['toán', 200], ['giải ngân', 300], ['(%)', 400]]);
  const row1 = line(574, [['1', 60], ['Trường mầm non', 100], ['4.200', 200], ['3.150', 300], ['75,0', 400]]);
  const row2 = line(556, [['2', 60], ['Nhà văn hóa', 100], ['1.800', 200], ['990', 300], ['55,0', 400]]);

  it('joins it to the table when it sits no further above than the header\'s own lines sit apart', () => {
    // Line step 1.5 sizes (capped): a wrapped line is at most 1.68 sizes below, the header's lines are 1.75 apart.
    const [t] = findTables([upper, head1, head2, row1, row2], 1.5);
    expect(t.start).toBe(0);
    expect(t.rows[0].cells[4]).toBe('Ước tính');
  });

  it('leaves a line above a one-line header, or above a header whose second line holds a number, out of the table', () => {
    const [t] = findTables([upper, head2, row1, row2], 1.5);
    expect(t.start).toBe(1);
    // The first two lines a header and a data row: their gap is no wrapped line's.
    const [u] = findTables([line(610, [['Ước tính', 400]]), line(596, [['STT', 60], ['Công trình', 100], ['Dự toán', 200], ['Đã giải ngân', 300], ['(%)', 400]]), line(582, [['1', 60], ['Trường mầm non', 100], ['4.200', 200], ['3.150', 300], ['75,0', 400]]), row2], 1.5);
    expect(u.start).toBe(1);
  });
});

describe("a header cell's upper line over a header whose last line names years and periods", () => {
  // "Thực hiện" / "đến" / "31/8/2023" in the fourth column; "Vốn giao" / "năm 2023" and "Kỳ" / "Quý II/2023" beside it.
  const upper = line(620, [['Thực hiện', 300]]);
  const head1 = line(606, [['Vốn giao', 200], ['Kỳ', 250], ['đến', 300]]);
  const head2 = line(592, [['STT', 60], ['Công trình', 100], ['năm 2023', 200], ['Quý II/2023', 250], ['31/8/2023', 300]]);
  const row1 = line(574, [['1', 60], ['Trường mầm non', 100], ['4.200', 200], ['900', 250], ['3.150', 300]]);
  const row2 = line(556, [['2', 60], ['Nhà văn hóa', 100], ['1.800', 200], ['400', 250], ['990', 300]]);

  it('takes the header\'s step from lines whose numbers are years or dates in words', () => {
    const [t] = findTables([upper, head1, head2, row1, row2], 1.5);
    expect(t.start).toBe(0);
    expect(t.rows[0].cells[4]).toBe('Thực hiện');
  });

  it('not from a header and a data row whose numbers stand alone', () => {
    const [t] = findTables([upper, head2, row1, row2], 1.5);
    expect(t.start).toBe(1);
  });
});

describe('a header cell of three lines whose steps a scan reads a little apart', () => {
  // "Tỷ lệ" / "không đạt" / "(%)": 1.66 and 1.69 sizes apart where a wrapped line may sit 1.68 below (step 1.5).
  it('takes the top line too: a line above one taken may sit as far above it as the cell\'s other lines', () => {
    const lines = [
      line(620.3, [['Tỷ lệ', 400]]), line(606.8, [['không đạt', 400]]),
      line(593.5, [['Chỉ tiêu', 60], ['Số mẫu', 200], ['Đạt', 300], ['(%)', 400]]),
      line(578, [['Hàn the', 60], ['310', 200], ['302', 300], ['2,6', 400]]), line(562, [['Formol', 60], ['285', 200], ['279', 300], ['2,1', 400]]),
    ];
    const [t] = findTables(lines, 1.5);
    expect(t.start).toBe(0);
    // Two sizes above, the line is a caption, however the lines below it are spaced.
    const [u] = findTables([line(623, [['Tỷ lệ', 400]]), ...lines.slice(1)], 1.5);
    expect(u.start).toBe(1);
  });
});

const word = (text: string, left: number, top: number, width: number, conf: number, line: string): OcrWord =>
  ({ text, left, top, width, height: 40, conf, line });
const at = (n: number, ...ws: Array<[string, number]>) => ws.map(([t, c], i) => word(t, 10 + 150 * i, 60 * n, 120, c, `1.1.${n}`));

describe('a total row\'s label read as one word', () => {
  it('splits "Tổngcộng" though the report types it once, and leaves words no known pair splits', () => {
    const page: OcrPage = { width: 1200, height: 400, dpi: 300, words: [
      ...at(1, ['1', 96], ['Xã', 96], ['Hòa', 95], ['Bình', 96], ['120', 96]),
      ...at(2, ['Tổngcộng', 93], ['245', 96]), ...at(3, ['Toànxã', 91], ['245', 96]), ...at(4, ['Sảnxuất', 90], ['12', 96]),
    ] };
    expect(splitGluedWords([page])).toBe(2);
    expect(page.words.map((w) => w.text)).toEqual(['1', 'Xã', 'Hòa', 'Bình', '120', 'Tổng', 'cộng', '245', 'Toàn', 'xã', '245', 'Sảnxuất', '12']);
  });
});

describe('a part heading whose mark a scan lost', () => {
  it('reads "PHÂN THỨ HAI" as "PHẦN THỨ HAI" when unsure, by the report\'s one sure heading or by the heading words alone', () => {
    const once: OcrPage = { width: 1200, height: 400, dpi: 300, words: [...at(1, ['PHẦN', 96], ['THỨ', 96], ['MỘT', 96]), ...at(2, ['PHÂN', 91], ['THỨ', 96], ['HAI', 96])] };
    repairUnsureWords([once]);
    expect(once.words[3].text).toBe('PHẦN');
    // Neither read sure: the heading grammar's words decide.
    const none: OcrPage = { width: 1200, height: 400, dpi: 300, words: [...at(1, ['PHẦN', 86], ['THỨ', 96], ['MỘT', 96]), ...at(2, ['PHÂN', 54], ['THỨ', 96], ['HAI', 96])] };
    repairUnsureWords([none]);
    expect(none.words.map((w) => w.text)).toEqual(['PHẦN', 'THỨ', 'MỘT', 'PHẦN', 'THỨ', 'HAI']);
  });

  it('reads a plan section\'s title with a mark changed ("MỤC TIỂU", "NHIỆM VỰ") by the section words later stages know', () => {
    const page: OcrPage = { width: 1200, height: 400, dpi: 300, words: [
      ...at(1, ['I.', 90], ['MỤC', 96], ['TIỂU', 52]), ...at(2, ['Đạt', 96], ['tiêu', 97], ['chuẩn', 96]), ...at(3, ['II.', 92], ['NHIỆM', 95], ['VỰ', 61]),
    ] };
    repairUnsureWords([page]);
    expect(page.words.map((w) => w.text)).toEqual(['I.', 'MỤC', 'TIÊU', 'Đạt', 'tiêu', 'chuẩn', 'II.', 'NHIỆM', 'VỤ']);
    // A sure reading is the report's own: "MỤC TIỂU" read at 96 stays.
    const sure: OcrPage = { width: 1200, height: 400, dpi: 300, words: at(1, ['MỤC', 96], ['TIỂU', 96]) };
    expect(repairUnsureWords([sure])).toBe(0);
  });

  it('leaves "PHÂN CÔNG" read so sure elsewhere, a sure "PHÂN", and a capital word two other spellings fit as often', () => {
    const page: OcrPage = { width: 1200, height: 600, dpi: 300, words: [
      ...at(1, ['PHÂN', 96], ['CÔNG', 96], ['TÁC', 96]), ...at(2, ['PHÂN', 88], ['CÔNG', 96], ['NHIỆM', 96]), ...at(3, ['PHÂN', 97], ['THỨ', 96]),
      ...at(4, ['ĐỒNG', 96], ['HÀ', 96]), ...at(5, ['ĐỘNG', 96], ['HÀ', 96]), ...at(6, ['ĐÔNG', 80], ['HÀ', 96]),
    ] };
    expect(repairUnsureWords([page])).toBe(0);
    expect(page.words.map((w) => w.text).filter((t) => /^(PH|Đ)/u.test(t))).toEqual(['PHÂN', 'PHÂN', 'PHÂN', 'ĐỒNG', 'ĐỘNG', 'ĐÔNG']);
  });
});

const serifI = (x: number): Array<[number, number, number, number]> => [[x, 10, 6, 38], [x - 5, 10, 16, 3], [x - 5, 45, 16, 3]];

describe('a Roman marker closed by a hyphen', () => {
  it('has its strokes counted: "II-" over three strokes and a hyphen is "III-"', () => {
    const img = image(200, 60, [...serifI(20), ...serifI(36), ...serifI(52), [68, 28, 12, 4]]);
    const page: OcrPage = { width: 200, height: 60, dpi: 300, words: [{ text: 'II-', left: 15, top: 10, width: 68, height: 38, conf: 78, line: '1.1.1' }, { text: 'TỔNG', left: 95, top: 10, width: 60, height: 38, conf: 95, line: '1.1.1' }] };
    expect(recountRomanMarkers(page, img)).toBe(1);
    expect(page.words.map((w) => w.text)).toEqual(['III-', 'TỔNG']);
  });
});

describe('a speck in the margin before a heading', () => {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const page = '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t';
  const w = (line: number, n: number, left: number, width: number, h: number, conf: number, text: string) => `5\t1\t1\t1\t${line}\t${n}\t${left}\t${1000 + 80 * line}\t${width}\t${h}\t${conf}\t${text}`;

  it('drops a colon of a few pixels read at 55 far before the marker, and keeps a dash before its text', () => {
    const tsv = [head, page,
      w(1, 1, 80, 3, 3, 55, ':'), w(1, 2, 300, 50, 40, 80, 'II-'), w(1, 3, 380, 130, 52, 92, 'KIẾN'), w(1, 4, 530, 140, 46, 96, 'NGHỊ'),
      w(2, 1, 300, 20, 5, 90, '-'), w(2, 2, 340, 120, 52, 95, 'Tổng'), w(2, 3, 480, 60, 40, 96, 'số'),
    ].join('\n');
    expect(ocrItems(parseTsv(tsv)[0]).map((i) => i.str)).toEqual(['II-', 'KIẾN', 'NGHỊ', '-', 'Tổng', 'số']);
  });
});

describe('a stop and a comma read differently before three digits', () => {
  // Four sure words (96) on one line, each read again on a sheet: slot i at x = 100 i.
  const first = (text: string, left: number): OcrWord => ({ text, left, top: 100, width: 60, height: 30, conf: 96, line: '1.4.1' });
  const again = (text: string, slot: number): OcrWord => ({ text, left: 100 * slot + 10, top: 5, width: 50, height: 20, conf: 95, line: '9.1.1' });

  it('puts "2,480" in doubt when read again "2.480" (2,48 or 2480), and leaves "11.7" read again "11,7" and a same reading', () => {
    const words = [first('2,480', 100), first('11.7', 300), first('3.105', 500), first('64,25', 700)];
    const slots = words.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    expect(applySecondReading(slots, [again('2.480', 0), again('11,7', 1), again('3.105', 2), again('64.25', 3)])).toBe(1);
    expect(words.map((w) => [w.text, w.alt])).toEqual([['2,480', '2.480'], ['11.7', undefined], ['3.105', undefined], ['64,25', undefined]]);
  });
});

describe('a table cell read as no number, then read again surely', () => {
  // Rows of a table at 300 dpi, words 30 px high; the last column's cell of the third row read as a scrap.
  const cell = (text: string, left: number, top: number, conf: number, line: string): OcrWord => ({ text, left, top, width: 50, height: 30, conf, line });
  const page = (col: [string, string], scrap: string): OcrPage => ({ width: 800, height: 400, dpi: 300, words: [
    cell('Xóm', 20, 100, 96, '1.1.1'), cell('310', 300, 100, 96, '1.1.1'), cell(col[0], 600, 100, 96, '1.1.1'),
    cell('Bãi', 20, 150, 96, '1.1.2'), cell('285', 300, 150, 96, '1.1.2'), cell(col[1], 600, 150, 96, '1.1.2'),
    cell('Đồi', 20, 200, 96, '1.1.3'), cell('240', 300, 200, 96, '1.1.3'), cell(scrap, 600, 200, 0, '1.1.3'),
  ] });
  const reread = (p: OcrPage, text: string) => {
    const words = digitWords(p);
    const slots = words.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    const k = words.findIndex((w) => w.left === 600 && w.line === '1.1.3');
    applySecondReading(slots, [{ text, left: 100 * k + 10, top: 5, width: 40, height: 20, conf: 94, line: '9.1.1' }]);
    return words[k];
  };

  it('is as sure as that reading when its decimals are its column\'s: "na" read again "4,3" under "2,6" and "2,9"', () => {
    const w = reread(page(['2,6', '2,9'], 'na'), '4,3');
    expect([w.text, w.alt, w.conf]).toEqual(['4,3', undefined, 94]);
  });

  it('stays in doubt when its decimals are not the column\'s, or the column holds one sure number only', () => {
    const lost = reread(page(['15,0', '4,5'], 'BÀ'), '27');
    expect([lost.text, lost.alt]).toEqual(['27', 'BÀ']);
    const one = reread(page(['15,0', 'x'], 'BÀ'), '27,5');
    expect([one.text, one.alt]).toEqual(['27,5', 'BÀ']);
  });
});
