/**
 * Rows of scanned tables whose label cells wrap over several lines: a speck on a wrapped line's baseline read as a dash
 * or underscore no longer makes a column of its own, a row that opens as close under the row above as that row's
 * wrapped lines is not glued into it ("1.650,0" over "1.150,0" read "1.650,01.150,0"), a label whose list marker is run
 * into its first word ("3.Thuế") is no garbled number, a dash read as "¬" says "nothing here", and a number whose
 * thousands mark is not its column's ("1,525" under "1.496") is in doubt.
 */
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/ingest/pdf-tables.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';
import { ocrItems, parseTsv, type OcrWord } from '../../src/ingest/ocr.js';
import { joinStrayGaps } from '../../src/ingest/ocr-source.js';
import { doubtOtherMarks } from '../../src/ingest/ocr-reread.js';
import { garbledCell, misreadInColumn } from '../../src/extract/ocr-confidence.js';

const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const page = '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t';
const w = (line: number, n: number, left: number, top: number, width: number, h: number, conf: number, text: string) =>
  `5\t1\t1\t1\t${line}\t${n}\t${left}\t${top}\t${width}\t${h}\t${conf}\t${text}`;

describe('a speck on the baseline of a label cell\'s wrapped line', () => {
  it('drops a short dash or underscore whose foot lies on the baseline, however sure, and keeps a list dash and a dash cell', () => {
    const tsv = [head, page,
      // "TRƯỜNG" / "HỌC _" (a speck at the foot of the second line, read at 70) / "PHỔ THÔNG -" (one read at 88).
      w(1, 1, 300, 600, 190, 56, 95, 'TRƯỜNG'), w(1, 2, 640, 600, 150, 44, 96, '2.450,0'),
      w(2, 1, 300, 660, 110, 56, 93, 'HỌC'), w(2, 2, 470, 710, 15, 6, 70, '_'),
      w(3, 1, 300, 720, 110, 56, 93, 'PHỔ'), w(3, 2, 430, 720, 150, 56, 93, 'THÔNG'), w(3, 3, 600, 770, 16, 6, 88, '-'),
      // A list dash sits at the middle of the small letters; a dash cell of a row the same.
      w(4, 1, 300, 845, 13, 5, 92, '-'), w(4, 2, 335, 826, 120, 52, 96, 'Trạm'), w(4, 3, 640, 830, 16, 5, 80, '-'), w(4, 4, 960, 828, 110, 44, 96, '312,4'),
    ].join('\n');
    expect(ocrItems(parseTsv(tsv)[0]).map((i) => i.str)).toEqual(['TRƯỜNG', '2.450,0', 'HỌC', 'PHỔ', 'THÔNG', '-', 'Trạm', '-', '312,4']);
  });
});

describe('an unsure dash in a row\'s gap where no column of numbers runs', () => {
  it('is dropped as a speck; a dash in a column of numbers, a sure one and one in a sentence stay', () => {
    // "Cướp giật | — | 4 | 1" with the dash read at 31 (a blot 70 px high) between the label and the first number, over
    // "Trộm cắp | 9 | 12" and "Đánh bạc | - | 3" (the dash of "nothing here" under the numbers, read at 40).
    const tsv = [head, page,
      w(1, 1, 300, 600, 120, 40, 96, 'Trộm'), w(1, 2, 440, 600, 90, 40, 96, 'cắp'), w(1, 3, 700, 600, 30, 38, 97, '9'), w(1, 4, 1000, 600, 50, 38, 97, '12'),
      w(2, 1, 300, 680, 120, 40, 96, 'Cướp'), w(2, 2, 440, 680, 90, 40, 96, 'giật'), w(2, 3, 600, 665, 35, 70, 31, '—'), w(2, 4, 700, 680, 30, 38, 97, '4'), w(2, 5, 1000, 680, 30, 38, 97, '1'),
      w(3, 1, 300, 760, 120, 40, 96, 'Đánh'), w(3, 2, 440, 760, 90, 40, 96, 'bạc'), w(3, 3, 700, 775, 30, 6, 40, '-'), w(3, 4, 1000, 760, 30, 38, 97, '3'),
      // A sentence: "năm 2024 - 2025", its dash a word space from the years.
      w(4, 1, 300, 840, 90, 40, 96, 'năm'), w(4, 2, 410, 840, 110, 40, 96, '2024'), w(4, 3, 535, 855, 20, 6, 45, '-'), w(4, 4, 570, 840, 110, 40, 96, '2025'),
    ].join('\n');
    expect(ocrItems(parseTsv(tsv)[0]).map((i) => i.str)).toEqual(['Trộm', 'cắp', '9', '12', 'Cướp', 'giật', '4', '1', 'Đánh', 'bạc', '-', '3', 'năm', '2024', '-', '2025']);
    // Read sure, the dash is the report's.
    expect(ocrItems(parseTsv(tsv.replace('\t31\t—', '\t92\t—'))[0]).map((i) => i.str)).toContain('—');
  });
});

