import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

/**
 * The classes of false alarm the blind sets holdout80–116 brought (two quantities sharing a name), each with pairs written
 * here in other topics: a look-alike that must stay silent and, where the class has one, a true conflict that must be
 * flagged. Every value is checked by hand in its comment. Each passage sits in a commune's six-month report.
 */
const RULE = 'repeated-value-conflict';
const HEAD = ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP', 'Số: 31/BC-UBND', 'Tân Lập, ngày 05 tháng 7 năm 2025', 'BÁO CÁO', 'Kết quả công tác 6 tháng đầu năm 2025', 'I. KẾT QUẢ'];
const F = 'Công tác này được duy trì thường xuyên, đúng quy định.';
const pairs = async (body: string[]) => (await findingsOf(RULE, [...HEAD, ...body].join('\n') + '\n')).map((f) => [String(f.data.value), String(f.data.other)].sort());

type Clean = [string, string[]];
type Flagged = [string, string[], string[]];
function describeClass(title: string, clean: Clean[], flagged: Flagged[]): void {
  describe(`repeated-value-conflict look-alikes: ${title}`, () => {
    if (clean.length > 0) it.each(clean)('says nothing: %s', async (_, body) => expect(await pairs(body)).toEqual([]));
    if (flagged.length > 0) it.each(flagged)('flags: %s', async (_, body, values) => expect(await pairs(body)).toEqual([values]));
  });
}

describeClass('one noun reached by two actions (slaughtered / quarantined)', [
  // 4.250 cattle vaccinated, 620 quarantined for transport: two actions.
  ['vaccinated / quarantined cattle', ['1. Chăn nuôi, thú y', 'Trong kỳ, đã tiêm phòng vắc xin lở mồm long móng cho 4.250 con trâu, bò và 16.300 con lợn.', F, '2. Kiểm dịch', 'Trạm thú y kiểm dịch vận chuyển ra khỏi địa bàn 620 con trâu, bò và 3.900 con lợn.']],
  ['examined / referred patients', ['1. Y tế', 'Trong 6 tháng, Trạm Y tế xã đã khám bệnh cho 3.180 lượt người.', F, '2. Chuyển tuyến', 'Trạm Y tế xã đã chuyển tuyến 142 lượt người lên Bệnh viện đa khoa huyện.']],
  ['books discarded / donated', ['1. Thư viện', 'Trong năm học, nhà trường đã thanh lý 320 bản sách cũ, hư hỏng.', F, '2. Xã hội hóa', 'Nhà trường đã tiếp nhận 1.150 bản sách do phụ huynh ủng hộ.']],
  ['vehicles seized / auctioned', ['1. Trật tự giao thông', 'Công an xã đã tạm giữ 14 phương tiện vi phạm trật tự an toàn giao thông.', F, '2. Xử lý', 'Công an xã đã bán đấu giá 6 phương tiện vi phạm trật tự an toàn giao thông quá thời hạn tạm giữ.']],
], [
  ['the same vaccination 4.250 / 4.520', ['1. Chăn nuôi, thú y', 'Trong kỳ, đã tiêm phòng vắc xin lở mồm long móng cho 4.250 con trâu, bò và 16.300 con lợn.', F, '2. Đánh giá', 'Đã tiêm phòng vắc xin lở mồm long móng cho 4.520 con trâu, bò, đạt 95% kế hoạch.'], ['4.250', '4.520']],
  ['the same examinations 3.180 / 3.810', ['1. Y tế', 'Trong 6 tháng, Trạm Y tế xã đã khám bệnh cho 3.180 lượt người.', F, '2. Đánh giá', 'Trạm Y tế xã đã khám bệnh cho 3.810 lượt người, tăng 4% so với cùng kỳ.'], ['3.180', '3.810']],
  ['the same books discarded 320 / 230', ['1. Thư viện', 'Trong năm học, nhà trường đã thanh lý 320 bản sách cũ, hư hỏng.', F, '2. Đánh giá', 'Nhà trường đã thanh lý 230 bản sách cũ, hư hỏng theo quy định.'], ['230', '320']],
  ['the same vehicles seized 14 / 41', ['1. Trật tự giao thông', 'Công an xã đã tạm giữ 14 phương tiện vi phạm trật tự an toàn giao thông.', F, '2. Đánh giá', 'Công an xã tạm giữ 41 phương tiện vi phạm trật tự an toàn giao thông, tăng so với cùng kỳ.'], ['14', '41']],
]);

