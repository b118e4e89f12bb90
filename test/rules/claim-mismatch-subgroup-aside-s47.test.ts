import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 47: a smaller count in a bracket right after a count of another noun ("214 lượt người bệnh (05 ca cấp cứu)") is a
// note on a subgroup of it; a change claim after the bracket never takes the subgroup for its current value. Sentences
// written for this test (health station visits, fires); every difference checked by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) =>
  (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data.base, f.data.value, f.data.size]);

describe('claim-mismatch: a bracketed subgroup note before a change claim', () => {
  it('never compares the base with the subgroup count in the bracket', async () => {
    // 226 − 214 = 12 visits; the 05 emergency cases are some of the 214, not the year's total.
    expect(await run('Trong năm, Trạm y tế tiếp nhận 214 lượt người bệnh (05 ca cấp cứu), giảm 12 ca so với năm 2024 (226 ca).')).toEqual([]);
  });

  it('still reads the head count when it is in the claim unit', async () => {
    // 21 − 18 = 3 fires, not 5.
    expect(await run('Toàn huyện xảy ra 18 vụ cháy (02 vụ cháy rừng), giảm 5 vụ so với năm 2024 (21 vụ).')).toEqual([[21, 18, 3]]);
    expect(await run('Toàn huyện xảy ra 18 vụ cháy (02 vụ cháy rừng), giảm 3 vụ so với năm 2024 (21 vụ).')).toEqual([]);
  });

  it('still reads a bracketed amount of another kind than its head', async () => {
    // 65 − 45 = 20 million đồng of damage, not 25.
    expect(await run('Xảy ra 03 vụ cháy (thiệt hại 45 triệu đồng), giảm 25 triệu đồng so với năm 2024 (65 triệu đồng).')).toEqual([[65_000_000, 45_000_000, 20]]);
  });
});
