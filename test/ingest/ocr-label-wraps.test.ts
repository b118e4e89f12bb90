/**
 * A scanned table's label cell wrapped over lines: its tail goes back to its row when the layout shows it belongs there
 * (a line's baseline measured by its letters, not by a dash's foot; a row the page break cut goes on under its tail on
 * the next page; a label and its unit wrapped together), a real row at a row's gap stays a row, and a row number read
 * as letters or read unsure casts no doubt on the table's sums.
 */
import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/ingest/build-source.js';
import { ocrItems, type OcrPage, type OcrWord } from '../../src/ingest/ocr.js';
import { joinWrappedOcrRows } from '../../src/ingest/ocr-source.js';
import { stitchPageBreaks } from '../../src/ingest/pdf-tables.js';
import { misreadInColumn } from '../../src/extract/ocr-confidence.js';
import type { Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';

describe('the baseline of a scanned line whose words of letters all reach below it', () => {
  const word = (line: number, text: string, left: number, top: number, height: number): OcrWord =>
    ({ text, left, top, width: 30 * text.length, height, conf: 93, line: `1.1.${line}` });
  // A label cell's three wrapped lines, 50 px apart: "Trạm bơm" (baseline 640), "Ngọc - Phụng" (690: the dot of "ọ" and
  // the "g" reach 8 px below it, the dash's foot sits 13 px above it), "Tâm" (740).
  const page: OcrPage = { width: 1200, height: 1000, dpi: 200, words: [
    word(1, 'Trạm', 100, 600, 48), word(1, 'bơm', 250, 604, 36),
    word(2, 'Ngọc', 100, 650, 48), { ...word(2, '-', 240, 672, 5), width: 14 }, word(2, 'Phụng', 270, 650, 48),
    word(3, 'Tâm', 100, 700, 40),
  ] };

  it('is set by its letters, so the lines stay evenly spaced; the dash is kept', () => {
    const items = ocrItems(page);
    const y = (s: string) => items.find((i) => i.str === s)!.y;
    const k = 72 / page.dpi;
    expect((y('Trạm') - y('Ngọc')) / k).toBeCloseTo(50, -0.5);
    expect((y('Ngọc') - y('Tâm')) / k).toBeCloseTo(50, -0.5);
    expect(y('-')).toBe(y('Ngọc'));
  });
});

// Rows as the pdf builder gives them: font size 8, a cell's wrapped lines 13.6 pt apart (1.7 sizes), rows 17.2 (2.15).
const row = (page: number, table: number, r: number, y: number, cells: string[]): RawBlock =>
  ({ kind: 'row', text: cells.join('\t'), cells, table, row: r, line: null, page, y, yEnd: y, size: 8 });

describe('a label\'s capitalised tail under a row a page break cut', () => {
  const blocks = [
    row(3, 0, 0, 700, ['Công trình', 'Diện tích tưới (ha)', 'Kinh phí']),
    row(3, 0, 1, 682.8, ['Kênh Đông', '120', '450']),
    row(3, 0, 2, 665.6, ['Trạm bơm Hòa', '85', '310']),
    row(3, 0, 3, 648.4, ['Kênh mương nội', '64', '280']),
    // The next page: the label goes on ("đồng", then the place "Phước Hải"), then rows, one a group's name at a row's gap.
    row(4, 1, 0, 740, ['đồng', '', '']),
    row(4, 1, 1, 726.4, ['Phước Hải', '', '']),
    row(4, 1, 2, 709.2, ['Kênh Tây', '90', '330']),
    row(4, 1, 3, 692, ['Khu vực phía Nam', '', '']),
    row(4, 1, 4, 674.8, ['Đập dâng', '40', '150']),
  ];

  it('joins it to its row when it sits a wrapped line\'s step under the tail, and keeps a row at a row\'s gap', () => {
    const out = joinWrappedOcrRows(stitchPageBreaks(blocks), new Set([3, 4]));
    expect(out.map((b) => b.cells)).toEqual([
      ['Công trình', 'Diện tích tưới (ha)', 'Kinh phí'],
      ['Kênh Đông', '120', '450'],
      ['Trạm bơm Hòa', '85', '310'],
      ['Kênh mương nội đồng Phước Hải', '64', '280'],
      ['Kênh Tây', '90', '330'],
      ['Khu vực phía Nam', '', ''],
      ['Đập dâng', '40', '150'],
    ]);
    expect(out.map((b) => b.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps the capitalised line a row when it sits a row\'s gap under the tail', () => {
    const far = blocks.map((b) => (b.cells?.[0] === 'Phước Hải' ? { ...b, y: 722.8, yEnd: 722.8 } : b));
    const out = joinWrappedOcrRows(stitchPageBreaks(far), new Set([3, 4]));
    expect(out.map((b) => b.cells![0])).toContain('Phước Hải');
  });
});

describe('a label and its unit wrapped together', () => {
  const rows = (second: string[]) => [
    row(1, 0, 0, 700, ['Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025']),
    row(1, 0, 1, 682.8, ['Số', 'số', '120', '132']),
    row(1, 0, 2, 665.6, second),
    row(1, 0, 3, 648.4, ['Lượt khám', 'lượt', '5.400', '5.980']),
  ];

  it('go on their row when each wrapped cell starts in lower case under a cell of words', () => {
    // No usual row gap to go by (one gap only): the case of the cells says it.
    const out = joinWrappedOcrRows(rows(['giường bệnh', 'giường', '', '']).map((b) => ({ ...b, y: undefined, yEnd: undefined })), new Set([1]));
    expect(out.map((b) => b.cells)).toEqual([
      ['Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025'],
      ['Số giường bệnh', 'số giường', '120', '132'],
      ['Lượt khám', 'lượt', '5.400', '5.980'],
    ]);
  });

  it('stay a row when a cell starts in capitals or stands under a number', () => {
    for (const second of [['Giường bệnh', 'giường', '', ''], ['giường bệnh', 'giường', 'tăng', '']]) {
      const out = joinWrappedOcrRows(rows(second).map((b) => ({ ...b, y: undefined, yEnd: undefined })), new Set([1]));
      expect(out, second.join('|')).toHaveLength(4);
    }
  });
});

describe('a row number read as letters', () => {
  const rows = (fifth: string) => [
    ['STT', 'Hạng mục', 'Dự toán', 'Giải ngân'],
    ['1', 'Đường thôn Hạ', '1.200', '1.150'],
    ['2', 'Cầu tràn suối Cạn', '860', '790'],
    ['3', 'Nhà văn hóa', '540', '540'],
    ['4', 'Trạm cấp nước', '2.100', '1.880'],
    [fifth, 'Kè bờ sông', '930', '700'],
    ['', 'Tổng cộng', '5.630', '5.060'],
  ];

  it('is no amount misread in a column the rows are numbered in', () => {
    expect(misreadInColumn(rows('Bì'))).toBeNull();
  });

  it('still is one in a column of amounts, or of numbers that do not count the rows', () => {
    expect(misreadInColumn(rows('5').map((r, i) => (i === 3 ? [r[0], r[1], 'lộ', r[3]] : r)))).toBe('lộ');
    expect(misreadInColumn(rows('Bì').map((r, i) => (i >= 1 && i <= 4 ? [['4', '9', '2', '7'][i - 1], ...r.slice(1)] : r)))).toBe('Bì');
  });
});

describe('a sum short on a scanned table whose row number was read unsure', () => {
  // Rows of a table: "1 | Đường thôn Hạ | 1.200", "2 | … 860" (its row number read at 18), "3 | … 540", and the total.
  const cells = [['STT', 'Hạng mục', 'Dự toán'], ['1', 'Đường thôn Hạ', '1.200'], ['2', 'Cầu tràn suối Cạn', '860'], ['3', 'Nhà văn hóa', '540'], ['', 'Tổng cộng', '2.700']];
  function source(lowAt: 'number' | 'amount'): Source {
    let at = 0;
    const blocks = cells.map((c, index) => {
      const text = c.join('\t');
      const start = at;
      at += text.length + 1;
      const words: Array<{ start: number; end: number; conf: number }> = [];
      for (const m of text.matchAll(/[^\s\t]+/gu)) {
        const low = index === 2 && ((lowAt === 'number' && m[0] === '2') || (lowAt === 'amount' && m[0] === '860'));
        words.push({ start: start + m.index!, end: start + m.index! + m[0].length, conf: low ? 18 : 95 });
      }
      return { index, kind: 'row' as const, text, cells: c, table: 0, row: index, span: { start, end: start + text.length, line: null, page: 1 }, ocr: { confidence: 90, words } };
    });
    return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: cells.map((c) => c.join('\t')).join('\n'), pages: 1, warnings: [], ocrPages: [1], blocks } as unknown as Source;
  }
  const finding = (s: Source): Finding => {
    const cell = (b: number, v: string) => {
      const start = s.blocks[b].span.start + s.blocks[b].text.indexOf(v);
      return { block: b, quote: v, offset: 0, span: { ...s.blocks[b].span, start, end: start + v.length } };
    };
    return {
      rule: 'table-total-mismatch', severity: 'error', messageId: 'totalRowMismatch', message: 'Dòng "Tổng cộng", cột "Dự toán": tổng ghi 2.700, cộng các dòng được 2.600',
      data: { row: 'Tổng cộng', column: 'Dự toán', stated: 2700, actual: 2600 }, section: '', suggestion: null,
      evidence: [cell(4, '2.700'), cell(1, '1.200'), cell(2, '860'), cell(3, '540')],
    };
  };

  it('stays an error: no amount rests on the row number', () => {
    const s = source('number');
    expect(cautionOcr([finding(s)], s)[0].severity).toBe('error');
  });

  it('is a warning when an amount was read unsure', () => {
    const s = source('amount');
    expect(cautionOcr([finding(s)], s)[0].severity).toBe('warning');
  });
});
