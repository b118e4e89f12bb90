import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// The rate of a change ("giảm 45 em (-3,2%)") is the change over the earlier value of that same group
// (src/extract/change-rates.ts). A signed amount before it ("(+312 em)") is a change of another group, not a level;
// a value a part connector ("trong đó", "riêng") sets apart from the change is the whole the change's group is singled
// out of. Neither is the base: with no earlier value of the group itself, nothing is said. Sentences written for this test.
const RULE = 'percent-mismatch';

describe('percent-mismatch: a change rate is of its own group only (s40)', () => {
  it('says nothing when the only value before is a signed change of another group', async () => {
    // 45/(312 + 45) = 12,6% would be a false alarm: 312 is a rise of the secondary pupils, not a headcount.
    await expectNone(RULE, 'Học sinh khối trung học cơ sở tăng nhiều nhất (+312 em); riêng khối tiểu học giảm 45 em (-3,2%) do chuyển trường.');
  });

  it('says nothing when a part connector sets the changed group apart from the value before', async () => {
    // 6/(40 − 6) = 17,6% would be a false alarm: the rise is of the cigarette cases, a part of the 40.
    await expectNone(RULE, 'Lực lượng quản lý thị trường xử lý 40 vụ buôn lậu, trong đó vụ buôn lậu thuốc lá tăng 6 vụ (+25,0%) so với năm trước.');
    await expectNone(RULE, 'Lực lượng quản lý thị trường xử lý 40 vụ buôn lậu, riêng buôn lậu thuốc lá tăng 6 vụ (+25,0%) so với năm trước.');
  });

  it('reads past a breakdown of other things to the one level of the change\'s clause', async () => {
    // The 18 cases are split off by "gồm" (their products), so 24 is the one level the fall is of.
    // Hand-checked: 6/(24 + 6) = 6/30 = 20,0%, not 15,0%; and 4/(18 + 4) = 18,2% as stated.
    await expectFindings(RULE, 'Xử lý 18 vụ gian lận thương mại, giảm 04 vụ (-18,2%); tịch thu 900 sản phẩm, gồm 500 chai nước mắm và 400 gói bánh. Hàng nhập lậu xử lý 24 vụ, giảm 06 vụ (-15,0%).', [
      { messageId: 'percentMismatch', data: { num: 6, den: 30 } },
    ]);
  });

  it('still checks a change against the level of its own group', async () => {
    // Hand-checked: 20/(150 − 20) = 20/130 = 15,4%, not 25,0%.
    await expectFindings(RULE, 'Bộ phận một cửa tiếp nhận 150 hồ sơ, tăng 20 hồ sơ (+25,0%) so với năm trước.', [
      { messageId: 'percentMismatch', data: { stated: 25, num: 20, den: 130, actual: 15.4 } },
    ]);
    // Hand-checked: 30/(420 + 30) = 30/450 = 6,67%, not 5,0%.
    await expectFindings(RULE, 'Năm học này tuyển sinh 420 em, giảm 30 em (-5,0%) so với năm học trước.', [
      { messageId: 'percentMismatch', data: { num: 30, den: 450 } },
    ]);
  });
});
