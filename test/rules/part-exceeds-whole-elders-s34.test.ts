import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 34: old people are counted as "cụ", a kind of person, so a part in "cụ" sits under a whole in "người (cao tuổi)".
const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: "cụ" under a count of people', () => {
  it('flags more "cụ" than the old people they are part of', async () => {
    const found = await findingsOf(RULE, 'Hội đã tặng thẻ bảo hiểm y tế cho 215 người cao tuổi, trong đó có 251 cụ neo đơn.\n');
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[251, 215]]);
  });

  it('leaves a smaller part alone', async () => {
    expect(await findingsOf(RULE, 'Hội đã tặng thẻ bảo hiểm y tế cho 251 người cao tuổi, trong đó có 215 cụ neo đơn.\n')).toEqual([]);
  });
});
