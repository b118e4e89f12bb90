import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Wording-robustness study: the same arithmetic told in the phrasings and topics of many kinds of report.
// Every sum below was checked by hand.
const findings = (text: string) => findingsOf('parts-sum-mismatch', text);
const ids = async (text: string) => (await findings(text)).map((f) => [f.messageId, f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: wording variants with the error in plain view', () => {
  it.each([
    // staff after a quota in brackets: the parts split the 16 there, 5 + 12 = 17 ≠ 16
    ['Trường hiện có 16 người (định mức được giao 18 người), gồm 05 cán bộ quản lý và 12 giáo viên.\n', 'partsSumMismatch', 17, 16],
    // agriculture, "gồm:" and commas: 860 + 240 + 120 = 1.220 ≠ 1.250
    ['Tổng diện tích gieo trồng vụ Đông Xuân đạt 1.250 ha, gồm: lúa 860 ha, ngô 240 ha, rau màu 120 ha.\n', 'partsSumMismatch', 1220, 1250],
    // budget, "bao gồm … và …" in tỷ: 4,2 + 7,8 = 12,0 ≠ 12,5 tỷ
    ['Tổng chi ngân sách xã năm 2025 là 12,5 tỷ đồng, bao gồm chi đầu tư phát triển 4,2 tỷ đồng và chi thường xuyên 7,8 tỷ đồng.\n', 'partsSumMismatch', 12e9, 12.5e9],
    // health, "cụ thể:" with ";": 1.100 + 350 = 1.450 ≠ 1.420
    ['Trạm y tế đã khám cho 1.420 lượt người, cụ thể: khám bảo hiểm y tế 1.100 lượt; khám dịch vụ 350 lượt.\n', 'partsSumMismatch', 1450, 1420],
    // education, "chia ra:": 312 + 520 + 414 = 1.246 ≠ 1.236
    ['Toàn xã có 3 trường học với 1.236 học sinh, chia ra: mầm non 312 học sinh, tiểu học 520 học sinh, trung học cơ sở 414 học sinh.\n', 'partsSumMismatch', 1246, 1236],
    // training, members split by sex in plain "người": 950 + 870 = 1.820 ≠ 1.800 học viên
    ['Toàn huyện tổ chức 36 lớp tập huấn với 1.800 học viên, trong đó nam 950 người, nữ 870 người.\n', 'partsSumMismatch', 1820, 1800],
    // labour, male/female after "trong đó:": 112 + 113 = 225 ≠ 215
    ['Tổng số lao động được giải quyết việc làm là 215 người, trong đó: lao động nam 112 người, lao động nữ 113 người.\n', 'partsSumMismatch', 225, 215],
    // training, male/female in the whole's own noun: 950 + 870 = 1.820 ≠ 1.800
    ['Toàn huyện có 1.800 học viên, chia ra: nam 950 học viên, nữ 870 học viên.\n', 'partsSumMismatch', 1820, 1800],
    // administrative reform: on time + late + pending = received: 598 + 12 + 40 = 650 ≠ 640
    ['Bộ phận một cửa tiếp nhận 640 hồ sơ, trong đó giải quyết đúng hạn 598 hồ sơ, quá hạn 12 hồ sơ, đang giải quyết 40 hồ sơ.\n', 'partsSumMismatch', 650, 640],
    // settled + pending, the pending part opening with "đang": 598 + 52 = 650 ≠ 640
    ['Bộ phận một cửa tiếp nhận 640 hồ sơ, trong đó đã giải quyết 598 hồ sơ, đang giải quyết 52 hồ sơ.\n', 'partsSumMismatch', 650, 640],
    ['Tổng số hồ sơ là 640 hồ sơ, trong đó đã giải quyết 598 hồ sơ, đang giải quyết 52 hồ sơ.\n', 'partsSumMismatch', 650, 640],
    // security, "gồm" listing three kinds of case: 20 + 15 + 10 = 45 ≠ 48
    ['Công an xã đã xử lý 48 vụ vi phạm, gồm 20 vụ vi phạm trật tự an toàn giao thông, 15 vụ đánh bạc và 10 vụ trộm cắp tài sản.\n', 'partsSumMismatch', 45, 48],
    // culture, parts in bullets under the whole: 3 + 9 + 10 = 22 ≠ 24
    ['Tổng số di tích trên địa bàn là 24 di tích, bao gồm:\n- Di tích cấp quốc gia: 3 di tích;\n- Di tích cấp tỉnh: 9 di tích;\n- Di tích chưa xếp hạng: 10 di tích.\n', 'partsSumMismatch', 22, 24],
    // poverty flow: 86 − 24 + 5 = 67 ≠ 69
    ['I. KẾT QUẢ\nSố hộ nghèo đầu năm là 86 hộ; trong năm thoát nghèo 24 hộ, phát sinh mới 5 hộ; đến cuối năm còn 69 hộ.\n', 'balanceMismatch', 67, 69],
    // stock flow tồn / nhập / xuất: 120 + 300 − 280 = 140 ≠ 150
    ['I. KẾT QUẢ\nTồn kho đầu kỳ 120 tấn phân bón; nhập trong kỳ 300 tấn; xuất trong kỳ 280 tấn; tồn cuối kỳ 150 tấn.\n', 'balanceMismatch', 140, 150],
    // a breakdown by a criterion in the next paragraph, a count describing a part: 2,4 + 1,1 = 3,5 ≠ 3,8 tỷ đồng
    ['I. KẾT QUẢ\nSố tiền thuế còn nợ đến cuối năm là 3,8 tỷ đồng, giảm 0,6 tỷ đồng so với cùng kỳ (4,4 tỷ đồng).\nPhân theo loại thuế: thuế sử dụng đất 2,4 tỷ đồng; lệ phí môn bài 1,1 tỷ đồng, tập trung ở 14 hộ kinh doanh.\n', 'partsSumMismatch', 3_500_000_000, 3_800_000_000],
    // checks split by how they were called (on schedule / unannounced) cover the whole: 22 + 9 = 31 ≠ 30
    ['Năm 2025, Đoàn liên ngành đã thực hiện 30 lượt kiểm tra an toàn thực phẩm, trong đó 22 lượt kiểm tra định kỳ và 9 lượt kiểm tra đột xuất.\n', 'partsSumMismatch', 31, 30],
    ['Thanh tra xây dựng tiến hành 45 cuộc, trong đó 30 cuộc theo kế hoạch và 12 cuộc đột xuất.\n', 'partsSumMismatch', 42, 45],
    // party members counted one by one as "đồng chí": 5 + 4 + 2 = 11 ≠ 12
    ['Chi bộ đã kết nạp 12 đảng viên, gồm 05 đồng chí ở khối cơ quan, 04 đồng chí ở khối doanh nghiệp và 02 đồng chí ở khối trường học.\n', 'partsSumMismatch', 11, 12],
    // a breakdown that names its whole, after a paragraph whose last sentence only compares with another commune's value
    // (in brackets): the whole is the sentence before, 25 + 11 = 36 ≠ 38
    ['I. KẾT QUẢ\nLực lượng chức năng phát hiện 38 vụ buôn bán hàng giả, giảm 4 vụ so với năm trước. Số vụ của huyện ít hơn huyện Bình Sơn (61 vụ).\nPhân loại vụ buôn bán hàng giả gồm: mỹ phẩm 25 vụ; thực phẩm chức năng 11 vụ.\n', 'partsSumMismatch', 36, 38],
    // classes set apart by bounds of another measure ("dưới 150 kg", "từ 300 kg trở lên"): the bounds name the classes, the
    // heads are the parts: 320 + 410 + 140 = 870 ≠ 860
    ['Đàn bò của xã có 860 con, gồm: dưới 150 kg 320 con, từ 150 kg đến dưới 300 kg 410 con, từ 300 kg trở lên 140 con.\n', 'partsSumMismatch', 870, 860],
    // the same, the parts counted by the classifier of the whole's noun ("xe ô tô" … "chiếc"): 120 + 70 + 20 = 210 ≠ 215
    ['Toàn phường có 215 xe ô tô đăng ký, gồm: dưới 9 chỗ 120 chiếc, từ 9 chỗ đến dưới 30 chỗ 70 chiếc, từ 30 chỗ trở lên 20 chiếc.\n', 'partsSumMismatch', 210, 215],
  ])('%s', async (text, id, sum, whole) => {
    expect(await ids(text)).toEqual([[id, sum, whole]]);
  });
});

