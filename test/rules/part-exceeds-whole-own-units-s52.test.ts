import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// Session 52 (holdout218): a count of the report's own units that meet a condition ("N thôn đạt chuẩn …"), in another
// paragraph than the profile stating how many units the place has ("Xã … có 11 thôn"), cannot exceed that number.
// Sentences written for this test: schools of a district, health stations, villages with a cultural title.
const district = (profile: string, result: string) =>
  `ỦY BAN NHÂN DÂN HUYỆN YÊN KHÁNH\nSố: 45/BC-UBND\nYên Khánh, ngày 15 tháng 12 năm 2024\nBÁO CÁO\nKết quả công tác giáo dục, y tế năm 2024\nI. Đặc điểm tình hình\n${profile}\nII. Kết quả thực hiện\n${result}\n`;
const commune = (profile: string, result: string) =>
  `ỦY BAN NHÂN DÂN XÃ HẢI AN\nSố: 30/BC-UBND\nHải An, ngày 10 tháng 12 năm 2024\nBÁO CÁO\nKết quả phong trào xây dựng đời sống văn hóa năm 2024\nI. Đặc điểm\n${profile}\nII. Kết quả\n${result}\n`;

const SCHOOLS = 'Huyện Yên Khánh có 19 trường tiểu học, 18 trường trung học cơ sở với 14 250 học sinh.';
const STATIONS = 'Toàn huyện có 17 trạm y tế, 01 trung tâm y tế với 420 giường bệnh.';
const VILLAGES = 'Xã Hải An có 9 thôn với 2 140 hộ, 8 450 nhân khẩu.';

describe('part-exceeds-whole: a count of the place\'s own units above how many it has (s52)', () => {
  it('flags 21 primary schools up to standard in a district of 19', async () => {
    // Hand-checked: 21 > 19, both "trường tiểu học" of huyện Yên Khánh, the report's own district and year.
    await expectFindings(RULE, district(SCHOOLS, 'Năm 2024 có 21 trường tiểu học đạt chuẩn quốc gia mức độ 2; 16 trường trung học cơ sở được công nhận lại.'), [
      { messageId: 'partExceedsWhole', data: { part: 21, whole: 19 }, quote: '21', at: 'Năm 2024 có ', severity: 'error' },
    ]);
  });

  it('flags 18 health stations meeting the national criteria where the district has 17', async () => {
    await expectFindings(RULE, district(STATIONS, 'Đến nay có 18 trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã.'), [
      { messageId: 'partExceedsWhole', data: { part: 18, whole: 17 }, quote: '18', at: 'Đến nay có ', severity: 'error' },
    ]);
  });

  it('flags 10 villages with the cultural title in a commune of 9', async () => {
    await expectFindings(RULE, commune(VILLAGES, 'Năm 2024 có 10 thôn được công nhận danh hiệu thôn văn hóa; 1 960 hộ đạt gia đình văn hóa.'), [
      { messageId: 'partExceedsWhole', data: { part: 10, whole: 9 }, quote: '10', at: 'Năm 2024 có ', severity: 'error' },
    ]);
  });

  it('leaves alone a part within the whole, of another unit, or of units an action reached', async () => {
    await expectNone(RULE, district(SCHOOLS, 'Năm 2024 có 17 trường tiểu học đạt chuẩn quốc gia mức độ 2.'));
    await expectNone(RULE, commune(VILLAGES, 'Năm 2024 có 12 tổ hòa giải được công nhận hoạt động hiệu quả.'));
    await expectNone(RULE, commune(VILLAGES, 'Ủy ban nhân dân xã hỗ trợ kinh phí cho 12 thôn tổ chức ngày hội đại đoàn kết.'));
    await expectNone(RULE, district(STATIONS, 'Đoàn kiểm tra của huyện đã kiểm tra 24 lượt trạm y tế.'));
    // "trường hợp" (cases) opens with the word of "trường học" but is another unit.
    await expectNone(RULE, district('Toàn huyện có 52 trường học với 21 400 học sinh.', 'Năm 2024 có 64 trường hợp là học sinh được hỗ trợ chi phí học tập.'));
  });

  it('leaves alone a part of another place, another period, a target, or a count that takes in merged units', async () => {
    // Another, higher place: the province's villages.
    await expectNone(RULE, commune(VILLAGES, 'Toàn tỉnh có 1 250 thôn được công nhận danh hiệu thôn văn hóa.'));
    // A span of years, a running total.
    await expectNone(RULE, commune(VILLAGES, 'Giai đoạn 2015 - 2024 có 12 thôn được công nhận danh hiệu thôn văn hóa.'));
    await expectNone(RULE, district(STATIONS, 'Lũy kế đến nay có 25 trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã.'));
    // A target.
    await expectNone(RULE, district(SCHOOLS, 'Phấn đấu năm 2025 có 22 trường tiểu học đạt chuẩn quốc gia.'));
    // Units counted before they were merged.
    await expectNone(RULE, commune(VILLAGES, 'Đến nay có 12 thôn được công nhận danh hiệu thôn văn hóa (tính cả các thôn cũ trước sáp nhập).'));
  });

  it('leaves alone a facility named with its level against the noun\'s units of a lower level (holdout219 look-alike)', async () => {
    // "01 trạm y tế huyện" is the district's own station, not every station: 03 stations of the communes are no part of it.
    const HOSPITAL = 'Huyện Yên Khánh có 01 trạm y tế huyện, 17 trạm y tế xã với 420 giường bệnh.';
    await expectNone(RULE, district(HOSPITAL, 'Có 03 trạm y tế xã đã xuống cấp, cần sửa chữa.'));
    await expectNone(RULE, district(HOSPITAL, 'Năm 2024 có 03 trạm y tế được cấp trang thiết bị mới.'));
  });
});
