import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (health, budget and education topics); every unit and expected finding checked by hand.

const COMMUNE = (closing: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP', 'Số: 18/BC-UBND', 'Tân Lập, ngày 20 tháng 6 năm 2025', 'BÁO CÁO',
  'Kết quả phối hợp phòng, chống dịch năm 2025', 'Ủy ban nhân dân xã Tân Lập báo cáo như sau:',
  'I. KẾT QUẢ', 'Trạm Y tế xã đã giám sát 12 ổ dịch sốt xuất huyết.', closing,
].join('\n');
const DISTRICT = (body: string, closing: string) => [
  'ỦY BAN NHÂN DÂN', 'HUYỆN AN LẠC', 'Số: 95/BC-UBND', 'An Lạc, ngày 15 tháng 12 năm 2024', 'BÁO CÁO',
  'Tình hình thực hiện dự toán thu, chi ngân sách năm 2024', 'Ủy ban nhân dân huyện An Lạc báo cáo như sau:', 'I. KẾT QUẢ', body, closing,
].join('\n');
const SCHOOL = (closing: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'Số: 22/BC-UBND', 'Hòa Bình, ngày 30 tháng 5 năm 2025', 'BÁO CÁO',
  'Tổng kết năm học 2024 - 2025 và công tác học tập suốt đời', 'Ủy ban nhân dân xã Hòa Bình báo cáo như sau:', 'I. KẾT QUẢ',
  'Trường Tiểu học xã có 412 học sinh.', closing,
].join('\n');

const HEALTH_CLOSE = 'Trên đây là báo cáo kết quả phối hợp phòng, chống dịch năm 2025 của Ủy ban nhân dân ';

describe('locality-mismatch: the closing line "Trên đây là báo cáo … của <unit>" names the report\'s author (s49)', () => {
  it('flags another commune closing the line, though the title\'s topic words ("phối hợp", within reach of the name) read as a partner', async () => {
    await expectFindings('locality-mismatch', COMMUNE(`${HEALTH_CLOSE}xã Tân Phú./.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Tân Phú', expected: 'xã Tân Lập' }, quote: 'xã Tân Phú', at: HEALTH_CLOSE }]);
  });

  it('flags another district closing a district\'s budget report (the author is its clause\'s subject)', async () => {
    const close = 'Trên đây là báo cáo tình hình thực hiện dự toán thu, chi ngân sách năm 2024 của Ủy ban nhân dân ';
    await expectFindings('locality-mismatch', DISTRICT('Tổng thu ngân sách trên địa bàn ước đạt 412,5 tỷ đồng.', `${close}huyện Bình Sơn./.`),
      [{ messageId: 'localityMismatch', data: { found: 'huyện Bình Sơn', expected: 'huyện An Lạc' }, quote: 'huyện Bình Sơn', at: close }]);
  });

  it('flags another commune\'s association closing a "Trên đây là kết quả …" line ("học tập" of the topic no visit)', async () => {
    const close = 'Trên đây là kết quả công tác học tập suốt đời năm học 2024 - 2025 của Hội Khuyến học ';
    await expectFindings('locality-mismatch', SCHOOL(`${close}xã Hòa Phú.`),
      [{ messageId: 'localityMismatch', data: { found: 'xã Hòa Phú', expected: 'xã Hòa Bình' }, quote: 'xã Hòa Phú', at: close }]);
  });

  it('stays silent on a closing line naming the issuer, with its district, or sent to its superior body', async () => {
    await expectNone('locality-mismatch', COMMUNE(`${HEALTH_CLOSE}xã Tân Lập./.`));
    await expectNone('locality-mismatch', COMMUNE(`${HEALTH_CLOSE}xã Tân Lập, huyện An Lạc./.`));
    await expectNone('locality-mismatch', COMMUNE(`${HEALTH_CLOSE}xã Tân Lập gửi Ủy ban nhân dân huyện An Lạc./.`));
  });

  it('stays silent on a document cited in the closing line, a partner named in it, and a peer ranked above the district', async () => {
    await expectNone('locality-mismatch', COMMUNE('Trên đây là báo cáo kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân xã Tân Phú./.'));
    await expectNone('locality-mismatch', COMMUNE('Trên đây là báo cáo kết quả phối hợp phòng, chống dịch giữa Ủy ban nhân dân xã Tân Lập với Ủy ban nhân dân xã Tân Phú./.'));
    await expectNone('locality-mismatch', DISTRICT('Tổng thu ngân sách trên địa bàn ước đạt 412,5 tỷ đồng, xếp thứ hai sau huyện Bình Sơn.',
      'Trên đây là báo cáo tình hình thực hiện dự toán thu, chi ngân sách năm 2024 của Ủy ban nhân dân huyện An Lạc./.'));
  });
});
