import { describe, expect, it } from 'vitest';
import { word } from './ocr-fakes.js';
import { tableRuleBars, tidyReadPages } from '../../src/ingest/ocr-tidy.js';
import type { OcrPage, OcrWord } from '../../src/ingest/ocr.js';

/** One page, each line's words left to right, all read sure. */
const page = (lines: string[][]): OcrPage => ({
  width: 2480, height: 3508, dpi: 300,
  words: lines.flatMap((ws, i) => ws.map((t, k) => word(t, 200 + 110 * k, 100 * i, 90, 40, 93, `1.1.${i}`))),
});
const lineText = (p: OcrPage, i: number) => p.words.filter((w) => w.line === `1.1.${i}`).map((w) => w.text).join(' ');

describe('a table row whose left rule was read as a letter', () => {
  it('turns the lone I, II, l or [ that opens a row closing on a rule back into rules', () => {
    const p = page([
      ['I', 'TT', '|', 'Trường', '|', 'Số', 'lớp', '|', 'Học', 'sinh', '|'],
      ['II', 'Cộng', '|', '96', '|', '2.310', '|'],
      ['l', '1', '|', 'Mầm', 'non', 'Hoa', 'Sen', '|', '12', '|', '305', '|'],
    ]);
    expect(tableRuleBars([p])).toBe(3);
    expect(lineText(p, 0)).toBe('| TT | Trường | Số lớp | Học sinh |');
    // An empty first cell: two rules, read as "II".
    expect(lineText(p, 1)).toBe('|| Cộng | 96 | 2.310 |');
    expect(lineText(p, 2)).toBe('| 1 | Mầm non Hoa Sen | 12 | 305 |');
  });

  it('leaves a Roman heading, a row that does not close on a rule, and one with too few rules', () => {
    const p = page([
      ['I.', 'KẾT', 'QUẢ', 'THỰC', 'HIỆN', 'NHIỆM', 'VỤ'],
      ['I', 'Trường', 'học', '|', 'đạt', 'chuẩn', '|', '14', 'trường'],
      ['I', 'Ghi', 'chú', '|', 'xem', 'phụ', 'lục', '|'],
      ['|', 'STT', '|', 'Chỉ', 'tiêu', '|', 'Kết', 'quả', '|'],
    ]);
    expect(tableRuleBars([p])).toBe(0);
    expect(lineText(p, 1)).toBe('I Trường học | đạt chuẩn | 14 trường');
    expect(lineText(p, 2)).toBe('I Ghi chú | xem phụ lục |');
  });

  it('is one of the repairs every reading goes through', () => {
    const p = page([['[', 'Xã', '|', 'Hộ', 'nghèo', '|', 'Tỷ', 'lệ', '|']]);
    expect(tidyReadPages([p])).toBeGreaterThanOrEqual(1);
    expect(lineText(p, 0)).toBe('| Xã | Hộ nghèo | Tỷ lệ |');
  });
});

/**
 * A page read at 200 dpi as a piped table prints: each "|" a thin box (5 px wide, 50 high) taller than the letters
 * (38 high, capitals and digits), words placed at the x given, lines 96 px apart, a wrapped row's rest 58 px under it.
 */
const W = (text: string, left: number, top: number, line: string, box?: [number, number]): OcrWord => {
  const [width, height] = box ?? (text === '|' ? [5, 50] : [Math.max(12, 26 * [...text].length), 38]);
  return word(text, left, top, width, height, 93, line);
};
const textOf = (p: OcrPage, line: string) => p.words.filter((w) => w.line === line).sort((a, b) => a.left - b.left).map((w) => w.text).join(' ');

