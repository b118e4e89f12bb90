import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 53 (h214): a budget's total revenue, total spending and what it holds ("tồn quỹ", "kết dư", "số dư", "bội chi")
// told in one sentence, the names differing in their period words and the spending leaving the budget unsaid. Sentences
// written for this test.
const balances = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);
const at = (text: string, quote: string) => text.indexOf(quote);

describe('parts-sum-mismatch: a budget balance told beside its revenue and spending (session 53)', () => {
  it('holds a ward budget\'s funds at a day to its revenue less its spending', async () => {
    // Hand-checked: 3.250 − 2.870 = 380 (triệu đồng), the report says 830.
    const text = 'Tổng thu ngân sách phường 6 tháng đầu năm 2025 ước đạt 3.250 triệu đồng, tổng chi 2.870 triệu đồng; tồn quỹ ngân sách phường đến ngày 30/6/2025 là 830 triệu đồng.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '3.250 triệu đồng − 2.870 triệu đồng', sum: 380_000_000, whole: 830_000_000 },
        [['830 triệu đồng', at(text, '830')], ['3.250 triệu đồng', at(text, '3.250')], ['2.870 triệu đồng', at(text, '2.870')]]],
    ]);
    expect(await balances(text.replace('là 830', 'là 380'))).toEqual([]);
  });

  it('holds a district budget\'s deficit to its spending less its revenue', async () => {
    // Hand-checked: 1.268,4 − 1.215,6 = 52,8 (tỷ đồng), the report says 25,8.
    const text = 'Năm 2024, tổng thu ngân sách huyện đạt 1.215,6 tỷ đồng, tổng chi thực hiện 1.268,4 tỷ đồng, bội chi ngân sách huyện 25,8 tỷ đồng được bù đắp từ nguồn vay.';
    expect(await balances(text)).toEqual([
      ['balanceMismatch', { parts: '1.268,4 tỷ đồng − 1.215,6 tỷ đồng', sum: 52_800_000_000, whole: 25_800_000_000 },
        [['25,8 tỷ đồng', at(text, '25,8')], ['1.268,4 tỷ đồng', at(text, '1.268,4')], ['1.215,6 tỷ đồng', at(text, '1.215,6')]]],
    ]);
    expect(await balances(text.replace('25,8', '52,8'))).toEqual([]);
  });

  it('holds a commune budget\'s surplus for the year, the spending named by its deed alone', async () => {
    // Hand-checked: 9.412,36 − 8.936,20 = 476,16 (triệu đồng), the report says 467,16.
    const text = 'Tổng thu ngân sách xã cả năm 2024 đạt 9.412,36 triệu đồng, tổng chi thực hiện 8.936,20 triệu đồng, kết dư ngân sách xã 467,16 triệu đồng.';
    const found = await balances(text);
    expect(found).toHaveLength(1);
    const [id, data, places] = found[0] as [string, { sum: number; whole: number }, Array<[string, number]>];
    expect(id).toBe('balanceMismatch');
    expect(data.sum).toBeCloseTo(476_160_000, 0);
    expect(data.whole).toBeCloseTo(467_160_000, 0);
    expect(places).toEqual([['467,16 triệu đồng', at(text, '467,16')], ['9.412,36 triệu đồng', at(text, '9.412,36')], ['8.936,20 triệu đồng', at(text, '8.936,20')]]);
    expect(await balances(text.replace('467,16', '476,16'))).toEqual([]);
  });

  it('stays silent on a balance of other things than the budget (a bank account, cash)', async () => {
    expect(await balances('Tổng thu ngân sách xã 3.250 triệu đồng, tổng chi 2.870 triệu đồng; số dư tài khoản tiền gửi tại Kho bạc 830 triệu đồng.')).toEqual([]);
    expect(await balances('Tổng thu ngân sách xã 3.250 triệu đồng, tổng chi 2.870 triệu đồng; tồn quỹ tiền mặt 83 triệu đồng.')).toEqual([]);
  });

  it('stays silent on a fund\'s balance, which carries its opening balance too (cooperative fund)', async () => {
    // 120 − 95 = 25, but the fund opened the year with money of its own.
    expect(await balances('Tổng thu quỹ phát triển hợp tác xã năm 2025 là 120 triệu đồng, tổng chi 95 triệu đồng, số dư quỹ đến 31/12/2025 là 60 triệu đồng.')).toEqual([]);
  });

  it('stays silent on a surplus carried from the year before, and on a budget named without its level', async () => {
    expect(await balances('Tổng thu ngân sách xã 3.250 triệu đồng, tổng chi 2.870 triệu đồng; kết dư năm trước chuyển sang 450 triệu đồng.')).toEqual([]);
    expect(await balances('Tổng thu ngân sách 18,6 tỷ đồng, tổng chi 15,2 tỷ đồng, kết dư ngân sách 4,4 tỷ đồng.')).toEqual([]);
  });

  it('stays silent when the totals are the plan\'s, or the names tell two years', async () => {
    expect(await balances('Tổng thu dự toán ngân sách xã năm 2025 là 9.845 triệu đồng, tổng chi dự toán 9.500 triệu đồng, kết dư ngân sách xã 200 triệu đồng.')).toEqual([]);
    expect(await balances('Tổng thu ngân sách xã năm 2025 là 5.318 triệu đồng, tổng chi năm 2025 là 4.736 triệu đồng; tồn quỹ ngân sách xã năm 2024 là 518 triệu đồng.')).toEqual([]);
  });

  it('stays silent when a spending carried over, stated elsewhere, makes up the difference (town budget)', async () => {
    // 4.860 − 4.712 − 36 = 112: this report counts the carried-over spending apart from its total.
    const text = [
      'Tổng thu ngân sách thị trấn năm 2024 là 4.860 triệu đồng, tổng chi 4.712 triệu đồng, kết dư ngân sách thị trấn 112 triệu đồng.',
      'Chi chuyển nguồn sang năm 2025 là 36 triệu đồng.',
    ].join('\n\n');
    expect(await balances(text)).toEqual([]);
  });
});
