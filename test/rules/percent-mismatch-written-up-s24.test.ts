import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'percent-mismatch';

// Violations written up ("lập biên bản") are the cases a sanction is then decided on: the share after the sanctioned count
// is of the cases written up. The clause of what was done may open with the words of issuing a decision.
describe('percent-mismatch: a share of the violations written up', () => {
  it('reads "lập biên bản N …, (ban hành quyết định) xử phạt M …, đạt P%" as M/N', async () => {
    // Hand-checked: 52/64 = 81,25%, not 85,3%.
    await expectFindings(RULE, 'Trong quý, Tổ công tác đã lập biên bản 64 trường hợp vi phạm, ra quyết định xử phạt 52 trường hợp, đạt 85,3%.', [{ messageId: 'percentMismatch', data: { stated: 85.3, num: 52, den: 64 } }]);
    // A time phrase before a subject in lower case. Hand-checked: 45/60 = 75%, not 57%.
    await expectFindings(RULE, 'Trong năm, lực lượng quản lý thị trường đã lập biên bản 60 trường hợp, xử phạt 45 trường hợp, đạt 57%.', [{ messageId: 'percentMismatch', data: { stated: 57, num: 45, den: 60 } }]);
    // Hand-checked: 27/40 = 67,5%, not 76,5%.
    await expectFindings(RULE, 'Công an xã lập biên bản 40 trường hợp vi phạm, xử phạt 27 trường hợp, đạt 76,5%.', [{ messageId: 'percentMismatch', data: { stated: 76.5, num: 27, den: 40 } }]);
  });

  it('stays silent when the share agrees, or when the share is of something else', async () => {
    await expectNone(RULE, 'Trong quý, Tổ công tác đã lập biên bản 64 trường hợp vi phạm, ra quyết định xử phạt 52 trường hợp, đạt 81,3%.');
    // A verb phrase of more words than a deed's, no decision words: not read as the deed done of the cases written up.
    await expectNone(RULE, 'Công an xã lập biên bản 40 trường hợp, đề nghị cấp trên xem xét xử lý 27 trường hợp, đạt 76,5%.');
    // Another noun counted in the second clause: no share of the first is read.
    await expectNone(RULE, 'Công an xã lập biên bản 40 trường hợp vi phạm, thu giữ 27 phương tiện, đạt 76,5% kế hoạch.');
  });
});
