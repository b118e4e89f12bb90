import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun>: A, B, C, D với 120 thành viên": proper names, then with no comma a clause word opening a clause that holds a
// number (the sentence going on after the last name), are read up to that word (src/extract/claims-lists.ts,
// clauseAfterLastName). Sentences written for this test (co-operatives, health, schools, budget); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: names followed, with no comma, by a clause holding a number (s49)', () => {
  it('counts the names before "với" and a figure', async () => {
    // Thành Công, Tiến Bộ, Đồng Tâm, Hòa Bình: four co-operatives, not three.
    await expectFindings(RULE, 'Năm 2025, xã thành lập thêm 03 hợp tác xã: Thành Công, Tiến Bộ, Đồng Tâm, Hòa Bình với 120 thành viên.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 4, items: 'Thành Công; Tiến Bộ; Đồng Tâm; Hòa Bình' }, quote: '03', at: 'Năm 2025, xã thành lập thêm ' }]);
  });

  it('reads a space-grouped thousand in the clause as its number', async () => {
    // Tân An, Tân Bình, Tân Hòa: three stations, not two.
    await expectFindings(RULE, 'Trung tâm Y tế mở rộng khám sàng lọc thêm 02 trạm y tế: Tân An, Tân Bình, Tân Hòa với 1 250 lượt người được khám.',
      [{ messageId: 'listCountMismatch', data: { count: 2, listed: 3, items: 'Tân An; Tân Bình; Tân Hòa' }, quote: '02', at: 'Trung tâm Y tế mở rộng khám sàng lọc thêm ' }]);
  });

  it('counts the names before "đạt" and a percentage', async () => {
    // Kim Đồng, Hòa Bình, Lê Lợi: three schools, not four.
    await expectFindings(RULE, 'Năm học 2024-2025, huyện xây mới thêm 04 trường: Kim Đồng, Hòa Bình, Lê Lợi đạt 100% phòng học kiên cố.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Kim Đồng; Hòa Bình; Lê Lợi' }, quote: '04', at: 'Năm học 2024-2025, huyện xây mới thêm ' }]);
  });

  it('counts the names before "với tổng kinh phí" and an amount', async () => {
    // Tân Phú, Bình Minh: two communes, not three.
    await expectFindings(RULE, 'Ngân sách tỉnh hỗ trợ 03 xã: Tân Phú, Bình Minh với tổng kinh phí 1.200 triệu đồng.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Tân Phú; Bình Minh' }, quote: '03', at: 'Ngân sách tỉnh hỗ trợ ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Năm 2025, xã thành lập thêm 04 hợp tác xã: Thành Công, Tiến Bộ, Đồng Tâm, Hòa Bình với 120 thành viên.');
    await expectNone(RULE, 'Trung tâm Y tế mở rộng khám sàng lọc thêm 03 trạm y tế: Tân An, Tân Bình, Tân Hòa với 1 250 lượt người được khám.');
    await expectNone(RULE, 'Năm học 2024-2025, huyện xây mới thêm 03 trường: Kim Đồng, Hòa Bình, Lê Lợi đạt 100% phòng học kiên cố.');
    await expectNone(RULE, 'Ngân sách tỉnh hỗ trợ 02 xã: Tân Phú, Bình Minh với tổng kinh phí 1.200 triệu đồng.');
  });

  it('stays silent when a piece before the clause is no proper name', async () => {
    await expectNone(RULE, 'Ngân sách tỉnh hỗ trợ 03 xã: Tân Phú, khu vực chợ với tổng kinh phí 1.200 triệu đồng.');
  });
});
