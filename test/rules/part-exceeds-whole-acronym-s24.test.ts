import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// A unit written as an acronym counts what its spelled-out noun counts: "GCN" and "giấy chứng nhận", "GPXD" (giấy phép xây dựng)
// and "giấy phép", "HTX" and "hợp tác xã".
describe('part-exceeds-whole: a whole counted in an acronym, its part in the spelled-out noun', () => {
  it('reads the part in the noun whose initials open the acronym', async () => {
    // Hand-checked: 176 > 158.
    await expectFindings(RULE, 'Năm 2024, Chi nhánh Văn phòng đăng ký đất đai đã cấp 158 GCN, trong đó cấp đổi 176 giấy chứng nhận.', [
      { messageId: 'partExceedsWhole', data: { part: 176, whole: 158 }, quote: '176' },
    ]);
    // Hand-checked: 27 > 23.
    await expectFindings(RULE, 'Toàn huyện có 23 HTX nông nghiệp, trong đó 27 hợp tác xã hoạt động có hiệu quả.', [
      { messageId: 'partExceedsWhole', data: { part: 27, whole: 23 }, quote: '27' },
    ]);
    // Hand-checked: 204 > 181 (the acronym opened by the noun's initials "GP").
    await expectFindings(RULE, 'Trong quý, Phòng Kinh tế và Hạ tầng cấp 181 GPXD, trong đó 204 giấy phép cho nhà ở riêng lẻ.', [
      { messageId: 'partExceedsWhole', data: { part: 204, whole: 181 }, quote: '204' },
    ]);
  });

  it('leaves a part within the whole, and a noun whose initials are not the acronym\'s, alone', async () => {
    await expectNone(RULE, 'Trong quý, Phòng Kinh tế và Hạ tầng cấp 181 GPXD, trong đó 104 giấy phép cho nhà ở riêng lẻ.');
    await expectNone(RULE, 'Trong quý, Phòng Kinh tế và Hạ tầng cấp 181 GPXD, trong đó 204 hộ gia đình được hướng dẫn thủ tục.');
    await expectNone(RULE, 'Toàn huyện có 23 HTX nông nghiệp, trong đó 27 hộ thành viên tham gia liên kết.');
  });
});
