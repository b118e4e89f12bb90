import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 42: "Trong đó" opening the sentence after a breakdown announced by its criterion ("Phân theo ngành: A 260 người;
// B 180 người; C 80 người.") speaks of the breakdown's whole, not of the last item's ";" clause
// (src/extract/claims-inline.ts, nearestWhole). Sentences written for this test.
const RULE = 'part-exceeds-whole';
const LIST = 'Phân theo ngành: nông nghiệp 260 người; công nghiệp 180 người; dịch vụ 80 người.';

describe('part-exceeds-whole: a sentence-opening connector after a criterion list (s42)', () => {
  it('never takes the last item of the list for the whole', async () => {
    await expectNone(RULE, `Toàn huyện có 520 lao động có việc làm. ${LIST} Trong đó có 150 lao động nữ và 95 lao động qua đào tạo.`);
    await expectNone(RULE, `- ${LIST} Trong đó có 150 lao động nữ (kể cả lao động thời vụ) và 95 lao động qua đào tạo.`);
  });

  it('holds the parts to the whole the list splits', async () => {
    // Hand-checked: 600 > 520.
    await expectFindings(RULE, `Toàn huyện có 520 lao động có việc làm. ${LIST} Trong đó có 600 lao động nữ.`, [
      { messageId: 'partExceedsWhole', data: { part: 600, whole: 520 } },
    ]);
  });

  it('still splits the last item when the connector follows it in its own sentence', async () => {
    // Hand-checked: 95 > 80.
    await expectFindings(RULE, 'Phân theo ngành: nông nghiệp 260 người; công nghiệp 180 người; dịch vụ 80 người, trong đó nữ 95 người.', [
      { messageId: 'partExceedsWhole', data: { part: 95, whole: 80 } },
    ]);
  });
});
