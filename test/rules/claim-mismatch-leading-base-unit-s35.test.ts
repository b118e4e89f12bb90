import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "So với năm 2025 (31 lượt), số vi phạm giảm 05 lượt": a claim after a leading bracketed base whose subject does not name
// the base's noun ("lượt"), its own amount's unit does. Sentences and figures written for this test.
const RULE = 'claim-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác kiểm tra được duy trì thường xuyên.'].join('\n');

describe('claim-mismatch: a leading base named by the claim amount\'s unit (s35)', () => {
  it('flags a change the two values do not bear', async () => {
    // 36 − 31 = +5: a rise, said to be a fall.
    await expectFindings(RULE, report('Đội kiểm tra liên ngành đã kiểm tra 96 cơ sở, ghi nhận 36 lượt vi phạm về an toàn thực phẩm. So với năm 2025 (31 lượt), số vi phạm giảm 05 lượt, chủ yếu là thiếu giấy khám sức khỏe.'), [
      { messageId: 'changeMismatch', quote: '05' },
    ]);
  });

  it('says nothing when the change is right, or the bracket holds another count as well', async () => {
    await expectNone(RULE, report('Đội kiểm tra liên ngành đã kiểm tra 96 cơ sở, ghi nhận 36 lượt vi phạm về an toàn thực phẩm. So với năm 2025 (31 lượt), số vi phạm tăng 05 lượt, chủ yếu là thiếu giấy khám sức khỏe.'));
    await expectNone(RULE, report('Đội kiểm tra liên ngành đã kiểm tra 96 cơ sở, ghi nhận 36 lượt vi phạm về an toàn thực phẩm. So với năm 2025 (31 lượt tái phạm), số vi phạm giảm 05 lượt.'));
  });
});
