import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../src/ingest/build-source.js';
import { stitchPageBreaks } from '../../src/ingest/pdf-tables.js';

const row = (page: number, table: number, r: number, ...cells: string[]): RawBlock =>
  ({ kind: 'row', text: cells.join('\t'), cells, table, row: r, line: null, page });
const para = (page: number, text: string): RawBlock => ({ kind: 'paragraph', text, line: null, page });

describe('tables across a page break', () => {
  // A table whose header's first line wraps ("Số hộ đạt" above "GĐVH") and is printed again on the next page.
  const header = ['STT', 'Thôn', 'Tổng số hộ', 'GĐVH'];
  const blocks = (repeat: string[]): RawBlock[] => [
    para(4, 'Số hộ đạt'),
    row(4, 0, 0, ...header),
    row(4, 0, 1, '1', 'Yên Lạc', '342', '305'),
    row(4, 0, 2, '2', 'Yên Thịnh', '298', '262'),
    para(5, 'Số hộ đạt'),
    row(5, 1, 0, ...repeat),
    row(5, 1, 1, '3', 'Tân Lập', '285', '256'),
    row(5, 1, 2, '', 'Tổng cộng', '925', '823'),
  ];

  it('continues a table when the next page repeats its header, dropping the repeat', () => {
    const out = stitchPageBreaks(blocks(header));
    const rows = out.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.table)).toEqual([0, 0, 0, 0, 0]);
    expect(rows.map((b) => b.row)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.map((b) => b.cells![1])).toEqual(['Thôn', 'Yên Lạc', 'Yên Thịnh', 'Tân Lập', 'Tổng cộng']);
    // The repeated wrapped header line on page 5 is gone; the one on page 4 stays.
    expect(out.filter((b) => b.kind === 'paragraph').map((b) => b.page)).toEqual([4]);
  });

  it('takes a repeat with one cell misread or missing ("STT" lost by OCR) as the header', () => {
    const rows = stitchPageBreaks(blocks(['', 'Thôn', 'Tổng số hộ', 'GĐVH'])).filter((b) => b.kind === 'row');
    expect(new Set(rows.map((b) => b.table))).toEqual(new Set([0]));
    expect(rows).toHaveLength(5);
  });

  it('drops a repeat whose wrapped header words hold a year when the first page prints the same words above its header', () => {
    // "Kế hoạch" / "năm 2025" wrapped above the header in its first column, read as paragraphs on both pages.
    const head = ['Chỉ tiêu', 'Đơn vị', 'Thực hiện'];
    const out = stitchPageBreaks([
      para(2, 'Kế hoạch'), para(2, 'năm 2025'), row(2, 0, 0, ...head), row(2, 0, 1, 'Trồng rừng', 'ha', '48'),
      para(3, 'Kế hoạch'), para(3, 'năm 2025'), row(3, 1, 0, ...head), row(3, 1, 1, 'Khoanh nuôi', 'ha', '120'),
    ]);
    expect(out.filter((b) => b.kind === 'row').map((b) => [b.table, b.row, b.cells![0]])).toEqual([[0, 0, 'Chỉ tiêu'], [0, 1, 'Trồng rừng'], [0, 2, 'Khoanh nuôi']]);
    expect(out.filter((b) => b.kind === 'paragraph').map((b) => b.page)).toEqual([2, 2]);
  });

  it('keeps a table after a short line with a figure the first page does not print above its header (a new caption)', () => {
    const head = ['Chỉ tiêu', 'Đơn vị', 'Thực hiện'];
    const out = stitchPageBreaks([
      row(2, 0, 0, ...head), row(2, 0, 1, 'Trồng rừng', 'ha', '48'),
      para(3, 'Bảng 3. Năm 2025'), row(3, 1, 0, ...head), row(3, 1, 1, 'Khoanh nuôi', 'ha', '120'),
    ]);
    expect(out.filter((b) => b.kind === 'row').map((b) => b.table)).toEqual([0, 0, 1, 1]);
    expect(out.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['Bảng 3. Năm 2025']);
  });

  it('keeps a new table with another header as its own table', () => {
    const rows = stitchPageBreaks(blocks(['STT', 'Xã', 'Diện tích', 'Sản lượng'])).filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.table)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('joins the tail of a row the page cut, met right after the repeated header, figures cut mid-number included', () => {
    const head = ['TT', 'Nội dung', 'Số hộ', 'Kinh phí (đồng)'];
    const out = stitchPageBreaks([
      row(4, 0, 0, ...head),
      row(4, 0, 1, '1', 'Hỗ trợ', '845', '504.600.0'),
      row(5, 1, 0, ...head),
      row(5, 1, 1, '', 'giống lúa mới', '', '00'),
      row(5, 1, 2, '2', 'Hỗ trợ cấy máy', '236', '148.200.000'),
      row(5, 1, 3, '', 'Tổng cộng', '1.081', '652.800.000'),
    ]);
    expect(out.map((b) => b.cells)).toEqual([
      head,
      ['1', 'Hỗ trợ giống lúa mới', '845', '504.600.000'],
      ['2', 'Hỗ trợ cấy máy', '236', '148.200.000'],
      ['', 'Tổng cộng', '1.081', '652.800.000'],
    ]);
    expect(out.map((b) => b.table)).toEqual([0, 0, 0, 0]);
  });

  it('drops a header repeated in pieces, its lines read as rows of their own, rather than joining one to the cut row', () => {
    // A scan: the header's three lines came out as three rows on both pages (rows as the builder gives them, text not set yet).
    const head = [['', '', '', 'Kinh phí'], ['', '', 'Số hộ', '(triệu'], ['TT', 'Xóm', 'được hỗ trợ', 'đồng)']];
    const built = (page: number, table: number, r: number, ...cells: string[]): RawBlock => ({ ...row(page, table, r, ...cells), text: '' });
    const out = stitchPageBreaks([
      ...head.map((cells, r) => built(6, 0, r, ...cells)),
      built(6, 0, 3, '1', 'Xóm Chùa', '42', '126'),
      built(7, 1, 0, '', '', 'Số hộ', '(triệu'),
      built(7, 1, 1, 'TT', 'Xóm', 'được hỗ trợ', 'đồng)'),
      built(7, 1, 2, '2', 'Xóm Giữa', '35', '105'),
      built(7, 1, 3, '', 'Cộng', '77', '231'),
    ]);
    expect(out.map((b) => b.cells![1])).toEqual(['', '', 'Xóm', 'Xóm Chùa', 'Xóm Giữa', 'Cộng']);
    expect(out.map((b) => b.cells![3])).toEqual(['Kinh phí', '(triệu', 'đồng)', '126', '105', '231']);
    expect(new Set(out.map((b) => b.table))).toEqual(new Set([0]));
  });

  it('drops a header repeated in pieces whose number column was read as a scrap, and joins the cut row\'s tail after it', () => {
    // "TT" read "\ tổ k" on the first page and "g5" on the next; the upper line "Kinh phí" lost at the page's top; the
    // label "Xóm Chùa" / "Thượng" cut by the page, its tail a row of its own after the repeat.
    const built = (page: number, table: number, r: number, ...cells: string[]): RawBlock => ({ ...row(page, table, r, ...cells), text: '' });
    const out = stitchPageBreaks([
      built(6, 0, 0, '', '', '', 'Kinh phí'), built(6, 0, 1, '\\ tổ k', 'Xóm', 'Số hộ được hỗ trợ', '(triệu đồng)'),
      built(6, 0, 2, '1', 'Xóm Giữa', '35', '105'), built(6, 0, 3, '2', 'Xóm Chùa', '42', '126'),
      built(7, 1, 0, 'g5', 'Xóm', 'Số hộ được hỗ trợ', '(triệu đồng)'),
      built(7, 1, 1, '', 'Thượng', '', ''),
      built(7, 1, 2, '', 'Cộng', '77', '231'),
    ]);
    expect(out.map((b) => b.cells![1])).toEqual(['', 'Xóm', 'Xóm Giữa', 'Xóm Chùa Thượng', 'Cộng']);
    expect(new Set(out.map((b) => b.table))).toEqual(new Set([0]));
    // A first row with a number standing as a word of its own is a data row, a scrap before it or not.
    const data = stitchPageBreaks([
      built(6, 0, 0, 'TT', 'Xóm', 'Số hộ'), built(6, 0, 1, '1', 'Xóm Giữa', '35'),
      built(7, 1, 0, 'g5', 'Xóm', '42'),
    ]);
    expect(data).toHaveLength(3);
  });

  it('drops a header naming years that comes apart into more rows on the next page, the cut label\'s tail left to join', () => {
    // One header row on the first page; on the next, its top line a row of its own, then the header, then "giải phóng
    // mặt bằng" (the tail of "3. Chi" cut by the page).
    const built = (page: number, table: number, r: number, ...cells: string[]): RawBlock => ({ ...row(page, table, r, ...cells), text: '' });
    const out = stitchPageBreaks([
      built(4, 0, 0, 'Nội dung', 'Dự toán năm 2024', 'Thực hiện năm 2024', 'Tăng (+)/giảm (-) so với năm 2023'),
      built(4, 0, 1, '1. Chi lương', '650,0', '666,4', '+5,1%'), built(4, 0, 2, '3. Chi', '300,0', '245,8', '-21,3%'),
      built(5, 1, 0, '', '', '', 'Tăng'),
      built(5, 1, 1, 'Nội dung', 'Dự toán năm 2024', 'Thực hiện năm 2024', '(+)/giảm (-) so với năm 2023'),
      built(5, 1, 2, 'giải phóng', '', '', ''),
      built(5, 1, 3, 'mặt bằng', '', '', ''),
    ]);
    expect(out.map((b) => b.cells![0])).toEqual(['Nội dung', '1. Chi lương', '3. Chi', 'giải phóng', 'mặt bằng']);
    expect(out.map((b) => b.cells![3])).toEqual(['Tăng (+)/giảm (-) so với năm 2023', '+5,1%', '-21,3%', '', '']);
    expect(new Set(out.map((b) => b.table))).toEqual(new Set([0]));
  });

  it('keeps a first row whose words are not the header\'s as the tail of the cut row', () => {
    const out = stitchPageBreaks([
      row(6, 0, 0, 'TT', 'Xóm', 'Số hộ'), row(6, 0, 1, '1', 'Xóm Chùa', '42'),
      row(7, 1, 0, '', 'Đông và Xóm Bãi', ''), row(7, 1, 1, '2', 'Xóm Giữa', '35'),
    ]);
    expect(out.map((b) => b.cells![1])).toEqual(['Xóm', 'Xóm Chùa Đông và Xóm Bãi', 'Xóm Giữa']);
  });

  it('keeps a total row under a repeated header apart from the last row, two decimals making no one number', () => {
    // "4,80" + "17,35" would read "4,8017,35": no number is written so, so the page cut no figure there.
    const head = ['TT', 'Hạng mục', 'Dự toán', 'Giải ngân'];
    const out = stitchPageBreaks([
      row(3, 0, 0, ...head),
      row(3, 0, 1, '1', 'Kè bờ sông', '12,55', '9,40'),
      row(3, 0, 2, '2', 'Nạo vét kênh', '4,80', '3,15'),
      row(4, 1, 0, ...head),
      row(4, 1, 1, '', 'Tổng cộng', '17,35', '12,55'),
    ]);
    expect(out.map((b) => b.cells)).toEqual([head, ['1', 'Kè bờ sông', '12,55', '9,40'], ['2', 'Nạo vét kênh', '4,80', '3,15'], ['', 'Tổng cộng', '17,35', '12,55']]);
  });

  it('keeps a total row that opens the page as a row of its own', () => {
    const out = stitchPageBreaks([row(4, 0, 0, 'TT', 'Xã', 'Số hộ'), row(4, 0, 1, '1', 'Yên Lạc', '342'), row(5, 1, 0, '', 'Tổng cộng', '342')]);
    expect(out.map((b) => b.cells)).toEqual([['TT', 'Xã', 'Số hộ'], ['1', 'Yên Lạc', '342'], ['', 'Tổng cộng', '342']]);
  });
});
