import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 21/BC-UBND\nHòa An, ngày 02 tháng 12 năm 2025\nBÁO CÁO\nTình hình thu, chi các quỹ năm 2025\nI. KẾT QUẢ\n';
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);

describe('parts-sum-mismatch: the steps of a fund told in other words (session 41)', () => {
  // Hand-checked: 58 + 120 − 95 = 83 triệu đồng.
  const spent = (closing: string) =>
    `Quỹ khuyến học xã có số dư đầu năm 2025 là 58 triệu đồng; trong năm thu 120 triệu đồng, chi khen thưởng học sinh giỏi 95 triệu đồng; số dư đến ngày 30/11/2025 là ${closing} triệu đồng.\n`;
  it('reads a period before "thu" and a purpose after "chi" as the fund\'s flows', async () => {
    expect(await sums(spent('83'))).toEqual([]);
    const found = await sums(spent('38'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('83.000.000');
  });

  // Hand-checked: 30 + 150 − 105 (70% of 150) − 40 = 35 triệu đồng.
  const remitted = (closing: string) =>
    `Số dư Quỹ phòng, chống thiên tai xã đầu năm là 30 triệu đồng; thu trong năm 150 triệu đồng, nộp về Quỹ tỉnh 70% số thu là 105 triệu đồng, chi 40 triệu đồng; số dư đến ngày 30/11/2025 là ${closing} triệu đồng.\n`;
  it('reads a remittance whose words hold the share it is of', async () => {
    expect(await sums(remitted('35'))).toEqual([]);
    const found = await sums(remitted('53'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('35.000.000');
  });

  it('reads no balance when a step is a branch of an association, not a payment', async () => {
    // "Chi hội" names who gave, not money paid out: the step says neither way, and the balance stays unread.
    const text = 'Quỹ vì người nghèo có số dư đầu năm là 20 triệu đồng; Chi hội Cựu chiến binh thôn 3 ủng hộ 10 triệu đồng; số dư đến ngày 30/11/2025 là 50 triệu đồng.\n';
    expect(await sums(text)).toEqual([]);
  });
});