describe('a table row whose empty cells are dashes', () => {
  it('takes its size from its letters and digits, not from the dashes\' few pixels', () => {
    // "3. Dự phòng | 300,0 | - | - | - | -" under "- Chi khác | 70,0 | 58,1 | 83,0 | 64,3": four dashes 4–5 pixels high.
    const tsv = [head, page,
      w(1, 1, 300, 2640, 20, 40, 93, '-'), w(1, 2, 335, 2640, 80, 40, 90, 'Chi'), w(1, 3, 430, 2640, 110, 42, 90, 'khác'),
      w(1, 4, 630, 2642, 100, 44, 93, '70,0'), w(1, 5, 950, 2642, 100, 43, 97, '58,1'),
      w(2, 1, 303, 2716, 40, 38, 97, '3.'), w(2, 2, 366, 2717, 73, 46, 97, 'Dự'), w(2, 3, 629, 2715, 137, 44, 97, '300,0'),
      w(2, 4, 953, 2738, 12, 4, 60, '-'), w(2, 5, 1278, 2737, 13, 5, 60, '-'), w(2, 6, 1603, 2737, 13, 5, 60, '-'), w(2, 7, 1928, 2738, 13, 4, 60, '-'),
    ].join('\n');
    const items = ocrItems(parseTsv(tsv)[0]);
    const size = (str: string) => items.find((i) => i.str === str)!.size;
    expect(size('300,0')).toBeCloseTo(size('70,0'), 5);
  });
});

// Lines of a drawn table as a scan gives them: font size 8, a label's wrapped lines 13 pt apart, rows 17.6 pt apart,
// both under the 1.12 line steps (of 2 sizes) the builder allows a wrapped line.
const line = (y: number, cells: Array<[string, number]>): PdfLine => ({
  page: 1, y, size: 8, x0: cells[0][1], x1: cells[cells.length - 1][1] + 40, startsWithNote: false, scanned: true,
  segments: cells.map(([text, x]) => ({ x0: x, x1: x + 5 * text.length, text })),
});

describe('a row that opens as close under the row above as its label\'s wrapped lines', () => {
  const lines = [
    line(700, [['Hạng mục', 60], ['Kế hoạch', 200], ['Thực hiện', 300], ['Tỷ lệ (%)', 400]]),
    line(680, [['1. Trường', 60], ['2.400,0', 200], ['2.265,5', 300], ['94,4', 400]]),
    line(667, [['mầm non', 60]]),
    line(654, [['Hòa An', 60]]),
    line(636.4, [['- Nhà', 60], ['1.150,0', 200], ['1.092,8', 300], ['95,0', 400]]),
    line(623.4, [['lớp học', 60]]),
  ];

  it('starts a row of its own when its label opens and its numbers sit under numbers of the row so far', () => {
    const [t] = findTables(lines, 2);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Hạng mục', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'],
      ['1. Trường mầm non Hòa An', '2.400,0', '2.265,5', '94,4'],
      ['- Nhà lớp học', '1.150,0', '1.092,8', '95,0'],
    ]);
  });

  it('leaves a text layer\'s lines to their spacing: a pdf\'s wrapped label beside numbers split over lines is one row', () => {
    const [t] = findTables(lines.map((l) => ({ ...l, scanned: false })), 2);
    expect(t.rows).toHaveLength(2);
  });

  it('keeps a cell\'s second number with no label of its own in the row (a value and its share under it)', () => {
    const stacked = [lines[0], lines[1], line(667, [['mầm non', 60], ['(15,0)', 200], ['(14,1)', 300]])];
    const [t] = findTables(stacked, 2);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1].cells[1]).toBe('2.400,0 (15,0)');
  });
});

describe('a label whose list marker is run into its first word', () => {
  it('is no garbled number: "3.Thuế bảo vệ môi trường", "2)Chi đầu tư"; a number read with letters still is', () => {
    expect(garbledCell('3.Thuế bảo vệ môi trường')).toBe(false);
    expect(garbledCell('2)Chi đầu tư phát triển')).toBe(false);
    // Alone, or as a cell's later word, it is what it was.
    expect(garbledCell('3.Sỏ')).toBe(true);
    expect(garbledCell('Trạm y tế 1Ó')).toBe(true);
  });
});

describe('a dash cell read as "¬"', () => {
  it('says "nothing here", as the dash does', () => {
    const rows = [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['Thu phí', '85,0', '96,4'], ['Thu khác', '¬', '312,4'], ['Lệ phí', '60,0', '74,8']];
    expect(misreadInColumn(rows)).toBeNull();
    expect(misreadInColumn(rows.map((r, i) => (i === 2 ? ['Thu khác', 'vi', '312,4'] : r)))).toBe('vi');
  });
});

