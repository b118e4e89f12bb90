import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A running total ("lũy kế") is the current value a bracketed change rate grows from its earlier stock
// (src/extract/change-rates.ts): "lũy kế 41,3 km, tăng 3,5 km (+X%)" is 3,5 over 41,3 − 3,5 = 37,8. Sentences written for this test.
const RULE = 'percent-mismatch';
const report = (line: string) => ['BÁO CÁO', '', 'I. KẾT QUẢ', line, 'Công tác duy tu được duy trì thường xuyên.'].join('\n');

describe('percent-mismatch: the change rate of a running total', () => {
  it('checks the rate against the change over the running total less the change', async () => {
    // Hand-checked: 3,5/(41,3 − 3,5) = 3,5/37,8 = 9,26% → 9,3; stated 8,5 (3,5/41,3, the total taken as the base).
    await expectFindings(RULE, report('Đường giao thông nông thôn được bê tông hóa lũy kế 41,3 km, tăng 3,5 km (+8,5 %) so với cuối năm 2025 (37,8 km).'), [
      { messageId: 'percentMismatch', data: { stated: 8.5, actual: 9.3 } },
    ]);
  });

  it('says nothing when the rate is the change over the earlier stock', async () => {
    await expectNone(RULE, report('Đường giao thông nông thôn được bê tông hóa lũy kế 41,3 km, tăng 3,5 km (+9,3 %) so với cuối năm 2025 (37,8 km).'));
  });
});
