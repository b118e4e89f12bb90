import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 56 (h227): a fraction the writer multiplies on below the line ("a/b x c") is a formula a/(b·c), a load against a
// capacity, not the part a over the whole b; a percent it evaluates to is confirmed by it (src/extract/read-figures.ts,
// Figure.factors). A rate word that names nothing of its own ("X đạt tỷ lệ cao nhất (…)") is the rate the sentence's earlier
// clauses tell, across ";": plan fulfilment there passes 100% (src/extract/rate-context.ts bareRateHead). Sentences written for
// this test, in other topics than the holdout's hospital beds and drain dredging: farm machines, school rooms, boilers,
// cooperatives, the budget.
const RULE = 'percent-out-of-range';

describe('percent-out-of-range: a formula over a product, and a bare rate ranked after a plan fulfilled (s56)', () => {
  it('stays silent on a formula over machines times hours that evaluates to the rate', async () => {
    // 2.484 / (12 × 200 = 2.400) = 103,5%.
    await expectNone(RULE, 'Hệ số sử dụng máy gặt đập liên hợp đạt 103,5% (2.484 giờ/12 máy x 200 giờ).');
    // 1.800 / (12 × 120 = 1.440) = 125%.
    await expectNone(RULE, 'Tỷ lệ sử dụng phòng học bộ môn đạt 125% (1.800 tiết/12 phòng nhân 120 tiết).');
    // 9.378 / (3 × 3.000 = 9.000) = 104,2%.
    await expectNone(RULE, 'Tỷ lệ huy động lò hơi đạt 104,2% (9.378 tấn/(3 lò × 3.000 tấn)).');
  });

  it('still flags a share its fraction times 100 shows over its whole', async () => {
    // 1.230 > 1.200 households: "x 100" only turns the fraction into a percent, 102,5%.
    const line = 'Tỷ lệ hộ có nước sạch = 1.230/1.200 x 100 = 102,5%.';
    await expectFindings(RULE, line, [
      { messageId: 'fractionOverWhole', data: { num: 1230, den: 1200 }, quote: '1.230/1.200', at: line.indexOf('1.230') },
      { messageId: 'percentOverWhole', data: { stated: '102,5' }, quote: '102,5%', at: line.indexOf('102,5%') },
    ]);
  });

  it('still flags a share over 100% whose own formula evaluates under it', async () => {
    // 8.640 / (30 × 300 = 9.000) = 96%, not 106%: attendance cannot pass the sessions held.
    const line = 'Tỷ lệ học sinh đi học chuyên cần đạt 106% (8.640 lượt/30 học sinh x 300 buổi).';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '106' }, quote: '106%', at: line.indexOf('106%') }]);
  });

  it('stays silent on a bare rate ranked after the plan all outdid', async () => {
    await expectNone(RULE, 'Cả 12 hợp tác xã đều hoàn thành vượt kế hoạch sản lượng; HTX Đông Hòa đạt tỷ lệ cao nhất (131,2%), HTX Tây Sơn đạt thấp nhất (102,7%).');
    await expectNone(RULE, 'Các xã đều thu vượt dự toán ngân sách; xã Tân Lập có tỷ lệ cao nhất (145,6%).');
  });

  it('still flags a rate naming its own share, a ranking with no plan before it, and a head with its own percent', async () => {
    const named = 'Các thôn đều hoàn thành kế hoạch; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 104%.';
    await expectFindings(RULE, named, [{ messageId: 'percentOverWhole', data: { stated: '104' }, quote: '104%', at: named.indexOf('104%') }]);
    const survey = 'Đoàn khảo sát 8 trường học; trường Kim Đồng đạt tỷ lệ cao nhất (104,5%).';
    await expectFindings(RULE, survey, [{ messageId: 'percentOverWhole', data: { stated: '104,5' }, quote: '104,5%', at: survey.indexOf('104,5%') }]);
    // The head states the share itself (98,5%); the hamlet's 104,2% is that share.
    const head = 'Tỷ lệ hộ dùng nước sạch đạt 98,5%, vượt kế hoạch; thôn Bắc có tỷ lệ cao nhất (104,2%).';
    await expectFindings(RULE, head, [{ messageId: 'percentOverWhole', data: { stated: '104,2' }, quote: '104,2%', at: head.indexOf('104,2%') }]);
  });
});
