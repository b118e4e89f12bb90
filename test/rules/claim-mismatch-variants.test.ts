import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A wording-robustness study: short passages of many topics and phrasings, each checked by hand.
const ids = async (text: string) => (await findingsOf('claim-mismatch', text + '\n')).filter((f) => f.severity !== 'info').map((f) => f.messageId);

describe('claim-mismatch over topics and phrasings', () => {
  // Each error is plain: the stated change, multiple or target claim is not what the two values say.
  it.each([
    // The bracket holds both values, after another clause's figures: 20 / 8 = 2,5, not 3; 45 from 50 is −10%, not −15%.
    ['a multiple whose bracket holds both values', 'Đã tổ chức 20 lớp, cứu được 5 người; số lớp tập huấn tăng gấp 3 lần so với năm trước (20 lớp so với 8 lớp).', 'ratioMismatch'],
    ['a change whose bracket holds both values', 'Có 5 thôn tham gia; số hộ dùng nước sạch giảm 15% so với năm 2024 (45 hộ so với 50 hộ).', 'changeMismatch'],
    // The bare subject after ";" names the whole stated before it (80, not its part 72): 80 from 100 is −20%, not −25%;
    // the base's year, named only by the claim, does not make 80 a value of that year.
    ['a bare subject after a whole and its parts', 'Tổng số hồ sơ tiếp nhận trong kỳ là 80 hồ sơ (kỳ trước chuyển sang 08 hồ sơ, tiếp nhận mới 72 hồ sơ); số hồ sơ tiếp nhận giảm 25% so với năm 2024 (100 hồ sơ).', 'changeMismatch'],
    // 12.600 / 10.000 = +26%, not 20%.
    ['agriculture, "tăng X% so với cùng kỳ (Y)"', 'Sản lượng lương thực đạt 12.600 tấn, tăng 20% so với cùng kỳ (10.000 tấn).', 'changeMismatch'],
    // 51,6 − 45,6 = 6 tỷ, not 8.
    ['budget, "giảm X tỷ đồng so với năm trước"', 'Tổng thu ngân sách trên địa bàn đạt 45,6 tỷ đồng, giảm 8 tỷ đồng so với năm trước (51,6 tỷ đồng).', 'changeMismatch'],
    // 36 / 12 = 3, not 4.
    ['health, "gấp N lần"', 'Số ca sốt xuất huyết là 36 ca, gấp 4 lần cùng kỳ năm trước (12 ca).', 'ratioMismatch'],
    // 42 < 50: no "vượt".
    ['education, "vượt chỉ tiêu (Z)"', 'Số học sinh đạt giải cấp tỉnh là 42 em, vượt chỉ tiêu (50 em).', 'targetMismatch'],
    // 15 − 14 = 1 vụ, not 3.
    ['security, "giảm X vụ"', 'Đã xảy ra 14 vụ trộm cắp tài sản, giảm 3 vụ so với cùng kỳ (15 vụ).', 'changeMismatch'],
    // 88% < 90%: the target is not met.
    ['culture, "hoàn thành chỉ tiêu (Z%)"', 'Tỷ lệ hộ gia đình văn hóa đạt 88%, hoàn thành chỉ tiêu đề ra (90%).', 'targetMismatch'],
    // 92 − 89 = 3 points, not 5.
    ['environment, "tăng X điểm phần trăm"', 'Tỷ lệ thu gom rác thải sinh hoạt đạt 92%, tăng 5 điểm phần trăm so với năm 2024 (89%).', 'changeMismatch'],
    // 3,2 − 2,1 = 1,1 points, not 1,5.
    ['labour, "giảm X điểm phần trăm"', 'Tỷ lệ hộ nghèo còn 2,1%, giảm 1,5 điểm phần trăm so với đầu năm (3,2%).', 'changeMismatch'],
    // The target named on the way is no value reached: 93,5 − 91 = 2,5 points, not 4,5.
    ['a change in points after a target passed on the way', 'Tỷ lệ hộ dùng nước sạch đạt 93,5%, vượt kế hoạch 90%, tăng 4,5 điểm phần trăm so với năm 2024 (91%).', 'changeMismatch'],
    // 1.350 > 1.200: the plan is met, "chưa đạt" is wrong.
    ['labour, "chưa đạt kế hoạch (Z)"', 'Giải quyết việc làm cho 1.350 lao động, chưa đạt kế hoạch (1.200 lao động).', 'targetMismatch'],
    // 2.450 / 2.100 = +16,7%, not 12,5%.
    ['industry, decimals', 'Giá trị sản xuất công nghiệp đạt 2.450 tỷ đồng, tăng 12,5% so với cùng kỳ năm 2024 (2.100 tỷ đồng).', 'changeMismatch'],
    // 1.020 / 850 = +20%, not 15%.
    ['health, "so với năm trước"', 'Số trẻ được tiêm chủng đầy đủ là 1.020 trẻ, tăng 15% so với năm trước (850 trẻ).', 'changeMismatch'],
    // (20.000 − 18.500) / 20.000 = 7,5%, not 5%.
    ['agriculture, "giảm X%"', 'Tổng đàn lợn đạt 18.500 con, giảm 5% so với cùng kỳ (20.000 con).', 'changeMismatch'],
    // 36.000 / 24.000 = 1,5, not 3.
    ['culture, "gấp N lần năm …"', 'Số lượt khách du lịch đạt 36.000 lượt, gấp 3 lần năm 2024 (24.000 lượt).', 'ratioMismatch'],
    // 58 − 54 = 4 triệu, not 6.
    ['labour, an amount of money', 'Thu nhập bình quân đầu người đạt 58 triệu đồng, tăng 6 triệu đồng so với năm 2024 (54 triệu đồng).', 'changeMismatch'],
    // 1.260 − 1.100 = 160 người, not 260.
    ['social insurance, a count', 'Số người tham gia bảo hiểm xã hội tự nguyện là 1.260 người, tăng 260 người so với năm 2024 (1.100 người).', 'changeMismatch'],
    // 100% claimed, 14/16 written.
    ['education, "100% … (a/b)"', 'Đã có 100% trường học triển khai sổ điểm điện tử (14/16 trường).', 'fullMismatch'],
    // 8,4 / 7,5 = 1,12: 12% over the estimate, not 20%.
    ['budget, "vượt X% dự toán (Z)"', 'Tổng thu ngân sách xã đạt 8,4 tỷ đồng, vượt 20% dự toán (7,5 tỷ đồng).', 'changeMismatch'],
    // 320 − 280 = 40 hộ, not 20.
    ['credit, "so với cùng kỳ năm 2024 là B"', 'Số hộ được vay vốn là 320 hộ, tăng 20 hộ so với cùng kỳ năm 2024 là 280 hộ.', 'changeMismatch'],
    ['communication, "hoàn thành vượt mức kế hoạch (Z)"', 'Số tin bài tuyên truyền là 240 tin, hoàn thành vượt mức kế hoạch (300 tin).', 'targetMismatch'],
    // (1.520 − 1.480) / 1.520 = 2,6%, not 6%.
    ['population, "giảm X% so với năm …"', 'Năm 2025, toàn huyện có 1.480 ca sinh, giảm 6% so với năm 2024 (1.520 ca).', 'changeMismatch'],
    // 96 / 80 = +20%, not 30%; the plan after it (96 of 100) is another claim.
    ['labour, a change before a plan rate', 'Số lao động đi làm việc ở nước ngoài là 96 người, tăng 30% so với cùng kỳ (80 người), đạt 96% kế hoạch (100 người).', 'changeMismatch'],
    // 52,8 / 48,0 = +10%, not 16%: the percent restated in brackets after the amount compares past its bracket.
    ['income, "tăng A (tăng X%) so với … (B)"', 'Thu nhập bình quân đạt 52,8 triệu đồng/người/năm, tăng 4,8 triệu đồng (tăng 16%) so với năm 2024 (48,0 triệu đồng/người/năm).', 'changeMismatch'],
    // 90 / 45 = 2, not 4: the base counts "hội nghị", so does the current value, not the attendance between.
    // 12,5 ha < 15 ha: a decimal value of the target's unit does not pass the target.
    ['forestry, a decimal value "vượt kế hoạch … (Z)"', 'Diện tích rừng trồng mới đạt 12,5 ha, vượt kế hoạch được giao (15 ha).', 'targetMismatch'],
    ['outreach, "gấp N lần … (B)" after another unit', 'Năm 2025, xã tổ chức 90 hội nghị tập huấn với 6.300 lượt người tham dự, gấp 4 lần năm 2024 (45 hội nghị).', 'ratioMismatch'],
    // 1.690 / 1.000 = 1,69: "gấp 2 lần" is 18% off, no rounding of it.
    ['insurance, a whole multiple far from the ratio', 'Số người tham gia bảo hiểm xã hội tự nguyện đạt 1.690 người, gấp 2 lần năm 2023 (1.000 người).', 'ratioMismatch'],
    // A bracketed breakdown is an aside: the claim is of 52.500 (52.500 / 50.000 = +5%), not 8%, nor of 12.500.
    ['livestock, a breakdown in brackets before the claim', 'Tổng đàn gia cầm đạt 52.500 con (gà 40.000 con, vịt 12.500 con), tăng 8% so với cùng kỳ (50.000 con).', 'changeMismatch'],
    // A long lead before the bracket: the claim is of 12 vụ (from 15 that is −3), not of the last part 04, nor −5.
    ['fire safety, a long lead before a breakdown of the same unit', 'Trong năm xảy ra 12 vụ cháy nhà ở và cơ sở sản xuất kinh doanh nhỏ lẻ (05 vụ cháy nhà, 03 vụ cháy chợ, 04 vụ cháy xưởng), giảm 05 vụ so với năm trước (15 vụ).', 'changeMismatch'],
  ])('flags %s', async (_topic, text, id) => {
    expect(await ids(text)).toEqual([id]);
  });

  it.each([
    // 12.600 / 10.000 = +26%.
    ['a right change', 'Sản lượng lương thực đạt 12.600 tấn, tăng 26% so với cùng kỳ (10.000 tấn).'],
    // 1.870 / 1.000 = 1,87: "gấp 2 lần" rounds it, 7% off.
    ['a whole multiple that rounds the ratio', 'Số người tham gia bảo hiểm xã hội tự nguyện đạt 1.870 người, gấp 2 lần năm 2023 (1.000 người).'],
    // 38,4 / 33,6 = 1,142857: +14,3% at one decimal.
    ['a change rounded at its stated decimal', 'Doanh thu du lịch đạt 38,4 tỷ đồng, tăng 14,3% so với cùng kỳ (33,6 tỷ đồng).'],
    // 2.760 / 1.200 = 2,3: +130%.
    ['a growth over 100%', 'Số hồ sơ trực tuyến đạt 2.760 hồ sơ, tăng 130% so với năm 2024 (1.200 hồ sơ).'],
    // 1.200 / 480 = 2,5.
    ['a decimal multiple', 'Tổ chức 1.200 buổi sinh hoạt văn nghệ, gấp 2,5 lần năm trước (480 buổi).'],
    ['a target passed', 'Số học sinh đạt giải cấp tỉnh là 56 em, vượt chỉ tiêu (50 em).'],
    ['a target not reached, said so', 'Giải quyết việc làm cho 1.350 lao động, chưa đạt kế hoạch (1.500 lao động).'],
    ['a target met', 'Tỷ lệ hộ gia đình văn hóa đạt 91%, hoàn thành chỉ tiêu đề ra (90%).'],
    // 92 − 89 = 3 points; 3,2 − 2,1 = 1,1 points.
    ['a right change in points', 'Tỷ lệ thu gom rác thải sinh hoạt đạt 92%, tăng 3 điểm phần trăm so với năm 2024 (89%).'],
    ['a right fall in points', 'Tỷ lệ hộ nghèo còn 2,1%, giảm 1,1 điểm phần trăm so với đầu năm (3,2%).'],
    // 93,5 − 91 = 2,5 points: the target 90% named between is not the value the change is of.
    ['a right change in points after a target passed', 'Tỷ lệ hộ dùng nước sạch đạt 93,5%, vượt chỉ tiêu 90 % do tỉnh giao và tăng 2,5 điểm phần trăm so với năm 2024 (91%).'],
    ['a right change in points after a target stated with "là"', 'Tỷ lệ trẻ tiêm đủ mũi đạt 96,2%, chỉ tiêu được giao là 95%, tăng 1,2 điểm phần trăm so với năm trước (95%).'],
    ['a right fall in counts', 'Đã xảy ra 14 vụ trộm cắp tài sản, giảm 1 vụ so với cùng kỳ (15 vụ).'],
    // (20.000 − 18.500) / 20.000 = 7,5%; 3 vụ from 5 = −40%; 125 / 110 = +13,6%.
    ['a right fall in percent', 'Tổng đàn lợn đạt 18.500 con, giảm 7,5% so với cùng kỳ (20.000 con).'],
    ['a right fall of a small count', 'Số vụ cháy rừng là 3 vụ, giảm 40% so với cùng kỳ năm 2024 (5 vụ).'],
    ['a right rise in money', 'Kim ngạch xuất khẩu đạt 125 triệu USD, tăng 13,6% so với cùng kỳ năm trước (110 triệu USD).'],
    ['a full claim with its full fraction', 'Có 12/12 thôn đã xây dựng quy ước, 100% thôn đã xây dựng quy ước.'],
    // The bracket is the plan of "đạt 104% dự toán" (52/50), not the base of "tăng 10% so với cùng kỳ".
    ['a bracket that belongs to the next claim (a plan)', 'Thu ngân sách đạt 52 tỷ đồng, tăng 10% so với cùng kỳ, đạt 104% dự toán (50 tỷ đồng).'],
    // "và" joins the next claim as a comma does: the bracket is the plan of "đạt 96% kế hoạch" (480/500), not last year's.
    ['a bracket of the next claim joined by "và"', 'Số học viên tốt nghiệp là 480 người, tăng 20% so với năm trước và đạt 96% kế hoạch (500 người).'],
    ['a bracket of the next claim joined by "đồng thời"', 'Doanh thu du lịch đạt 66 tỷ đồng, tăng 20% so với cùng kỳ đồng thời vượt 10% kế hoạch (60 tỷ đồng).'],
    ['a bracket that belongs to the next claim (a plan), in counts', 'Số doanh nghiệp thành lập mới là 45 doanh nghiệp, tăng 15% so với cùng kỳ, đạt 90% kế hoạch (50 doanh nghiệp).'],
    // 50 ha is the cause, not last year's area; 1.150 / 1.200 = −4,2%.
    ['a figure of the cause after "do"', 'Diện tích lúa đạt 1.150 ha, giảm 4,2% so với cùng kỳ do chuyển đổi 50 ha sang trồng cây ăn quả (1.200 ha năm 2024).'],
    ['a figure of the cause after "nhờ"', 'Thu nhập bình quân đạt 58 triệu đồng/người, tăng 7,4% so với năm 2024 nhờ phát triển 12 mô hình kinh tế (54 triệu đồng).'],
    ['a right "vượt X% dự toán"', 'Tổng thu ngân sách xã đạt 8,4 tỷ đồng, vượt 12% dự toán (7,5 tỷ đồng).'],
    ['a right change to a base stated with "là"', 'Số hộ được vay vốn là 320 hộ, tăng 40 hộ so với cùng kỳ năm 2024 là 280 hộ.'],
    ['a decimal value past its target, said so', 'Diện tích rừng trồng mới đạt 16,5 ha, vượt kế hoạch được giao (15 ha).'],
    ['a plan passed, said so', 'Số tin bài tuyên truyền là 340 tin, hoàn thành vượt mức kế hoạch (300 tin).'],
    ['a right change before a plan rate', 'Số lao động đi làm việc ở nước ngoài là 96 người, tăng 20% so với cùng kỳ (80 người), đạt 96% kế hoạch (100 người).'],
    // 185 / 171 = 1,0819: +8,2%.
    ['a right change at one decimal', 'Sản lượng điện thương phẩm đạt 185 triệu kWh, tăng 8,2% so với cùng kỳ (171 triệu kWh).'],
    ['"bằng X% so với cùng kỳ", right', 'Số vụ vi phạm môi trường bị xử lý là 24 vụ, bằng 80% so với cùng kỳ (30 vụ).'],
    ['a part\'s plan after a change', 'Tổng vốn đầu tư đạt 320 tỷ đồng, tăng 28% so với cùng kỳ; trong đó vốn ngân sách 120 tỷ đồng (kế hoạch 150 tỷ đồng).'],
    ['a right change restated in brackets', 'Thu nhập bình quân đạt 52,8 triệu đồng/người/năm, tăng 4,8 triệu đồng (tăng 10%) so với năm 2024 (48,0 triệu đồng/người/năm).'],
    ['a right multiple of the base\'s unit', 'Năm 2025, xã tổ chức 90 hội nghị tập huấn với 6.300 lượt người tham dự, gấp 2 lần năm 2024 (45 hội nghị).'],
    // Two figures of the base's unit before the claim: which one is compared is not sure.
    ['a multiple with two candidates of the base\'s unit', 'Xã tổ chức 90 hội nghị, trong đó 30 hội nghị ở thôn với 6.300 lượt người, gấp 4 lần năm 2024 (45 hội nghị).'],
    // The bracket holds both values: 24 / 12 = 2, and 48 from 40 is +20%.
    ['a right multiple whose bracket holds both values', 'Đã tổ chức 24 lớp, cứu được 5 người; số lớp tập huấn tăng gấp 2 lần so với năm trước (24 lớp so với 12 lớp).'],
    ['a bare subject after a whole and its parts, right', 'Tổng số hồ sơ tiếp nhận trong kỳ là 80 hồ sơ (kỳ trước chuyển sang 08 hồ sơ, tiếp nhận mới 72 hồ sơ); số hồ sơ tiếp nhận giảm 20% so với năm 2024 (100 hồ sơ).'],
    ['a right change whose bracket holds both values', 'Có 5 thôn tham gia; số hộ dùng nước sạch tăng 20% so với năm 2024 (48 hộ so với 40 hộ).'],
    // 52.500 / 50.000 = 1,05: +5% of the whole the bracket follows; a plan rate between (52.500 / 50.000 = 105%).
    ['a right change after a bracketed breakdown', 'Tổng đàn gia cầm đạt 52.500 con (gà 40.000 con, vịt 12.500 con), bằng 105% kế hoạch (50.000 con), tăng 5% so với cùng kỳ (50.000 con).'],
    // 12 vụ from 15 is −3: the bracket after a long lead splits the 12 vụ and is an aside (its last part 04 is not compared).
    ['a right change after a long lead and a breakdown of the same unit', 'Trong năm xảy ra 12 vụ cháy nhà ở và cơ sở sản xuất kinh doanh nhỏ lẻ (05 vụ cháy nhà, 03 vụ cháy chợ, 04 vụ cháy xưởng), giảm 03 vụ so với năm trước (15 vụ).'],
  ])('leaves %s alone', async (_what, text) => {
    expect(await ids(text)).toEqual([]);
  });

  it('reads the plan a fraction is measured against as no shared scope of a "100% kế hoạch" claim', async () => {
    // Hand-checked: 12 of 12 planned courses were held (100%); the one subject short (01 of 03 planned) is a part of them.
    expect(await ids('Đã mở 12 lớp bồi dưỡng nghiệp vụ, đạt 100% kế hoạch về số lớp.\nRiêng nội dung tin học mới mở được 01 lớp/03 lớp kế hoạch do thiếu phòng máy.')).toEqual([]);
    // The scope shared besides the plan ("thủ tục hành chính thuộc thẩm quyền") still ties a fraction to the claim: 187/240 < 100%.
    expect(await ids('Đã công khai 100% thủ tục hành chính thuộc thẩm quyền giải quyết theo kế hoạch.\nThực tế niêm yết 187/240 thủ tục hành chính thuộc thẩm quyền giải quyết.')).toEqual(['fullMismatch']);
  });

  it('reads a claim opened by a purpose word ("để hoàn thành kế hoạch") as an aim, not a target met', async () => {
    // Hand-checked: 640 more households are to be connected so that the plan of 4.200 is fulfilled; nothing is claimed met.
    expect(await ids('Trong quý IV, tiếp tục đấu nối nước sạch cho 640 hộ để hoàn thành kế hoạch 4.200 hộ.')).toEqual([]);
    expect(await ids('Vận động thêm 35 hộ tham gia bảo hiểm nhằm hoàn thành chỉ tiêu 500 hộ được giao.')).toEqual([]);
    // Without the purpose word the claim is the value's own: 640 is below 4.200.
    expect(await ids('Trong năm đã đấu nối nước sạch cho 640 hộ, hoàn thành kế hoạch 4.200 hộ.')).toEqual(['targetMismatch']);
  });
});
