import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun>: A, B, C <lower-case predicate>": proper names with no "và", the last running with no comma into the sentence's
// verb phrase, end at the last capitalised word; the predicate is no part of a name (src/extract/claims-lists.ts:
// verbAfterNames). Silent when the words after the last name may hold one more name or a figure of the names (a comma, "và",
// "cùng", a capital, examples), or when the items are no names. Sentences written for this test (education, health,
// agriculture, budget); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: names running into a verb phrase (s51)', () => {
  it('counts the schools before their predicate', async () => {
    // Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi: four schools, not five.
    await expectFindings(RULE, 'Năm học 2024-2025, huyện có 05 trường: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi tổ chức dạy học hai buổi một ngày theo kế hoạch.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Kim Đồng; Hòa Bình; Lê Lợi; Nguyễn Trãi' }, quote: '05', at: 'Năm học 2024-2025, huyện có ' }]);
  });

  it('counts the health stations before their predicate', async () => {
    // Tân An, Tân Bình: two stations, not three.
    await expectFindings(RULE, 'Vắc xin sởi được cấp cho 03 trạm y tế: Tân An, Tân Bình tiếp nhận bảo quản sử dụng theo đúng hướng dẫn của ngành.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Tân An; Tân Bình' }, quote: '03', at: 'Vắc xin sởi được cấp cho ' }]);
  });

  it('counts the co-operatives before their predicate', async () => {
    // Thành Công, Tiến Bộ, Đồng Tâm: three co-operatives, not four.
    await expectFindings(RULE, 'Mô hình lúa chất lượng cao được giao cho 04 hợp tác xã: Thành Công, Tiến Bộ, Đồng Tâm thực hiện trên diện tích liền vùng trong vụ đông xuân năm nay.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Thành Công; Tiến Bộ; Đồng Tâm' }, quote: '04', at: 'Mô hình lúa chất lượng cao được giao cho ' }]);
  });

  it('counts more communes than the count before their predicate', async () => {
    // Tân An, Tân Bình, Tân Hòa, Tân Lập: four communes, not three.
    await expectFindings(RULE, 'Kinh phí sự nghiệp được phân bổ cho 03 xã: Tân An, Tân Bình, Tân Hòa, Tân Lập sử dụng theo quy định hiện hành của nhà nước.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 4, items: 'Tân An; Tân Bình; Tân Hòa; Tân Lập' }, quote: '03', at: 'Kinh phí sự nghiệp được phân bổ cho ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, huyện có 04 trường: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi tổ chức dạy học hai buổi một ngày theo kế hoạch.');
    await expectNone(RULE, 'Vắc xin sởi được cấp cho 02 trạm y tế: Tân An, Tân Bình tiếp nhận bảo quản sử dụng theo đúng hướng dẫn của ngành.');
    await expectNone(RULE, 'Mô hình lúa chất lượng cao được giao cho 03 hợp tác xã: Thành Công, Tiến Bộ, Đồng Tâm thực hiện trên diện tích liền vùng trong vụ đông xuân năm nay.');
  });

  it('stays silent when the list may go on after the predicate', async () => {
    // A comma and another name, "và", "cùng": a fourth school may follow.
    await expectNone(RULE, 'Năm học 2024-2025, huyện có 04 trường: Kim Đồng, Hòa Bình, Lê Lợi tổ chức dạy học hai buổi một ngày theo kế hoạch, Nguyễn Trãi dạy một buổi.');
    await expectNone(RULE, 'Năm học 2024-2025, huyện có 04 trường: Kim Đồng, Hòa Bình, Lê Lợi tổ chức dạy học hai buổi một ngày theo kế hoạch và trường Nguyễn Trãi dạy một buổi.');
    await expectNone(RULE, 'Mô hình lúa chất lượng cao được giao cho 04 hợp tác xã: Thành Công, Tiến Bộ, Đồng Tâm thực hiện trên diện tích liền vùng cùng hợp tác xã bạn trong vụ đông xuân.');
    // A capital after the last name may open another name.
    await expectNone(RULE, 'Năm học 2024-2025, huyện có 04 trường: Kim Đồng, Hòa Bình, Lê Lợi tổ chức dạy học hai buổi một ngày theo hướng dẫn của Phòng Giáo dục.');
    // Examples, never all of them.
    await expectNone(RULE, 'Năm học 2024-2025, huyện có 05 trường: Kim Đồng, Hòa Bình, Lê Lợi… tổ chức dạy học hai buổi một ngày theo kế hoạch năm học.');
  });

  it('stays silent when the items are no names', async () => {
    await expectNone(RULE, 'Đã triển khai 04 nội dung: tuyên truyền, vận động, kiểm tra thường xuyên tại các cơ sở kinh doanh thực phẩm trên địa bàn.');
    // One name alone is no list.
    await expectNone(RULE, 'Vắc xin sởi được cấp cho 03 trạm y tế: Tân An tiếp nhận bảo quản sử dụng theo đúng hướng dẫn của ngành y tế.');
  });
});
