/**
 * A table's scale may be stated by its caption line rather than a note of its own: a closing bracket holding nothing but a
 * scaled money unit ("Bảng 4. Chi phí … (nghìn đồng)"), or whose last clause is a unit note ("(giá hiện hành, đơn vị: tỷ
 * đồng)", "(Đơn vị tính: triệu đồng)"). The cells' bare numbers take that unit, their values kept as written; rate columns
 * ("% so với KH", "Tỷ lệ") and count columns ("Số tuyến") do not. A bracket right after a prose amount ("đạt 2.450 (triệu
 * đồng)") is that amount's, never the table's. The reports below were written for this test (rural roads, a fishery
 * cooperative, a clinic's fees); every value was checked by hand.
 */
import { describe, expect, test } from 'vitest';
import { cells as readCells, docxCells as readDocxCells } from '../helpers/table-cells.js';

const cells = (text: string) => readCells(text, 'caption.txt');
const docxCells = (paragraphs: string[], rows: string[][]) => readDocxCells(paragraphs, rows, 'caption.docx');

describe('a scale stated by the caption line above a table (s35)', () => {
  test('a caption closed by a bare scaled money unit scales the amounts, not the rates nor the counts', async () => {
    const report = [
      'Bảng 4. Chi phí duy tu đường giao thông nông thôn năm 2025 (nghìn đồng)',
      '',
      '| STT | Hạng mục | Số tuyến | Kế hoạch | Thực hiện | % so với KH |',
      '|---|---|---|---|---|---|',
      '| 1 | Đường trục xã | 7 | 812.400 | 790.250 | 97,3 |',
      '| 2 | Đường liên thôn | 12 | 455.600 | 471.800 | 103,6 |',
      '| | Cộng | 19 | 1.268.000 | 1.262.050 | 99,5 |',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['7', null], ['812.400', 'nghìn đồng'], ['790.250', 'nghìn đồng'], ['97,3', null],
      ['12', null], ['455.600', 'nghìn đồng'], ['471.800', 'nghìn đồng'], ['103,6', null],
      ['19', null], ['1.268.000', 'nghìn đồng'], ['1.262.050', 'nghìn đồng'], ['99,5', null],
    ]);
  });

  test('a unit note closing the caption\'s bracket after another clause, with no blank line before the table', async () => {
    const report = [
      'Biểu 3. Doanh thu hợp tác xã thủy sản (giá hiện hành, đơn vị: tỷ đồng)',
      '| TT | Nguồn thu | Năm 2024 | Năm 2025 | Tỷ lệ tăng |',
      '|---|---|---|---|---|',
      '| 1 | Nuôi tôm | 14,6 | 17,25 | 18,2 |',
      '| 2 | Khai thác ven bờ | 6,8 | 7,1 | 4,4 |',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['14,6', 'tỷ đồng'], ['17,25', 'tỷ đồng'], ['18,2', null],
      ['6,8', 'tỷ đồng'], ['7,1', 'tỷ đồng'], ['4,4', null],
    ]);
  });

  test('a caption "(Đơn vị tính: …)" in a Word table, and a "ĐVT" line below the caption', async () => {
    const rows = [['STT', 'Khoản thu', 'Quý I', 'Quý II'], ['1', 'Phí khám bệnh', '236,5', '251,8'], ['2', 'Phí xét nghiệm', '98,4', '104,2']];
    expect(await docxCells(['Kết quả thu phí của trạm y tế như sau.', 'Bảng 2. Thu phí dịch vụ y tế 6 tháng đầu năm 2025 (Đơn vị tính: triệu đồng)'], rows)).toEqual([
      ['236,5', 'triệu đồng'], ['251,8', 'triệu đồng'], ['98,4', 'triệu đồng'], ['104,2', 'triệu đồng'],
    ]);
    expect(await docxCells(['Bảng 2. Thu phí dịch vụ y tế 6 tháng đầu năm 2025', 'ĐVT: triệu đồng'], rows)).toEqual([
      ['236,5', 'triệu đồng'], ['251,8', 'triệu đồng'], ['98,4', 'triệu đồng'], ['104,2', 'triệu đồng'],
    ]);
  });

  test('look-alikes: a bracket after a prose amount, a rate or a plain unit in the caption, scale nothing', async () => {
    const table = ['| STT | Hạng mục | Kế hoạch | Thực hiện |', '|---|---|---|---|', '| 1 | Mặt đường | 640 | 615 |', ''];
    const prose = ['Tổng vốn giải ngân cho các tuyến đường đạt 2.450 (triệu đồng)', '', ...table].join('\n');
    expect((await cells(prose)).map((c) => c[1])).toEqual([null, null]);
    const rate = ['Bảng 5. Kết quả duy tu năm 2025 (tỷ lệ %)', '', ...table].join('\n');
    expect((await cells(rate)).map((c) => c[1])).toEqual([null, null]);
    const plain = ['Bảng 6. Chiều dài mặt đường được duy tu (mét)', '', ...table].join('\n');
    expect((await cells(plain)).map((c) => c[1])).toEqual([null, null]);
  });
});
