/**
 * Session 40: a table's money unit stated three more ways.
 * - A note whose unit is the money's ("(đơn vị tiền: nghìn đồng)", "Đơn vị tính tiền: tr.đ"), in the caption's closing
 *   bracket or on a line of its own: only the money columns ("Thành tiền", "Kinh phí") take it, a count column stays a count.
 * - A shortened scale before the currency ("ĐVT: tr.đ", "(trđ)") is read as the full unit ("triệu đồng").
 * - A row whose label names a scaled unit in brackets ("Doanh thu dịch vụ (triệu đồng)"): the row's amounts take it, its
 *   rate cell does not.
 * Every report below was written for this test (a library's book fund, a clinic, a ferry crossing); values checked by hand.
 */
import { describe, expect, test } from 'vitest';
import { cells as readCells, docxCells as readDocxCells } from '../helpers/table-cells.js';

const cells = (text: string) => readCells(text, 'note.txt');
const docxCells = (paragraphs: string[], rows: string[][]) => readDocxCells(paragraphs, rows, 'note.docx');

const bookFund = [
  '| TT | Loại sách | Số cuốn | Thành tiền |',
  '|---|---|---|---|',
  '| 1 | Sách giáo khoa | 420 | 16.800 |',
  '| 2 | Sách tham khảo | 95 | 7.125 |',
  '| | Cộng | 515 | 23.925 |',
];

describe('a money unit note: the money columns only (s40)', () => {
  test('a caption closed by "(đơn vị tiền: nghìn đồng)" scales "Thành tiền", not the count of books', async () => {
    const report = ['Biểu 5. Bổ sung vốn sách thư viện trường năm học mới (đơn vị tiền: nghìn đồng)', ...bookFund, ''].join('\n');
    expect(await cells(report)).toEqual([
      ['420', null], ['16.800', 'nghìn đồng'], ['95', null], ['7.125', 'nghìn đồng'], ['515', null], ['23.925', 'nghìn đồng'],
    ]);
  });

  test('a note line of its own, "Đơn vị tính tiền: tr.đ", gives the money column the full unit', async () => {
    const report = ['Đơn vị tính tiền: tr.đ', ...bookFund, ''].join('\n');
    expect(await cells(report)).toEqual([
      ['420', null], ['16.800', 'triệu đồng'], ['95', null], ['7.125', 'triệu đồng'], ['515', null], ['23.925', 'triệu đồng'],
    ]);
  });

  test('the same in a docx table', async () => {
    const rows = [['TT', 'Loại sách', 'Số cuốn', 'Thành tiền'], ['1', 'Sách giáo khoa', '420', '16.800'], ['2', 'Sách tham khảo', '95', '7.125']];
    expect(await docxCells(['Biểu 5. Bổ sung vốn sách (đơn vị tiền: nghìn đồng)'], rows)).toEqual([
      ['420', null], ['16.800', 'nghìn đồng'], ['95', null], ['7.125', 'nghìn đồng'],
    ]);
  });

  test('a money note over columns naming no money scales every column but a count and a rate', async () => {
    const report = ['Bảng 3. Thu phí trông giữ xe', '(Đơn vị tính số tiền: nghìn đồng)', '| STT | Điểm trông giữ | Số lượt xe | Năm 2023 | Năm 2024 | Tỷ lệ (%) |', '|---|---|---|---|---|---|', '| 1 | Chợ trung tâm | 14.200 | 28.400 | 31.950 | 112,5 |', ''].join('\n');
    expect(await cells(report)).toEqual([['14.200', null], ['28.400', 'nghìn đồng'], ['31.950', 'nghìn đồng'], ['112,5', null]]);
  });

  test('a money note leaves a column with no money word alone when another names money', async () => {
    // "Giờ mở cửa" is no money: only "Kinh phí" is in nghìn đồng.
    const report = ['(đơn vị tiền: nghìn đồng)', '| TT | Điểm đọc | Giờ mở cửa | Kinh phí |', '|---|---|---|---|', '| 1 | Điểm đọc thôn Bến | 36 | 4.500 |', '| 2 | Điểm đọc thôn Gò | 28 | 3.900 |', ''].join('\n');
    expect(await cells(report)).toEqual([['36', null], ['4.500', 'nghìn đồng'], ['28', null], ['3.900', 'nghìn đồng']]);
  });

  test('a whole-table note "ĐVT: tr.đ" reads the shortened scale; a note of no scale ("ĐVT: cuốn") changes nothing', async () => {
    const short = ['ĐVT: tr.đ', '| TT | Nguồn | Dự toán | Thực hiện |', '|---|---|---|---|', '| 1 | Ngân sách xã | 310 | 296 |', ''].join('\n');
    expect(await cells(short)).toEqual([['310', 'triệu đồng'], ['296', 'triệu đồng']]);
    const plain = ['ĐVT: cuốn', '| TT | Nguồn | Dự toán | Thực hiện |', '|---|---|---|---|', '| 1 | Ngân sách xã | 310 | 296 |', ''].join('\n');
    expect(await cells(plain)).toEqual([['310', null], ['296', null]]);
  });

  test('a header bracket holding a unit note or a shortened scale ("(ĐVT: triệu đồng)", "(trđ)") scales its column', async () => {
    const report = ['| TT | Hạng mục | Khối lượng (m³) | Giá trị (ĐVT: triệu đồng) | Dự phòng (trđ) |', '|---|---|---|---|---|', '| 1 | Kè bờ sông | 1.250 | 3.420 | 171 |', ''].join('\n');
    expect(await cells(report)).toEqual([['1.250', null], ['3.420', 'triệu đồng'], ['171', 'triệu đồng']]);
  });
});

