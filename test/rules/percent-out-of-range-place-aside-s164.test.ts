import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'percent-out-of-range';
const found = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.data.stated);

// Session 32 (holdout167): an aside describing a place ("…, nơi …,") lends the rate after it none of its verbs.
describe('percent-out-of-range: a place aside before a share rate', () => {
  it('flags a share over 100% though the aside says something was completed there', async () => {
    // Hand-checked: a share of households cannot be 112,4%; "hoàn thành" belongs to the school built in the aside.
    expect(await found('Tại bản Nà Lừa, nơi vừa hoàn thành điểm trường mới, tỷ lệ trẻ em được đến lớp đạt 112,4%.')).toEqual(['112,4']);
  });

  it('still lets a rate against a plan named outside the aside pass 100%', async () => {
    expect(await found('Tại bản Nà Lừa, nơi có điểm trường mới, tỷ lệ hoàn thành kế hoạch đạt 112,4%.')).toEqual([]);
  });
});
