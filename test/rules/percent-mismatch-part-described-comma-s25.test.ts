import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// "Trong số W X, có P X <how>, <one more noun>, chiếm S%": the part's description may hold one comma before a last short
// noun of a coordination. Written for this test; every ratio checked by hand.
describe('percent-mismatch: a part described with a comma before "chiếm" (s25)', () => {
  it('reads the share of the whole opening the sentence', async () => {
    // 150/240 = 62,5%, not 65,5%.
    await expectFindings(RULE, 'Trong số 240 lao động được đào tạo, có 150 lao động làm việc tại các xưởng may, cơ khí, chiếm 65,5%.',
      [{ messageId: 'percentMismatch', data: { stated: 65.5, num: 150, den: 240 } }]);
  });
  it('stays silent when the share agrees, or when a clause with its own count follows the comma', async () => {
    await expectNone(RULE, 'Trong số 240 lao động được đào tạo, có 150 lao động làm việc tại các xưởng may, cơ khí, chiếm 62,5%.');
    await expectNone(RULE, 'Trong số 240 lao động được đào tạo, có 150 lao động làm việc tại các xưởng may, 60 lao động tự tạo việc làm, chiếm 65,5%.');
  });
});