describeClass('one measure of another owner (one new plant\'s output)', [
  // 860 tấn is one model field's output since 10/01; 12.450 tấn the commune's rice.
  ['one model field\'s output', ['1. Trồng trọt', '- Sản lượng lúa cả năm đạt 12.450 tấn, tăng 2,3% so với cùng kỳ.', F, '- Mô hình cánh đồng lớn tại thôn Đông triển khai từ ngày 10/01/2025, sản lượng đến ngày 30/5/2025 đạt 860 tấn.']],
  ['the community tourism sites\' revenue', ['1. Du lịch', '- Doanh thu từ hoạt động du lịch toàn xã 6 tháng đạt 3,2 tỷ đồng.', F, '- Các điểm du lịch cộng đồng mở cửa từ ngày 15/3/2025, doanh thu đến ngày 30/6/2025 đạt 640 triệu đồng.']],
  ['one road\'s concrete', ['1. Xây dựng', '- Khối lượng bê tông các công trình trên địa bàn xã đạt 5.860 m3.', F, '- Tuyến đường liên thôn Đông – Tây khởi công từ ngày 05/3/2025, khối lượng bê tông đến ngày 30/6/2025 đạt 1.240 m3.']],
], [
  ['the commune\'s rice 12.450 / 12.540', ['1. Trồng trọt', '- Sản lượng lúa cả năm đạt 12.450 tấn, tăng 2,3% so với cùng kỳ.', F, '2. Đánh giá', '- Sản lượng lúa cả năm đạt 12.540 tấn, vượt kế hoạch.'], ['12.450', '12.540']],
  ['the commune\'s concrete 5.860 / 5.680', ['1. Xây dựng', '- Khối lượng bê tông các công trình trên địa bàn xã đạt 5.860 m3.', F, '2. Đánh giá', '- Khối lượng bê tông các công trình trên địa bàn xã đạt 5.680 m3.'], ['5.680', '5.860']],
]);

describeClass('a subgroup by a condition, also after a second noun joined by a comma', [
  // 11 of the 18 stations meet the national criteria; "xã, thị trấn" is one noun phrase before "đạt".
  ['stations meeting criteria after "xã, thị trấn"', ['1. Y tế', 'Toàn huyện có 18 trạm y tế xã, thị trấn.', F, '2. Chất lượng', 'Có 11 trạm y tế xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế.']],
  // 46 of 312 food businesses fall short of the conditions.
  ['food businesses short of conditions after "sản xuất, kinh doanh"', ['1. An toàn thực phẩm', 'Toàn huyện có 312 cơ sở sản xuất, kinh doanh thực phẩm.', F, 'Có 46 cơ sở sản xuất, kinh doanh thực phẩm chưa đạt điều kiện an toàn thực phẩm.']],
  ['staff trained after "cán bộ, công chức"', ['1. Tổ chức bộ máy', 'Toàn xã có 24 cán bộ, công chức.', F, 'Có 18 cán bộ, công chức được bồi dưỡng kỹ năng chuyển đổi số.']],
  ['fish farms hit by floods', ['1. Thủy sản', 'Trên địa bàn có 145 hộ nuôi trồng thủy sản.', F, 'Có 37 hộ nuôi trồng thủy sản bị thiệt hại do mưa lũ.']],
  ['petrol stations found at fault', ['1. Thương mại', 'Trên địa bàn có 26 cơ sở kinh doanh xăng dầu.', F, 'Qua kiểm tra 14 lượt, phát hiện 03 cơ sở kinh doanh xăng dầu niêm yết giá không đúng quy định.']],
  ['mediation requests within the teams\' remit', ['1. Tư pháp', 'Trong kỳ, bộ phận một cửa tiếp nhận 84 đơn đề nghị hòa giải.', F, 'Có 52 đơn đề nghị hòa giải thuộc thẩm quyền của tổ hòa giải thôn.']],
], [
  ['the stations 18 / 16', ['1. Y tế', 'Toàn huyện có 18 trạm y tế xã, thị trấn.', F, '2. Mạng lưới', 'Toàn huyện hiện có 16 trạm y tế xã, thị trấn.'], ['16', '18']],
  ['the petrol stations 26 / 62', ['1. Thương mại', 'Trên địa bàn có 26 cơ sở kinh doanh xăng dầu.', F, '2. Quản lý', 'Hiện có 62 cơ sở kinh doanh xăng dầu trên địa bàn.'], ['26', '62']],
  ['the mediation requests 84 / 48', ['1. Tư pháp', 'Trong kỳ, bộ phận một cửa tiếp nhận 84 đơn đề nghị hòa giải.', F, '2. Đánh giá', 'Bộ phận một cửa đã tiếp nhận 48 đơn đề nghị hòa giải.'], ['48', '84']],
  // A clause after the comma ("hiện đã có …", "bình quân đạt …") says something of all of them: no second noun, no subgroup.
  ['the livestock households 1.240 / 1.420 with a clause after the comma', ['1. Chăn nuôi', 'Toàn xã có 1.240 hộ chăn nuôi, hiện đã có 980 hộ xây hầm biogas.', F, '2. Đánh giá', 'Toàn xã có 1.420 hộ chăn nuôi.'], ['1.240', '1.420']],
  ['the stations 16 / 18 with an average after the comma', ['1. Y tế', 'Toàn huyện có 16 trạm y tế xã, bình quân đạt 8,5 giường bệnh/trạm.', F, '2. Đánh giá', 'Toàn huyện hiện có 18 trạm y tế xã.'], ['16', '18']],
]);

