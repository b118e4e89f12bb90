import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'parts-sum-mismatch';

// A ratio named after a breakdown ("tỷ số giới tính khi sinh là 114") is no part: the breakdown is summed without it.
describe('parts-sum-mismatch: a ratio, an index or a density named after the parts', () => {
  it('sums the parts before it', async () => {
    // 41 + 36 = 77.
    await expectNone(RULE, 'Quý I có 77 trẻ được sinh ra, gồm 41 trẻ trai và 36 trẻ gái, tỷ số giới tính khi sinh là 114.');
    // Hand-checked: 41 + 46 = 87 ≠ 77, the ratio left out.
    await expectFindings(RULE, 'Quý I có 77 trẻ được sinh ra, gồm 41 trẻ trai và 46 trẻ gái, tỷ số giới tính khi sinh là 114.', [
      { messageId: 'partsSumMismatch', data: { sum: 87, whole: 77 } },
    ]);
  });
});
