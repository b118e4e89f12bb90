import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// An event held on a day of the year before, told as held by its outcome, in a section whose titles name only the period's
// year: the titles place it in the period (src/rules/date-out-of-period.ts, checkClash). Written for this test (education,
// agriculture and social insurance topics); every period, day and expected finding checked by hand.

// A year (01/01–31/12/2025, signed 20/12/2025), the results section titled with the period's year.
const YEAR = (heading: string, line: string) => [
  'Số: 214/BC-UBND', 'Xã Phú Lương, ngày 20 tháng 12 năm 2025', 'BÁO CÁO', 'Kết quả công tác văn hóa, xã hội năm 2025',
  'A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025', heading, line,
].join('\n');

describe('date-out-of-period: an event held a year early under a title of the period\'s year (s57)', () => {
  it('flags a passive "được tổ chức vào ngày" told as held by its head count', async () => {
    // 14/4/2024 is before 01/01/2025; the section "… NĂM 2025" and "với 312 học sinh tham gia" tell it as held in the period.
    await expectFindings('date-out-of-period', YEAR('I. GIÁO DỤC', '* Ngày hội đọc sách của xã được tổ chức vào ngày 14/4/2024 tại Trường Tiểu học, với 312 học sinh tham gia.'),
      [{ messageId: 'dateBeforePeriod', data: { found: '14/4/2024' }, quote: '14/4/2024' }]);
  });

  it('flags a fair that "diễn ra ngày" a year early, told by its visitors', async () => {
    // 09/11/2024 is before 01/01/2025; "thu hút khoảng 1.500 lượt khách" tells the fair as held.
    await expectFindings('date-out-of-period', YEAR('II. NÔNG NGHIỆP', '+ Hội chợ nông sản an toàn diễn ra ngày 09/11/2024 tại sân vận động xã, thu hút khoảng 1.500 lượt khách.'),
      [{ messageId: 'dateBeforePeriod', data: { found: '09/11/2024' }, quote: '09/11/2024' }]);
  });

  it('stays silent on the period\'s own day, a comparison, a founding day and a legal basis', async () => {
    await expectNone('date-out-of-period', YEAR('I. GIÁO DỤC', '* Ngày hội đọc sách của xã được tổ chức vào ngày 14/4/2025 tại Trường Tiểu học, với 312 học sinh tham gia.'));
    await expectNone('date-out-of-period', YEAR('II. NÔNG NGHIỆP', '+ So với Hội chợ nông sản diễn ra ngày 09/11/2024 (thu hút khoảng 1.500 lượt khách), năm nay số gian hàng tăng 12 gian.'));
    await expectNone('date-out-of-period', YEAR('III. BẢO HIỂM XÃ HỘI', '- Hội nghị tổng kết 10 năm thành lập Đại lý thu bảo hiểm xã hội (thành lập ngày 15/3/2015) được tổ chức với 85 đại biểu tham dự.'));
    await expectNone('date-out-of-period', YEAR('III. BẢO HIỂM XÃ HỘI', '- Hội nghị triển khai Nghị định số 115/2015/NĐ-CP ngày 11/11/2015 được tổ chức với 85 đại biểu tham dự.'));
  });

  it('stays silent when the paragraph names the day\'s year elsewhere, or the title names another year', async () => {
    await expectNone('date-out-of-period', YEAR('I. GIÁO DỤC', '* Ngày hội đọc sách năm 2024 của xã được tổ chức vào ngày 14/4/2024 tại Trường Tiểu học, với 312 học sinh tham gia.'));
    await expectNone('date-out-of-period', YEAR('I. GIÁO DỤC NĂM HỌC 2024 - 2025', '* Ngày hội đọc sách của xã được tổ chức vào ngày 14/4/2024 tại Trường Tiểu học, với 312 học sinh tham gia.'));
  });
});
