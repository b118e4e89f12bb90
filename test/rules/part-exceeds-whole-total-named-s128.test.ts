import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// "Trong tổng <name>, riêng <member> đạt N": a sentence naming an earlier total by its words alone singles out a member of
// it with its amount. Written for this test; each comparison checked by hand.
describe('part-exceeds-whole: a member singled out of a total named back by its words (s128)', () => {
  it('flags a member larger than the total', async () => {
    // 3.480 > 3.120.
    await expectFindings(RULE, 'Diện tích rừng trồng tập trung năm 2025 đạt 3.120 ha, chủ yếu là keo lai. Trong tổng diện tích rừng trồng tập trung, riêng diện tích của các hộ gia đình đạt 3.480 ha.',
      [{ messageId: 'partExceedsWhole', data: { part: 3480, whole: 3120 } }]);
  });
  it('stays silent on a member within the total, or when two amounts carry the name', async () => {
    await expectNone(RULE, 'Diện tích rừng trồng tập trung năm 2025 đạt 3.120 ha, chủ yếu là keo lai. Trong tổng diện tích rừng trồng tập trung, riêng diện tích của các hộ gia đình đạt 2.480 ha.');
    // Two totals named alike (this year's and last year's): which one is meant is unsure.
    await expectNone(RULE, 'Diện tích rừng trồng tập trung năm 2025 đạt 3.120 ha; diện tích rừng trồng tập trung năm 2024 là 3.600 ha. Trong tổng diện tích rừng trồng tập trung, riêng diện tích của các hộ gia đình đạt 3.480 ha.');
  });
});
