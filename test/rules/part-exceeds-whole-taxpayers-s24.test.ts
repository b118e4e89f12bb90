import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: taxpayers are counted by their kinds', () => {
  it('reads households or businesses as part of "người nộp thuế"', async () => {
    // Hand-checked: 231 > 213.
    await expectFindings(RULE, 'Toàn phường có 213 người nộp thuế chưa kê khai, trong đó 231 hộ kinh doanh cá thể.', [
      { messageId: 'partExceedsWhole', data: { part: 231, whole: 213 }, quote: '231' },
    ]);
    // Hand-checked: 95 > 58.
    await expectFindings(RULE, 'Đội thuế đã mời 58 người nộp thuế đến làm việc, trong đó 95 doanh nghiệp ngoài quốc doanh.', [
      { messageId: 'partExceedsWhole', data: { part: 95, whole: 58 }, quote: '95' },
    ]);
  });

  it('leaves parts within the taxpayers alone', async () => {
    // 17 + 196 = 213.
    await expectNone(RULE, 'Toàn phường có 213 người nộp thuế chưa kê khai, gồm 17 doanh nghiệp và 196 hộ kinh doanh.');
    await expectNone(RULE, 'Toàn phường có 213 người nộp thuế chưa kê khai, trong đó 150 hộ, cá nhân kinh doanh.');
  });
});