describeClass('those at risk of or suspected of a condition, beside those who have it', [
  // 38 stunted children; 64 at risk of it: a neighbouring category, not a subgroup.
  ['children at risk of stunting', ['1. Dinh dưỡng', 'Số trẻ em suy dinh dưỡng thể thấp còi là 38 em.', F, 'Số trẻ em có nguy cơ suy dinh dưỡng thể thấp còi là 64 em.']],
  ['pupils at risk of dropping out', ['1. Giáo dục', 'Số học sinh bỏ học giữa chừng là 7 em.', F, 'Số học sinh có nguy cơ bỏ học giữa chừng là 31 em.']],
  ['suspected dengue cases', ['1. Y tế', 'Số ca mắc sốt xuất huyết là 12 ca.', F, 'Số ca nghi mắc sốt xuất huyết là 46 ca.']],
], [
  ['the stunted children 38 / 83', ['1. Dinh dưỡng', 'Số trẻ em suy dinh dưỡng thể thấp còi là 38 em.', F, '2. Đánh giá', 'Số trẻ em suy dinh dưỡng thể thấp còi là 83 em.'], ['38', '83']],
  ['the dengue cases 12 / 21', ['1. Y tế', 'Số ca mắc sốt xuất huyết là 12 ca.', F, '2. Đánh giá', 'Số ca mắc sốt xuất huyết là 21 ca.'], ['12', '21']],
]);

