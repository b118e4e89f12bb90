import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 47: a bracket of several targets, each after its own indicator's words ("(A 97%, B 60%)"), is met indicator by
// indicator: each target by the one value before the claim whose own words name that indicator, never the nearest value by
// default. Sentences written for this test (clean water, poor households); every comparison checked by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) =>
  (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch').map((f) => [f.data.value, f.data.target, f.data.relation]);

describe('claim-mismatch: targets named one by one in a bracket', () => {
  it('holds each value to the target of its own indicator, not the first target', async () => {
    // 98,2% ≥ 97% and 62,4% ≥ 60%: both met; 62,4% is no value of the 97% target.
    expect(await run('Tỷ lệ hộ dân dùng nước hợp vệ sinh là 98,2% và tỷ lệ hộ dân dùng nước sạch là 62,4%, vượt chỉ tiêu huyện giao (nước hợp vệ sinh 97%, nước sạch 60%).')).toEqual([]);
  });

  it('flags the one indicator that misses its own target', async () => {
    // 96,2% < 97% (clean-by-hygiene water); 62,4% ≥ 60% (piped clean water) is met.
    expect(await run('Tỷ lệ hộ dân dùng nước hợp vệ sinh là 96,2% và tỷ lệ hộ dân dùng nước sạch là 62,4%, vượt chỉ tiêu huyện giao (nước hợp vệ sinh 97%, nước sạch 60%).'))
      .toEqual([[96.2, 97, 'thấp hơn']]);
  });

  it('pairs ceilings by name whatever their order, the longer name not taken for the shorter', async () => {
    // "hộ nghèo" 4,6% is not under 4%; "hộ cận nghèo" 5,8% is under 6%.
    expect(await run('Tỷ lệ hộ nghèo là 4,6% và tỷ lệ hộ cận nghèo là 5,8%, đạt chỉ tiêu đề ra (hộ cận nghèo dưới 6%, hộ nghèo dưới 4%).'))
      .toEqual([[4.6, 4, 'không thấp hơn']]);
    // Both under their ceilings: 3,2% < 4%, 5,8% < 6%.
    expect(await run('Tỷ lệ hộ nghèo là 3,2% và tỷ lệ hộ cận nghèo là 5,8%, đạt chỉ tiêu đề ra (hộ cận nghèo dưới 6%, hộ nghèo dưới 4%).')).toEqual([]);
  });

  it('says nothing when one value names both indicators', async () => {
    // "lần lượt" before the values: which value is which indicator's is not told by their own words.
    expect(await run('Tỷ lệ hộ dân dùng nước hợp vệ sinh và nước sạch lần lượt là 98,2% và 62,4%, vượt chỉ tiêu huyện giao (nước hợp vệ sinh 97%, nước sạch 60%).')).toEqual([]);
  });
});
