import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun> <qualifying clause> là/gồm: A, B, C": the clause may hold the open end of a range of another noun ("có từ 02
// giáo viên trở lên") or a rank ("lần thứ 2"); both describe the counted things, and the names are theirs. The bounded count
// owns no list of its own. The names end at a comma opening the rest of the things ("các xã còn lại …")
// (src/extract/claims-lists.ts: OPEN_BOUND, ORDINAL, innerNames, restAfterNames). Sentences written for this test
// (education, health, agriculture, budget, sport); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a lead-in holding a bound of another noun or a rank (s50)', () => {
  it('counts the schools after a bound of teachers', async () => {
    // Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi: four schools, not three.
    await expectFindings(RULE, 'Toàn huyện có 03 trường có từ 02 giáo viên trở lên đạt giáo viên dạy giỏi cấp tỉnh là: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 4, items: 'Kim Đồng; Hòa Bình; Lê Lợi; Nguyễn Trãi' }, quote: '03', at: 'Toàn huyện có ' }]);
  });

  it('counts the health stations after a bound of doctors', async () => {
    // Tân An, Tân Bình: two stations, not three.
    await expectFindings(RULE, 'Có 03 trạm y tế có từ 02 bác sĩ trở lên là: Tân An, Tân Bình.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Tân An; Tân Bình' }, quote: '03', at: 'Có ' }]);
  });

  it('counts the co-operatives after a bound of members closed by "gồm:"', async () => {
    // Thành Công, Tiến Bộ, Đồng Tâm: three co-operatives, not four.
    await expectFindings(RULE, 'Toàn xã có 04 hợp tác xã có từ 50 thành viên trở lên gồm: Thành Công, Tiến Bộ, Đồng Tâm.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Thành Công; Tiến Bộ; Đồng Tâm' }, quote: '04', at: 'Toàn xã có ' }]);
  });

  it('ends the names at the rest of the communes', async () => {
    // Tân An, Tân Bình, Tân Hòa, Tân Lập: four communes, not five; "các xã còn lại" are the others.
    await expectFindings(RULE, 'Có 05 xã có từ 03 công trình trở lên chậm quyết toán là: Tân An, Tân Bình, Tân Hòa, Tân Lập, các xã còn lại mỗi xã có 01 công trình.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Tân An; Tân Bình; Tân Hòa; Tân Lập' }, quote: '05', at: 'Có ' }]);
  });

  it('counts the communes after a rank in the lead-in', async () => {
    // Tân An, Tân Bình, Tân Hòa, Tân Lập: four communes, not three.
    await expectFindings(RULE, 'Có 03 xã đã tổ chức Đại hội Thể dục thể thao lần thứ 2 là: Tân An, Tân Bình, Tân Hòa, Tân Lập.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 4, items: 'Tân An; Tân Bình; Tân Hòa; Tân Lập' }, quote: '03', at: 'Có ' }]);
  });

  it('reads a bound before a far "gồm:" as no other count', async () => {
    // Tân An, Tân Bình: two stations, not three; before, "20 ca" stood between and the lead-in was not read.
    await expectFindings(RULE, 'Còn 03 trạm y tế có số ca sốt xuất huyết từ 20 ca trở lên, gồm: Tân An, Tân Bình.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Tân An; Tân Bình' }, quote: '03', at: 'Còn ' }]);
    await expectNone(RULE, 'Còn 02 trạm y tế có số ca sốt xuất huyết từ 20 ca trở lên, gồm: Tân An, Tân Bình.');
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Toàn huyện có 04 trường có từ 02 giáo viên trở lên đạt giáo viên dạy giỏi cấp tỉnh là: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi.');
    await expectNone(RULE, 'Có 02 trạm y tế có từ 02 bác sĩ trở lên là: Tân An, Tân Bình.');
    await expectNone(RULE, 'Toàn xã có 03 hợp tác xã có từ 50 thành viên trở lên gồm: Thành Công, Tiến Bộ, Đồng Tâm.');
    await expectNone(RULE, 'Có 04 xã có từ 03 công trình trở lên chậm quyết toán là: Tân An, Tân Bình, Tân Hòa, Tân Lập, các xã còn lại mỗi xã có 01 công trình.');
    await expectNone(RULE, 'Có 04 xã đã tổ chức Đại hội Thể dục thể thao lần thứ 2 là: Tân An, Tân Bình, Tân Hòa, Tân Lập.');
  });

  it('never counts the names against the bound itself', async () => {
    // Three villages named for three: the bound "02 trường hợp" is no count of them.
    await expectNone(RULE, 'Có 03 thôn có từ 02 trường hợp mắc sốt xuất huyết trở lên: Đông Hải, Tây Sơn, Bắc Hà.');
  });

  it('stays silent on examples, a subset and names joining words with "và"', async () => {
    await expectNone(RULE, 'Có 04 trường có từ 02 giáo viên trở lên đạt giỏi như: Kim Đồng, Hòa Bình, Lê Lợi.');
    await expectNone(RULE, 'Có 04 trường có từ 02 giáo viên trở lên đạt giỏi, tiêu biểu là: Kim Đồng, Hòa Bình, Lê Lợi.');
    await expectNone(RULE, 'Có 04 trường có từ 02 giáo viên trở lên đạt giỏi là: Kim Đồng, Hòa Bình, Lê Lợi, v.v.');
    await expectNone(RULE, 'Có 04 trường có từ 02 giáo viên trở lên đạt giỏi là: Kim Đồng, Hòa Bình, Lê Lợi…');
    await expectNone(RULE, 'Có 04 trường có từ 02 giáo viên trở lên đạt giỏi, trong đó nhiều nhất là: Kim Đồng, Hòa Bình.');
    await expectNone(RULE, 'Có 02 đơn vị có từ 03 cán bộ trở lên đạt chiến sĩ thi đua là: Phòng Văn hóa và Thông tin, Phòng Tài nguyên và Môi trường.');
    await expectNone(RULE, 'Có 04 xã có từ 03 công trình trở lên chậm quyết toán là: Tân An, Tân Bình, Tân Hòa, các xã khác có ít hơn.');
  });

  it('stays silent when the names are of the bounded noun', async () => {
    await expectNone(RULE, 'Có 04 thôn có từ 02 hộ trở lên tái nghèo là: hộ ông Nguyễn Văn An, hộ bà Lê Thị Bình, hộ ông Trần Văn Cường.');
  });
});