describe('a number whose mark is not the one its column groups thousands with', () => {
  // A column of households: "1.496", "1.203", "1,525" (a stop read as a comma), "1.054"; a column of rates beside it.
  const cell = (text: string, left: number, row: number, width = 130): OcrWord => ({ text, left, top: 100 + 60 * row, width, height: 44, conf: 92, line: `1.3.${row}` });
  const page = (odd: string) => ({ width: 2550, height: 600, dpi: 300, words: [
    cell('1.496', 1600, 0), cell('69,6', 1900, 0, 100), cell('1.203', 1600, 1), cell('64,5', 1900, 1, 100),
    cell(odd, 1600, 2), cell('65,7', 1900, 2, 100), cell('1.054', 1600, 3), cell('60,9', 1900, 3, 100),
  ] });

  it('keeps its reading and takes the column\'s mark as the other reading', () => {
    const p = page('1,525');
    expect(doubtOtherMarks([p])).toBe(1);
    expect(p.words.filter((w) => w.alt !== undefined).map((w) => [w.text, w.alt])).toEqual([['1,525', '1.525']]);
  });

  it('leaves a number with its column\'s mark, a decimal of one or two digits, and a column of decimals', () => {
    for (const odd of ['1.525', '15,25', '152,5']) expect(doubtOtherMarks([page(odd)]), odd).toBe(0);
    // "65,700" under rates "69,6", "64,5": no column of thousands to go by.
    const rates = { width: 2550, height: 600, dpi: 300, words: [cell('69,6', 1900, 0), cell('64,5', 1900, 1), cell('65,700', 1900, 2)] };
    expect(doubtOtherMarks([rates])).toBe(0);
  });
});

describe('a label cell\'s wrapped line split at a word gap wider than a segment\'s', () => {
  // Size 8: a segment's gap is 9.6 pt. "Trạm Y tế" wraps "xã | Phú" (a 13 pt gap), the next label wraps "Ban Chỉ | huy".
  const at = (y: number, cells: Array<[string, number, number]>): PdfLine => ({
    page: 1, y, size: 8, x0: cells[0][1], x1: cells[cells.length - 1][2], startsWithNote: false, scanned: true,
    segments: cells.map(([text, x0, x1]) => ({ x0, x1, text })),
  });
  const lines = () => [
    at(700, [['TT', 70, 80], ['Đơn vị', 150, 180], ['Kế hoạch', 230, 265], ['Thực hiện', 310, 350]]),
    at(684, [['1', 72, 76], ['Trạm Y tế', 150, 190], ['45', 230, 240], ['48', 310, 320]]),
    at(672, [['xã', 150, 160], ['Phú', 173, 190]]),
    at(660, [['Lâm', 150, 168]]),
    at(643, [['2', 72, 76], ['Ban Chỉ', 150, 185], ['30', 230, 240], ['27', 310, 320]]),
    at(631, [['huy', 150, 165]]),
    at(614, [['3', 72, 76], ['Đội', 150, 165], ['40', 230, 240], ['36', 310, 320]]),
  ];

  it('joins two runs of words whose gap is under two and a half sizes when no line near starts a run where the second does', () => {
    const out = joinStrayGaps(lines());
    expect(out[2].segments.map((s) => s.text)).toEqual(['xã Phú']);
    // The header's cells, far apart, and the rows' cells, holding digits, stay as they are.
    expect(out[0].segments).toHaveLength(4);
    expect(findTables(out, 1.5)[0].rows.map((r) => r.cells)).toEqual([
      ['TT', 'Đơn vị', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Trạm Y tế xã Phú Lâm', '45', '48'],
      ['2', 'Ban Chỉ huy', '30', '27'],
      ['3', 'Đội', '40', '36'],
    ]);
    // Left split, "Phú" made a column of its own, and the rows came out otherwise.
    expect(findTables(lines(), 1.5)[0].rows.map((r) => r.cells[1])).not.toContain('Trạm Y tế xã Phú Lâm');
  });

  it('keeps a run that starts where runs of the lines near it start', () => {
    const aligned = lines();
    // "Phú" moved to where the column "Kế hoạch" starts, 3 sizes from "xã".
    aligned[2] = at(672, [['xã', 150, 160], ['Phú', 184, 200]]);
    aligned[4] = at(643, [['2', 72, 76], ['Ban Chỉ', 150, 170], ['huy', 184, 200], ['30', 230, 240], ['27', 310, 320]]);
    expect(joinStrayGaps(aligned)[2].segments.map((s) => s.text)).toEqual(['xã', 'Phú']);
  });
});
