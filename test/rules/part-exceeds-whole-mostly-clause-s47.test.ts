import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 47: a clause opening with "chủ yếu" / "phần lớn" / "đa số" after a comma or ";" gives the bulk of the amount
// before by its own amounts (src/extract/claims-inline.ts, MOSTLY): each is a part of that amount. After a ";" closing a
// one-amount "trong đó" clause, the bulk is of the sentence's subject, not of that subgroup. Sentences written for this test.
const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: the bulk of an amount told after "chủ yếu" (s47)', () => {
  it('holds each amount after "chủ yếu" to the amount before the comma', async () => {
    // Hand-checked: 702 con > 640 con.
    await expectFindings(RULE, 'Tổng đàn bò của xã có 640 con, chủ yếu là bò lai Sind 702 con và bò vàng địa phương 95 con.', [
      { messageId: 'partExceedsWhole', data: { part: 702, whole: 640 }, quote: '702' },
    ]);
  });

  it('reads the bulk after a closed "trong đó" clause as of the subject, not of the subgroup', async () => {
    // Hand-checked: 61 học viên > 58 học viên; the subgroup (nữ 20) is no whole of the courses.
    await expectFindings(RULE, 'Trong năm mở lớp cho 58 học viên học nghề, trong đó học viên nữ 20 người; phần lớn học nghề may công nghiệp 61 học viên, điện dân dụng 12 học viên.', [
      { messageId: 'partExceedsWhole', data: { part: 61, whole: 58 }, quote: '61' },
    ]);
  });

  it('stays silent when every amount of the bulk fits, even above the subgroup', async () => {
    // Hand-checked: 31 ≤ 58 and 12 ≤ 58 (31 > 20 is no slip: the courses are of all 58).
    await expectNone(RULE, 'Trong năm mở lớp cho 58 học viên học nghề, trong đó học viên nữ 20 người; phần lớn học nghề may công nghiệp 31 học viên, điện dân dụng 12 học viên.');
  });

  it('reads no part in a cause after "chủ yếu do", nor after the clause mark that ends a "chủ yếu" clause of no amount', async () => {
    await expectNone(RULE, 'Số hộ nghèo cuối năm còn 38 hộ, chủ yếu do 45 hộ được hỗ trợ sinh kế đã vươn lên thoát nghèo.');
    await expectNone(RULE, 'Toàn xã có 26 hộ nuôi ong, chủ yếu ở các thôn vùng đồi; năm nay vận động thêm 30 hộ tham gia tổ hợp tác.');
  });
});
