import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 47: two changes told "lần lượt" pair, in order, with the two values before the claim and the two earlier values
// bracketed after it. Sentences written for this test (poor households, production value); every difference by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) =>
  (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data.base, f.data.value, f.data.stated, f.data.size]);

describe('claim-mismatch: changes told respectively', () => {
  it('holds the second change in points to the second pair of rates', async () => {
    // 3,0 − 2,4 = 0,6 as stated; 5,4 − 4,1 = 1,3, not 1,5.
    expect(await run('Tỷ lệ hộ nghèo là 2,4% và tỷ lệ hộ cận nghèo là 4,1%, giảm lần lượt 0,6 và 1,5 điểm phần trăm so với cuối năm 2024 (3,0% và 5,4%).'))
      .toEqual([[5.4, 4.1, 1.5, 1.3]]);
  });

  it('holds changes in percent to their own amounts, the verb after "lần lượt"', async () => {
    // 420 / 400 = +5%; 560 / 500 = +12%, not 14%.
    expect(await run('Giá trị sản xuất nông nghiệp đạt 420 tỷ đồng, công nghiệp đạt 560 tỷ đồng, lần lượt tăng 5% và 14% so với năm 2024 (400 tỷ đồng và 500 tỷ đồng).'))
      .toEqual([[500_000_000_000, 560_000_000_000, 14, 12]]);
  });

  it('says nothing when every pair agrees, or the pairing is unsure', async () => {
    // 3,0 − 2,4 = 0,6 and 5,4 − 4,1 = 1,3.
    expect(await run('Tỷ lệ hộ nghèo là 2,4% và tỷ lệ hộ cận nghèo là 4,1%, giảm lần lượt 0,6 và 1,3 điểm phần trăm so với cuối năm 2024 (3,0% và 5,4%).')).toEqual([]);
    // Three rates before two changes: which two are meant is not told.
    expect(await run('Tỷ lệ hộ nghèo là 2,4%, hộ cận nghèo 4,1%, hộ thoát nghèo 1,2%, giảm lần lượt 0,6 và 1,5 điểm phần trăm so với cuối năm 2024 (3,0% và 5,4%).')).toEqual([]);
    // No bases bracketed: nothing to compare.
    expect(await run('Tỷ lệ hộ nghèo là 2,4% và tỷ lệ hộ cận nghèo là 4,1%, giảm lần lượt 0,6 và 1,5 điểm phần trăm so với cuối năm 2024.')).toEqual([]);
  });
});
