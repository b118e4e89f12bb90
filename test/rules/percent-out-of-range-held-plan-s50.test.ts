import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Tỷ lệ <counted things> có/lập/được phê duyệt <plan> …": the plan is what each thing has, no base the rate is measured
// against, so the rate is a share of the things and cannot pass 100% (src/extract/rate-context.ts, lexicon
// PLAN_HOLDING_VERBS). A plan, estimate or growth the rate is set against ("đạt 104% kế hoạch vốn", "120% dự toán", "so với
// năm trước") still lets it pass 100%, and so does a rate of something not counted. Guest rooms' occupancy ("công suất
// buồng phòng") cannot pass 100% either and is told as a warning; beds and classrooms may (extra beds, two shifts).
// Sentences written for this test, in topics other than the holdout's (public investment, tourism).
const RULE = 'percent-out-of-range';

describe('percent-out-of-range: a share of things that hold a plan of their own (s50)', () => {
  it('flags schools having an approved plan at over 100%', async () => {
    const line = 'Tỷ lệ trường có kế hoạch giáo dục được phê duyệt đúng hạn đạt 108,3%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '108,3' }, quote: '108,3%', at: line.indexOf('108,3%'), severity: 'error' }]);
  });

  it('flags health stations that drew up a plan at over 100%, the things named in several words', async () => {
    const line = 'Tỷ lệ trạm y tế xây dựng kế hoạch phòng chống dịch bệnh mùa hè đạt 125%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '125' }, quote: '125%', at: line.indexOf('125%') }]);
  });

  it('flags farm households with an approved production plan at over 100%', async () => {
    const line = 'Tỷ lệ hộ có kế hoạch sản xuất vụ đông được phê duyệt đạt 112,5%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '112,5' }, quote: '112,5%', at: line.indexOf('112,5%') }]);
  });

  it('stays silent on rates against a plan, an estimate or a past value, and on things not counted', async () => {
    await expectNone(RULE, 'Tỷ lệ giải ngân vốn đầu tư công đạt 104% kế hoạch vốn.');
    await expectNone(RULE, 'Thu ngân sách xã đạt 120% dự toán huyện giao.');
    await expectNone(RULE, 'Tỷ lệ hộ có kế hoạch sản xuất đạt 116,7% kế hoạch năm.');
    await expectNone(RULE, 'Tỷ lệ trường có kế hoạch giáo dục được phê duyệt bằng 112% so với năm học trước.');
    await expectNone(RULE, 'Tỷ lệ hộ tham gia bảo hiểm y tế theo kế hoạch đạt 104%.');
    await expectNone(RULE, 'Tỷ lệ đất có kế hoạch sử dụng được phê duyệt đạt 105%.');
  });
});

describe('percent-out-of-range: guest rooms cannot be occupied over 100% (s50)', () => {
  it('warns on guest rooms\' occupancy over 100%', async () => {
    const line = 'Dịp Tết Nguyên đán, công suất buồng phòng các khách sạn trên địa bàn đạt 103,2%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '103,2' }, quote: '103,2%', at: line.indexOf('103,2%'), severity: 'warning' }]);
  });

  it('stays silent on beds, classrooms, and room occupancy against a plan or a past value', async () => {
    await expectNone(RULE, 'Công suất sử dụng giường bệnh của Trung tâm Y tế đạt 118,6%.');
    await expectNone(RULE, 'Công suất sử dụng phòng học đạt 125% do học hai ca.');
    await expectNone(RULE, 'Công suất phòng bình quân bằng 108% cùng kỳ.');
    await expectNone(RULE, 'Công suất phòng đạt 104% kế hoạch.');
    await expectNone(RULE, 'Công suất phòng bình quân đạt 64,5%, tăng 3,2 điểm phần trăm so với cùng kỳ.');
  });
});
