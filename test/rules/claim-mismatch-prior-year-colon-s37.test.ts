import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Số X giảm so với năm (học) trước: năm Y1 … A (năm Y0: B)": the year compared with named "năm trước", the two values
// of two years in a row after the colon, the earlier one in a bracket (src/extract/claims-year-listed-direction.ts).
// Sentences and figures written for this test.
const RULE = 'claim-mismatch';
const report = (line: string) => ['BÁO CÁO', 'Kết quả công tác năm 2025', '', 'I. KẾT QUẢ', line, 'Công tác tuyên truyền được duy trì thường xuyên.'].join('\n');

describe('claim-mismatch: a way of change against "năm trước" with both years\' values after the colon (s37)', () => {
  it('flags a fall said of a rise, calendar or school years, bracket or comma', async () => {
    await expectFindings(RULE, report('Số hộ tái nghèo giảm so với năm trước: năm 2025 có 23 hộ tái nghèo (năm 2024: 17 hộ).'), [
      { messageId: 'directionMismatch' },
    ]);
    await expectFindings(RULE, report('Số trẻ suy dinh dưỡng giảm so với năm học trước: năm học 2024-2025 có 41 trẻ (năm học 2023-2024: 36 trẻ).'), [
      { messageId: 'directionMismatch' },
    ]);
    await expectFindings(RULE, report('Số vụ vi phạm giảm so với năm trước: năm 2025 xảy ra 23 vụ, năm 2024 là 17 vụ.'), [
      { messageId: 'directionMismatch' },
    ]);
  });

  it('says nothing when the way fits, or the years are not one after the other', async () => {
    await expectNone(RULE, report('Số hộ tái nghèo giảm so với năm trước: năm 2025 có 12 hộ tái nghèo (năm 2024: 17 hộ).'));
    // Look-alikes: two years apart is no "năm trước"; a school year against a calendar year is unsure.
    await expectNone(RULE, report('Số hộ tái nghèo giảm so với năm trước: năm 2025 có 23 hộ tái nghèo (năm 2023: 17 hộ).'));
    await expectNone(RULE, report('Số trẻ suy dinh dưỡng giảm so với năm học trước: năm học 2024-2025 có 41 trẻ (năm 2024: 36 trẻ).'));
    // A bracket that names no year is no second clause.
    await expectNone(RULE, report('Số hộ tái nghèo giảm so với năm trước: năm 2025 có 23 hộ tái nghèo (trong đó 17 hộ có người ốm).'));
  });
});
