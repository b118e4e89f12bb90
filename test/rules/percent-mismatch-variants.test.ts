import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A wording-robustness study: short passages of many topics and phrasings, each checked by hand.
const run = async (text: string) => (await findingsOf('percent-mismatch', text + '\n')).filter((f) => f.severity !== 'info');

describe('percent-mismatch over topics and phrasings', () => {
  it.each([
    // [topic and phrasing, text, stated, part, whole]
    ['health, "A/B …, đạt X%"', 'Có 27/30 trạm y tế xã có bác sĩ làm việc, đạt 95%.', 95, 27, 30], // 90%
    // "giao thông" (traffic) between the fraction and its percent is no assignment: 11/14 = 78,6%, not 87,5%.
    ['transport, "A/B … về giao thông …, đạt X%"', 'Có 11/14 thôn đạt chuẩn về giao thông nông thôn, đạt 87,5%.', 87.5, 11, 14],
    ['health insurance, "A trên tổng số B …, chiếm X%"', 'Có 1.150 hộ trên tổng số 1.840 hộ tham gia bảo hiểm y tế, chiếm 65%.', 65, 1150, 1840], // 62,5%
    ['education, "tỷ lệ X% (A/B)"', 'Tỷ lệ trường đạt chuẩn quốc gia là 72,7% (16/24 trường).', 72.7, 16, 24], // 66,7%
    // 36 / 48 = 75%, not 57%: a kind of the whole's own noun ("đơn thư khiếu nại"), handed its share by "chiếm".
    ['complaints, "trong đó A <noun> <kind>, chiếm X%"', 'Tiếp nhận 48 đơn thư, trong đó 36 đơn thư khiếu nại về đất đai, chiếm 57%; 12 đơn thư tố cáo.', 57, 36, 48],
    ['labour, "trong đó A …, chiếm X%"', 'Tổng số lao động được đào tạo nghề là 640 người, trong đó lao động nữ 256 người, chiếm 45%.', 45, 256, 640], // 40%
    ['budget, money "trên tổng số"', 'Giải ngân 84 tỷ đồng trên tổng số 120 tỷ đồng vốn được giao, đạt 75%.', 75, 84e9, 120e9], // 70%
    ['security, "đạt tỷ lệ X%"', 'Đã điều tra làm rõ 38/45 vụ, đạt tỷ lệ 88,4%.', 88.4, 38, 45], // 84,4%
    ['forestry, "đạt X% kế hoạch (Z)" with a longer noun', 'Trồng mới 380 ha rừng tập trung, đạt 85% kế hoạch (400 ha).', 85, 380, 400], // 95%
    ['administrative reform, "trong đó … chiếm"', 'Tiếp nhận 2.400 hồ sơ, trong đó hồ sơ trực tuyến 1.560 hồ sơ, chiếm 60%.', 60, 1560, 2400], // 65%
    ['culture, "trong đó A <noun> …"', 'Toàn xã có 18 thôn, trong đó 15 thôn có nhà văn hóa đạt chuẩn, chiếm 80%.', 80, 15, 18], // 83,3%
    ['environment, "đạt X% (A/B)"', 'Tỷ lệ hộ sử dụng nước sạch đạt 82% (2.952/3.800 hộ).', 82, 2952, 3800], // 77,7%
    ['industry, bare "A trên B <noun>"', 'Có 42 trên 56 doanh nghiệp đã nộp báo cáo thống kê, đạt 70%.', 70, 42, 56], // 75%
    ['labour, "trong đó có … A, chiếm"', 'Tổng số lao động trong độ tuổi là 5.200 người, trong đó có việc làm 4.940 người, chiếm 90%.', 90, 4940, 5200], // 95%
    ['land, total first then the part', 'Tổng số hộ dân trên địa bàn 2.450 hộ, đã có 2.205 hộ được cấp giấy chứng nhận, đạt tỷ lệ 95%.', 95, 2205, 2450], // 90%
    ['nutrition, "A trẻ/B trẻ"', 'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 84 trẻ/1.200 trẻ, chiếm 8,5%.', 8.5, 84, 1200], // 7%
    ['health insurance, "Tỷ lệ …: X% (A/B người)"', '- Tỷ lệ dân số tham gia bảo hiểm y tế: 93,5% (17.200/18.600 người).', 93.5, 17200, 18600], // 92,5%
    ['complaints, "A/B …, đạt tỷ lệ X%"', 'Đã giải quyết 450/520 đơn thư khiếu nại, tố cáo, đạt tỷ lệ 90,5%.', 90.5, 450, 520], // 86,5%
    ['poverty, "chiếm X% tổng số hộ … (B hộ)"', 'Số hộ nghèo là 97 hộ, chiếm 5,35% tổng số hộ toàn xã (2.230 hộ).', 5.35, 97, 2230], // 4,35%
    ['water, "A/B …, chiếm X%"', 'Đến nay có 1.845/2.050 hộ dùng nước hợp vệ sinh, chiếm 92%.', 92, 1845, 2050], // 90%
    ['budget, "đạt X% dự toán năm (Z)"', 'Thu ngân sách 6 tháng được 28,5 tỷ đồng, đạt 75% dự toán năm (50 tỷ đồng).', 75, 28.5e9, 50e9], // 57%
    ['social protection, "A người/B người …, đạt X%"', 'Số người khuyết tật được hưởng trợ cấp là 312 người/340 người khuyết tật, đạt 93,8%.', 93.8, 312, 340], // 91,8%
    ['education, "; trong đó … A, tỷ lệ X%"', 'Tổng số giáo viên 212 người; trong đó đạt chuẩn trở lên 205 người, tỷ lệ 98,7%.', 98.7, 205, 212], // 96,7%
    // A rate after the last part of a "gồm" breakdown is the whole's: 1.260 / 1.200 = 105%, not 110%.
    ['health, "N, gồm A và B, đạt X% kế hoạch (Z)"', 'Khám sàng lọc cho 1.260 trẻ, gồm 700 trẻ mầm non và 560 trẻ tiểu học, đạt 110% kế hoạch (1.200 trẻ).', 110, 1260, 1200],
    // "Trong N <noun> …, có A <head noun> trao cho …, chiếm X%": the whole framed by a bare "trong" opening the sentence, the
    // part counting the whole's head noun and described at length before "chiếm": 84 / 560 = 15%, not 18%.
    ['social protection, "Trong N …, có A … trao cho …, chiếm X%"', 'Trong 560 phần quà đã trao, có 84 phần trao cho các gia đình có công với cách mạng, chiếm 18%; 120 phần trao cho trẻ em.', 18, 84, 560],
    // The other side of a fraction's split, its share in a bracket of its own: 9 / 240 = 3,75%, not 5,75%.
    ['food safety, "A/B … đạt; C … (chiếm X%)"', 'Kết quả có 231/240 mẫu nước đạt quy chuẩn, tỷ lệ 96,25%; 9 mẫu không đạt (chiếm 5,75%).', 5.75, 9, 240],
  ])('flags %s', async (_topic, text, stated, num, den) => {
    const f = await run(text);
    expect(f.map((x) => x.messageId)).toEqual(['percentMismatch']);
    expect(f[0].data).toMatchObject({ stated, num, den });
  });

  it.each([
    ['a right share of a kind of the whole\'s noun', 'Tiếp nhận 48 đơn thư, trong đó 36 đơn thư khiếu nại về đất đai, chiếm 75%; 12 đơn thư tố cáo.'],
    // "đạt" after a kind may be a rate of something else: not read.
    ['a kind handed a rate by "đạt"', 'Tiếp nhận 48 đơn thư, trong đó 36 đơn thư khiếu nại về đất đai, đạt 57%.'],
    ['a right share of a fraction', 'Có 27/30 trạm y tế xã có bác sĩ làm việc, đạt 90%.'],
    ['a right share of a whole framed by "Trong"', 'Trong 560 phần quà đã trao, có 84 phần trao cho các gia đình có công với cách mạng, chiếm 15%; 120 phần trao cho trẻ em.'],
    // "Trong 6 tháng" is a span, no whole: the 12 cases' share is of nothing stated.
    ['a span after "Trong", no whole', 'Trong 6 tháng đầu năm, có 12 vụ vi phạm trao cho cơ quan công an xử lý, chiếm 40%.'],
    ['a right complement share in a bracket', 'Kết quả có 231/240 mẫu nước đạt quy chuẩn, tỷ lệ 96,25%; 9 mẫu không đạt (chiếm 3,75%).'],
    // 1.184 / 1.200 = 98,667 → 98,7.
    ['a share rounded at its one decimal', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7% (1.184/1.200 hồ sơ).'],
    ['a right share of a stated whole', 'Có 1.150 hộ trên tổng số 1.840 hộ tham gia bảo hiểm y tế, chiếm 62,5%.'],
    // 63 / 50 = 126% of the plan.
    ['a plan passed, over 100%', 'Thu ngân sách đạt 63 tỷ đồng, đạt 126% dự toán (50 tỷ đồng).'],
    // 380 / 400 = 95% of plan; 95 / 380 = 25% share.
    ['a percent of plan beside a share', 'Trồng mới 380 ha rừng tập trung, đạt 95% kế hoạch (400 ha), trong đó rừng gỗ lớn 95 ha, chiếm 25%.'],
    ['a right share at one decimal', 'Đã điều tra làm rõ 38/45 vụ, đạt tỷ lệ 84,4%.'],
    // 2/3 = 66,67 → 67.
    ['a share rounded to a whole percent', 'Có 2/3 xã hoàn thành chỉ tiêu, đạt 67%.'],
    ['a growth, no share', 'Có 1.560 hồ sơ trực tuyến, tăng 30% so với cùng kỳ (1.200 hồ sơ).'],
    ['a right share of a "trong đó" part', 'Toàn xã có 18 thôn, trong đó 15 thôn có nhà văn hóa đạt chuẩn, chiếm 83,3%.'],
    ['a right bare "A trên B"', 'Có 42 trên 56 doanh nghiệp đã nộp báo cáo thống kê, đạt 75%.'],
    // An on-time rate is of what was handled, not of all the firms: left alone.
    ['an on-time rate', 'Có 42 trên 56 doanh nghiệp nộp báo cáo đúng hạn, đạt 70%.'],
    ['a right money share with a change after it', 'Giải ngân 84 tỷ đồng trên tổng số 120 tỷ đồng vốn được giao, đạt 70%, tăng 15% so với cùng kỳ.'],
    ['a right share of a total stated first', 'Tổng số hộ dân trên địa bàn 2.450 hộ, đã có 2.205 hộ được cấp giấy chứng nhận, đạt tỷ lệ 90%.'],
    // 17.200 / 18.600 = 92,47 → 92,5; 450 / 520 = 86,54 → 86,5.
    ['a right "X% (A/B)"', '- Tỷ lệ dân số tham gia bảo hiểm y tế: 92,5% (17.200/18.600 người).'],
    ['a right "A/B, đạt tỷ lệ X%"', 'Đã giải quyết 450/520 đơn thư khiếu nại, tố cáo, đạt tỷ lệ 86,5%.'],
    // 36 / 30 = 120% of plan; the part in another noun has no share stated.
    ['a plan rate over 100% with a part after it', 'Kết nạp mới 36 đảng viên, đạt 120% kế hoạch (30 đảng viên), trong đó nữ 15 đồng chí.'],
    ['a percent of a plan and a change, no whole', 'Thu ngân sách đạt 45 tỷ đồng, bằng 90% dự toán huyện giao và tăng 12% so với cùng kỳ.'],
    // 97 / 2.230 = 4,3498 → 4,35; 1.845 / 2.050 = 90%; 28,5 / 50 = 57%; 312 / 340 = 91,76 → 91,8; 205 / 212 = 96,70 → 96,7.
    ['a right share of a total restated in brackets', 'Số hộ nghèo là 97 hộ, chiếm 4,35% tổng số hộ toàn xã (2.230 hộ).'],
    ['a right "A/B, chiếm X%"', 'Đến nay có 1.845/2.050 hộ dùng nước hợp vệ sinh, chiếm 90%.'],
    ['a right share of the year\'s estimate', 'Thu ngân sách 6 tháng được 28,5 tỷ đồng, đạt 57% dự toán năm (50 tỷ đồng).'],
    ['a right "A người/B người"', 'Số người khuyết tật được hưởng trợ cấp là 312 người/340 người khuyết tật, đạt 91,8%.'],
    ['a right "tỷ lệ X%" of a "trong đó" part', 'Tổng số giáo viên 212 người; trong đó đạt chuẩn trở lên 205 người, tỷ lệ 96,7%.'],
    // 1.260 / 1.200 = 105%: the rate is the whole's, not the last part's (560 / 1.200 = 46,7%).
    ['a right rate of a whole after its breakdown', 'Khám sàng lọc cho 1.260 trẻ, gồm 700 trẻ mầm non và 560 trẻ tiểu học, đạt 105% kế hoạch (1.200 trẻ).'],
  ])('leaves %s alone', async (_what, text) => {
    expect(await run(text)).toEqual([]);
  });
});
