import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 51 (h216 r1-so-vu-vi-pham, h217 w217_4): incidents found in the period with no one named as finding them ("Trong
// kỳ phát hiện 07 vụ …") are what the period recorded, the count a later "xảy ra 08 vụ …" of the same period restates; an
// office named before the verb, or a deed after it ("phát hiện, xử lý"), still counts those its deed reached. A count an
// action reached ("bãi bỏ 21 thủ tục") is some of a stock its own breakdown splits ("Trong tổng số 386 …, có 264 …"), never
// that stock. Sentences and numbers written for this test, in other topics and wordings than the fixtures.
const RULE = 'repeated-value-conflict';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.name, f.data.value, f.data.other, f.severity]);

const health = (found: string, later: string) => [
  'ỦY BAN NHÂN DÂN',
  'XÃ ĐÔNG SƠN',
  'Số: 88/BC-UBND',
  'Đông Sơn, ngày 30 tháng 6 năm 2025',
  'BÁO CÁO',
  'Kết quả công tác y tế 6 tháng đầu năm 2025',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Phòng, chống dịch bệnh',
  `${found} Trạm Y tế đã phun hóa chất diệt muỗi tại các thôn có ổ dịch.`,
  '2. Khám, chữa bệnh',
  'Trạm Y tế đã khám, chữa bệnh cho 3.415 lượt người, đạt 52,5% kế hoạch năm.',
  'II. KHÓ KHĂN, HẠN CHẾ',
  `${later}`,
  '',
].join('\n');

const education = (acted: string, stock: string) => [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN MỸ LỘC',
  'Số: 215/BC-UBND',
  'Mỹ Lộc, ngày 15 tháng 8 năm 2025',
  'BÁO CÁO',
  'Tổng kết năm học 2024-2025',
  'I. QUY MÔ TRƯỜNG LỚP',
  `${acted} Việc sắp xếp bảo đảm quyền lợi học tập của học sinh.`,
  'II. ĐỘI NGŨ',
  'Toàn huyện có 1.264 cán bộ, giáo viên, nhân viên, đạt chuẩn trình độ đào tạo 98,7%.',
  'III. CƠ SỞ VẬT CHẤT',
  `${stock} Các điểm trường đều có nhà vệ sinh và nước sạch.`,
  '',
].join('\n');

describe('repeated-value-conflict: incidents found in the period, and a count an action reached beside the stock', () => {
  it('holds cases found in the period, no one named, against the cases recorded in the same period', async () => {
    // Hand-checked: both count the dengue cases of the six months (12 and 15), one indicator; the names are equal.
    expect(await pairs(health(
      'Trong kỳ phát hiện 12 ca mắc sốt xuất huyết, giảm 03 ca so với cùng kỳ.',
      'Trong 6 tháng vẫn ghi nhận 15 ca mắc sốt xuất huyết, tập trung ở các thôn ven sông.',
    ))).toEqual([['ca mắc sốt xuất huyết', '15', '12', 'error']]);
    const [found] = await findingsOf(RULE, health(
      'Trong kỳ phát hiện 12 ca mắc sốt xuất huyết, giảm 03 ca so với cùng kỳ.',
      'Trong 6 tháng vẫn ghi nhận 15 ca mắc sốt xuất huyết, tập trung ở các thôn ven sông.',
    ));
    expect(found.messageId).toBe('repeatedValueConflict');
    expect(found.evidence.map((e) => [e.quote, e.span.line])).toEqual([['15', 13], ['12', 9]]);
    // "đã phát hiện" after a comma, against "để xảy ra": the same.
    expect(await pairs(health(
      'Qua giám sát, đã phát hiện 06 ổ dịch tay chân miệng.',
      'Trong kỳ vẫn để xảy ra 09 ổ dịch tay chân miệng.',
    ))).toEqual([['ổ dịch tay chân miệng', '09', '06', 'error']]);
  });

  it('stays silent when an office found them, when a deed handles them, or when the other count is of another period', async () => {
    const later = 'Trong 6 tháng vẫn ghi nhận 15 ca mắc sốt xuất huyết, tập trung ở các thôn ven sông.';
    expect(await pairs(health('Đội y tế dự phòng huyện đã phát hiện 12 ca mắc sốt xuất huyết.', later))).toEqual([]);
    expect(await pairs(health('Trong kỳ phát hiện, điều trị 12 ca mắc sốt xuất huyết.', later))).toEqual([]);
    expect(await pairs(health('Trong kỳ phát hiện 12 ca mắc sốt xuất huyết.', 'Năm 2024 ghi nhận 15 ca mắc sốt xuất huyết.'))).toEqual([]);
  });

  it('does not hold a count an action reached against the stock its own breakdown splits', async () => {
    // Before: "điểm trường lẻ" 48 (the whole of 30 + 18) against 06 (sáp nhập), an error.
    expect(await pairs(education(
      'Trong năm học đã sáp nhập 06 điểm trường lẻ.',
      'Trong tổng số 48 điểm trường lẻ, có 30 điểm trường ở vùng khó khăn, 18 điểm trường ở vùng thuận lợi.',
    ))).toEqual([]);
  });

  it('still holds the same action stated twice with two values', async () => {
    expect(await pairs(education(
      'Trong năm học đã sáp nhập 06 điểm trường lẻ.',
      'Trong năm học, huyện đã sáp nhập 08 điểm trường lẻ.',
    ))).toEqual([['điểm trường lẻ', '08', '06', 'error']]);
  });
});