describe('parts-sum-mismatch: correct look-alikes and wordings it cannot judge surely', () => {
  it.each([
    // parts that add up: 860 + 240 + 120 = 1.220
    'Tổng diện tích gieo trồng vụ Đông Xuân đạt 1.220 ha, gồm: lúa 860 ha, ngô 240 ha, rau màu 120 ha.\n',
    'Tổng số di tích trên địa bàn là 22 di tích, bao gồm:\n- Di tích cấp quốc gia: 3 di tích;\n- Di tích cấp tỉnh: 9 di tích;\n- Di tích chưa xếp hạng: 10 di tích.\n',
    // 598 + 12 + 30 = 640
    'Bộ phận một cửa tiếp nhận 640 hồ sơ, trong đó giải quyết đúng hạn 598 hồ sơ, quá hạn 12 hồ sơ, đang giải quyết 30 hồ sơ.\n',
    // a subset needs not add up
    'Tổng số lao động được giải quyết việc làm là 215 người, trong đó lao động nữ 96 người.\n',
    'Công an xã đã xử lý 48 vụ vi phạm, riêng vi phạm trật tự an toàn giao thông 20 vụ.\n',
    'Toàn huyện tổ chức 36 lớp tập huấn với 1.800 học viên, trong đó nữ 870 học viên.\n',
    // Parts in plain "người" named by a sex word alone are the whole's members (labels membersBySex): 930 + 870 = 1.800.
    // A "người" named any other way is not read so ("259 cán bộ, công chức, gồm 123 cán bộ và 136 công chức; trong đó 247
    // người …" stays no part of 136).
    'Toàn huyện tổ chức 36 lớp tập huấn với 1.800 học viên, trong đó nam 930 người, nữ 870 người.\n',
    // overlapping categories (children and the elderly are not all the cards; households keep both animals)
    'Đã cấp 1.250 thẻ bảo hiểm y tế, trong đó cấp cho trẻ em dưới 6 tuổi 420 thẻ, người cao tuổi 310 thẻ.\n',
    'Toàn xã có 540 hộ chăn nuôi, trong đó 320 hộ nuôi lợn, 290 hộ nuôi gà (nhiều hộ nuôi cả hai loại).\n',
    // a part of another split after "trong đó": online files and settled files overlap (420 + 598 > 640 is no error)
    'Bộ phận một cửa tiếp nhận 640 hồ sơ, trong đó trực tuyến 420 hồ sơ, đã giải quyết 598 hồ sơ.\n',
    // mixed money units that add up: 4,2 tỷ + 8.300 triệu = 12,5 tỷ
    'Tổng chi ngân sách xã năm 2025 là 12,5 tỷ đồng, bao gồm chi đầu tư phát triển 4,2 tỷ đồng và chi thường xuyên 8.300 triệu đồng.\n',
    // a flow that balances: 86 − 24 + 5 = 67
    'I. KẾT QUẢ\nSố hộ nghèo đầu năm là 86 hộ; trong năm thoát nghèo 24 hộ, phát sinh mới 5 hộ; đến cuối năm còn 67 hộ.\n',
    // the parts split the staff there (16 = 6 + 10), not the quota in brackets (18)
    'I. KẾT QUẢ\nTrường hiện có 16 người (định mức được giao 18 người), gồm 04 cán bộ quản lý và 12 giáo viên.\n',
    'I. KẾT QUẢ\nSố công chức xã hiện có 21 người (chỉ tiêu biên chế 23 người), gồm 09 nam và 12 nữ.\n',
    // averages are never summed
    'Năng suất lúa bình quân đạt 62 tạ/ha, gồm lúa lai 68 tạ/ha và lúa thuần 58 tạ/ha.\n',
    // Not judged: a surplus ("kết dư") is not surely revenue minus spending as written (carry-over, revenue shared with
    // higher levels), so 18,6 − 15,2 ≠ 4,4 is left unsaid.
    'Tổng thu ngân sách 18,6 tỷ đồng, tổng chi 15,2 tỷ đồng, kết dư ngân sách 4,4 tỷ đồng.\n',
    // Not judged: files received told apart from what became of them without "trong đó": some may be older files.
    'Bộ phận một cửa tiếp nhận 640 hồ sơ; đã giải quyết đúng hạn 598 hồ sơ, quá hạn 12 hồ sơ, đang giải quyết 40 hồ sơ.\n',
    // the same breakdown adding up: 2,7 + 1,1 = 3,8
    'I. KẾT QUẢ\nSố tiền thuế còn nợ đến cuối năm là 3,8 tỷ đồng, giảm 0,6 tỷ đồng so với cùng kỳ (4,4 tỷ đồng).\nPhân theo loại thuế: thuế sử dụng đất 2,7 tỷ đồng; lệ phí môn bài 1,1 tỷ đồng, tập trung ở 14 hộ kinh doanh.\n',
    // Not judged: two amounts before the breakdown, which one it splits is unsure.
    'I. KẾT QUẢ\nThu thuế đạt 9,5 tỷ đồng, còn nợ 3,8 tỷ đồng.\nPhân theo loại thuế: thuế sử dụng đất 2,4 tỷ đồng; lệ phí môn bài 1,1 tỷ đồng.\n',
    // the value in brackets after a comparative is another district's: the breakdown splits the 36 before, 25 + 11 = 36
    'I. KẾT QUẢ\nLực lượng chức năng phát hiện 36 vụ buôn bán hàng giả, giảm 4 vụ so với năm trước. Số vụ của huyện ít hơn huyện Bình Sơn (61 vụ).\nPhân loại vụ buôn bán hàng giả gồm: mỹ phẩm 25 vụ; thực phẩm chức năng 11 vụ.\n',
    // numbers that are part of the names listed ("Tân Phú 2") count nothing: no sum against the 3 sites
    'Huyện đã bàn giao 03 khu tái định cư gồm: Tân Phú 2, Hòa Lạc 1 và Bình Minh 3 cho các hộ dân.\n',
    // checks split by how they were called, adding up: 22 + 8 = 30
    'Năm 2025, Đoàn liên ngành đã thực hiện 30 lượt kiểm tra an toàn thực phẩm, trong đó 22 lượt kiểm tra định kỳ và 8 lượt kiểm tra đột xuất.\n',
    // classes by bounds adding up, in the classifier: 120 + 70 + 20 = 210
    'Toàn phường có 210 xe ô tô đăng ký, gồm: dưới 9 chỗ 120 chiếc, từ 9 chỗ đến dưới 30 chỗ 70 chiếc, từ 30 chỗ trở lên 20 chiếc.\n',
  ])('%s', async (text) => {
    expect(await findings(text)).toEqual([]);
  });
});

