import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Written for this test (health and agriculture topics); every period, day and expected finding checked by hand.

// Six months (01/01–30/6/2024, signed 25/6/2024), a commune health station's report.
const HEALTH = (line: string) => [
  'Số: 32/BC-TYT', 'Xã Tân Lập, ngày 25 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả công tác y tế 6 tháng đầu năm 2024',
  'I. KẾT QUẢ THỰC HIỆN', '1. Tiêm chủng mở rộng', line,
].join('\n');
// Nine months (01/01–30/9/2025, signed 28/9/2025), a commune's farming report.
const FARM = (line: string) => [
  'Số: 41/BC-UBND', 'Xã Yên Phú, ngày 28 tháng 9 năm 2025', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp 9 tháng đầu năm 2025',
  'I. KẾT QUẢ', '1. Trồng trọt', line,
].join('\n');

const TARGET = 'Chỉ tiêu tiêm vắc xin sởi - rubella năm 2024 là 215 trẻ. ';

describe('date-out-of-period: a deed\'s outcome told past its ";" in a passage naming the period\'s year (s49)', () => {
  it('flags a campaign day of the year before whose outcome against its target follows the semicolon', async () => {
    // 12/4/2023 is before 01/01/2024; 12/4/2024 falls in the period and before signing; the block names "năm 2024".
    await expectFindings('date-out-of-period', HEALTH(`${TARGET}Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2023; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.`),
      [{ messageId: 'dateYearSlip', data: { found: '12/4/2023', expected: '2024-01-01 – 2024-06-30 (6 tháng đầu năm 2024)' }, quote: '12/4/2023', at: `${TARGET}Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày ` }]);
  });

  it('reads "đạt … kế hoạch" as the deed measured against its target, no plan', async () => {
    await expectFindings('date-out-of-period', HEALTH(`${TARGET}Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2023; đã tiêm cho 215/215 trẻ, đạt 100% kế hoạch.`),
      [{ messageId: 'dateYearSlip', data: { found: '12/4/2023' }, quote: '12/4/2023' }]);
  });

  it('flags a ceremony a year early in a farming report whose result exceeds its target', async () => {
    // 05/02/2024 is before 01/01/2025; 05/02/2025 falls in the period; "vụ Xuân năm 2025" names the period's year.
    const lead = 'Diện tích gieo cấy vụ Xuân năm 2025 giao là 420 ha. Lễ ra quân làm thủy lợi nội đồng được tổ chức vào ngày ';
    await expectFindings('date-out-of-period', FARM(`${lead}05/02/2024; toàn xã nạo vét 12,5 km kênh mương, vượt 4% chỉ tiêu.`),
      [{ messageId: 'dateYearSlip', data: { found: '05/02/2024', expected: '2025-01-01 – 2025-09-30 (9 tháng đầu năm 2025)' }, quote: '05/02/2024', at: lead }]);
  });

  it('stays silent on the period\'s own day, a day whose year the passage names as a comparison, and a preparation the year before', async () => {
    await expectNone('date-out-of-period', HEALTH(`${TARGET}Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2024; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.`));
    await expectNone('date-out-of-period', HEALTH('Chỉ tiêu tiêm vắc xin sởi - rubella năm 2024 là 215 trẻ, tăng 17 trẻ so với năm 2023. Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2023; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.'));
    // 15/11/2024 would not fall in the period either: a meeting held before the period, no slip of the year.
    await expectNone('date-out-of-period', HEALTH(`${TARGET}Hội nghị triển khai được tổ chức tại Trạm Y tế xã vào ngày 15/11/2023; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.`));
  });

  it('stays silent on a paper\'s day, a plan, and a passage that does not name the period\'s year', async () => {
    await expectNone('date-out-of-period', HEALTH(`${TARGET}Thực hiện Kế hoạch số 12/KH-TTYT ngày 12/4/2023 của Trung tâm Y tế huyện; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.`));
    await expectNone('date-out-of-period', HEALTH(`${TARGET}Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2023; dự kiến tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.`));
    await expectNone('date-out-of-period', HEALTH('Chiến dịch tiêm bổ sung được triển khai tại Trạm Y tế xã vào ngày 12/4/2023; tiêm cho 215/215 trẻ, đạt 100% chỉ tiêu.'));
  });
});
