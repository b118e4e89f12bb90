import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (health, education and farming topics); every period, day and expected finding checked by hand.

// Six months (01/01–30/6/2024, signed 24/6/2024), a commune health station's report.
const HEALTH = (line: string, signed = 'Xã Hòa Bình, ngày 24 tháng 6 năm 2024') => [
  'Số: 21/BC-TYT', signed, 'BÁO CÁO', 'Kết quả công tác an toàn thực phẩm 6 tháng đầu năm 2024',
  'I. KẾT QUẢ', '1. Công tác thanh tra, kiểm tra', line,
].join('\n');
// Six months (01/01–30/6/2025, signed 15/6/2025), a district education office's report.
const SCHOOL = (line: string) => [
  'Số: 47/BC-PGDĐT', 'Yên Thành, ngày 15 tháng 6 năm 2025', 'BÁO CÁO', 'Kết quả công tác giáo dục 6 tháng đầu năm 2025',
  'I. KẾT QUẢ THỰC HIỆN', '1. Bồi dưỡng đội ngũ', line,
].join('\n');
// Nine months (01/01–30/9/2025, signed 20/9/2025), a commune's farming report.
const FARM = (line: string) => [
  'Số: 61/BC-UBND', 'Xã Quỳnh Lâm, ngày 20 tháng 9 năm 2025', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp 9 tháng đầu năm 2025',
  'I. KẾT QUẢ', '1. Trồng trọt', line,
].join('\n');

const HEALTH_PERIOD = '2024-01-01 – 2024-06-30 (6 tháng đầu năm 2024)';

describe('date-out-of-period: a deed continued on a day the sentence opens with, after signing (s51)', () => {
  it('flags a health inspection continued on a day after signing and after the period', async () => {
    // 05/7/2024 is after signing (24/6/2024) and after the period's end (30/6/2024); "Ngày 05/7/2024, …" narrates that day.
    const lead = 'Trong kỳ kiểm tra 46 cơ sở, xử phạt 03 cơ sở vi phạm. Ngày ';
    await expectFindings('date-out-of-period', HEALTH(`${lead}05/7/2024, Trạm Y tế phối hợp Đoàn kiểm tra liên ngành tiếp tục kiểm tra 08 cơ sở kinh doanh thực phẩm tại chợ trung tâm.`),
      [{ messageId: 'dateAfterReport', data: { found: '05/7/2024', expected: HEALTH_PERIOD, reported: '2024-06-24' }, quote: '05/7/2024', at: lead }]);
  });

  it('flags a school training continued on a day inside the period but after signing', async () => {
    // 28/6/2025 lies in the period (to 30/6/2025) but after signing (15/6/2025): it cannot have been held yet.
    await expectFindings('date-out-of-period', SCHOOL('Ngày 28/6/2025, Phòng Giáo dục và Đào tạo tiếp tục tổ chức tập huấn chuyên môn cho giáo viên tiểu học.'),
      [{ messageId: 'dateAfterReport', data: { found: '28/6/2025', expected: '2025-01-01 – 2025-06-30 (6 tháng đầu năm 2025)', reported: '2025-06-15' }, quote: '28/6/2025', at: 'Ngày ' }]);
  });

  it('flags a farming extension visit continued on a day after the period', async () => {
    await expectFindings('date-out-of-period', FARM('- Ngày 02/10/2025, Trạm Khuyến nông tiếp tục hướng dẫn các hộ chăm sóc lúa mùa tại cánh đồng thôn Đông.'),
      [{ messageId: 'dateAfterReport', data: { found: '02/10/2025', expected: '2025-01-01 – 2025-09-30 (9 tháng đầu năm 2025)', reported: '2025-09-20' }, quote: '02/10/2025', at: '- Ngày ' }]);
  });

  it('stays silent when the continued deed is planned, a deadline or a target', async () => {
    await expectNone('date-out-of-period', HEALTH('Ngày 05/7/2024, Trạm Y tế sẽ tiếp tục kiểm tra 08 cơ sở kinh doanh thực phẩm tại chợ trung tâm.'));
    await expectNone('date-out-of-period', HEALTH('Dự kiến ngày 05/7/2024, Đoàn kiểm tra liên ngành tiếp tục kiểm tra các bếp ăn tập thể.'));
    await expectNone('date-out-of-period', HEALTH('Ngày 05/7/2024, Đoàn kiểm tra liên ngành tiếp tục kiểm tra các cơ sở còn lại theo kế hoạch.'));
    await expectNone('date-out-of-period', HEALTH('Các cơ sở bị nhắc nhở tiếp tục khắc phục tồn tại trước ngày 05/7/2024.'));
    await expectNone('date-out-of-period', FARM('Đến ngày 15/10/2025, phấn đấu tiếp tục thu hoạch xong 100% diện tích lúa mùa.'));
  });

  it('stays silent on a cited document, a day before signing and a report without its signing date', async () => {
    await expectNone('date-out-of-period', HEALTH('Thực hiện Công văn số 112/SYT-NVY ngày 05/7/2024 của Sở Y tế, Trạm tiếp tục kiểm tra các bếp ăn tập thể.'));
    await expectNone('date-out-of-period', HEALTH('Ngày 14/6/2024, Đoàn kiểm tra liên ngành tiếp tục kiểm tra 08 cơ sở kinh doanh thực phẩm.'));
    await expectNone('date-out-of-period', HEALTH('Ngày 05/7/2024, Đoàn kiểm tra liên ngành tiếp tục kiểm tra 08 cơ sở kinh doanh thực phẩm.', 'Xã Hòa Bình'));
  });
});
