import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'part-exceeds-whole';

// "118 em nam/100 em nữ": a rate whose noun carries a qualifier before the "/" is a value per something else, never a
// part of the count the breakdown splits (its unit reads "em nam/100 em", no count of "em").
describe('part-exceeds-whole: a rate per something after a breakdown, its noun qualified before the "/"', () => {
  it('does not read the rate as a part of the breakdown', async () => {
    // 48 + 41 = 89, the whole; 118 is boys per 100 girls.
    await expectNone(RULE, 'Năm học mới, trường tuyển 89 em vào lớp 1, gồm 48 em nam và 41 em nữ, tỷ số giới tính là 118 em nam/100 em nữ.');
    // 37 + 30 = 67; 123 is a ratio per 100 girls.
    await expectNone(RULE, 'Trong 6 tháng có 67 trẻ được sinh ra, trong đó 37 trẻ trai, 30 trẻ gái, tương ứng 123 trẻ trai/100 trẻ gái.');
    // 210 + 95 = 305 households; 412 is households per 1.000 people, two words finishing the noun before the "/".
    await expectNone(RULE, 'Thị trấn có 305 hộ sản xuất, gồm 210 hộ sản xuất lúa và 95 hộ sản xuất rau, tương đương 412 hộ sản xuất/1.000 dân.');
  });

  it('still flags a part larger than its whole in the same sentence', async () => {
    // Hand-checked: 94 > 89.
    await expectFindings(RULE, 'Năm học mới, trường tuyển 89 em vào lớp 1, trong đó 94 em nam, tỷ số giới tính là 118 em nam/100 em nữ.', [
      { messageId: 'partExceedsWhole', data: { part: 94, whole: 89 }, quote: '94' },
    ]);
  });
});
