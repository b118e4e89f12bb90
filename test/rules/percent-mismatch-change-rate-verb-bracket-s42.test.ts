import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// The rate of a change may be bracketed with the change's own verb ("tăng 350 triệu đồng (tăng 20,0%)"), and the value it
// grew to is the one of the change's own sentence when sentences before it state others of that unit
// (src/extract/change-rates.ts). Sentences written for this test.
const RULE = 'percent-mismatch';

describe('percent-mismatch: a change rate bracketed with the change verb (s42)', () => {
  it('checks the rate against the value of its own sentence less the change', async () => {
    // Hand-checked: 2 450 − 350 = 2 100; 350/2 100 = 16,7%, not 20,0%.
    await expectFindings(RULE, 'Doanh thu bán vé tham quan đạt 1 830 triệu đồng, chưa đạt kế hoạch. Doanh thu dịch vụ lưu trú đạt 2 450 triệu đồng, tăng 350 triệu đồng (tăng 20,0%) so với năm 2024.', [
      { messageId: 'percentMismatch', data: { stated: 20, actual: 16.7 } },
    ]);
    // Hand-checked: 540 + 60 = 600 tấn before; 60/600 = 10,0%, not 11,1%.
    await expectFindings(RULE, 'Sản lượng thu mua đạt 540 tấn, giảm 60 tấn (giảm 11,1%) so với vụ trước.', [
      { messageId: 'percentMismatch', data: { stated: 11.1, actual: 10 } },
    ]);
  });

  it('stays silent on a right rate or a bracket whose verb is not the change\'s', async () => {
    await expectNone(RULE, 'Doanh thu bán vé tham quan đạt 1 830 triệu đồng, chưa đạt kế hoạch. Doanh thu dịch vụ lưu trú đạt 2 450 triệu đồng, tăng 350 triệu đồng (tăng 16,7%) so với năm 2024.');
    await expectNone(RULE, 'Sản lượng thu mua đạt 540 tấn, giảm 60 tấn (tăng 11,1% về giá trị) so với vụ trước.');
  });
});
