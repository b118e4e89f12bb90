import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'changeMismatch');
const FACTS = 'I. KẾT QUẢ\n- Số hợp tác xã nông nghiệp đến cuối năm 48 hợp tác xã, tăng 6 hợp tác xã so với năm 2024; doanh thu bình quân 2,1 tỷ đồng.\n';
const claim = (words: string) => `${FACTS}II. ĐÁNH GIÁ CHUNG\nNăm 2025, ${words}; đời sống nhân dân được cải thiện.`;

describe('claim-mismatch: a change bounded from below ("tăng trên 15%") against the count and change stated elsewhere', () => {
  it('flags a bound the stated count and change fall short of', async () => {
    // Hand-checked: 48 now, 6 more than in 2024, so 42 then: +14,3%, short of "trên 20%"; "trên 10%" holds.
    const f = await run(claim('số hợp tác xã nông nghiệp tăng trên 20% so với năm 2024'));
    expect(f.map((x) => [x.data.stated, x.data.base, x.data.value, x.data.actual])).toEqual([[20, 42, 48, 14.3]]);
    expect(await run(claim('số hợp tác xã nông nghiệp tăng trên 10% so với năm 2024'))).toEqual([]);
  });

  it('says nothing of another year compared, the other way, or a subject no count is stated for', async () => {
    expect(await run(claim('số hợp tác xã nông nghiệp tăng trên 20% so với năm 2020'))).toEqual([]);
    expect(await run(claim('số hợp tác xã nông nghiệp giảm trên 20% so với năm 2024'))).toEqual([]);
    expect(await run(claim('số tổ hợp tác tăng trên 20% so với năm 2024'))).toEqual([]);
  });
});
