import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// A table whose columns are months and the quarter they make up; its last rows are rates of its amount rows.
const months = rows(
  ['Chỉ tiêu', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Quý III'],
  ['Trẻ được tiêm chủng', '412', '380', '395', '1.187'],
  ['Trẻ tiêm đủ mũi', '398', '371', '390', '1.159'],
  ['Phản ứng sau tiêm', '6', '4', '3', '13'],
  ['Tỷ lệ tiêm đủ mũi (%)', '96,60', '97,63', '98,73', '97,64'],
);

describe('table-total-mismatch on a table whose columns are periods', () => {
  it('reads the column spanning the other periods as their sum, and its rate row as recomputed, not summed', async () => {
    // Hand-checked: 412 + 380 + 395 = 1.187; 398 + 371 + 390 = 1.159; 6 + 4 + 3 = 13;
    // 398/412 = 96,60%, 371/380 = 97,63%, 390/395 = 98,73%, 1.159/1.187 = 97,64% (the mean of the months would be 97,65).
    expect(await run(months)).toEqual([]);
  });

  it('flags the cell of the spanning column that is not the sum of its row', async () => {
    // Hand-checked: 398 + 371 + 390 = 1.159, the table says 1.195.
    const found = await run(months.replace('1.159', '1.195').replace('97,64', '100,67'));
    expect(found.map((f) => [f.messageId, f.data.row, f.data.stated, f.data.actual])).toContainEqual(['periodSumMismatch', 'Trẻ tiêm đủ mũi', 1195, 1159]);
  });

  it('reads a slip of a cell at its row sum when checking the rate of its column', async () => {
    // Hand-checked: the sum 1.159 holds; the rate 97,64 = 1.159/1.187 is right, so only the slipped cell is told.
    const found = await run(months.replace('1.159', '1.195'));
    expect(found.map((f) => f.messageId)).toEqual(['periodSumMismatch']);
  });

  it('flags a rate of the spanning period that is not the ratio of its own amounts', async () => {
    // Hand-checked: 1.159/1.187 = 97,64%; 97,65 is the mean of 96,60, 97,63 and 98,73 (292,96/3 = 97,653).
    const found = await run(months.replace('97,64', '97,65'));
    expect(found.map((f) => [f.messageId, f.data.stated, f.data.num, f.data.den, f.data.actual])).toEqual([['periodRateMismatch', 97.65, 1159, 1187, 97.64]]);
  });

  it('sums quarters into a half year and into "6 tháng đầu năm 2024"', async () => {
    // Hand-checked: 1.204 + 1.318 = 2.522 and 86 + 91 = 177; then 2.522 written 2.552.
    const half = rows(
      ['Nội dung', 'Quý I/2024', 'Quý II/2024', '6 tháng đầu năm 2024'],
      ['Lượt khám bệnh', '1.204', '1.318', '2.522'],
      ['Lượt chuyển tuyến', '86', '91', '177'],
      ['Lượt cấp cứu', '40', '37', '77'],
    );
    expect(await run(half)).toEqual([]);
    expect((await run(half.replace('2.522', '2.552'))).map((f) => [f.data.stated, f.data.actual])).toEqual([[2552, 2522]]);
  });

  it('never adds columns of years, which are no parts of one another', async () => {
    // Hand-checked: 2023 and 2024 are two whole years; 2.000 is no sum of 900 + 1.100 to be checked.
    const years = rows(
      ['Nội dung', 'Năm 2023', 'Năm 2024', 'Năm 2025'],
      ['Hộ được hỗ trợ', '900', '1.100', '2.100'],
      ['Người được đào tạo', '300', '350', '400'],
      ['Lớp tập huấn', '12', '14', '26'],
    );
    expect(await run(years)).toEqual([]);
  });
});
