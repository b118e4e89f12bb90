import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'garbled-number';

// Session 39: "các loại" (of every kind) before a number names no class, as "loại 2" does; the number with a doubled mark
// after it is an amount. Sentences written for this test.
describe('garbled-number: a doubled mark after "các loại"', () => {
  it('reports the broken number of an amount of every kind', async () => {
    await expectFindings(RULE, 'Trong năm đã cung ứng phân bón các loại 1.642,,8 tấn cho bà con.', [
      { messageId: 'malformedNumber', data: { raw: '1.642,,8', unit: 'tấn' }, quote: '1.642,,8 tấn' },
    ]);
    await expectFindings(RULE, 'Thu gom rác thải nhiều loại 36,,5 tấn mỗi tháng.', [{ messageId: 'malformedNumber', data: { raw: '36,,5' } }]);
  });

  it('leaves a class named by its number alone', async () => {
    await expectNone(RULE, 'Hộ được xếp loại 2.1.3 hộ khá theo tiêu chí của xã.');
  });
});

// A figure read from a doubled mark is garbled-number's alone: no percent or sum is judged by the guess.
describe('other rules on a figure read from a doubled mark', () => {
  it('judge no percent by it', async () => {
    await expectNone('percent-mismatch', 'Có 17/20 hộ được hỗ trợ cây giống, đạt 8,,5%.');
    await expectFindings(RULE, 'Có 17/20 hộ được hỗ trợ cây giống, đạt 8,,5%.', [{ messageId: 'malformedNumber', data: { raw: '8,,5' } }]);
  });
});
