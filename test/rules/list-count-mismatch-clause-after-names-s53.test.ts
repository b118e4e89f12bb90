import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "N <noun>: A, B, C, với M …, mỗi … X và Y": proper names with no "và" among them end where a comma opens a clause word
// holding a number; a "và" further on joins that clause's own things, no name of the list (src/extract/claims-lists.ts:
// clauseAfterNames). Names may carry their own numbers ("Phú Mỹ 1, Phú Mỹ 2", "Tổ 1, Tổ 3"). Silent when the count
// matches, when a "và" in the clause comes before a capital (one more name may follow), or when the list is open.
// Sentences written for this test (education, health, agriculture, budget); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: names closed by a clause holding its own "và" (s53)', () => {
  it('counts the schools before the clause about their books', async () => {
    // Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi: four schools, not five.
    await expectFindings(RULE, 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại 05 trường: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi, với 1.200 đầu sách, mỗi trường được cấp 02 tủ sách và 01 bộ bàn ghế đọc.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Kim Đồng; Hòa Bình; Lê Lợi; Nguyễn Trãi' }, quote: '05', at: 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại ' }]);
  });

  it('counts the health stations before the clause about the people screened', async () => {
    // Tân An, Tân Bình, Tân Hòa: three stations, not four.
    await expectFindings(RULE, 'Đã triển khai khám sàng lọc tăng huyết áp tại 04 trạm y tế: Tân An, Tân Bình, Tân Hòa, đạt 1.250 lượt người, trong đó 86 người được chuyển tuyến và 12 người được điều trị tại chỗ.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Tân An; Tân Bình; Tân Hòa' }, quote: '04', at: 'Đã triển khai khám sàng lọc tăng huyết áp tại ' }]);
  });

  it('counts villages whose names carry numbers of their own', async () => {
    // Phú Mỹ 1, Phú Mỹ 2, Đông Hòa, Tây Hòa, Bình An, Bình Minh: six villages, not five; the 1 and 2 are parts of names.
    await expectFindings(RULE, 'Vụ đông xuân, mô hình lúa chất lượng cao được triển khai tại 05 thôn: Phú Mỹ 1, Phú Mỹ 2, Đông Hòa, Tây Hòa, Bình An, Bình Minh, với 86 ha, mỗi thôn được hỗ trợ 200 kg giống và 01 tấn phân bón.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 6, items: 'Phú Mỹ 1; Phú Mỹ 2; Đông Hòa; Tây Hòa; Bình An; Bình Minh' }, quote: '05', at: 'Vụ đông xuân, mô hình lúa chất lượng cao được triển khai tại ' }]);
  });

  it('counts numbered neighbourhood groups as names', async () => {
    // Tổ 1, Tổ 3, Tổ 5: three groups, not four.
    await expectFindings(RULE, 'Hội Nông dân xã thành lập tổ hợp tác trồng rau an toàn tại 04 tổ dân phố: Tổ 1, Tổ 3, Tổ 5, với 45 hộ tham gia, mỗi hộ được hỗ trợ 01 bộ nhà lưới và 02 bồn tưới.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Tổ 1; Tổ 3; Tổ 5' }, quote: '04', at: 'Hội Nông dân xã thành lập tổ hợp tác trồng rau an toàn tại ' }]);
  });

  it('counts more communes than the budget line states', async () => {
    // Tân Lập, Tân Tiến, Tân Phong, Tân Hòa: four communes, not three.
    await expectFindings(RULE, 'Năm 2025, ngân sách huyện bố trí vốn sửa chữa nhà văn hóa tại 03 xã: Tân Lập, Tân Tiến, Tân Phong, Tân Hòa, với tổng kinh phí 1,2 tỷ đồng, mỗi nhà được hỗ trợ 300 triệu đồng và vật tư.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 4, items: 'Tân Lập; Tân Tiến; Tân Phong; Tân Hòa' }, quote: '03', at: 'Năm 2025, ngân sách huyện bố trí vốn sửa chữa nhà văn hóa tại ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại 04 trường: Kim Đồng, Hòa Bình, Lê Lợi, Nguyễn Trãi, với 1.200 đầu sách, mỗi trường được cấp 02 tủ sách và 01 bộ bàn ghế đọc.');
    await expectNone(RULE, 'Vụ đông xuân, mô hình lúa chất lượng cao được triển khai tại 06 thôn: Phú Mỹ 1, Phú Mỹ 2, Đông Hòa, Tây Hòa, Bình An, Bình Minh, với 86 ha, mỗi thôn được hỗ trợ 200 kg giống và 01 tấn phân bón.');
    await expectNone(RULE, 'Hội Nông dân xã thành lập tổ hợp tác trồng rau an toàn tại 03 tổ dân phố: Tổ 1, Tổ 3, Tổ 5, với 45 hộ tham gia, mỗi hộ được hỗ trợ 01 bộ nhà lưới và 02 bồn tưới.');
  });

  it('stays silent when a "và" in the clause may join one more name', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại 05 trường: Kim Đồng, Hòa Bình, Lê Lợi, với 1.200 đầu sách và Nguyễn Trãi với 300 đầu sách.');
    await expectNone(RULE, 'Tỷ lệ tiêm chủng đầy đủ tại 04 thôn: Đông Hòa, Tây Hòa, Nam Hòa, đạt 96%, và thôn Bắc Hòa đạt 88%.');
  });

  it('stays silent when the list is open', async () => {
    await expectNone(RULE, 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại 05 trường: Kim Đồng, Hòa Bình, Lê Lợi và các trường khác, với 1.200 đầu sách, mỗi trường được cấp 02 tủ sách và 01 bộ bàn ghế đọc.');
    await expectNone(RULE, 'Năm học 2024-2025, huyện duy trì mô hình thư viện xanh tại 05 trường: Kim Đồng, Hòa Bình, Lê Lợi…, với 1.200 đầu sách, mỗi trường được cấp 02 tủ sách và 01 bộ bàn ghế đọc.');
    await expectNone(RULE, 'Hội Nông dân xây dựng mô hình tại 06 ấp, gồm các ấp như: Phú Mỹ, Đông Hòa, Tây Hòa, với 12 điểm, mỗi điểm được trang bị 02 bình bột và 01 bình khí.');
  });
});
