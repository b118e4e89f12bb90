import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'percent-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

// Session 49 (h212): "Xã Hải Minh có 07 thôn với 2.415 hộ, 9.050 nhân khẩu, 22 dòng họ." opening the report, then "14 dòng họ
// được công nhận …, đạt 66,67%" (14/22 = 63,64%) naming no base. Sentences written for this test, in other topics.
describe('percent-mismatch: a share naming no base, of the one count of its noun the unit\'s inventory states', () => {
  const health = (rate: string) => report(
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    'Xã có 09 thôn, 2.130 hộ với 8.420 nhân khẩu.',
    'II. KẾT QUẢ',
    `Mạng lưới y tế cơ sở được củng cố; đến nay 06 thôn đạt tiêu chí thôn y tế, đạt ${rate}.`,
  );
  const before = 'Mạng lưới y tế cơ sở được củng cố; đến nay 06 thôn đạt tiêu chí thôn y tế, đạt ';

  it('flags a village share that does not fit the villages the commune has, as a warning', async () => {
    // Hand-checked: 6/9 = 66,67%, not 75% (the message gives one decimal more than the stated 75: 66,7).
    const [f] = await expectFindings(RULE, health('75%'), [
      { messageId: 'percentMismatch', data: { stated: 75, num: 6, den: 9, actual: 66.7 }, quote: '75%', at: before, severity: 'warning' },
    ]);
    expect(f.evidence.map((e) => e.quote)).toEqual(['75%', '06', '09']);
  });

  it('keeps the right village share silent', async () => {
    // Hand-checked: 6/9 = 66,67%.
    await expectNone(RULE, health('66,67%'));
  });

  it('reads the inventory of a unit the report names, and a school share in an education report', async () => {
    const text = (rate: string) => report(
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TÂN HÒA',
      'BÁO CÁO',
      'Kết quả công tác giáo dục năm học 2024-2025',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Phường Tân Hòa có 12 tổ dân phố, 04 trường học với 3.560 hộ.',
      'II. KẾT QUẢ',
      `Năm học 2024-2025, 03 trường học được công nhận đạt chuẩn quốc gia, đạt ${rate}; các trường duy trì tốt nề nếp dạy học.`,
    );
    // Hand-checked: 3/4 = 75%, not 80%.
    await expectFindings(RULE, text('80%'), [
      { messageId: 'percentMismatch', data: { stated: 80, num: 3, den: 4, actual: 75 }, quote: '80%', at: 'Năm học 2024-2025, 03 trường học được công nhận đạt chuẩn quốc gia, đạt ', severity: 'warning' },
    ]);
    await expectNone(RULE, text('75%'));
  });

  it('reads a farm share handed over by "chiếm", the noun written past its short unit ("trang trại")', async () => {
    const text = (rate: string, tail = '') => report(
      'I. TÌNH HÌNH CHUNG',
      'Toàn xã có 1.850 hộ, 24 trang trại.',
      'II. KẾT QUẢ SẢN XUẤT',
      `Trong năm, 18 trang trại đạt tiêu chí kinh tế trang trại, chiếm ${rate}${tail}.`,
    );
    // Hand-checked: 18/24 = 75%, not 70%; "chiếm 75% số trang trại" names its own noun and is the same share.
    await expectFindings(RULE, text('70%'), [
      { messageId: 'percentMismatch', data: { stated: 70, num: 18, den: 24, actual: 75 }, quote: '70%', at: 'Trong năm, 18 trang trại đạt tiêu chí kinh tế trang trại, chiếm ', severity: 'warning' },
    ]);
    await expectNone(RULE, text('75%'));
    await expectNone(RULE, text('75%', ' số trang trại'));
  });
});

describe('percent-mismatch: an inventory share stays silent when its base is unsure', () => {
  const opening = 'Xã có 09 thôn, 2.130 hộ với 8.420 nhân khẩu.';

  it('says nothing when the report states the noun\'s inventory with two values', async () => {
    // 6/9 = 66,67% but 6/10 = 60%: which whole is unsure.
    const text = report('I. TÌNH HÌNH', opening, 'Sau sáp nhập, toàn xã có 10 thôn.', 'II. KẾT QUẢ', 'Đến nay 06 thôn đạt tiêu chí thôn y tế, đạt 75%.');
    expect(await findingsOf(RULE, text)).toEqual([]);
  });

  it('says nothing for a rate of a plan or a target, or a growth', async () => {
    const plan = report('I. TÌNH HÌNH', opening, 'II. KẾT QUẢ', 'Đến nay 06 thôn đạt tiêu chí thôn y tế, đạt 75% kế hoạch.');
    expect(await findingsOf(RULE, plan)).toEqual([]);
    const target = report('I. TÌNH HÌNH', opening, 'II. KẾT QUẢ', 'Theo chỉ tiêu huyện giao, 06 thôn đạt tiêu chí thôn y tế, đạt 75%.');
    expect(await findingsOf(RULE, target)).toEqual([]);
    const growth = report('I. TÌNH HÌNH', opening, 'II. KẾT QUẢ', 'Đến nay 06 thôn đạt tiêu chí thôn y tế, đạt 75% so với cùng kỳ.');
    expect(await findingsOf(RULE, growth)).toEqual([]);
  });

  it('says nothing when the count belongs to a sub-area or its sentence holds another count of its noun', async () => {
    const farms = 'Toàn xã có 1.850 hộ, 24 trang trại.';
    const sub = report('I. TÌNH HÌNH', farms, 'II. KẾT QUẢ', 'Riêng thôn Đông, 18 trang trại đạt tiêu chí kinh tế trang trại, chiếm 70%.');
    expect(await findingsOf(RULE, sub)).toEqual([]);
    // An inventory of a village is no inventory of the unit: "Thôn Đông có 24 trang trại" leaves 70% unread.
    const village = report('I. TÌNH HÌNH', 'Thôn Đông có 1.850 hộ, 24 trang trại.', 'II. KẾT QUẢ', 'Trong năm, 18 trang trại đạt tiêu chí kinh tế trang trại, chiếm 70%.');
    expect(await findingsOf(RULE, village)).toEqual([]);
    // "năm trước có 20 trang trại": the base may be the sentence's own earlier count.
    const own = report('I. TÌNH HÌNH', farms, 'II. KẾT QUẢ', 'Năm trước có 20 trang trại, năm nay 18 trang trại đạt tiêu chí kinh tế trang trại, chiếm 90%.');
    expect(await findingsOf(RULE, own)).toEqual([]);
  });

  it('says nothing when the inventory is of another unit than the report\'s own', async () => {
    const text = report(
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TÂN HÒA',
      'BÁO CÁO',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Phường Tân Mai có 04 trường học.',
      'II. KẾT QUẢ',
      'Năm học này, 03 trường học được công nhận đạt chuẩn quốc gia, đạt 80%.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});
