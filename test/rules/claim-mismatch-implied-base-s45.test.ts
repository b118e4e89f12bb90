import { describe, it } from 'vitest';
import { expectFindings } from './tester.js';

// Session 45: a base the claim implies rather than states (a row's "% so cùng kỳ" cell) is told in the message at the
// decimals of the amount it is computed from: 1 580,5 over 90,4% is 1 748,3, not 1 748,341. Written for this test.
const RULE = 'claim-mismatch';
const text = [
  'BÁO CÁO',
  'Kết quả thu phí chợ 9 tháng năm 2025',
  'I. KẾT QUẢ',
  'Bảng 1. Thu phí chợ',
  'ĐVT: triệu đồng',
  '| STT | Chợ | Kế hoạch năm | Thực hiện 9 tháng | % kế hoạch | % so cùng kỳ |',
  '|---|---|---|---|---|---|',
  '| 1 | Chợ trung tâm | 2.100,0 | 1.580,5 | 75,3 | 90,4 |',
  '| 2 | Chợ Đông | 700,0 | 512,0 | 73,1 | 104,6 |',
  '1. Nhận xét',
  'Chợ trung tâm thu được 1.580,5 triệu đồng, tăng 9,6% so với cùng kỳ do sắp xếp lại các ki-ốt.',
].join('\n') + '\n';

describe('claim-mismatch: an implied base told at its amount\'s decimals (s45)', () => {
  it('tells the base 1 748,3 (1 580,5 × 100 / 90,4 = 1 748,34)', async () => {
    // Hand-checked: 90,4% of the same period is a fall of 9,6%, not a rise; 1580.5 / 0.904 = 1748.34 → 1748.3.
    await expectFindings(RULE, text, [{ messageId: 'changeMismatch', data: { stated: 9.6, base: 1748.3, value: 1580.5, actual: -9.6 } }]);
  });
});