describeClass('a scope set by sibling headings', [
  ['primary / lower secondary', ['1. Giáo dục', 'a) Cấp tiểu học', 'Có 14 trường, 312 lớp với 9.840 học sinh.', 'b) Cấp trung học cơ sở', 'Có 9 trường, 186 lớp với 6.420 học sinh.']],
  // "Án hình sự" / "Án dân sự" open and close alike: only "hình" / "dân" tells them apart.
  ['criminal / civil cases under headings that close alike', ['1. Tòa án', 'a) Án hình sự', 'Thụ lý 86 vụ; đã giải quyết 79 vụ, đạt 91,9%.', 'b) Án dân sự', 'Thụ lý 142 vụ; đã giải quyết 118 vụ, đạt 83,1%.']],
  ['two programmes\' works', ['2. Kết quả thực hiện các chương trình', '2.1. Chương trình nông thôn mới', 'Đầu tư 18 công trình, đến ngày 30/6/2025 có 12 công trình hoàn thành.', '2.2. Chương trình giảm nghèo bền vững', 'Đầu tư 9 công trình; đến ngày 30/6/2025 có 7 công trình hoàn thành.']],
  ['two hamlets\' ballots', ['1. Bầu cử', '1.1. Bầu cử trưởng thôn Đông', 'Số phiếu hợp lệ 412 phiếu, số phiếu không hợp lệ 6 phiếu.', '1.2. Bầu cử trưởng thôn Tây', 'Số phiếu hợp lệ 398 phiếu, số phiếu không hợp lệ 9 phiếu.']],
  ['two hamlets\' households', ['1. Dân số', 'a) Thôn Đông', 'Có 312 hộ với 1.240 nhân khẩu.', 'b) Thôn Tây', 'Có 287 hộ với 1.105 nhân khẩu.']],
  ['two fields of offences', ['1. Xử lý vi phạm', 'a) Vi phạm hành chính về đất đai', 'Lập biên bản 23 trường hợp; ra quyết định xử phạt 19 trường hợp.', 'b) Vi phạm hành chính về xây dựng', 'Lập biên bản 31 trường hợp; ra quyết định xử phạt 26 trường hợp.']],
  ['two extension models', ['1. Khuyến nông', '1.1. Mô hình trồng nấm', 'Hỗ trợ 24 hộ tham gia, kinh phí 180 triệu đồng.', '1.2. Mô hình nuôi ong', 'Hỗ trợ 16 hộ tham gia, kinh phí 120 triệu đồng.']],
], [
  ['the criminal cases 86 / 68', ['1. Tòa án', 'a) Án hình sự', 'Thụ lý 86 vụ án hình sự; đã giải quyết 79 vụ, đạt 91,9%.', 'b) Đánh giá', 'Tòa án đã thụ lý 68 vụ án hình sự.'], ['68', '86']],
  ['one programme\'s finished works 12 / 15', ['2. Kết quả thực hiện các chương trình', '2.1. Chương trình nông thôn mới', 'Đầu tư 18 công trình, đến ngày 30/6/2025 có 12 công trình hoàn thành.', F, '3. Đánh giá', 'Chương trình nông thôn mới đầu tư 18 công trình, đến ngày 30/6/2025 có 15 công trình hoàn thành.'], ['12', '15']],
  ['the primary schools 14 / 15', ['1. Giáo dục', 'a) Cấp tiểu học', 'Toàn huyện có 14 trường tiểu học, 312 lớp.', F, '2. Đánh giá', 'Toàn huyện có 15 trường tiểu học.'], ['14', '15']],
]);

describeClass('another period (season, quarter column, last year\'s column, one month)', [
  ['two seasons under headings', ['1. Trồng trọt', '1.1. Vụ Xuân 2025', '- Tổng diện tích gieo trồng 412,6 ha, trong đó lúa 380,2 ha, ngô 32,4 ha.', '1.2. Vụ Hè Thu 2025', '- Tổng diện tích gieo trồng 398,4 ha, trong đó lúa 366,0 ha, ngô 32,4 ha.']],
  ['quarter columns beside the half-year total', ['1. Y tế', 'Trong 6 tháng, Trạm Y tế xã khám bệnh 3.180 lượt người.', F, 'Bảng 1. Kết quả khám bệnh theo quý', 'Nội dung\tQuý I\tQuý II\t6 tháng', 'Lượt khám bệnh\t1.520\t1.660\t3.180', 'Lượt chuyển tuyến\t64\t78\t142']],
  ['last year\'s column', ['1. Phòng cháy', 'Trong 6 tháng đầu năm 2025 xảy ra 04 vụ cháy, thiệt hại 120 triệu đồng.', F, 'Bảng 2. So sánh cùng kỳ', 'Chỉ tiêu\t6 tháng 2024\t6 tháng 2025\tTăng/giảm', 'Số vụ cháy\t7\t4\t-3', 'Thiệt hại (triệu đồng)\t310\t120\t-190']],
  ['one month inside the half year', ['1. Đăng ký kinh doanh', 'Riêng trong tháng 6/2025, tiếp nhận 46 hồ sơ đăng ký hộ kinh doanh.', F, '2. Tổng hợp', 'Trong 6 tháng, tiếp nhận 258 hồ sơ đăng ký hộ kinh doanh.']],
  ['two terms under headings', ['1. Thi đua', 'a) Học kỳ I', 'Nhà trường khen thưởng 312 học sinh.', 'b) Học kỳ II', 'Nhà trường khen thưởng 340 học sinh.']],
  ['two vaccination rounds', ['1. Tiêm chủng', '- Đợt 1 (tháng 3/2025): tiêm vắc xin sởi cho 1.240 trẻ.', F, '- Đợt 2 (tháng 5/2025): tiêm vắc xin sởi cho 1.198 trẻ.']],
  ['last year\'s column of certificates', ['1. Tài nguyên', 'Trong 6 tháng đầu năm 2025, cấp 186 giấy chứng nhận quyền sử dụng đất.', F, 'Bảng 1. So sánh', 'Chỉ tiêu\tNăm 2024\t6 tháng 2025', 'Giấy chứng nhận quyền sử dụng đất được cấp\t342\t186']],
], [
  ['one season\'s area 412,6 / 421,6', ['1. Trồng trọt', '1.1. Vụ Xuân 2025', '- Tổng diện tích gieo trồng vụ Xuân 412,6 ha.', F, '2. Đánh giá', '- Tổng diện tích gieo trồng vụ Xuân 421,6 ha, đạt kế hoạch.'], ['412,6', '421,6']],
  ['the half year\'s applications 258 / 285', ['1. Đăng ký kinh doanh', 'Trong 6 tháng, tiếp nhận 258 hồ sơ đăng ký hộ kinh doanh.', F, '2. Tổng hợp', 'Trong 6 tháng, tiếp nhận 285 hồ sơ đăng ký hộ kinh doanh.'], ['258', '285']],
]);

