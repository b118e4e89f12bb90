import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'repeated-value-conflict';

// Session 45 (holdout202): the members of one group ("N tổ … với M thành viên") told in full in the results and short among
// the tasks ahead, the group kept as it is ("Duy trì …"): one quantity. Sentences written for this test (reconciliation teams).
const doc = (result: string, task: string) =>
  `BÁO CÁO\nI. KẾT QUẢ\n1. Hòa giải ở cơ sở\n${result}\nII. NHIỆM VỤ QUÝ IV/2025\n${task}\n`;
const RESULT = 'Thực hiện Luật Hòa giải ở cơ sở năm 2013, xã đã củng cố 11 tổ hòa giải ở cơ sở thôn, bản với 77 hòa giải viên, trong đó 70 hòa giải viên đã được bồi dưỡng, chiếm 90,9%.';

describe('repeated-value-conflict: a group\'s members told in full and short, kept among the tasks (s45)', () => {
  it('flags 77 and 71 members of the same 11 teams', async () => {
    // Hand-checked: the same 11 teams ("tổ hòa giải ở cơ sở thôn, bản" and "tổ hòa giải ở cơ sở") with 77 and 71 members.
    await expectFindings(RULE, doc(RESULT, '- Duy trì hoạt động của 11 tổ hòa giải ở cơ sở với 71 hòa giải viên; tổ chức bồi dưỡng cho hòa giải viên mới.'), [
      { messageId: 'repeatedValueConflict', data: { value: '71', other: '77' }, quote: '71' },
    ]);
  });

  it('stays silent for the same members, a group of another count, and a target of members', async () => {
    await expectNone(RULE, doc(RESULT, '- Duy trì hoạt động của 11 tổ hòa giải ở cơ sở với 77 hòa giải viên; tổ chức bồi dưỡng cho hòa giải viên mới.'));
    await expectNone(RULE, doc(RESULT, '- Duy trì hoạt động của 12 tổ hòa giải ở cơ sở với 71 hòa giải viên; tổ chức bồi dưỡng cho hòa giải viên mới.'));
    await expectNone(RULE, doc(RESULT, '- Kiện toàn 11 tổ hòa giải ở cơ sở với 85 hòa giải viên; tổ chức bồi dưỡng cho hòa giải viên mới.'));
  });
});
