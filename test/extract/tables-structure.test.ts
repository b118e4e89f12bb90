import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';
import type { Table } from '../../src/model/index.js';
import { letteredPlanRows } from '../helpers/lettered-plan.js';

async function inline(text: string): Promise<Table[]> {
  const r = await ingestBytes('t.txt', Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return extractTables(r.source).tables;
}
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('table row structure', () => {
  it('reads 1 / 1.1 rows as a group under its head, and a numbered "Tổng …" row as a head, not a total', async () => {
    const [t] = await inline(rows(
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Năm 2024', 'So với cùng kỳ (%)'],
      ['1', 'Tổng diện tích gieo trồng', 'ha', '540', '552', '102,2'],
      ['1.1', 'Lúa', 'ha', '410', '415', '101,2'],
      ['1.2', 'Ngô', 'ha', '130', '137', '105,4'],
      ['2', 'Sản lượng lương thực', 'tấn', '2.870', '2.950', '102,8'],
    ));
    expect(t.rows.map((r) => [r.level, r.parent, r.head, r.total, r.unit])).toEqual([
      [0, null, true, false, 'ha'],
      [1, 0, false, false, 'ha'],
      [1, 0, false, false, 'ha'],
      [0, null, false, false, 'tấn'],
    ]);
    expect(t.columns.map((c) => c.measure)).toEqual(['none', 'none', 'unit', 'amount', 'amount', 'change']);
    expect(t.columns.map((c) => c.year)).toEqual([null, null, null, 2023, 2024, null]);
  });

  it('nests I / 1 / a rows and a bullet row without STT, returning to a level seen before', async () => {
    const [t] = await inline(rows(
      ['STT', 'Nội dung', 'Số tiền'],
      ['I', 'Thu ngân sách', '900'],
      ['1', 'Thu thuế', '600'],
      ['a', 'Thuế môn bài', '250'],
      ['b', 'Thuế sử dụng đất', '350'],
      ['2', 'Thu phí', '300'],
      ['II', 'Chi ngân sách', '700'],
      ['', '- Chi thường xuyên', '700'],
    ));
    expect(t.rows.map((r) => [r.level, r.parent])).toEqual([[0, null], [1, 0], [2, 1], [2, 1], [1, 0], [0, null], [1, 5]]);
    expect(t.rows.map((r) => r.head)).toEqual([true, true, false, false, false, true, false]);
  });

  it('puts bullet rows under the plain row above them in a table without STT numbers', async () => {
    const [t] = await inline(rows(
      ['Nội dung', 'Dự toán', 'Thực hiện'],
      ['Tổng chi ngân sách', '6.000', '4.850'],
      ['Chi đầu tư phát triển', '1.200', '950'],
      ['Chi thường xuyên', '4.800', '3.900'],
      ['- Chi sự nghiệp giáo dục', '2.100', '1.750'],
      ['- Chi quản lý hành chính', '2.700', '2.150'],
      ['Chi dự phòng', '0', '0'],
    ));
    expect(t.rows.map((r) => [r.total, r.level, r.parent, r.head])).toEqual([
      [true, null, null, false], [false, 0, null, false], [false, 0, null, true], [false, 1, 2, false], [false, 1, 2, false], [false, 0, null, false],
    ]);
  });

  it('reads bullets written in an unnamed STT column as member rows', async () => {
    const [t] = await inline(rows(
      ['', 'Nội dung', 'Số lượt'],
      ['1', 'Tổng lượt khách', '245.600'], ['-', 'Khách quốc tế', '38.540'], ['-', 'Khách nội địa', '207.060'], ['2', 'Lượt khách lưu trú', '61.300'],
    ));
    expect(t.rows.map((r) => [r.stt, r.level, r.parent])).toEqual([['1', 0, null], ['-', 1, 0], ['-', 1, 0], ['2', 0, null]]);
  });

  it('leaves a row without STT among numbered rows with no level', async () => {
    const [t] = await inline(rows(['STT', 'Nội dung', 'Số lượng'], ['1', 'Tổ 1', '5'], ['', 'Tổ 2', '6'], ['2', 'Tổ 3', '7'], ['', 'Tổng cộng', '18']));
    expect(t.rows.map((r) => r.level)).toEqual([0, null, 0, null]);
    expect(t.rows.map((r) => r.total)).toEqual([false, false, false, true]);
  });

  it('takes a first row of words over a row of figures as the header, whatever its words', async () => {
    const [t] = await inline(rows(
      ['Cấp học', 'Số trường', 'Số học sinh', 'Bình quân HS/lớp'],
      ['Mầm non', '12', '3.100', '25,5'],
      ['Tiểu học', '10', '5.400', '31,0'],
    ));
    expect(t.headerBlocks).toHaveLength(1);
    expect(t.rows.map((r) => r.label)).toEqual(['Mầm non', 'Tiểu học']);
    expect(t.columns.map((c) => c.measure)).toEqual(['none', 'count', 'count', 'average']);
  });

  it('reads a price or per-unit rate column as an average, and a "Cộng đồng …" row as a data row', async () => {
    const [t] = await inline(rows(
      ['Đơn vị', 'Khối lượng (tấn)', 'Đơn giá (nghìn đồng/tấn)', 'Giá bán (nghìn đồng/kg)', 'Thành tiền (nghìn đồng)'],
      ['Cộng đồng thôn Nà Lừa', '12', '850', '15', '10.200'],
      ['Hợp tác xã Đông Phong', '8', '850', '15', '6.800'],
      ['Cộng', '20', '850', '15', '17.000'],
    ));
    expect(t.columns.map((c) => c.measure)).toEqual(['none', 'amount', 'average', 'average', 'money']);
    expect(t.rows.map((r) => r.total)).toEqual([false, false, true]);
  });

  it('takes a first row of words with a "Cộng" column title as the header, and a "Cộng" label row as the total', async () => {
    const [t] = await inline(rows(
      ['Tổ dân phố', 'Nam (người)', 'Nữ (người)', 'Cộng (người)'],
      ['Tổ 1', '120', '131', '251'],
      ['Tổ 2', '98', '102', '200'],
      ['Cộng', '218', '233', '451'],
    ));
    expect(t.headerBlocks).toHaveLength(1);
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'value', 'value', 'total']);
    expect(t.rows.map((r) => [r.label, r.total])).toEqual([['Tổ 1', false], ['Tổ 2', false], ['Cộng', true]]);
  });

  it('takes a row\'s unit from its label when the table has no ĐVT column', async () => {
    const [t] = await inline(rows(['STT', 'Chỉ tiêu', 'Kết quả'], ['1', 'Diện tích lúa (ha)', '410'], ['2', 'Sản lượng (tấn)', '2.870'], ['3', 'Số hộ', '95']));
    expect(t.rows.map((r) => r.unit)).toEqual(['ha', 'tấn', '']);
  });

  it('takes a first row naming years as the header', async () => {
    const [t] = await inline(rows(['Chỉ tiêu', '2023', '2024'], ['Số vụ cháy', '12', '9'], ['Số vụ trộm cắp', '40', '46']));
    expect(t.headerBlocks).toHaveLength(1);
    expect(t.columns.map((c) => c.year)).toEqual([null, 2023, 2024]);
  });

  it('tells plan, result, fulfilment, change and rank columns by their header words, two-row headers too', async () => {
    const [t] = await inline(rows(
      ['STT', 'Chỉ tiêu', 'Năm 2024', '', '', 'Tăng (+), giảm (-) so với cùng kỳ (%)', 'Xếp hạng'],
      ['', '', 'Kế hoạch', 'Thực hiện', '% so với KH', '', ''],
      ['1', 'Thu ngân sách', '4.450', '3.935', '88,4', '5,2', '3'],
    ));
    expect(t.columns.map((c) => c.measure)).toEqual(['none', 'none', 'plan', 'result', 'fulfilment', 'change', 'rank']);
  });

  it('tells money and count columns, a plan in money staying a plan', async () => {
    const [t] = await inline(rows(['TT', 'Nội dung', 'Số lượng', 'Kinh phí (triệu đồng)', 'Dự toán (đồng)'], ['1', 'Sửa trường', '2', '350', '400.000.000']));
    expect(t.columns.map((c) => c.measure)).toEqual(['none', 'none', 'count', 'money', 'plan']);
  });

  it('reads a minus before a table figure as a negative value', async () => {
    const [t] = await inline(rows(['TT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng/giảm (%)'], ['1', 'Số vụ cháy', '12', '9', '-25,0']));
    expect(t.rows[0].cells[4]).toMatchObject({ value: -25, pure: true });
  });

  it('reads a caption in capitals without STT right above numbered rows as the head of its group, at the top level', async () => {
    const [t] = await inline(rows(
      ['TT', 'Trường', 'Số lớp', 'Số học sinh'],
      ['', 'MẦM NON', '12', '310'], ['1', 'Trường Mầm non Hoa Sen', '7', '180'], ['2', 'Trường Mầm non Sơn Ca', '5', '130'],
      ['', 'TIỂU HỌC', '20', '560'], ['1', 'Trường Tiểu học số 1', '11', '300'], ['2', 'Trường Tiểu học số 2', '9', '260'],
      ['', 'Tổng cộng', '32', '870'],
    ));
    expect(t.rows.map((r) => [r.level, r.parent, r.head, r.total])).toEqual([
      [0, null, true, false], [1, 0, false, false], [1, 0, false, false],
      [0, null, true, false], [1, 3, false, false], [1, 3, false, false],
      [null, null, false, true],
    ]);
  });
});

describe('lettered groups A, B, C', () => {
  it('reads "C" after "B" as the next letter, not the Roman numeral one level deeper, and finds the STT column of letters and numbers', async () => {
    // No header: the first column holds A, 1, 2, B, 3, 4, C, 5, 6 — an STT column (letters and numbers).
    const [t] = await inline(rows(...letteredPlanRows()));
    expect(t.columns[0].role).toBe('stt');
    expect(t.rows.map((r) => [r.level, r.parent])).toEqual([
      [0, null], [1, 0], [1, 0], [0, null], [1, 3], [1, 3], [0, null], [1, 6], [1, 6],
    ]);
  });

  it('keeps a Roman "C" that no letter "B" comes right before', async () => {
    const [t] = await inline(rows(
      ['STT', 'Nội dung', 'Số tiền'],
      ['A', 'Thu', '900'],
      ['XCIX', 'Khoản 99', '400'],
      ['C', 'Khoản 100', '500'],
    ));
    // "C" follows the Roman "XCIX" at its level, not the letter "A".
    expect(t.rows.map((r) => r.level)).toEqual([0, 1, 1]);
  });
});

