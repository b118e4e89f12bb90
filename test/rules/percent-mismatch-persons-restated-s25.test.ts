import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// "Số <noun> <words> (trong năm) là W người; … P người, đạt S% số người <words>": the whole the share names restates the
// counted noun as "người", the count's own unit. Written for this test; every ratio checked by hand.
describe('percent-mismatch: a whole of people named again with "người" (s25)', () => {
  it('reads the share of the count stated under the fuller noun', async () => {
    // 432/540 = 80,0%, not 84,0%.
    await expectFindings(RULE, 'Số hội viên vay vốn trong năm là 540 người; đã trả nợ đúng hạn 432 người, đạt 84,0% số người vay vốn.',
      [{ messageId: 'percentMismatch', data: { stated: 84, num: 432, den: 540 } }]);
  });
  it('stays silent when the share agrees, or when the words after the noun differ', async () => {
    await expectNone(RULE, 'Số hội viên vay vốn trong năm là 540 người; đã trả nợ đúng hạn 432 người, đạt 80,0% số người vay vốn.');
    await expectNone(RULE, 'Số hội viên vay vốn trong năm là 540 người; đã trả nợ đúng hạn 432 người, đạt 84,0% số người đăng ký vay.');
  });
});
