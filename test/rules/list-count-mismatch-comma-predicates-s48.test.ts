import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Có N <noun> <predicate>, <predicate> là: A, B, C": predicates that a comma joins after the subject count, closed by
// "là:", "gồm:" or a colon, before the names of the counted things (src/extract/claims-lists.ts, clausedIntro); "về đích"
// is a verb, no relation word naming other things. Sentences written for this test (health, schools, co-operatives,
// budget); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: a subject count described by comma-joined predicates before its list (s48)', () => {
  it('reads the names after "là:" when a comma and a period phrase sit between', async () => {
    // Tân An, Tân Bình, Tân Hòa, Tân Lập: four stations, not five.
    await expectFindings(RULE, 'Có 05 trạm y tế được đầu tư nâng cấp, đưa vào sử dụng trong quý II là: Tân An, Tân Bình, Tân Hòa, Tân Lập.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4, items: 'Tân An; Tân Bình; Tân Hòa; Tân Lập' }, quote: '05', at: 'Có ' }]);
  });

  it('reads them after a bare colon, and after "Còn N"', async () => {
    // Kim Đồng, Hòa Bình, Lê Lợi: three schools, not four.
    await expectFindings(RULE, 'Năm học 2024-2025 có 04 trường học hoàn thành sửa chữa phòng học, đưa vào sử dụng từ đầu năm học: Kim Đồng, Hòa Bình, Lê Lợi.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 }, quote: '04', at: 'Năm học 2024-2025 có ' }]);
    // Two projects named, three stated.
    await expectFindings(RULE, 'Còn 03 dự án chậm giải ngân, chưa hoàn thiện thủ tục thanh toán là: Đường Nà Hin, Cầu Khuổi Lình.',
      [{ messageId: 'listCountMismatch', data: { count: 3, listed: 2, items: 'Đường Nà Hin; Cầu Khuổi Lình' }, quote: '03', at: 'Còn ' }]);
  });

  it('reads "về đích sớm các …" as a verb and its object, the names still the count\'s', async () => {
    // Thành Công, Tiến Bộ, Đồng Tâm: three co-operatives, not two.
    await expectFindings(RULE, 'Có 02 hợp tác xã về đích sớm các chỉ tiêu sản xuất vụ Đông Xuân là: Thành Công, Tiến Bộ, Đồng Tâm.',
      [{ messageId: 'listCountMismatch', data: { count: 2, listed: 3 }, quote: '02', at: 'Có ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Có 04 trạm y tế được đầu tư nâng cấp, đưa vào sử dụng trong quý II là: Tân An, Tân Bình, Tân Hòa, Tân Lập.');
    await expectNone(RULE, 'Còn 02 dự án chậm giải ngân, chưa hoàn thiện thủ tục thanh toán là: Đường Nà Hin, Cầu Khuổi Lình.');
  });

  it('stays silent for a subset, examples or an open list after the comma', async () => {
    await expectNone(RULE, 'Có 05 trạm y tế được nâng cấp, trong đó hoàn thành trong quý II là: Tân An, Tân Bình.');
    await expectNone(RULE, 'Có 06 hợp tác xã hoạt động hiệu quả, điển hình là: Thành Công, Tiến Bộ.');
    await expectNone(RULE, 'Có 06 hợp tác xã hoạt động hiệu quả điển hình là: Thành Công, Tiến Bộ.');
    await expectNone(RULE, 'Toàn xã có 05 hợp tác xã, điển hình gồm: Thành Công, Tiến Bộ.');
    await expectNone(RULE, 'Có 05 trạm y tế được nâng cấp, đưa vào sử dụng là: Tân An, Tân Bình, …');
  });

  it('stays silent when the names are of other members, other things or another subject', async () => {
    await expectNone(RULE, 'Có 03 trường đạt chuẩn quốc gia, các trường còn lại là: Kim Đồng, Hòa Bình, Lê Lợi, Quang Trung.');
    await expectNone(RULE, 'Có 03 trường đạt chuẩn quốc gia, các trường còn lại gồm: Kim Đồng, Hòa Bình, Lê Lợi, Quang Trung.');
    await expectNone(RULE, 'Có 03 trường học đạt chuẩn, đang hỗ trợ các trường chưa đạt là: Kim Đồng, Hòa Bình.');
    await expectNone(RULE, 'Có 03 trường học đạt chuẩn, hỗ trợ cho trường còn lại là: Kim Đồng, Hòa Bình.');
    await expectNone(RULE, 'Có 02 thôn hoàn thành sớm, hỗ trợ các hộ là: ông Lò Văn Minh, bà Lường Thị Hoa, ông Cầm Văn Sơn.');
    await expectNone(RULE, 'Có 03 xã hoàn thành, tổ chức tuyên truyền tại các thôn là: Đông, Tây, Nam, Bắc.');
    await expectNone(RULE, 'Có 04 thôn hoàn thành sớm, Ủy ban nhân dân xã khen thưởng là: Bản Mòng, Bản Hạ.');
    // The count is the object of a deed, not the subject its predicates describe.
    await expectNone(RULE, 'Kiểm tra 03 cơ sở kinh doanh, xử phạt vi phạm hành chính là: Minh Anh, Hoàng Long.');
  });
});
