import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const planted = (rate: string) => `Năm 2025, xã trồng mới 1.840 cây xanh trên kế hoạch 2.000 cây (${rate}).\n`;

describe('percent-mismatch: an amount "trên kế hoạch" its plan with the rate alone in a bracket after the plan', () => {
  it('checks the bracketed rate of fulfilment against done over plan', async () => {
    // Hand-checked: 1.840/2.000 = 92,00%, not 95,00%.
    await expectFindings('percent-mismatch', planted('tỷ lệ thực hiện 95,00%'), [
      { messageId: 'percentMismatch', data: { stated: 95, num: 1840, den: 2000, actual: 92 }, quote: '95,00%' },
    ]);
    await expectFindings('percent-mismatch', planted('đạt 95%'), [
      { messageId: 'percentMismatch', data: { stated: 95, num: 1840, den: 2000, actual: 92 }, quote: '95%' },
    ]);
  });

  it('says nothing when the rate fits, or when the bracket names a rate of something else', async () => {
    await expectNone('percent-mismatch', planted('tỷ lệ thực hiện 92,00%'));
    await expectNone('percent-mismatch', planted('đạt 92%'));
    // A share of one kind of tree among those planted is no rate of the plan.
    await expectNone('percent-mismatch', planted('tỷ lệ cây bóng mát 95,00%'));
  });
});
