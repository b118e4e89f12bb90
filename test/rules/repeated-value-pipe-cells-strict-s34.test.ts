import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ THỊNH\nSố: 73/BC-UBND\nPhú Thịnh, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n';
const found = async (...lines: string[]) => (await findingsOf(RULE, HEAD + lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other].sort());
const PLAN = ['| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ (%) |', '|---|---|---|---|---|---|'];

describe('repeated-value-conflict: a bordered table cell is held against a sentence only when it is the same quantity (session 34)', () => {
  it('flags a sentence that names the row\'s noun phrase word for word, its result differing', async () => {
    // Hand-checked: the table's result is 2.581 households; the text writes 2.518 (two digits swapped).
    expect(await found('1. Nước sạch', 'Số hộ sử dụng nước sạch tập trung là 2.518 hộ, tăng so với năm trước.', 'Bảng 1. Chỉ tiêu nước sạch', ...PLAN,
      '| 1 | Hộ sử dụng nước sạch tập trung | hộ | 2.600 | 2.581 | 99,3 |')).toEqual([['2.518', '2.581']]);
  });

  it('spells an initialism of the row out against the sentence ("KHHGĐ")', async () => {
    expect(await found('1. Dân số', 'Số cặp vợ chồng áp dụng biện pháp kế hoạch hóa gia đình là 1.047 cặp.', 'Bảng 1. Chỉ tiêu dân số', ...PLAN,
      '| 1 | Cặp vợ chồng áp dụng biện pháp KHHGĐ | cặp | 1.100 | 1.074 | 97,6 |')).toEqual([['1.047', '1.074']]);
  });

  it('says nothing when the row shares the head noun but names another set ("trong hạn" against "đúng hạn")', async () => {
    expect(await found('1. Tiếp công dân', 'Tiếp nhận 318 đơn, đã xử lý 296 đơn, đang xử lý trong hạn 22 đơn.', 'Bảng 1. Chỉ tiêu tiếp dân', ...PLAN,
      '| 1 | Đơn xử lý đúng hạn | đơn | 280 | 292 | 104,3 |')).toEqual([]);
  });

  it('says nothing when the sentence adds words the row lacks ("có nhà sinh hoạt cộng đồng")', async () => {
    expect(await found('1. Văn hóa', 'Có 9/9 ấp có nhà sinh hoạt cộng đồng, đạt 100%.', 'Bảng 1. Chỉ tiêu văn hóa',
      '| STT | Chỉ tiêu | ĐVT | Thực hiện năm 2024 | Kế hoạch năm 2025 | Thực hiện năm 2025 |', '|---|---|---|---|---|---|', '| 1 | Ấp văn hóa | ấp | 7 | 9 | 8 |')).toEqual([]);
  });

  it('says nothing of a target handed down in a list against the result column', async () => {
    expect(await found('1. Lao động', 'Năm 2025, UBND huyện giao chỉ tiêu cho xã như sau: số lao động được giải quyết việc làm đạt 260 người; số hộ nghèo giảm 12 hộ.',
      'Bảng 1. Chỉ tiêu lao động', ...PLAN, '| 1 | Số lao động được giải quyết việc làm | người | 260 | 243 | 93,5 |')).toEqual([]);
  });

  it('says nothing when the row counts in another unit ("nghìn con" against "con")', async () => {
    expect(await found('1. Chăn nuôi', 'Tổng đàn gia cầm toàn xã là 48.500 con.', 'Bảng 1. Chỉ tiêu chăn nuôi', ...PLAN,
      '| 1 | Tổng đàn gia cầm | nghìn con | 50,0 | 45,8 | 91,6 |')).toEqual([]);
  });
});
