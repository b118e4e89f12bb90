import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Wording-robustness study: a part larger than its whole, told in many topics and connectors; values checked by hand.
const findings = (text: string) => findingsOf('part-exceeds-whole', text);

describe('part-exceeds-whole: wording variants with the error in plain view', () => {
  it.each([
    ['Trong năm tiếp nhận 5 trường hợp đăng ký kinh doanh, trong đó đăng ký mới 555 trường hợp.\n', 555, 5],
    ['Toàn xã có 412 hộ sản xuất lúa, trong đó 530 hộ áp dụng cơ giới hóa khâu làm đất.\n', 530, 412],
    ['Trường có 28 giáo viên, trong số này có 31 giáo viên đạt chuẩn trở lên.\n', 31, 28],
    ['Tổng số hồ sơ tiếp nhận là 320 hồ sơ, riêng hồ sơ trực tuyến 350 hồ sơ.\n', 350, 320],
    ['Đã tổ chức 12 cuộc kiểm tra an toàn thực phẩm, trong đó có 15 cuộc kiểm tra liên ngành.\n', 15, 12],
    ['Tổng số lao động trong các doanh nghiệp là 1.250 người, trong đó lao động nữ 1.380 người.\n', 1380, 1250],
    ['Lớp bồi dưỡng có 45 học viên, trong đó nữ 54 học viên.\n', 54, 45],
    // The count after "tại" says where the money was raised; it is no second part: 96.500 triệu > 92.400 triệu.
    ['Thu tiền thuê đất đạt 92.400 triệu đồng, trong đó thu từ các khu công nghiệp 96.500 triệu đồng tại 03 khu.\n', 96_500_000_000, 92_400_000_000],
    // a sentence naming its whole by the noun it was stated with: "trong số đơn kiến nghị có 15 đơn" of 12 petitions
    ['Hội Nông dân tiếp nhận 40 đơn, gồm 12 đơn kiến nghị và 28 đơn phản ánh; trong số đơn kiến nghị có 15 đơn về giá vật tư nông nghiệp.\n', 15, 12],
    // the same, the whole two paragraphs back and pointed at by "nêu trên": 31 female pupils of 27 pupils
    ['I. KẾT QUẢ\nPhường chọn 27 học sinh tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2025 ở 05 môn.\nII. GIẢI THƯỞNG\nĐội tuyển đạt 06 huy chương các loại.\nTrong số học sinh dự Hội khỏe Phù Đổng cấp tỉnh nêu trên, có 31 học sinh nữ.\n', 31, 27],
    // athletes are people of any walk: 212 students among 198 runners is more than the whole
    ['Giải chạy bộ vì sức khỏe cộng đồng thu hút 198 vận động viên, trong đó có 212 sinh viên các trường cao đẳng.\n', 212, 198],
  ])('%s', async (text, part, whole) => {
    expect((await findings(text)).map((f) => [f.messageId, f.data.part, f.data.whole])).toEqual([['partExceedsWhole', part, whole]]);
  });
});

describe('part-exceeds-whole: correct look-alikes', () => {
  it.each([
    'Giải chạy bộ vì sức khỏe cộng đồng thu hút 198 vận động viên, trong đó có 112 sinh viên các trường cao đẳng.\n',
    'Trong năm tiếp nhận 55 trường hợp đăng ký kinh doanh, trong đó đăng ký mới 5 trường hợp.\n',
    'Trường có 28 giáo viên, trong đó 25 giáo viên đạt chuẩn trở lên.\n',
    // money in triệu under a whole in tỷ: 800 triệu < 2,5 tỷ
    'Tổng vốn đầu tư là 2,5 tỷ đồng, trong đó vốn ngân sách tỉnh 800 triệu đồng.\n',
    // different things: checks, violations, fines
    'Đã tổ chức 12 cuộc kiểm tra, phát hiện 35 vi phạm, xử phạt 18 triệu đồng.\n',
    // villages and households are not one count
    'Xã có 6 thôn, trong đó có 320 hộ nghèo.\n',
    // hectares under a whole in hectares, not under the households
    'Toàn xã có 412 hộ sản xuất lúa với 530 ha, trong đó 380 ha áp dụng cơ giới hóa.\n',
    // people reached by a team are not its members
    'Đoàn có 15 cán bộ, đã tuyên truyền cho 300 người.\n',
    // a total of two groups told before a "trong đó" that belongs to the total, not to the last group
    // 36.500 triệu < 92.400 triệu; "tại 03 khu" says where.
    'Thu tiền thuê đất đạt 92.400 triệu đồng, trong đó thu từ các khu công nghiệp 36.500 triệu đồng tại 03 khu.\n',
    'Toàn huyện hiện có 310 cán bộ, công chức cấp xã, gồm 150 cán bộ và 160 công chức; trong đó 280 người có trình độ đại học.\n',
    // the same naming, the part within its whole: 9 of 12 petitions
    'Hội Nông dân tiếp nhận 40 đơn, gồm 12 đơn kiến nghị và 28 đơn phản ánh; trong số đơn kiến nghị có 9 đơn về giá vật tư nông nghiệp.\n',
    // a name no earlier amount was stated with ("thi đấu cấp huyện"): no whole is guessed
    'Phường chọn 27 học sinh tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2025.\nTrong số học sinh thi đấu giải bơi cấp huyện, có 31 học sinh nữ.\n',
  ])('%s', async (text) => {
    expect(await findings(text)).toEqual([]);
  });
});
