import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 46 (h206): a budget's balance named by its word alone ("kết dư", "bội chi"), held to the total revenue and total
// spending the report states for the same budget and year. Sentences written for this test.
const report = (balance: string, spending = 'Tổng chi ngân sách xã năm 2025 là 7.960 triệu đồng, đạt 98,1% dự toán.', more = '') =>
  [
    'I. THU NGÂN SÁCH',
    'Tổng thu ngân sách xã năm 2025 là 8.425 triệu đồng, đạt 104,2% dự toán; thu kết dư ngân sách xã năm 2024 là 210 triệu đồng.',
    'II. CHI NGÂN SÁCH',
    spending,
    more,
    'III. CÂN ĐỐI NGÂN SÁCH',
    balance,
    '',
  ].join('\n\n');

describe('parts-sum-mismatch: a budget balance against its total revenue and spending', () => {
  it('reports a surplus that is not total revenue less total spending of the same budget and year', async () => {
    // 8 425 − 7 960 = 465 (triệu đồng), the report says 456.
    const found = await findingsOf('parts-sum-mismatch', report('Kết dư ngân sách xã năm 2025 là 456 triệu đồng, chuyển sang thu ngân sách năm 2026.'));
    expect(found.map((f) => [f.messageId, f.data])).toEqual([['balanceMismatch', expect.objectContaining({ sum: 465_000_000, whole: 456_000_000 })]]);
  });

  it('stays silent when the surplus is the difference, or names another year', async () => {
    expect(await findingsOf('parts-sum-mismatch', report('Kết dư ngân sách xã năm 2025 là 465 triệu đồng, chuyển sang thu ngân sách năm 2026.'))).toEqual([]);
    expect(await findingsOf('parts-sum-mismatch', report('Kết dư ngân sách xã năm 2023 là 456 triệu đồng đã được phê chuẩn.'))).toEqual([]);
  });

  it('stays silent when a spending carried over to next year stated apart makes up the difference', async () => {
    // 8 425 − 7 960 − 120 = 345: this report counts the carried-over spending apart from its total.
    const text = report('Kết dư ngân sách xã năm 2025 là 345 triệu đồng.', 'Tổng chi ngân sách xã năm 2025 là 7.960 triệu đồng.', 'Chi chuyển nguồn sang năm 2026 là 120 triệu đồng.');
    expect(await findingsOf('parts-sum-mismatch', text)).toEqual([]);
  });

  it('holds a deficit to total spending less total revenue', async () => {
    const deficit = (v: string) => [
      'Tổng thu ngân sách tỉnh năm 2023 đạt 12.300 tỷ đồng.',
      'Tổng chi ngân sách tỉnh năm 2023 đạt 12.950 tỷ đồng.',
      `Bội chi ngân sách tỉnh năm 2023 là ${v} tỷ đồng, bù đắp từ nguồn vay.`,
      '',
    ].join('\n\n');
    // 12 950 − 12 300 = 650 (tỷ đồng).
    expect(await findingsOf('parts-sum-mismatch', deficit('650'))).toEqual([]);
    const found = await findingsOf('parts-sum-mismatch', deficit('560'));
    expect(found.map((f) => f.data)).toEqual([expect.objectContaining({ sum: 650_000_000_000, whole: 560_000_000_000 })]);
  });
});
