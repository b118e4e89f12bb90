import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((x) => [x.data.value, x.data.other].sort());

describe('repeated-value-conflict: members of a breakdown keep its whole\'s scope (session 22, s118)', () => {
  // Hand-checked: 61 users still owe water fees, of them 38 small shops; 386 small shops trade in the commune, 27 were
  // visited. 38 of those in debt is no second value of the shops counted elsewhere.
  const text = (shops: string) => report(
    'I. KẾT QUẢ', '1. Thu tiền nước', `Hiện có 61 khách hàng còn nợ tiền nước, gồm 16 cơ quan, ${shops} cửa hàng tạp hóa và 7 cá nhân.`,
    'Công tác thu nợ được triển khai đến từng thôn.', '2. Quy mô', '- Toàn xã có 386 cửa hàng tạp hóa đang hoạt động.',
    '- Tổ công tác đã kiểm tra 27 cửa hàng tạp hóa trên địa bàn xã.',
  );

  it('does not hold a member of a "còn …, gồm" breakdown against the count of all such things', async () => {
    expect(await pairs(text('38'))).toEqual([]);
  });

  it('still holds two counts of the whole stock against each other', async () => {
    const both = report(
      'I. KẾT QUẢ', '1. Quy mô', '- Toàn xã có 418 trang trại chăn nuôi đang hoạt động.',
      'Công tác thu phí được triển khai đến từng thôn.', '2. Đánh giá', '- Toàn xã có 481 trang trại chăn nuôi đang hoạt động.',
    );
    expect(await pairs(both)).toEqual([['418', '481']]);
  });
});

describe('repeated-value-conflict: names of different levels (session 22, s118)', () => {
  // Hand-checked: 02 district-level courses and 05 commune-level ones held for the district's anniversary: two things, though
  // every word of "lớp cấp huyện" stands somewhere in the longer name.
  const text = (second: string) => [
    'UBND HUYỆN AN LẠC', 'PHÒNG NỘI VỤ', 'Số: 41/BC-PNV', 'An Lạc, ngày 10 tháng 10 năm 2024', '', 'BÁO CÁO',
    'Kết quả công tác nội vụ 9 tháng đầu năm 2024; nhiệm vụ quý IV năm 2024', '',
    'Phòng Nội vụ huyện An Lạc báo cáo kết quả công tác 9 tháng đầu năm 2024 như sau:', '',
    'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2024', 'III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024', '1. Lĩnh vực tổ chức bộ máy',
    '- Rà soát vị trí việc làm của các cơ quan chuyên môn trước ngày 30/11/2024.', '2. Lĩnh vực đào tạo, bồi dưỡng',
    '- Mở các lớp bồi dưỡng còn lại theo kế hoạch, trong đó:', '+ 02 lớp cấp huyện: lớp kế toán, văn thư và lớp lưu trữ;', second,
  ].join('\n') + '\n';

  it('does not read a name of one level as refining a longer name of another level', async () => {
    expect(await pairs(text('+ 05 lớp cấp xã mừng ngày thành lập huyện.'))).toEqual([]);
  });

  it('still holds a longer name of the same level against it', async () => {
    expect(await pairs(text('+ 05 lớp cấp huyện mừng ngày thành lập huyện.'))).toEqual([['02', '05']]);
  });
});