describe('a row whose label names a scaled unit (s40)', () => {
  const ferry = [
    '| TT | Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng, giảm | Tỷ lệ |',
    '|---|---|---|---|---|---|',
    '| 1 | Số lượt khách qua phà | 58.400 | 61.300 | 2.900 | 5,0% |',
    '| 2 | Doanh thu vé (triệu đồng) | 876,0 | 919,5 | 43,5 | 5,0% |',
    '| 3 | Số chuyến phà (chuyến) | 7.300 | 7.420 | 120 | 1,6% |',
    '',
  ];
  test('the amounts of that row take the unit, its rate cell and the other rows do not', async () => {
    expect(await cells(ferry.join('\n'))).toEqual([
      ['58.400', null], ['61.300', null], ['2.900', null], ['5,0%', '%'],
      ['876,0', 'triệu đồng'], ['919,5', 'triệu đồng'], ['43,5', 'triệu đồng'], ['5,0%', '%'],
      ['7.300', null], ['7.420', null], ['120', null], ['1,6%', '%'],
    ]);
  });

  test('the same in a docx table; a rate column without a % sign stays a rate', async () => {
    const rows = [['TT', 'Chỉ tiêu', 'Năm 2024', 'Năm 2025', 'Tỷ lệ (%)'], ['1', 'Thu viện phí (tỷ đồng)', '12,4', '13,1', '105,6'], ['2', 'Lượt khám bệnh', '9.860', '10.240', '103,9']];
    expect(await docxCells(['Bảng 2. Hoạt động khám chữa bệnh'], rows)).toEqual([
      ['12,4', 'tỷ đồng'], ['13,1', 'tỷ đồng'], ['105,6', null], ['9.860', null], ['10.240', null], ['103,9', null],
    ]);
  });

  test('a label bracket of no scale ("(ha)", "(lượt)") or holding a number changes nothing', async () => {
    const report = ['| TT | Chỉ tiêu | Kế hoạch | Thực hiện |', '|---|---|---|---|', '| 1 | Diện tích lúa (ha) | 640 | 652 |', '| 2 | Hỗ trợ (2 triệu đồng/hộ) | 45 | 47 |', ''].join('\n');
    expect(await cells(report)).toEqual([['640', null], ['652', null], ['2 triệu đồng', 'đồng/hộ'], ['45', null], ['47', null]]);
  });
});
