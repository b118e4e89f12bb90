import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'claim-mismatch';

// "tăng hơn 10% so với cùng kỳ (X)": a percent change after "hơn" / "trên" is a lower bound; a change below it (at the stated
// decimals) contradicts it. Written for this test; every change checked by hand.
describe('claim-mismatch: a percent change stated as a lower bound (s128)', () => {
  it('flags a change smaller than the bound', async () => {
    // 1.870/1.760 = +6,25% → 6%, not more than 10%.
    await expectFindings(RULE, 'Diện tích rừng trồng mới đạt 1.870 ha, tăng hơn 10% so với cùng kỳ năm 2024 (1.760 ha).',
      [{ messageId: 'changeMismatch', data: { stated: 10, base: 1760, value: 1870 } }]);
    // 412 → 380: −7,8% → 8%, not more than 15%.
    await expectFindings(RULE, 'Số vụ vi phạm lâm luật là 380 vụ, giảm trên 15% so với năm 2024 (412 vụ).',
      [{ messageId: 'changeMismatch', data: { stated: 15, base: 412, value: 380 } }]);
  });
  it('stays silent on a change at least as large, and on other hedges', async () => {
    // +12,5%: more than 10%.
    await expectNone(RULE, 'Diện tích rừng trồng mới đạt 1.980 ha, tăng hơn 10% so với cùng kỳ năm 2024 (1.760 ha).');
    // "khoảng" is an estimate, not a bound: unread.
    await expectNone(RULE, 'Diện tích rừng trồng mới đạt 1.870 ha, tăng khoảng 10% so với cùng kỳ năm 2024 (1.760 ha).');
  });
});
