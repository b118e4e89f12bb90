import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 24 (holdout127): an amount in a section titled by a row of a money table, held against that row's cell named
// by the words before the amount (src/extract/appendix-rows.ts, matchSectionRows). Table and sentences written for this test.
const RULE = 'repeated-value-conflict';

// Hand-checked: "Cầu Khe Đá" plans 8.400, paid 2.150 in the quarter and 7.560 over the year; "Trạm bơm Đồng Cỏ" 3.300 / 900 / 2.970.
const doc = (body: string) => [
  'Số: 12/BC-UBND',
  'Xã Tân Lập, ngày 10 tháng 01 năm 2026',
  'BÁO CÁO',
  'Tình hình giải ngân vốn đầu tư công năm 2025',
  'I. KẾT QUẢ',
  'Biểu 2: Giải ngân theo công trình',
  '(ĐVT: triệu đồng)',
  'STT\tTên công trình\tKế hoạch vốn năm 2025\tThanh toán quý IV/2025\tLũy kế thanh toán năm 2025\tTỷ lệ (%)',
  '1\tCầu Khe Đá\t8.400\t2.150\t7.560\t90,0',
  '2\tTrạm bơm Đồng Cỏ\t3.300\t900\t2.970\t90,0',
  '\tCộng\t11.700\t3.050\t10.530\t90,0',
  'II. MỘT SỐ CÔNG TRÌNH',
  '1. Cầu Khe Đá',
  body,
  '2. Trạm bơm Đồng Cỏ',
  'Đã thanh toán 2.970 triệu đồng, công trình hoàn thành tháng 11/2025.',
].join('\n');
const run = async (body: string) => (await findingsOf(RULE, doc(body) + '\n')).map((f) => [f.severity, f.data.value, f.data.other]);

describe('repeated-value-conflict: an amount under a heading naming a table row (s127)', () => {
  it('flags a slip of the row\'s cell named by the words before the amount, the paragraph restating another cell', async () => {
    // 7.650 against the year's 7.560: two digits swapped.
    expect(await run('Kế hoạch vốn 8.400 triệu đồng, đã thanh toán 7.650 triệu đồng, đạt 91,1% kế hoạch.')).toEqual([['error', '7.650 triệu đồng', '7.560']]);
  });

  it('stays silent when the amount is the cell, when nothing restates the row, or when the words name no one column', async () => {
    expect(await run('Kế hoạch vốn 8.400 triệu đồng, đã thanh toán 7.560 triệu đồng, đạt 90,0% kế hoạch.')).toEqual([]);
    // No other amount restates a cell of the row: the paragraph is not read as about it.
    expect(await run('Đã thanh toán 7.650 triệu đồng, công trình sắp hoàn thành.')).toEqual([]);
    // "giải ngân" is in no column's header (the flagged case's "thanh toán" heads two, the quarter's another time).
    expect(await run('Kế hoạch vốn 8.400 triệu đồng, đã giải ngân 7.650 triệu đồng.')).toEqual([]);
  });
});
