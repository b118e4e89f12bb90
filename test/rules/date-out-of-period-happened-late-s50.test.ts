import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (education, agriculture and health topics); every period, day and expected finding checked by hand.

// Six months (01/01–30/6/2025, signed 15/6/2025), a district education office's report.
const SCHOOL = (line: string, tail: string[] = []) => [
  'Số: 45/BC-PGDĐT', 'Đông Sơn, ngày 15 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả công tác giáo dục 6 tháng đầu năm 2025',
  'I. KẾT QUẢ THỰC HIỆN', '1. Công tác bảo đảm an toàn trường học', line, ...tail,
].join('\n');
// Nine months (01/01–30/9/2025, signed 20/9/2025), a commune's farming report.
const FARM = (line: string) => [
  'Số: 58/BC-UBND', 'Xã Quảng Phú, ngày 20 tháng 9 năm 2025', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp 9 tháng đầu năm 2025',
  'I. KẾT QUẢ', '1. Chăn nuôi, thú y', line,
].join('\n');
// Six months (01/01–30/6/2024, signed 24/6/2024), a commune health station's report.
const HEALTH = (line: string) => [
  'Số: 19/BC-TYT', 'Xã Hòa Bình, ngày 24 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế 6 tháng đầu năm 2024',
  'I. KẾT QUẢ', '1. Công tác phòng chống dịch bệnh', line,
].join('\n');

const SCHOOL_PERIOD = '2025-01-01 – 2025-06-30 (6 tháng đầu năm 2025)';

describe('date-out-of-period: an incident counted as happened on a day after the report was signed (s50)', () => {
  it('flags an accident a school report counts as happened on a day after it was signed and after its period', async () => {
    // 20/8/2025 is after signing (15/6/2025) and after the period's end (30/6/2025); "xảy ra 01 vụ" counts it as happened.
    const lead = 'Trong học kỳ II, toàn huyện xảy ra 01 vụ tai nạn thương tích tại Trường THCS Đông Hòa vào ngày ';
    await expectFindings('date-out-of-period', SCHOOL(`${lead}20/8/2025, làm 03 học sinh bị thương nhẹ.`),
      [{ messageId: 'dateAfterReport', data: { found: '20/8/2025', expected: SCHOOL_PERIOD, reported: '2025-06-15' }, quote: '20/8/2025', at: lead }]);
  });

  it('flags an outbreak a farming report counts as arisen on a day inside its period but after it was signed', async () => {
    // 27/9/2025 lies in the period (to 30/9/2025) but after signing (20/9/2025): an outbreak cannot have arisen yet.
    const lead = 'Trên địa bàn xã phát sinh 02 ổ dịch tả lợn châu Phi tại thôn Đông, thôn Nam vào ngày ';
    await expectFindings('date-out-of-period', FARM(`${lead}27/9/2025, buộc tiêu hủy 38 con lợn.`),
      [{ messageId: 'dateAfterReport', data: { found: '27/9/2025', expected: '2025-01-01 – 2025-09-30 (9 tháng đầu năm 2025)', reported: '2025-09-20' }, quote: '27/9/2025', at: lead }]);
  });

  it('flags an incident told as happening right on a day after signing, with no count', async () => {
    const lead = 'Vụ cháy kho vật tư của Trạm Y tế xã xảy ra vào ngày ';
    await expectFindings('date-out-of-period', HEALTH(`${lead}05/7/2024, thiệt hại 120 triệu đồng.`),
      [{ messageId: 'dateAfterReport', data: { found: '05/7/2024', expected: '2024-01-01 – 2024-06-30 (6 tháng đầu năm 2024)', reported: '2024-06-24' }, quote: '05/7/2024', at: lead }]);
  });

  it('stays silent on an incident before signing, a forecast, a deadline and a deed of someone else on the later day', async () => {
    await expectNone('date-out-of-period', SCHOOL('Trong học kỳ II, toàn huyện xảy ra 01 vụ tai nạn thương tích tại Trường THCS Đông Hòa vào ngày 14/5/2025, làm 03 học sinh bị thương nhẹ.'));
    await expectNone('date-out-of-period', FARM('Dự báo có thể xảy ra 02 đợt mưa lớn trên diện rộng vào ngày 28/9/2025, ảnh hưởng đến chuồng trại.'));
    await expectNone('date-out-of-period', FARM('Trên địa bàn xã phát sinh 02 ổ dịch tả lợn châu Phi tại thôn Đông, yêu cầu các hộ hoàn thành tiêu độc khử trùng trước ngày 27/9/2025.'));
    await expectNone('date-out-of-period', SCHOOL('Trong học kỳ II, toàn huyện xảy ra 01 vụ tai nạn thương tích tại Trường THCS Đông Hòa, Phòng Giáo dục tổ chức hội nghị rút kinh nghiệm vào ngày 20/8/2025.'));
  });

  it('stays silent on last year\'s incident compared with and on an incident in the tasks section', async () => {
    await expectNone('date-out-of-period', HEALTH('Trong 6 tháng không xảy ra ngộ độc thực phẩm; cùng kỳ năm 2023 xảy ra 01 vụ vào ngày 14/3/2023.'));
    await expectNone('date-out-of-period', SCHOOL('Không có trường hợp học sinh bị tai nạn.', [
      'II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', '- Chủ động phương án ứng phó nếu xảy ra 01 đợt mưa bão vào ngày 20/8/2025, bảo đảm an toàn cho học sinh.',
    ]));
  });

  it('stays silent when the report reads no period from its title (a crop season), though signed', async () => {
    const season = ['Số: 31/BC-UBND', 'Xã Tân Phước, ngày 20 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả sản xuất vụ Hè Thu 2025', 'I. KẾT QUẢ', '1. Trồng trọt',
      'Trên địa bàn xã xảy ra 01 trận mưa đá tại ấp Bắc vào ngày 14/7/2025, làm hư hại 12 ha lúa.'].join('\n');
    await expectNone('date-out-of-period', season);
  });
});
