import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A rate's way of change claimed with no figure, against the rate stated with its earlier value (src/extract/claims-prior-direction.ts).
const RULE = 'claim-mismatch';
const run = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.messageId === 'directionMismatch');
const FACTS = 'I. KẾT QUẢ\nHọc sinh tốt nghiệp trung học cơ sở 212 em. Học sinh vào lớp 10 công lập 171 em, tỷ lệ 80,7% (cùng kỳ năm 2024 là 84,1%); học nghề 25 em.\n';

describe('claim-mismatch: "tỷ lệ X tăng/giảm so với cùng kỳ" against the rate stated with its earlier value', () => {
  it('flags the way the stated rate did not go: 84,1% → 80,7% is a fall', async () => {
    const f = await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh lớp 9 vào lớp 10 công lập tiếp tục tăng so với cùng kỳ; công tác phổ cập được duy trì.`);
    expect(f.map((x) => [x.data.verb, x.data.base, x.data.value])).toEqual([['tăng', 84.1, 80.7]]);
  });
  it('stays silent on the way it went, another subject, a negated or hedged claim, or another earlier period', async () => {
    expect(await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh vào lớp 10 công lập giảm so với cùng kỳ.`)).toEqual([]);
    // Another subject: vocational training is not the rate stated.
    expect(await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh học nghề tăng so với cùng kỳ.`)).toEqual([]);
    expect(await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh vào lớp 10 công lập không tăng so với cùng kỳ.`)).toEqual([]);
    expect(await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh vào lớp 10 công lập cơ bản tăng so với cùng kỳ.`)).toEqual([]);
    expect(await run(`${FACTS}II. ĐÁNH GIÁ\nTỷ lệ học sinh vào lớp 10 công lập tăng so với năm trước.`)).toEqual([]);
  });
});
