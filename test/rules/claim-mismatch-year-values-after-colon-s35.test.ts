import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Số X tăng/giảm (mạnh) so với năm Y0: năm Y1 … A, năm Y0 … B.": the way claimed, then both years' values after the colon
// (src/extract/claims-year-listed-direction.ts). Sentences and figures written for this test.
const RULE = 'claim-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác tuyên truyền được duy trì thường xuyên.'].join('\n');

describe('claim-mismatch: a way of change with both years\' values after its colon (s35)', () => {
  it('flags a way the two values do not bear', async () => {
    // 2026: 09 vụ against 2025: 07 vụ is a rise, said to be a sharp fall.
    await expectFindings(RULE, report('Số vụ cháy rừng trên địa bàn xã giảm mạnh so với năm 2025: năm 2026 xảy ra 09 vụ, năm 2025 là 07 vụ. Diện tích thiệt hại không đáng kể.'), [
      { messageId: 'directionMismatch' },
    ]);
  });

  it('says nothing when the way is right, a value is hedged, or a third value is told', async () => {
    await expectNone(RULE, report('Số vụ cháy rừng trên địa bàn xã tăng mạnh so với năm 2025: năm 2026 xảy ra 09 vụ, năm 2025 là 07 vụ.'));
    await expectNone(RULE, report('Số vụ cháy rừng trên địa bàn xã giảm mạnh so với năm 2025: năm 2026 xảy ra 09 vụ, năm 2025 là khoảng 07 vụ.'));
    await expectNone(RULE, report('Số vụ cháy rừng trên địa bàn xã giảm mạnh so với năm 2025: năm 2026 xảy ra 09 vụ, năm 2025 là 07 vụ, năm 2024 là 12 vụ.'));
  });
});
