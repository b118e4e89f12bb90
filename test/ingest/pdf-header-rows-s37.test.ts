import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/ingest/pdf-tables.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

// Lines as a text layer gives them: a baseline, a font size, and segments [text, x0] whose width is `per` points a character.
const line = (y: number, size: number, per: number, segs: Array<[string, number]>): PdfLine => {
  const segments = segs.map(([text, x0]) => ({ x0, x1: x0 + per * Array.from(text).length, text }));
  return { page: 1, y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, startsWithNote: false, segments };
};

// LibreOffice's header: a borderless two-column table, 10 pt, every line 11.5 pt (a wrapped line's step) below the one
// above; the left column starts at 57, the state's name at 240, the motto centred at 271.
const lo = (y: number, segs: Array<[string, number]>) => line(y, 10, 6.3, segs);
const STEP = 1.15;

describe('a header printed as a tight borderless table (LibreOffice)', () => {
  // The number and date line, a blank line (two steps) under the header's last line.
  const body = (y: number) => [lo(y - 23, [['Số: 55/BC-TP', 57], ['Krông Nô, ngày 9 tháng 3 năm 2025', 226]])];

  it('keeps the committee line and its office line as rows of their own', () => {
    const [t] = findTables([
      lo(778, [['UBND HUYỆN KRÔNG NÔ', 57], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 240]]),
      lo(766.5, [['PHÒNG TƯ PHÁP', 57], ['Độc lập - Tự do - Hạnh phúc', 271]]),
      ...body(766.5),
    ], STEP);
    expect(t.rows.map((r) => r.cells[0])).toEqual(['UBND HUYỆN KRÔNG NÔ', 'PHÒNG TƯ PHÁP', 'Số: 55/BC-TP']);
    expect(t.rows[0].cells.join('|')).not.toContain('Độc lập');
  });

  it('keeps a committee split over two lines, and an office on a third line below the motto, apart', () => {
    const [t] = findTables([
      lo(778, [['ỦY BAN NHÂN DÂN', 57], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 240]]),
      lo(766.5, [['TỈNH ĐẮK NÔNG', 57], ['Độc lập - Tự do - Hạnh phúc', 271]]),
      lo(755, [['SỞ NỘI VỤ', 57]]),
      ...body(755),
    ], STEP);
    expect(t.rows.map((r) => r.cells[0])).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK NÔNG', 'SỞ NỘI VỤ', 'Số: 55/BC-TP']);
  });

  it('keeps a left line that wrapped within its column whole: its first word would not have fitted above', () => {
    // "ỦY BAN NHÂN DÂN XÃ QUẢNG" reaches 57 + 24 × 6.3 = 208; "PHÚ" and a space need 25 more, past the next column at 226.
    const [t] = findTables([
      lo(778, [['ỦY BAN NHÂN DÂN XÃ QUẢNG', 57], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 226]]),
      lo(766.5, [['PHÚ', 57], ['Độc lập - Tự do - Hạnh phúc', 260]]),
      ...body(766.5),
    ], STEP);
    expect(t.rows[0].cells[0]).toBe('ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ');
  });

  it('leaves a tight table without the national heading as it was (a wrapped label stays with its row)', () => {
    const [t] = findTables([
      lo(700, [['Chỉ tiêu', 57], ['Kế hoạch', 300], ['Thực hiện', 380]]),
      lo(688.5, [['Số hộ được hỗ trợ', 57], ['140', 300], ['152', 380]]),
      lo(677, [['nhà ở', 57]]),
    ], STEP);
    expect(t.rows.map((r) => r.cells[0])).toEqual(['Chỉ tiêu', 'Số hộ được hỗ trợ nhà ở']);
  });
});

// pandoc's header: 12 pt in narrow columns, each cell wrapping, a wrapped line 14 pt below, a row 18.3 pt below the
// row above it (cell padding); the left column starts at 72, the right at 270.
const pd = (y: number, segs: Array<[string, number]>) => line(y, 12, 8.8, segs);

describe('a header printed as a padded table with wrapped cells (pandoc)', () => {
  const lines = [
    pd(707, [['CỘNG HÒA XÃ HỘI CHỦ', 270]]),
    pd(693, [['UBND HUYỆN ĐỨC HÒA', 72], ['NGHĨA VIỆT NAM', 270]]),
    pd(674.7, [['ỦY BAN NHÂN DÂN XÃ MỸ', 72], ['Độc lập - Tự do - Hạnh phúc', 270]]),
    pd(660.7, [['HẠNH BẮC', 72]]),
    pd(643.1, [['Số: 61/BC-UBND', 72], ['Mỹ Hạnh Bắc, ngày 4 tháng', 270]]),
    pd(629.1, [['8 năm 2025', 270]]),
  ];

  it('keeps each row with its wrapped lines: the state name whole, the commune whole, no place before the heading', () => {
    const [t] = findTables(lines, 14 / 12);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['UBND HUYỆN ĐỨC HÒA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['ỦY BAN NHÂN DÂN XÃ MỸ HẠNH BẮC', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 61/BC-UBND', 'Mỹ Hạnh Bắc, ngày 4 tháng 8 năm 2025'],
    ]);
  });

  it('keeps rows whole too when the state name opens a line and the motto the next, a row apart', () => {
    const [t] = findTables([
      pd(707, [['UBND HUYỆN ĐỨC HÒA', 72], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 270]]),
      pd(688.7, [['ỦY BAN NHÂN DÂN XÃ MỸ', 72], ['Độc lập - Tự do - Hạnh phúc', 270]]),
      pd(674.7, [['HẠNH BẮC', 72]]),
      pd(657.1, [['Số: 61/BC-UBND', 72], ['Mỹ Hạnh Bắc, ngày 4/8/2025', 270]]),
    ], 14 / 12);
    expect(t.rows[1].cells[0]).toBe('ỦY BAN NHÂN DÂN XÃ MỸ HẠNH BẮC');
  });
});
