import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

// Session 42: a change claim whose own comparison names a period with no value ("so với đầu năm") is not measured from the
// bracketed value of another comparison after it ("… và tăng 9 xe so với cùng kỳ năm 2024 (45 xe)"): that value is the base
// of the comparison it closes (src/extract/comparisons.ts, comparedPair). Sentences written for this test.
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.messageId);

describe('claim-mismatch: a base reached past another comparison (s42)', () => {
  it('never measures a change from the base of the next comparison', async () => {
    // 54 − 49 = 5 since the start of the year (no value written for it); 54 − 45 = 9 against the same period, as stated.
    expect(await ids('Hợp tác xã vận tải hiện có 54 xe khách, tăng 5 xe so với đầu năm và tăng 9 xe so với cùng kỳ năm 2024 (45 xe).')).toEqual([]);
    expect(await ids('Thư viện xã có 1.320 đầu sách, tăng 120 đầu sách so với cuối năm 2024, tăng 300 đầu sách so với cùng kỳ (1.020 đầu sách).')).toEqual([]);
  });

  it('still holds the later comparison to its own bracketed base', async () => {
    // Hand-checked: 54 − 45 = 9, not 12.
    await expectFindings(RULE, 'Hợp tác xã vận tải hiện có 54 xe khách, tăng 5 xe so với đầu năm và tăng 12 xe so với cùng kỳ năm 2024 (45 xe).', [
      { messageId: 'changeMismatch', data: { stated: 12, base: 45, value: 54, actual: 9 } },
    ]);
  });

  it('still holds a single comparison to the base right after it', async () => {
    // Hand-checked: 54 − 45 = 9, not 5.
    await expectFindings(RULE, 'Hợp tác xã vận tải hiện có 54 xe khách, tăng 5 xe so với cùng kỳ năm 2024 (45 xe).', [
      { messageId: 'changeMismatch', data: { stated: 5, base: 45, value: 54, actual: 9 } },
    ]);
  });
});
