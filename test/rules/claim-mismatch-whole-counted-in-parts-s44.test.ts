import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

// Session 44: a whole counted in another noun than its parts ("45 vận động viên đạt huy chương, gồm 10 huy chương Vàng, …")
// whose words name the parts' noun and whose value is the parts' sum counts the parts' things; a change in that noun after
// the breakdown, against its bracketed base, is the whole's (src/extract/comparisons.ts, countedInParts). Sentences written
// for this test.
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.messageId);

describe('claim-mismatch: a whole counted in its parts\' noun (s44)', () => {
  it('holds the change to the whole against the bracketed base', async () => {
    // Hand-checked: 10 + 15 + 20 = 45 huy chương; 45 − 40 = 5, not 9.
    await expectFindings(RULE, 'Tại Đại hội Thể dục thể thao tỉnh, huyện có 45 vận động viên đạt huy chương, gồm 10 huy chương Vàng, 15 huy chương Bạc và 20 huy chương Đồng, tăng 9 huy chương so với kỳ đại hội trước (40 huy chương).', [
      { messageId: 'changeMismatch', data: { stated: 9, base: 40, value: 45, actual: 5 } },
    ]);
  });

  it('stays silent when the change agrees, or when the parts do not make up the whole', async () => {
    expect(await ids('Tại Đại hội Thể dục thể thao tỉnh, huyện có 45 vận động viên đạt huy chương, gồm 10 huy chương Vàng, 15 huy chương Bạc và 20 huy chương Đồng, tăng 5 huy chương so với kỳ đại hội trước (40 huy chương).')).toEqual([]);
    // 10 + 15 + 18 = 43 ≠ 45: the athletes are not the medals, which of them the change speaks of is unsure.
    expect(await ids('Tại Đại hội Thể dục thể thao tỉnh, huyện có 45 vận động viên đạt huy chương, gồm 10 huy chương Vàng, 15 huy chương Bạc và 18 huy chương Đồng, tăng 9 huy chương so với kỳ đại hội trước (40 huy chương).')).toEqual([]);
  });
});
