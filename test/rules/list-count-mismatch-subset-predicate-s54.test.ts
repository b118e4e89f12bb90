import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// The count a colon's names enumerate is the one whose noun phrase ends at the colon. A predicate standing between them
// names a subset or examples: after a count that is a deed's object, a comma opens the doer's next predicate ("đã kiểm tra
// 15 trường, phát hiện thiếu hồ sơ: …"); after a subject count, a comma right after its bare noun and a clause word opens
// what some of them are ("có 24 trường học, đạt chuẩn …: …"); "trong đó" anywhere before the colon, and "nhất là" before it,
// pick some
// (src/extract/claims-lists.ts: classifiedList, commaDescribed, describedOn, clausedIntro). Sentences written for this test
// (education, health, budget, poverty, associations, co-operatives); names counted by hand.
const RULE = 'list-count-mismatch';

describe('list-count-mismatch: names chosen by a predicate between the count and the colon (s54)', () => {
  it('stays silent when a comma after an inspected count opens what was found', async () => {
    await expectNone(RULE, 'Phòng Giáo dục kiểm tra 15 trường, phát hiện thiếu hồ sơ: Trường Tiểu học Kim Đồng, Trường Mầm non Hoa Sen.');
    await expectNone(RULE, 'Đã giám sát 07 phòng khám tư nhân, yêu cầu khắc phục: Phòng khám Đa khoa An Phúc, Phòng khám Nha khoa Hòa Bình.');
    await expectNone(RULE, 'Trong năm đã giám sát 18 công trình xây dựng, yêu cầu tạm dừng thi công: công trình Nhà văn hóa thôn Đông, công trình Cầu Bến Đá.');
  });

  it('stays silent when the predicate after the comma is an outcome some of them had', async () => {
    await expectNone(RULE, 'Năm 2025, huyện triển khai 11 dự án, được khen thưởng: Dự án Đường Tân An, Dự án Cầu Bến Đá.');
    await expectNone(RULE, 'Năm 2025 rà soát 40 hộ nghèo, thoát nghèo: hộ ông Nguyễn Văn An, hộ bà Lê Thị Bình.');
    await expectNone(RULE, 'Xét duyệt 20 hồ sơ, đủ điều kiện cấp giấy phép: hồ sơ số 12, hồ sơ số 15.');
  });

  it('stays silent when a comma right after a subject count\'s bare noun opens a clause word or examples', async () => {
    await expectNone(RULE, 'Toàn huyện có 24 trường học, đạt chuẩn xanh - sạch - đẹp: Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi.');
    await expectNone(RULE, 'Huyện có 10 làng nghề, điển hình: Làng nghề mây tre Phú Vinh, Làng nghề gốm Bát Tràng.');
    await expectNone(RULE, 'Trung tâm Y tế giám sát 20 trạm y tế, nổi bật: Trạm y tế xã Tân An, Trạm y tế xã Hòa Bình.');
  });

  it('stays silent for "trong đó" with no comma and for "nhất là" before the colon', async () => {
    await expectNone(RULE, 'Toàn xã có 8 trường học trong đó đạt chuẩn quốc gia: Trường Tiểu học Lê Lợi, Trường THCS Nguyễn Du.');
    await expectNone(RULE, 'Xã có 11 thôn, trong số đó thôn nghèo: thôn Đông, thôn Tây.');
    await expectNone(RULE, 'Xã có 08 tổ hợp tác, hoạt động hiệu quả nhất là: Tổ hợp tác rau Đồng Tâm, Tổ hợp tác nuôi ong Hòa Bình.');
  });

  it('still counts the names after the count whose noun phrase the colon closes', async () => {
    // Kim Đồng, Lê Lợi, Hoa Sen: three schools, four stated.
    await expectFindings(RULE, 'Qua kiểm tra 20 trường, phát hiện 04 trường chưa cập nhật hồ sơ: Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi, Trường Mầm non Hoa Sen.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3, items: 'Trường Tiểu học Kim Đồng; Trường THCS Lê Lợi; Trường Mầm non Hoa Sen' }, quote: '04', at: 'Qua kiểm tra 20 trường, phát hiện ' }]);
    // Four projects named, five stated.
    await expectFindings(RULE, 'Năm 2025, huyện hoàn thành 05 dự án giao thông: Dự án Đường Tân An, Dự án Cầu Bến Đá, Dự án Kênh Đông Sơn, Dự án Đường Hòa Bình.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 4 }, quote: '05', at: 'Năm 2025, huyện hoàn thành ' }]);
  });

  it('still counts them after a subject count whose own predicate a comma goes on', async () => {
    // Three stations named, four stated: "được sửa chữa, đưa vào sử dụng" both describe the four.
    await expectFindings(RULE, 'Có 04 trạm y tế được sửa chữa, đưa vào sử dụng: Trạm y tế xã Tân An, Trạm y tế xã Hòa Bình, Trạm y tế xã Đông Sơn.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 }, quote: '04', at: 'Có ' }]);
    // "gồm" after the comma announces the counted projects themselves: two named, six stated.
    await expectFindings(RULE, 'Năm 2025 có 06 dự án được khen thưởng, gồm: Dự án Đường Tân An, Dự án Cầu Bến Đá.',
      [{ messageId: 'listCountMismatch', data: { count: 6, listed: 2 }, quote: '06', at: 'Năm 2025 có ' }]);
    // Kinds of the counted noun joined by a comma, a name of the second kind among the names: three named, four stated.
    await expectFindings(RULE, 'Tổ chức 04 cuộc họp, hội nghị: Hội nghị sơ kết Tân An, Cuộc họp giao ban Hòa Bình, Hội nghị tổng kết Đông Sơn.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 }, quote: '04', at: 'Tổ chức ' }]);
  });

  it('still counts them when the comma joins names or a second kind of the counted noun', async () => {
    // Three bridges named, five stated: "cầu treo" is a second kind of "cầu", no predicate.
    await expectFindings(RULE, 'Năm 2025, huyện hoàn thành 05 cầu dân sinh, cầu treo trên các tuyến liên xã: cầu Nà Hin, cầu Khuổi Lình, cầu Bản Mòng.',
      [{ messageId: 'listCountMismatch', data: { count: 5, listed: 3, items: 'cầu Nà Hin; cầu Khuổi Lình; cầu Bản Mòng' }, quote: '05', at: 'Năm 2025, huyện hoàn thành ' }]);
    // "Tày, Nùng": two peoples joined inside the description; three festivals named, four stated.
    await expectFindings(RULE, 'Tỉnh hỗ trợ phục dựng 04 lễ hội truyền thống của đồng bào Tày, Nùng: Lễ hội Lồng Tồng, Lễ hội Nàng Hai, Lễ hội Then Bản Giốc.',
      [{ messageId: 'listCountMismatch', data: { count: 4, listed: 3 }, quote: '04', at: 'Tỉnh hỗ trợ phục dựng ' }]);
  });

  it('stays silent when the names make the count', async () => {
    await expectNone(RULE, 'Có 03 trạm y tế được sửa chữa, đưa vào sử dụng: Trạm y tế xã Tân An, Trạm y tế xã Hòa Bình, Trạm y tế xã Đông Sơn.');
    await expectNone(RULE, 'Qua kiểm tra 20 trường, phát hiện 03 trường chưa cập nhật hồ sơ: Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi, Trường Mầm non Hoa Sen.');
  });
});