describe('parts-sum-mismatch: a whole whose noun names two things joined by a comma or "và"', () => {
  it('reads parts counted in either noun: 13 xã + 3 thị trấn = 16 ≠ 15 "xã, thị trấn"', async () => {
    expect(await ids('Toàn huyện có 15 xã, thị trấn, gồm 13 xã và 3 thị trấn.\n')).toEqual([['partsSumMismatch', 16, 15]]);
    expect(await ids('Huyện đã công nhận 15 xã và thị trấn, gồm 13 xã và 3 thị trấn đạt chuẩn.\n')).toEqual([['partsSumMismatch', 16, 15]]);
    // 12 + 3 = 15: silent.
    expect(await ids('Toàn huyện có 15 xã, thị trấn, gồm 12 xã và 3 thị trấn.\n')).toEqual([]);
    // A whole of one noun: towns are no part of its communes.
    expect(await ids('Toàn huyện có 15 xã, gồm 13 xã và 3 thị trấn.\n')).toEqual([]);
  });

  it('reads levels of training as distinct members: 70 + 60 = 130 > 120 "trong đó"', async () => {
    expect(await ids('Trung tâm tuyển sinh 120 học viên, trong đó 70 học viên trung cấp và 60 học viên sơ cấp.\n')).toEqual([['partsExceedWhole', 130, 120]]);
    // Women and ethnic minorities may overlap: silent.
    expect(await ids('Trung tâm tuyển sinh 120 học viên, trong đó 70 học viên nữ và 60 học viên dân tộc thiểu số.\n')).toEqual([]);
  });
});
