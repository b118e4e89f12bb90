import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 45: a share told as a fraction right before a claim of meeting a target written as a percent ("…, trong đó a/b
// <noun> là <group>, vượt/đạt chỉ tiêu tối thiểu T%") is held to the target by its percent. Sentences written for this test
// (young union members, ethnic-minority teachers); every percent checked by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'targetMismatch');

describe('claim-mismatch: a fraction against a percent target', () => {
  it('flags a claim to pass a minimum the fraction falls short of', async () => {
    // Hand-checked: 17/40 = 42,5% < 45%.
    const f = await run('Ban chấp hành Hội có 40 ủy viên, trong đó 17/40 ủy viên là người dưới 35 tuổi, vượt chỉ tiêu tối thiểu 45% tỉnh giao.');
    expect(f.map((x) => [x.data.value, x.data.target, x.data.relation])).toEqual([[42.5, 45, 'thấp hơn']]);
  });

  it('flags a claim not to reach a target the fraction reaches', async () => {
    // Hand-checked: 9/12 = 75% ≥ 70%.
    const f = await run('Trường có 12 giáo viên, trong đó 9/12 giáo viên là người dân tộc thiểu số, chưa đạt chỉ tiêu 70% huyện giao.');
    expect(f.map((x) => [x.data.value, x.data.target, x.data.relation])).toEqual([[75, 70, 'không thấp hơn']]);
  });

  it('says nothing for a fraction that meets the target, a percent already stated, or counted subjects that each passed it', async () => {
    // 21/40 = 52,5% ≥ 45%.
    expect(await run('Ban chấp hành Hội có 40 ủy viên, trong đó 21/40 ủy viên là người dưới 35 tuổi, vượt chỉ tiêu tối thiểu 45% tỉnh giao.')).toEqual([]);
    expect(await run('Ban chấp hành Hội có 40 ủy viên, trong đó người dưới 35 tuổi 19 ủy viên, chiếm 47,5%, đạt chỉ tiêu tối thiểu 45%.')).toEqual([]);
    // Three of five communes each passed 90%: the fraction is no share held to the target.
    expect(await run('Toàn huyện có 3/5 xã vượt chỉ tiêu 90% về thu ngân sách.')).toEqual([]);
  });
});
