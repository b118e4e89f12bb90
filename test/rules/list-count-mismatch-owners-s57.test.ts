import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Three readings of a count and the names after it (src/extract/claims-lists.ts): a "và" before a second body's head
// ("… và Công an huyện") parts two names (splitLast, NEW_BODY_WORDS); a list opening with "<noun> của|thuộc|đến từ" before
// bare names names whom the counted things belong to, not the things (ownersNamed); a coordination holding a count too large
// to be named ("320 hộ, 15 mô hình, gồm …") is no sum the names must match (coordinatedBefore). Sentences written for this
// test (food safety, courts, agriculture, training, health); names counted by hand.
const found = async (text: string) =>
  (await findingsOf('list-count-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, count: f.data.count, listed: f.data.listed }));

describe('list-count-mismatch: a second body after "và", owners named, a count of hundreds coordinated', () => {
  it('parts two bodies joined by "và" when the second opens with a body head', async () => {
    // Hand-checked: Phòng Y tế, Phòng Kinh tế, Công an huyện = 3 bodies for 03 đơn vị.
    expect(await found('Kiểm tra liên ngành an toàn thực phẩm có sự tham gia của 03 đơn vị: Phòng Y tế, Phòng Kinh tế và Công an huyện.')).toEqual([]);
    // Hand-checked: Hợp tác xã …, Trạm Khuyến nông huyện, Đội Thanh niên tình nguyện xã = 3 for 03 đơn vị.
    expect(await found('Hỗ trợ 03 đơn vị tham gia hội chợ nông sản: Hợp tác xã Nông nghiệp Tân Lập, Trạm Khuyến nông huyện và Đội Thanh niên tình nguyện xã.')).toEqual([]);
  });

  it('flags a real mismatch counted with the second body parted', async () => {
    // Hand-checked: Công an huyện, Chi cục Thi hành án dân sự, Tòa án nhân dân huyện = 3 names, the count says 02.
    expect(await found('Phối hợp với 02 cơ quan tố tụng: Công an huyện, Chi cục Thi hành án dân sự và Tòa án nhân dân huyện.')).toEqual([
      { id: 'listCountMismatch', count: 2, listed: 3 },
    ]);
    // Hand-checked: 3 bodies named (Phòng Y tế; Phòng Kinh tế; Công an huyện), the count says 04.
    expect(await found('Kiểm tra liên ngành an toàn thực phẩm có sự tham gia của 04 đơn vị: Phòng Y tế, Phòng Kinh tế và Công an huyện.')).toEqual([
      { id: 'listCountMismatch', count: 4, listed: 3 },
    ]);
  });

  it('keeps one body whose name joins two fields with "và"', async () => {
    // Two bodies each: "Sở Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi trường", "Trung tâm Văn hóa và Thể thao huyện".
    expect(await found('Tiếp 02 đoàn công tác: Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội.')).toEqual([]);
    expect(await found('Đã bàn giao thiết bị cho 02 đơn vị: Phòng Tài nguyên và Môi trường, Trung tâm Văn hóa và Thể thao huyện.')).toEqual([]);
  });

  it('says nothing when the names are whom the counted things belong to', async () => {
    // Four schools the teachers of 03 classes come from: no list of the classes.
    expect(await found('Trung tâm tổ chức 03 lớp bồi dưỡng, gồm giáo viên của Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi, Trường THCS Nguyễn Du và Trường Mầm non Hoa Sen.')).toEqual([]);
  });

  it('still counts items that each repeat their noun, or lower-case kinds holding "của"', async () => {
    // Hand-checked: two exam sites named, the count says 03.
    expect(await found('Bố trí 03 điểm thi: điểm thi của Trường THPT Lê Lợi, điểm thi của Trường THPT Quang Trung.')).toEqual([
      { id: 'listCountMismatch', count: 3, listed: 2 },
    ]);
    // Hand-checked: three topics between semicolons, the count says 04.
    expect(await found('Tổ chức tuyên truyền 04 chuyên đề: chính sách của Nhà nước về bảo hiểm y tế; phòng, chống dịch bệnh; an toàn thực phẩm.')).toEqual([
      { id: 'listCountMismatch', count: 4, listed: 3 },
    ]);
  });

  it('says nothing of names after a coordination holding a count of hundreds, announced by "gồm"', async () => {
    // 320 households and 15 models, then two communes: a grouping, not 320 + 15 = 335 names.
    expect(await found('Năm 2024, dự án hỗ trợ 320 hộ, 15 mô hình, gồm các hộ tại xã Tân An và xã Tân Bình.')).toEqual([]);
    // 215 learners and 06 classes, then the two associations the learners belong to.
    expect(await found('Đợt tập huấn có 215 học viên và 06 lớp, gồm học viên thuộc Hội Nông dân, Hội Cựu chiến binh.')).toEqual([]);
  });

  it('checks the names against the last count alone when its own colon closes it', async () => {
    // Hand-checked: five villages named against 06 thôn (not 2.150 + 6 = 2.156).
    expect(await found('Toàn xã có 2.150 hộ, 06 thôn: Đông Hòa, Tây Hòa, Nam Hòa, Bắc Hòa và Trung Hòa.')).toEqual([
      { id: 'listCountMismatch', count: 6, listed: 5 },
    ]);
    expect(await found('Toàn xã có 2.150 hộ, 05 thôn: Đông Hòa, Tây Hòa, Nam Hòa, Bắc Hòa và Trung Hòa.')).toEqual([]);
    // A plain mismatch with no coordination is still flagged: 4 communes named, the count says 05.
    expect(await found('Đã xét duyệt hồ sơ của 05 xã: Tân An, Tân Bình, Tân Hòa, Tân Lập.')).toEqual([
      { id: 'listCountMismatch', count: 5, listed: 4 },
    ]);
  });
});
