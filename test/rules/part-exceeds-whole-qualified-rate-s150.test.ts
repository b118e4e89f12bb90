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

// "tỷ số giới tính khi sinh là 109": a bare number its own words name a ratio, an index or a density is no part either.
describe('part-exceeds-whole: an amount named a ratio, an index or a density after the parts', () => {
  it('ends the parts before it', async () => {
    // 41 + 36 = 77; 114 is the sex ratio at birth (boys per 100 girls), written bare.
    await expectNone(RULE, 'Quý I có 77 trẻ được sinh ra, gồm 41 trẻ trai và 36 trẻ gái, tỷ số giới tính khi sinh là 114.');
    // 40 of 77 in "trong đó"; 114 is the ratio.
    await expectNone(RULE, 'Quý I có 77 trẻ được sinh ra, trong đó 40 trẻ trai, tỉ số giới tính khi sinh 114.');
    // 1.180 people; 1.350 is the density per km², named "mật độ".
    await expectNone(RULE, 'Khu phố có 1.180 nhân khẩu, gồm 610 nam và 570 nữ, mật độ 1.350 người.');
  });

  it('still flags a part before it that outgrows the whole', async () => {
    // Hand-checked: 82 > 77.
    await expectFindings(RULE, 'Quý I có 77 trẻ được sinh ra, trong đó 82 trẻ trai, tỷ số giới tính khi sinh là 114.', [
      { messageId: 'partExceedsWhole', data: { part: 82, whole: 77 }, quote: '82' },
    ]);
  });
});
