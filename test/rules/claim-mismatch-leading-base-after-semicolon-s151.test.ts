import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 30 (s151): "So với năm 2023 (B), số X tăng/giảm A" opening a clause after a ";" of the same sentence compares the
// value of X the clauses before that ";" state, as it does the sentence before when it opens a sentence. Sentences written
// for this test (library loans, vaccination); every difference checked by hand.
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');

describe('claim-mismatch: a leading base after a semicolon of the claim\'s own sentence', () => {
  it('flags a fall where the clause before the ";" gives a rise, told the right way', async () => {
    // Hand-checked: 412 → 455 lượt mượn is +43, not −43.
    const f = await run('Thư viện xã đã phục vụ 455 lượt mượn sách, trong đó thiếu nhi 260 lượt mượn, người lớn 195 lượt mượn; so với năm 2024 (412 lượt mượn), số lượt mượn sách giảm 43 lượt mượn.');
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value, x.data.way, x.data.size])).toEqual([[43, 412, 455, 'tăng', 43]]);
    expect(f[0].message).toContain('là tăng 43 lượt mượn');
  });

  it('flags a wrong amount the same way', async () => {
    // Hand-checked: 1.180 → 1.096 trẻ is −84, not −64.
    const f = await run('Trạm Y tế đã tiêm chủng đầy đủ cho 1.096 trẻ; so với cùng kỳ năm 2024 (1.180 trẻ), số trẻ tiêm chủng giảm 64 trẻ.');
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value, x.data.actual])).toEqual([[64, 1180, 1096, 84]]);
  });

  it('says nothing when the clause before states the right change, or names no value of the subject', async () => {
    expect(await run('Thư viện xã đã phục vụ 455 lượt mượn sách, trong đó thiếu nhi 260 lượt mượn, người lớn 195 lượt mượn; so với năm 2024 (412 lượt mượn), số lượt mượn sách tăng 43 lượt mượn.')).toEqual([]);
    expect(await run('Trạm Y tế đã tiêm chủng đầy đủ cho 1.096 trẻ; so với cùng kỳ năm 2024 (1.180 trẻ), số trẻ tiêm chủng giảm 84 trẻ.')).toEqual([]);
    expect(await run('Trạm Y tế đã khám bệnh cho 1.096 người; so với cùng kỳ năm 2024 (1.180 trẻ), số trẻ tiêm chủng giảm 64 trẻ.')).toEqual([]);
  });
});