describeClass('a running total beside the period\'s own', [
  ['roads concreted this year / so far', ['1. Giao thông', 'Năm 2025, toàn xã bê tông hóa được 4,2 km đường giao thông nông thôn.', F, 'Lũy kế đến nay, toàn xã đã bê tông hóa 68,5 km đường giao thông nông thôn.']],
  ['houses built this half year / a cumulative row', ['1. Nhà ở', 'Trong 6 tháng, hỗ trợ xây mới nhà ở cho 36 hộ nghèo.', F, 'Bảng 3. Kết quả hỗ trợ nhà ở', 'STT\tChỉ tiêu\tĐơn vị\tSố lượng', '1\tHộ nghèo được hỗ trợ xây mới nhà ở (lũy kế)\thộ\t214']],
  ['pupils received this school year / since 2020', ['1. Giáo dục', 'Từ đầu năm học đến nay, trường đã tiếp nhận 12 học sinh chuyển đến.', F, 'Từ năm 2020 đến nay, trường đã tiếp nhận 57 học sinh chuyển đến.']],
  ['cards issued this half year / to date', ['1. Bảo hiểm', 'Trong 6 tháng, cấp mới 320 thẻ bảo hiểm y tế cho người dân.', F, 'Tính đến ngày 30/6/2025, toàn xã đã cấp 7.840 thẻ bảo hiểm y tế cho người dân.']],
  ['households helped since the programme began / this half year', ['1. Giảm nghèo', 'Từ khi triển khai Chương trình năm 2021 đến nay, đã hỗ trợ sinh kế cho 1.460 hộ nghèo.', F, 'Trong 6 tháng, hỗ trợ sinh kế cho 212 hộ nghèo.']],
], [
  ['this year\'s roads 4,2 / 2,4', ['1. Giao thông', 'Năm 2025, toàn xã bê tông hóa được 4,2 km đường giao thông nông thôn.', F, '2. Đánh giá', 'Năm 2025 toàn xã bê tông hóa được 2,4 km đường giao thông nông thôn.'], ['2,4', '4,2']],
  ['this school year\'s pupils 12 / 21', ['1. Giáo dục', 'Từ đầu năm học đến nay, trường đã tiếp nhận 12 học sinh chuyển đến.', F, '2. Đánh giá', 'Từ đầu năm học đến nay, trường đã tiếp nhận 21 học sinh chuyển đến.'], ['12', '21']],
]);

