import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (food safety and civil defence topics); every period, day and expected finding checked by hand.

// Nine months (01/01–30/9/2024, signed 24/9/2024).
const NINE = (line: string) => [
  'Số: 61/BC-UBND', 'Xã Hòa Bình, ngày 24 tháng 9 năm 2024', 'BÁO CÁO', 'Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2024',
  'I. KẾT QUẢ THỰC HIỆN', '1. Thanh tra, kiểm tra', line,
].join('\n');

describe('date-out-of-period: a clause opening with its day and its subject\'s deed narrates that day (s47)', () => {
  it('flags a day of the year before whose day and month fall in the period, after a lead-in and a comma', async () => {
    // 18/4/2023 is before 01/01/2024; 18/4/2024 falls in the period and before signing: a slip of the year.
    await expectFindings('date-out-of-period', NINE('Nhân dịp Tháng hành động vì an toàn thực phẩm, ngày 18/4/2023 Đoàn kiểm tra liên ngành xã tiến hành kiểm tra 12 cơ sở kinh doanh thực phẩm; ngày 10/8/2024 tiếp tục kiểm tra các bếp ăn tập thể.'),
      [{ messageId: 'dateYearSlip', data: { found: '18/4/2023' }, quote: '18/4/2023' }]);
  });

  it('stays silent for the period\'s own day, a paper\'s day, a plan, and a comparison with last year', async () => {
    await expectNone('date-out-of-period', NINE('Nhân dịp Tháng hành động vì an toàn thực phẩm, ngày 18/4/2024 Đoàn kiểm tra liên ngành xã tiến hành kiểm tra 12 cơ sở kinh doanh thực phẩm; ngày 10/8/2024 tiếp tục kiểm tra các bếp ăn tập thể.'));
    await expectNone('date-out-of-period', NINE('Thực hiện Công văn số 45/UBND ngày 18/4/2023 của UBND huyện, Đoàn kiểm tra liên ngành xã tiến hành kiểm tra 12 cơ sở kinh doanh thực phẩm; ngày 10/8/2024 tiếp tục kiểm tra các bếp ăn tập thể.'));
    await expectNone('date-out-of-period', NINE('Nhân dịp Tháng hành động vì an toàn thực phẩm, ngày 18/4/2023 của UBND xã về tổ chức kiểm tra liên ngành được triển khai lại; ngày 10/8/2024 tiếp tục kiểm tra các bếp ăn tập thể.'));
    await expectNone('date-out-of-period', NINE('So với cùng kỳ năm 2023, ngày 18/4/2023 Đoàn kiểm tra liên ngành xã tiến hành kiểm tra 09 cơ sở; ngày 10/8/2024 tiếp tục kiểm tra các bếp ăn tập thể.'));
  });
});