describe('a wrapped table row whose left rule was read as a letter', () => {
  // The header wraps before its closing rule; its left rule was read "I", "l", "1" or "[": a rule's box, not a letter's.
  const table = (glyph: string): OcrPage => ({
    width: 1700, height: 2300, dpi: 200,
    words: [
      W(glyph, 300, 1000, 'h', [5, 50]), W('Mã', 330, 1001, 'h'), W('|', 400, 1000, 'h'), W('Trạm', 430, 1001, 'h'),
      W('bơm', 560, 1001, 'h'), W('|', 680, 1000, 'h'), W('Diện', 710, 1001, 'h'), W('tích', 830, 1001, 'h'),
      W('tưới', 950, 1001, 'h'),
      W('vụ', 300, 1058, 'h2'), W('đông', 360, 1058, 'h2'), W('(ha)', 500, 1058, 'h2'), W('|', 620, 1058, 'h2'),
      W('|', 300, 1154, 'r1'), W('T3', 330, 1155, 'r1'), W('|', 400, 1154, 'r1'), W('Kênh', 430, 1155, 'r1'),
      W('Bắc', 560, 1155, 'r1'), W('|', 680, 1154, 'r1'), W('417,5', 710, 1155, 'r1'), W('|', 860, 1154, 'r1'),
      // A body row wrapped before its closing rule, which sits alone on the next line, read as a letter too.
      W('|', 300, 1250, 'r2'), W('T4', 330, 1251, 'r2'), W('|', 400, 1250, 'r2'), W('Cống', 430, 1251, 'r2'),
      W('Tây', 560, 1251, 'r2'), W('|', 680, 1250, 'r2'), W('82,25', 710, 1251, 'r2'),
      W(glyph, 300, 1308, 'r2b', [5, 50]),
    ],
  });

  for (const glyph of ['I', 'l', '1', '[']) {
    it(`reads the header opened by "${glyph}" and the lone closing "${glyph}" as rules`, () => {
      const p = table(glyph);
      expect(tableRuleBars([p])).toBe(2);
      expect(textOf(p, 'h')).toBe('| Mã | Trạm bơm | Diện tích tưới');
      expect(textOf(p, 'r2b')).toBe('|');
    });
  }

  it('reads a row of cells set by column gaps, opened by a rule read "I", beside a row that opens with a rule', () => {
    const p: OcrPage = {
      width: 1700, height: 2300, dpi: 200,
      words: [
        W('I', 300, 600, 'a', [6, 51]), W('T7', 330, 601, 'a'), W('Đập', 430, 601, 'a'), W('Đồng', 530, 601, 'a'),
        W('Mới', 660, 601, 'a'), W('1.064', 860, 601, 'a'),
        W('|', 300, 696, 'b'), W('T8', 330, 697, 'b'), W('|', 400, 696, 'b'), W('Đập', 430, 697, 'b'), W('Khe', 530, 697, 'b'),
        W('|', 840, 696, 'b'), W('906', 860, 697, 'b'), W('|', 990, 696, 'b'),
      ],
    };
    expect(tableRuleBars([p])).toBe(1);
    expect(textOf(p, 'a')).toBe('| T7 Đập Đồng Mới 1.064');
  });

  it('parts a rule read "I" glued to a dash cell from it, on a line of rules', () => {
    const p: OcrPage = {
      width: 1700, height: 2300, dpi: 200,
      words: [
        W('|', 300, 800, 'k'), W('Ấp', 330, 801, 'k'), W('|', 420, 800, 'k'), W('Giếng', 450, 801, 'k'), W('|', 620, 800, 'k'),
        W('I-', 300, 896, 'g', [40, 50]), W('|', 360, 896, 'g'), W('Ấp', 390, 897, 'g'), W('Rẫy', 470, 897, 'g'),
        W('|', 580, 896, 'g'), W('37', 610, 897, 'g'), W('|', 690, 896, 'g'),
        // A heading glued the same way keeps its marker: no rule on its line.
        W('I-', 300, 1200, 'm', [40, 50]), W('NƯỚC', 360, 1201, 'm'), W('SẠCH', 490, 1201, 'm'),
      ],
    };
    expect(tableRuleBars([p])).toBe(1);
    expect(textOf(p, 'g')).toBe('| - | Ấp Rẫy | 37 |');
    expect(textOf(p, 'm')).toBe('I- NƯỚC SẠCH');
  });

  it('leaves Roman headings, a capital I a letter tall, and a rule-tall I on a line without rules', () => {
    const p: OcrPage = {
      width: 1700, height: 2300, dpi: 200,
      words: [
        // Headings above a piped table: "I." and "I -" with no rule on their line, the bare "I" drawn as tall as a rule,
        // right above the table's first row, its words a word space apart.
        W('I.', 300, 300, 'x1'), W('THỦY', 360, 301, 'x1'), W('LỢI', 480, 301, 'x1'),
        W('I', 300, 496, 'x2', [7, 50]), W('-', 330, 516, 'x2', [16, 6]), W('TƯỚI', 370, 497, 'x2'), W('TIÊU', 495, 497, 'x2'),
        // A capital I (a letter's height) before cells: a row's first cell, not its rule.
        W('I', 300, 400, 'x3', [7, 38]), W('Tưới', 330, 401, 'x3'), W('|', 480, 400, 'x3'), W('5,5', 510, 401, 'x3'), W('|', 600, 400, 'x3'),
        W('|', 300, 592, 'x4'), W('T9', 330, 593, 'x4'), W('|', 400, 592, 'x4'), W('Hồ', 430, 593, 'x4'), W('|', 520, 592, 'x4'),
      ],
    };
    expect(tableRuleBars([p])).toBe(0);
    expect(textOf(p, 'x1')).toBe('I. THỦY LỢI');
    expect(textOf(p, 'x2')).toBe('I - TƯỚI TIÊU');
    expect(textOf(p, 'x3')).toBe('I Tưới | 5,5 |');
  });
});
