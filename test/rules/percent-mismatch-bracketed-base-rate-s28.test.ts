import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// "giảm N <unit> (cùng kỳ B <unit>), giảm X%": the earlier value in its own bracket is the rate's base, X = N/B.
// Written for this test; every rate checked by hand.
describe('percent-mismatch: a change rate after a bracketed earlier value (s28)', () => {
  it('flags a rate its change and base do not give', async () => {
    // 3/12 = 25%, not 30%.
    await expectFindings(RULE, 'Trong kỳ xảy ra 09 vụ cháy rừng. So với cùng kỳ, số vụ cháy giảm 03 vụ (cùng kỳ 12 vụ), giảm 30%.',
      [{ messageId: 'percentMismatch', data: { num: 3, den: 12 } }]);
    // 45/180 = 25%, not 22,5% (a year in the bracket).
    await expectFindings(RULE, 'Năm nay tiếp nhận 225 hồ sơ; so với cùng kỳ tăng 45 hồ sơ (cùng kỳ năm 2024: 180 hồ sơ), tăng 22,5%.',
      [{ messageId: 'percentMismatch', data: { num: 45, den: 180 } }]);
  });
  it('stays silent on a rate that fits, and on a rate of another way', async () => {
    // 3/12 = 25%.
    await expectNone(RULE, 'Trong kỳ xảy ra 09 vụ cháy rừng. So với cùng kỳ, số vụ cháy giảm 03 vụ (cùng kỳ 12 vụ), giảm 25%.');
    // Another verb after the bracket: another comparison, not read.
    await expectNone(RULE, 'Trong kỳ xảy ra 09 vụ cháy rừng. So với cùng kỳ, số vụ cháy giảm 03 vụ (cùng kỳ 12 vụ), đạt 30%.');
  });
});
