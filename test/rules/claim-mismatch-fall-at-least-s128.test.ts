import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'claim-mismatch';

// "giảm hơn N lần so với … (B)": the base at least N times the current, read one decimal finer than stated. Written for this
// test; every ratio checked by hand.
describe('claim-mismatch: a fall by at least a multiple (s128)', () => {
  it('flags a base less than that many times the current', async () => {
    // 9,5/3,6 = 2,64 → 2,6: not more than 3 times.
    await expectFindings(RULE, 'Diện tích rừng bị sâu róm hại 3,6 ha, giảm hơn 3 lần so với năm 2024 (9,5 ha).',
      [{ messageId: 'fallMismatch', data: { stated: 3, base: 9.5, value: 3.6, actual: 2.6 } }]);
  });
  it('stays silent when the base is that many times the current or more, and on a plain "giảm N lần"', async () => {
    // 9,5/2,9 = 3,28.
    await expectNone(RULE, 'Diện tích rừng bị sâu róm hại 2,9 ha, giảm hơn 3 lần so với năm 2024 (9,5 ha).');
    // 12/4 = 3,0 exactly: "trên 3 lần" is met at the decimal read.
    await expectNone(RULE, 'Số vụ cháy rừng là 4 vụ, giảm trên 3 lần so với năm 2024 (12 vụ).');
    // Plain "giảm 3 lần" (÷3 or ÷4 by the writer's reading): not read.
    await expectNone(RULE, 'Diện tích rừng bị sâu róm hại 3,6 ha, giảm 3 lần so với năm 2024 (9,5 ha).');
  });
});
