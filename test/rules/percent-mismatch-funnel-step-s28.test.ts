import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// "A N <noun>, B M <noun>, có K <noun> <selected>, chiếm X%": the share of the last step of a selection is of a step before it.
// Written for this test; every share checked by hand.
describe('percent-mismatch: the share of the last step of a selection (s28)', () => {
  it('flags a share no step before gives, against the step right before', async () => {
    // 21/35 = 60%; 21/40 = 52,5%; 64% is neither.
    await expectFindings(RULE, 'Xã rà soát 40 hộ, khảo sát thực tế 35 hộ, có 21 hộ đủ điều kiện hỗ trợ nhà ở, chiếm 64%.',
      [{ messageId: 'percentMismatch', data: { num: 21, den: 35 } }]);
  });
  it('stays silent when the share fits any step before', async () => {
    await expectNone(RULE, 'Xã rà soát 40 hộ, khảo sát thực tế 35 hộ, có 21 hộ đủ điều kiện hỗ trợ nhà ở, chiếm 60%.');
    await expectNone(RULE, 'Xã rà soát 40 hộ, khảo sát thực tế 35 hộ, có 21 hộ đủ điều kiện hỗ trợ nhà ở, chiếm 52,5%.');
    // Another noun before: no step of the same things, nothing read.
    await expectNone(RULE, 'Xã rà soát 40 thôn, có 21 hộ đủ điều kiện hỗ trợ nhà ở, chiếm 64%.');
  });
});