describeClass('a plan for the next period beside what was done', [
  ['forest planted / to plant', ['1. Lâm nghiệp', '- Trồng mới 12,5 ha rừng sản xuất, đạt 104% kế hoạch.', F, 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', '- Trồng mới 15 ha rừng sản xuất; chăm sóc 40 ha rừng trồng.']],
  ['pupils enrolled / to enrol', ['1. Giáo dục', '- Đã tuyển sinh 112 trẻ vào lớp 1.', F, 'II. KẾ HOẠCH NĂM HỌC 2025-2026', '- Tuyển sinh 120 trẻ vào lớp 1; huy động 100% trẻ 6 tuổi ra lớp.']],
  ['certificates issued / to issue', ['1. Đất đai', '- Cấp 186 giấy chứng nhận quyền sử dụng đất lần đầu.', F, 'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM', '• Cấp 250 giấy chứng nhận quyền sử dụng đất lần đầu.']],
  ['works started / expected', ['1. Xây dựng', '- Trong 6 tháng, khởi công 04 công trình giao thông nông thôn.', F, '- Dự kiến trong quý III/2025 khởi công 06 công trình giao thông nông thôn.']],
], [
  ['the forest planted 12,5 / 15', ['1. Lâm nghiệp', '- Trồng mới 12,5 ha rừng sản xuất, đạt 104% kế hoạch.', F, '2. Đánh giá', '- Trồng mới 15 ha rừng sản xuất trong 6 tháng.'], ['12,5', '15']],
  ['the certificates issued 186 / 168', ['1. Đất đai', '- Cấp 186 giấy chứng nhận quyền sử dụng đất lần đầu.', F, '2. Đánh giá', '- Đã cấp 168 giấy chứng nhận quyền sử dụng đất lần đầu.'], ['168', '186']],
]);

describeClass('per-unit values of different measures', [
  ['income / training cost per worker', ['1. Lao động', 'Thu nhập bình quân của lao động tại các doanh nghiệp đạt 5,8 triệu đồng/lao động/tháng.', F, '- Chi phí đào tạo nghề bình quân 2,4 triệu đồng/lao động.']],
  ['grant / loan per household', ['1. Nhà ở', '- Mức hỗ trợ xây nhà bình quân 40 triệu đồng/hộ.', F, '- Vốn vay ưu đãi bình quân 60 triệu đồng/hộ.']],
  ['manure / yield per hectare', ['1. Trồng trọt', '- Lượng phân hữu cơ sử dụng bình quân 2,1 tấn/ha.', F, '- Năng suất lúa bình quân 6,2 tấn/ha.']],
  ['output / profit per hectare', ['1. Nông nghiệp', '- Giá trị sản xuất bình quân đạt 142 triệu đồng/ha.', F, '- Lợi nhuận bình quân đạt 58 triệu đồng/ha.']],
], [
  ['the income 5,8 / 8,5', ['1. Lao động', 'Thu nhập bình quân của lao động tại các doanh nghiệp đạt 5,8 triệu đồng/lao động/tháng.', F, '2. Đánh giá', 'Thu nhập bình quân của lao động tại các doanh nghiệp đạt 8,5 triệu đồng/lao động/tháng.'], ['5,8 triệu đồng', '8,5 triệu đồng']],
  ['the output 142 / 124', ['1. Nông nghiệp', '- Giá trị sản xuất bình quân đạt 142 triệu đồng/ha.', F, '2. Đánh giá', '- Giá trị sản xuất bình quân đạt 124 triệu đồng/ha.'], ['124 triệu đồng', '142 triệu đồng']],
]);

describeClass('shares of one whole with different predicates', [
  ['schools online / up to standard', ['1. Giáo dục', 'Có 09/12 trường đã kết nối internet tốc độ cao.', F, 'Có 07/12 trường đạt chuẩn quốc gia mức độ 1.']],
  ['hamlets with a hall / with a digital team', ['1. Văn hóa', '15/18 thôn có nhà văn hóa đạt chuẩn.', F, '12/18 thôn có tổ công nghệ số cộng đồng hoạt động hiệu quả.']],
  ['cooperatives in profit / using technology', ['1. Kinh tế tập thể', 'Số hợp tác xã hoạt động có lãi là 6/9 hợp tác xã.', F, 'Có 4/9 hợp tác xã ứng dụng công nghệ cao vào sản xuất.']],
  ['stations with a doctor / with e-records', ['1. Y tế', 'Có 10/14 trạm y tế có bác sĩ làm việc.', F, 'Có 12/14 trạm y tế đã triển khai bệnh án điện tử.']],
], [
  ['the hamlets with a hall 15/18 / 13/18', ['1. Văn hóa', '15/18 thôn có nhà văn hóa đạt chuẩn.', F, '2. Đánh giá', '13/18 thôn có nhà văn hóa đạt chuẩn.'], ['13/18', '15/18']],
]);

describeClass('members of a list, each named', [
  ['three bridges\' lengths', ['1. Giao thông', 'Trong 6 tháng, khánh thành 03 cây cầu mới gồm:', '+ Cầu Khe Nước, chiều dài 24 m, khánh thành ngày 12/3/2025;', '+ Cầu Bến Đò, chiều dài 36 m, khánh thành ngày 20/5/2025;', '+ Cầu Suối Cạn, chiều dài 18 m, khánh thành ngày 02/6/2025.']],
  // "m3/giờ" is the rate's unit, no name: the well named before the comma is what the capacity is of.
  ['two wells\' capacities in m3/giờ', ['1. Cấp nước', 'Đưa vào vận hành 02 giếng khoan mới:', '+ Giếng khoan thôn Đông, công suất 12 m3/giờ;', '+ Giếng khoan thôn Tây, công suất 18 m3/giờ.']],
  ['two kindergartens\' pupils', ['1. Giáo dục mầm non', 'Số trẻ theo từng trường:', '- Trường Mầm non Hoa Sen, số trẻ ra lớp 245 trẻ;', '- Trường Mầm non Hướng Dương, số trẻ ra lớp 198 trẻ.']],
  ['two reservoirs\' volumes', ['1. Thủy lợi', 'Trên địa bàn có 02 hồ chứa:', '- Hồ Khe Sâu, dung tích 1,2 triệu m3;', '- Hồ Đập Làng, dung tích 0,8 triệu m3.']],
  ['two schools\' areas', ['1. Trường học', 'Xây mới 02 trường học:', '+ Trường Tiểu học Tân Lập, diện tích 4.200 m2;', '+ Trường Mầm non Sơn Ca, diện tích 3.600 m2.']],
], [
  ['one bridge\'s length 24 / 42', ['1. Giao thông', '+ Cầu Khe Nước, chiều dài 24 m, khánh thành ngày 12/3/2025.', F, '2. Đánh giá', 'Cầu Khe Nước, chiều dài 42 m, đưa vào sử dụng từ ngày 12/3/2025.'], ['24', '42']],
]);

describeClass('an identifier read beside a count', [
  ['"Tổ dân phố số 3"', ['1. Dân cư', 'Toàn phường chia thành 08 tổ dân phố với 2.960 hộ.', F, 'Tổ dân phố số 3 là địa bàn đông dân nhất, có 512 hộ.']],
  ['"Cụm công nghiệp số 2"', ['1. Công nghiệp', 'Toàn huyện có 5 cụm công nghiệp đã được thành lập.', F, 'Cụm công nghiệp số 2 đã lấp đầy 86% diện tích.']],
  ['"Điểm tiêm chủng số 7"', ['1. Tiêm chủng', 'Tổ chức 12 điểm tiêm chủng vắc xin sởi - rubella.', F, 'Điểm tiêm chủng số 7 đặt tại nhà văn hóa thôn Bắc.']],
  ['"Đội sản xuất số 4"', ['1. Sản xuất', 'Hiện có 6 đội sản xuất.', F, 'Đội sản xuất số 4 có 85 hộ tham gia.']],
  ['"Khối lớp 5"', ['1. Giáo dục', 'Toàn trường có 18 lớp với 612 học sinh.', F, 'Khối lớp 5 có 4 lớp với 136 học sinh.']],
  ['"Chốt kiểm soát số 3"', ['1. Phòng dịch', 'Thành lập 14 chốt kiểm soát dịch bệnh động vật.', F, 'Chốt kiểm soát số 3 đặt tại ngã ba Đồng Tâm.']],
], []);

describeClass('a table row\'s other columns, a rate beside its count, one dated event', [
  ['qualified staff beside their degree columns', ['1. Đội ngũ', '- 42/42 cán bộ, công chức đạt chuẩn trình độ chuyên môn (100%), trong đó 30/42 cán bộ, công chức có trình độ đại học.', F, 'Bảng 4. Trình độ đội ngũ', 'Đối tượng\tTổng số\tĐại học\tCao đẳng\tTrung cấp\tChưa qua đào tạo', 'Cán bộ, công chức\t42\t30\t8\t4\t0']],
  ['teachers beside their degree columns', ['1. Đội ngũ', 'Có 35/35 giáo viên đạt chuẩn trình độ đào tạo, trong đó 28 giáo viên trên chuẩn.', F, 'Bảng 3. Trình độ giáo viên', 'Đối tượng\tTổng số\tĐại học\tCao đẳng\tTrung cấp', 'Giáo viên\t35\t28\t7\t0']],
  ['a hamlet split row', ['1. Chăn nuôi', 'Toàn xã có 1.240 hộ chăn nuôi.', F, 'Bảng 2. Hộ chăn nuôi theo thôn', 'Nội dung\tTổng số\tThôn Đông\tThôn Tây', 'Hộ chăn nuôi\t1.240\t680\t560']],
  ['online payments beside their rate row', ['1. Dịch vụ công', 'Số hồ sơ thanh toán phí, lệ phí trực tuyến là 1.246 hồ sơ.', F, 'Bảng 5. Kết quả theo quý', 'Nội dung\tQuý I\tQuý II\t6 tháng', 'Hồ sơ thanh toán trực tuyến\t580\t666\t1.246', 'Tỷ lệ hồ sơ thanh toán trực tuyến (%)\t48,20\t52,60\t50,50']],
  ['malnourished children beside their rate', ['1. Dinh dưỡng', 'Số trẻ em dưới 5 tuổi bị suy dinh dưỡng là 86 trẻ.', F, 'Bảng 4. Chỉ tiêu y tế', 'Chỉ tiêu\tĐơn vị\tKết quả', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng\t%\t12,4']],
  ['households with clean water beside their rate', ['1. Nước sạch', 'Số hộ sử dụng nước sạch là 1.865 hộ.', F, 'Bảng 5. Chỉ tiêu', 'Chỉ tiêu\tĐơn vị\tKết quả', 'Tỷ lệ hộ sử dụng nước sạch\t%\t92,5']],
  ['one fire on a day inside the half year\'s', ['1. Phòng cháy', 'Trong 6 tháng, trên địa bàn xã xảy ra 03 vụ cháy, thiệt hại 85 triệu đồng.', F, 'Đáng chú ý, ngày 14/4/2025 xảy ra 01 vụ cháy tại kho hàng thôn Đông, thiệt hại 60 triệu đồng.']],
  ['one day\'s talks inside the half year\'s', ['1. Phổ biến pháp luật', 'Trong 6 tháng, tổ chức 14 buổi tuyên truyền pháp luật.', F, 'Ngày 20/5/2025, tổ chức 02 buổi tuyên truyền pháp luật tại thôn Bắc.']],
  ['one day\'s receptions inside the half year\'s', ['1. Tiếp công dân', '6 tháng đầu năm, tiếp 56 lượt công dân.', F, 'Ngày 15/3/2025, Chủ tịch UBND xã tiếp 8 lượt công dân.']],
], [
  ['the half year\'s receptions 56 / 65', ['1. Tiếp công dân', '6 tháng đầu năm, tiếp 56 lượt công dân.', F, '2. Đánh giá', 'Trong 6 tháng đầu năm, tiếp 65 lượt công dân.'], ['56', '65']],
]);

// True conflicts written with the look-alikes above that the rule does not find yet (recall, not precision).
describe('repeated-value-conflict look-alikes: conflicts still missed', () => {
  it.todo('a half year\'s count in the text (3.280 lượt khám) against its table\'s "6 tháng" column (3.180)');
  it.todo('one share restated with another numerator over a whole of 12 ("09/12" / "07/12 trường đạt chuẩn quốc gia mức độ 1")');
  it.todo('a ward\'s hamlets "chia thành 08 tổ dân phố" against "có 09 tổ dân phố"');
  it.todo('the half year\'s "03 vụ cháy" with its loss against "05 vụ cháy" restated');
  it.todo('"24 cán bộ, công chức" against "22 cán bộ, công chức"');
});
