import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "So với năm 2022 (40 lượt), số tái phạm giảm 06 lượt": a leading bracket naming its value by the claim amount's unit
// alone. The current value must be the one the sentence before names by the subject itself right after the unit, not any
// value in the unit. Sentences and figures written for this test.
const RULE = 'claim-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác tuyên truyền được duy trì thường xuyên.'].join('\n');

describe('claim-mismatch: a leading base named by the unit only, its current value named by the subject (s36)', () => {
  it('flags a change the two values do not bear', async () => {
    // 46 − 40 = +6: a rise, said to be a fall.
    await expectFindings(RULE, report('Đoàn kiểm tra liên ngành đã kiểm tra 215 hộ kinh doanh, ghi nhận 46 lượt tái phạm. So với năm 2022 (40 lượt), số tái phạm giảm 06 lượt, phần lớn là bày bán hàng lấn chiếm vỉa hè.'), [
      { messageId: 'changeMismatch', quote: '06' },
    ]);
  });

  it('says nothing when the change is right', async () => {
    await expectNone(RULE, report('Đoàn kiểm tra liên ngành đã kiểm tra 215 hộ kinh doanh, ghi nhận 46 lượt tái phạm. So với năm 2022 (40 lượt), số tái phạm tăng 06 lượt, phần lớn là bày bán hàng lấn chiếm vỉa hè.'));
  });

  it('says nothing when the value before only shares the unit or names the subject among more words', async () => {
    // 52 is a part ("trong đó"), 18 a narrower count: neither is the subject's own value.
    await expectNone(RULE, report('Tổng dư nợ cho vay ưu đãi là 310 triệu đồng, trong đó nợ quá hạn trên 6 tháng 52 triệu đồng. So với đầu năm (61 triệu đồng), số nợ giảm 05 triệu đồng, tức giảm 8,2%.'));
    await expectNone(RULE, report('Đã cấp đổi 230 lượt, trong đó cấp đổi giấy tờ tái phạm hành chính 18 lượt. So với năm 2022 (40 lượt), số tái phạm giảm 06 lượt.'));
  });
});
