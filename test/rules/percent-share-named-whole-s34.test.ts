import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test, in other words and numbers than any fixture; every ratio checked by hand.
describe('percent-out-of-range: a percent reached of a total of counted things it names (s34)', () => {
  const RULE = 'percent-out-of-range';
  it('flags a share over 100% of a named total though the counted things "completed" something', async () => {
    await expectFindings(RULE, 'Tỷ lệ hộ kinh doanh đã hoàn thành việc kê khai lệ phí môn bài đạt 107,4% tổng số hộ kinh doanh trên địa bàn.',
      [{ messageId: 'percentOverWhole' }]);
    await expectFindings(RULE, 'Số học sinh hoàn thành chương trình bơi an toàn đạt 112% tổng số học sinh khối 4.',
      [{ messageId: 'percentOverWhole' }]);
  });
  it('stays silent on fulfilment and on a total of a plan, another time or a comparison', async () => {
    // Fulfilment of a plan, no total of counted things named.
    await expectNone(RULE, 'Tỷ lệ hộ hoàn thành kê khai lệ phí môn bài đạt 107,4% kế hoạch.');
    // The total named is the assigned number, or last year's: may be beaten.
    await expectNone(RULE, 'Số hộ hoàn thành kê khai đạt 107,4% tổng số hộ được giao.');
    await expectNone(RULE, 'Số hộ hoàn thành kê khai đạt 104% tổng số hộ năm trước.');
    await expectNone(RULE, 'So với cùng kỳ, số hộ hoàn thành kê khai đạt 104% tổng số hộ kê khai.');
    // The named total answers the first percent; the later one is a plan's fulfilment and may pass 100%.
    await expectNone(RULE, 'Đã tiêm nhắc cho 1.540 trẻ, đạt 92,6% tổng số trẻ trong độ tuổi và đạt 108,5% kế hoạch năm (kế hoạch 1.419 trẻ).');
  });
});

describe('percent-mismatch: a share handed over after a bound the counted things passed (s34)', () => {
  const RULE = 'percent-mismatch';
  it('pairs the fraction with the share after "đạt trên X% dự toán …, chiếm"', async () => {
    // 7/12 = 58,3%, not 62,5%.
    await expectFindings(RULE, 'Có 7/12 đơn vị sự nghiệp đạt trên 60% dự toán chi được giao, chiếm 62,5%; các đơn vị còn lại giải ngân chậm.',
      [{ messageId: 'percentMismatch', data: { num: 7, den: 12 } }]);
    await expectFindings(RULE, 'Có 5/8 phường đạt từ 70% kế hoạch thu trở lên, chiếm 65,5%.',
      [{ messageId: 'percentMismatch', data: { num: 5, den: 8 } }]);
  });
  it('stays silent when the share fits, or the percent after the bound is no share handed over', async () => {
    await expectNone(RULE, 'Có 7/12 đơn vị sự nghiệp đạt trên 60% dự toán chi được giao, chiếm 58,3%; các đơn vị còn lại giải ngân chậm.');
    // A bound with nothing handed over after it: the second percent is a plan's, no share of the fraction.
    await expectNone(RULE, 'Có 7/12 đơn vị sự nghiệp đạt trên 60% dự toán chi được giao, bằng 62,5% kế hoạch năm.');
    // A bound after its verb with no plan word: left unpaired as before.
    await expectNone(RULE, 'Có 7/12 đơn vị đạt trên 60%, chiếm 62,5%.');
  });
});
