import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 45: "…; so với con số B <noun> của năm N, mức tăng đạt X %" — the earlier value written right after "so với" (not
// in brackets), its period after it, and the change named by its size ("mức tăng", "tốc độ giảm"): it speaks of the one
// count of the statement before the ";". Sentences written for this test (library cards, fires); every value checked by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');

describe('claim-mismatch: an inline base after "so với" and a change named by its size, after a ";"', () => {
  it('flags a rise the count before the ";" and the inline base do not give', async () => {
    // Hand-checked: 300 → 345 thẻ is +15,0%, not +20%.
    const f = await run('Thư viện huyện đã cấp 345 thẻ bạn đọc, đạt 115,0 % kế hoạch (300 thẻ); so với số 300 thẻ của năm 2024, mức tăng đạt 20 %.');
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value, x.data.actual])).toEqual([[20, 300, 345, 15]]);
  });

  it('flags a fall told by "tốc độ giảm là" the same way', async () => {
    // Hand-checked: 40 → 26 vụ is −35,0%, not −30%.
    const f = await run('Năm 2025 trên địa bàn xảy ra 26 vụ cháy; so với con số 40 vụ cháy của năm 2024, tốc độ giảm là 30 %.');
    expect(f.map((x) => [x.data.verb, x.data.stated, x.data.base, x.data.value, x.data.actual])).toEqual([['giảm', 30, 40, 26, 35]]);
  });

  it('says nothing for the right change, two counts of the unit before, or a statement before that is the base year\'s', async () => {
    expect(await run('Thư viện huyện đã cấp 345 thẻ bạn đọc, đạt 115,0 % kế hoạch (300 thẻ); so với số 300 thẻ của năm 2024, mức tăng đạt 15 %.')).toEqual([]);
    expect(await run('Năm 2025 trên địa bàn xảy ra 26 vụ cháy; so với con số 40 vụ cháy của năm 2024, tốc độ giảm là 35 %.')).toEqual([]);
    expect(await run('Năm 2025 xảy ra 26 vụ cháy, 12 vụ cháy rừng; so với con số 40 vụ cháy của năm 2024, tốc độ giảm là 30 %.')).toEqual([]);
    expect(await run('Năm 2024 xảy ra 26 vụ cháy; so với con số 40 vụ cháy của năm 2024, tốc độ giảm là 30 %.')).toEqual([]);
  });
});
