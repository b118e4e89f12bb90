import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Hạn chế: … 05 giáo viên là giáo viên hợp đồng; cơ sở vật chất còn thiếu; …": lower-case phrases after a bare "là" (no
// colon after the count's words) say what the counted things are, and the semicolons after them part the sentence's clauses
// (a label's list of shortcomings), not described items of the count. Only a colon announces described items
// (src/extract/claims-lists.ts: listAfter's `described`). Names after a bare "là" are still counted. Sentences written for
// this test (education, health, agriculture, budget).
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a bare "là" before clauses of a shortcomings label (s51)', () => {
  it('stays silent on a count described after "là" in a label\'s clauses', async () => {
    await expectNone(RULE, '- Hạn chế: Trường có 05 giáo viên là giáo viên hợp đồng; cơ sở vật chất còn thiếu; thiết bị dạy học xuống cấp.');
    await expectNone(RULE, '+ Khó khăn: Trạm y tế có 04 nhân viên chủ yếu là hợp đồng ngắn hạn, thường xuyên biến động; trang thiết bị còn thiếu; kinh phí hạn hẹp.');
    await expectNone(RULE, 'Tồn tại: Toàn xã có 12 tổ hợp tác là tổ chức tự phát, quy mô nhỏ; liên kết tiêu thụ còn yếu; sản phẩm chưa có thương hiệu.');
    await expectNone(RULE, 'Hạn chế: Còn 03 đơn vị là đơn vị sự nghiệp tự chủ một phần; nguồn thu chưa ổn định; chi thường xuyên còn lớn; tiến độ giải ngân chậm.');
  });

  it('still counts described items a colon announces', async () => {
    // Three shortcomings named for four.
    await expectFindings(RULE, 'Còn 04 hạn chế chủ yếu: đội ngũ giáo viên còn thiếu; cơ sở vật chất xuống cấp; thiết bị dạy học lạc hậu.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 }, quote: '04', at: 'Còn ' }]);
  });

  it('counts names after a bare "là" up to their predicate', async () => {
    // Tân An, Tân Bình: two communes, not three (the last name runs into its predicate, verbAfterNames).
    await expectFindings(RULE, 'Năm 2025 có 03 xã là Tân An, Tân Bình đạt chuẩn nông thôn mới nâng cao.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2 }, quote: '03', at: 'Năm 2025 có ' }]);
  });
});
