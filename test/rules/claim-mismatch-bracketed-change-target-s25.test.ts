import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'claim-mismatch';

// "vượt chỉ tiêu <whose words> (giảm T%)": the bracket closing the long name of whose target it is may open with the target's
// change verb. Written for this test; every value checked by hand.
describe('claim-mismatch: a target of change in the bracket after a long target name (s25)', () => {
  it('flags a change that falls short of the bracketed target of change', async () => {
    // 3,1% < 3,5%: the claimed pass of the target is false.
    await expectFindings(RULE, 'Tỷ lệ hộ cận nghèo giảm 3,1%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ xã đề ra cho cả nhiệm kỳ (giảm 3,5%).',
      [{ messageId: 'targetMismatch', data: { value: 3.1, target: 3.5 } }]);
  });
  it('stays silent when the change passes the target', async () => {
    await expectNone(RULE, 'Tỷ lệ hộ cận nghèo giảm 3,8%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ xã đề ra cho cả nhiệm kỳ (giảm 3,5%).');
  });
});
