import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A statement naming one school year ("năm học 2026-2027") places its event no earlier than the year that school year
// begins: a day of the year before is a slip (src/extract/date-context.ts dateEventYears). Sentences written for this test.
const RULE = 'date-out-of-period';
const report = (line: string) => ['ỦY BAN NHÂN DÂN XÃ TÂN HÒA', 'Tân Hòa, ngày 12 tháng 10 năm 2026', 'BÁO CÁO', 'Kết quả công tác giáo dục Quý III/2026', '', 'I. KẾT QUẢ', line].join('\n');

describe('date-out-of-period: a school year named beside a day of the year before it begins (s37)', () => {
  it('flags an event of the new school year dated a year early', async () => {
    await expectFindings(RULE, report('Hội nghị triển khai nhiệm vụ năm học 2026-2027 được tổ chức vào ngày 28/8/2025 tại hội trường xã, có 120 đại biểu dự.'), [
      { messageId: 'dateBeforePeriod', data: { found: '28/8/2025' } },
    ]);
  });

  it('says nothing when the day falls in the school year, or the school year named is the one before', async () => {
    await expectNone(RULE, report('Hội nghị triển khai nhiệm vụ năm học 2026-2027 được tổ chức vào ngày 28/8/2026 tại hội trường xã.'));
    // Look-alike: the school year named began in the year of the day.
    await expectNone(RULE, report('Hội nghị tổng kết năm học 2025-2026 so với lễ khai giảng ngày 05/9/2025 cho thấy nhiều tiến bộ.'));
    // A plan issued before, cited as a basis.
    await expectNone(RULE, report('Thực hiện Kế hoạch số 21/KH-UBND ngày 15/12/2025 về tuyển sinh năm học 2026-2027, các trường đã tuyển đủ chỉ tiêu.'));
  });
});
