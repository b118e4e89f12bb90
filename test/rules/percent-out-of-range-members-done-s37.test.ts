import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "tỷ lệ <members> hoàn thành <their deed> đạt N%": "hoàn thành" tells what the members did, a share of them, no plan
// fulfilled (src/extract/rate-context.ts MEMBERS_DONE, lexicon MEMBERS_DONE_VERBS). Sentences written for this test.
const RULE = 'percent-out-of-range';
const report = (line: string) => ['BÁO CÁO', 'Kết quả công tác năm 2025', '', 'I. KẾT QUẢ', line].join('\n');

describe('percent-out-of-range: members who completed a deed are a share, not a plan fulfilled (s37)', () => {
  it('flags a share of members who completed their deed over 100%', async () => {
    await expectFindings(RULE, report('Tỷ lệ cán bộ công chức xã hoàn thành khóa tập huấn kỹ năng số đạt 103,6%.'), [
      { messageId: 'percentOverWhole', data: { stated: '103,6' } },
    ]);
  });

  it('says nothing of a plan, a duty or a value completed', async () => {
    // Look-alikes: what is completed is the plan or the duty, or "hoàn thành" leads the value itself.
    await expectNone(RULE, report('Tỷ lệ các xã hoàn thành kế hoạch thu ngân sách đạt 103,6%.'));
    await expectNone(RULE, report('Tỷ lệ hợp tác xã hoàn thành nhiệm vụ được giao đạt 103,6%.'));
    await expectNone(RULE, report('Thu ngân sách trên địa bàn hoàn thành 103,6% dự toán.'));
    await expectNone(RULE, report('Tỷ lệ hoàn thành đạt 103,6%.'));
  });
});
