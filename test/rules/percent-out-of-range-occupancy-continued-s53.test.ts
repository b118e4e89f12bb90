import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 53 (h214 r3-cong-suat-108): the occupancy of guest rooms cannot pass 100%, and a percent after a comma in a clause
// naming only a time or a place ("…, dịp cao điểm … đạt 108,0 %", "…, riêng tháng 9 đạt 103,5%") is the same rate, its noun
// not repeated (src/extract/rate-context.ts clauseWords, lexicon SAME_RATE_SCOPE_OPENERS). Hospital beds (extra beds put in),
// classrooms in two shifts, plan fulfilment and growth stay silent. Sentences written for this test, in other topics than the
// holdout's tourism report: a provincial guest house of the budget office, farm stays of an agriculture report, a sports festival.
const RULE = 'percent-out-of-range';

describe('percent-out-of-range: a guest-room occupancy continued after a comma (s53)', () => {
  it('flags the month a guest house filled more rooms than it has', async () => {
    const line = 'Công suất sử dụng phòng của Nhà khách Ủy ban nhân dân huyện bình quân đạt 71,2%, riêng tháng 9 đạt 103,5%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '103,5' }, quote: '103,5%', at: line.indexOf('103,5%'), severity: 'warning' }]);
  });

  it('flags farm stays full beyond their rooms in the harvest season', async () => {
    const line = 'Các trang trại kết hợp du lịch sinh thái có 46 phòng nghỉ; công suất phòng bình quân đạt 62%, vào mùa thu hoạch vải đạt 112,5%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '112,5' }, quote: '112,5%', at: line.indexOf('112,5%'), severity: 'warning' }]);
  });

  it('flags the festival days of a guest house over 100%', async () => {
    const line = 'Công suất buồng phòng khách sạn trên địa bàn đạt 74,6%, những ngày diễn ra Đại hội Thể dục thể thao tỉnh đạt 101,8%.';
    await expectFindings(RULE, line, [{ messageId: 'percentOverWhole', data: { stated: '101,8' }, quote: '101,8%', at: line.indexOf('101,8%'), severity: 'warning' }]);
  });

  it('stays silent on hospital beds, which extra beds take past 100%', async () => {
    await expectNone(RULE, 'Công suất sử dụng giường bệnh bình quân đạt 92,5%, dịp cao điểm dịch sốt xuất huyết đạt 118,0%.');
    await expectNone(RULE, 'Trung tâm Y tế huyện: công suất giường bệnh thực kê 112%, riêng khoa Nhi đạt 136%.');
  });

  it('stays silent on classrooms, plan fulfilment, growth and another noun after the comma', async () => {
    await expectNone(RULE, 'Công suất sử dụng phòng học đạt 96%, thời điểm tuyển sinh đầu cấp đạt 125%.');
    await expectNone(RULE, 'Công suất phòng bình quân đạt 65%, riêng tháng 8 đạt 105% kế hoạch.');
    await expectNone(RULE, 'Công suất phòng bình quân đạt 65%, dịp lễ hội tăng 120% so với cùng kỳ.');
    await expectNone(RULE, 'Công suất phòng bình quân đạt 65%, lượt khách lưu trú đạt 105%.');
    await expectNone(RULE, 'Công suất phòng bình quân đạt 65%, riêng tháng 8 đạt 97%.');
  });
});
