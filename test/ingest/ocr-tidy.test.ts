import { describe, expect, it } from 'vitest';
import { word } from './ocr-fakes.js';
import { tableRuleBars, tidyReadPages } from '../../src/ingest/ocr-tidy.js';
import type { OcrPage } from '../../src/ingest/ocr.js';

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
