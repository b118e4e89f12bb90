import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 46: a lead-in amount told with its rate ("…, đạt 104,3% dự toán, trong đó:") and bullets, one of them with a value
// of another year in brackets: the bullets are parts of the lead-in's amount, not of its rate, and the bracketed value is no
// second amount of its bullet (src/extract/claims-bullets.ts, lastAmount and ownAmounts). Sentences written for this test.
const RULE = 'part-exceeds-whole';
const lead = (first: string) => [
  'Tổng thu ngân sách xã 4.250 triệu đồng, đạt 104,3% dự toán, trong đó:',
  `- Thu thuế, phí - lệ phí ${first} triệu đồng;`,
  '- Thu từ quỹ đất 980 triệu đồng, giảm 8,1% so với năm 2024 (1.067 triệu đồng);',
  '- Thu khác 215 triệu đồng.',
].join('\n');

describe('part-exceeds-whole: bullets under a lead-in amount told with its rate (s46)', () => {
  it('holds each bullet to the lead-in amount', async () => {
    // Hand-checked: 4.620 triệu đồng > 4.250 triệu đồng.
    await expectFindings(RULE, lead('4.620'), [
      { messageId: 'partExceedsWhole', data: { part: 4_620_000_000, whole: 4_250_000_000 }, quote: '4.620 triệu đồng' },
    ]);
  });

  it('stays silent when every bullet fits', async () => {
    // Hand-checked: 1.620 + 980 + 215 = 2.815 ≤ 4.250, each part ≤ 4.250.
    await expectNone(RULE, lead('1.620'));
  });
});
