import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const found = async (lines: string[]) => (await findingsOf(RULE, lines.join('\n') + '\n')).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: one name stated under each of several sibling headings', () => {
  it('reads each heading\'s figure as that heading\'s item, though the titles share no opening words', async () => {
    // Food safety by kind of premises: 14, 22 and 47 inspections are three counts, not one stated three times.
    expect(await found(['BÁO CÁO', 'Kết quả bảo đảm an toàn thực phẩm năm 2024', 'I. KẾT QUẢ', '1. Kiểm tra theo chuyên đề',
      'a) Bếp ăn tập thể', 'Đoàn liên ngành thanh tra 14 lượt, phát hiện 3 lượt vi phạm.',
      'b) Chợ đầu mối', 'Đoàn liên ngành thanh tra 22 lượt, phát hiện 6 lượt vi phạm.',
      'c) Thức ăn đường phố', 'Đoàn liên ngành thanh tra 47 lượt, phát hiện 11 lượt vi phạm.',
      '2. Truyền thông', 'Tổ chức 5 buổi nói chuyện chuyên đề.'])).toEqual([]);
    // Vaccination by kind of livestock: 2.340, 5.120 and 1.480 doses.
    expect(await found(['BÁO CÁO', 'Kết quả phòng chống dịch bệnh gia súc năm 2024', '1. KẾT QUẢ', '1.1. Tiêm phòng',
      'a) Trâu, bò', 'Tiêm phòng 2.340 lượt con, đạt 86% kế hoạch.', 'b) Lợn nái, lợn thịt', 'Tiêm phòng 5.120 lượt con, đạt 91% kế hoạch.',
      'c) Chó nuôi', 'Tiêm phòng 1.480 lượt con, đạt 78% kế hoạch.', '2. Kiểm dịch', 'Kiểm dịch 12 lô hàng.'])).toEqual([]);
    // Budget settlements by kind of spending unit: 24, 58 and 31 files.
    expect(await found(['BÁO CÁO', 'Kết quả thẩm tra quyết toán ngân sách năm 2024', 'I. KẾT QUẢ',
      '1. Các phòng, ban chuyên môn', 'Thẩm tra 24 hồ sơ quyết toán, xuất toán 3 hồ sơ.',
      '2. Ngân sách xã, thị trấn', 'Thẩm tra 58 hồ sơ quyết toán, xuất toán 7 hồ sơ.',
      '3. Trường học công lập', 'Thẩm tra 31 hồ sơ quyết toán, xuất toán 2 hồ sơ.',
      'II. PHƯƠNG HƯỚNG', 'Tiếp tục rà soát các hồ sơ còn tồn đọng.'])).toEqual([]);
  });

  it('still holds one count restated under frame headings, or twice under one heading', async () => {
    // Hand-checked: the result part and the assessment part state one count of settlement files, 24 then 42.
    expect(await found(['BÁO CÁO', 'Kết quả thẩm tra quyết toán ngân sách năm 2024', 'I. KẾT QUẢ',
      '1. Kết quả thực hiện', 'Thẩm tra 24 hồ sơ quyết toán, xuất toán 3 hồ sơ.',
      '2. Đánh giá chung', 'Thẩm tra 42 hồ sơ quyết toán, xuất toán 3 hồ sơ.'])).toEqual([['42', '24']]);
    // Hand-checked: under one item heading, 14 inspections and later 41 of the same name conflict.
    expect(await found(['BÁO CÁO', 'Kết quả bảo đảm an toàn thực phẩm năm 2024', 'I. KẾT QUẢ', '1. Kiểm tra theo chuyên đề',
      'a) Bếp ăn tập thể', 'Đoàn liên ngành thanh tra 14 lượt, phát hiện 3 lượt vi phạm.', 'Các bếp ăn đều có hợp đồng cung cấp thực phẩm.',
      'Đoàn liên ngành thanh tra 41 lượt, phát hiện 3 lượt vi phạm.',
      'b) Chợ đầu mối', 'Đoàn liên ngành thanh tra 22 lượt, phát hiện 6 lượt vi phạm.',
      'c) Thức ăn đường phố', 'Đoàn liên ngành thanh tra 47 lượt, phát hiện 11 lượt vi phạm.'])).toEqual([['41', '14']]);
    // Hand-checked: two sibling headings may restate one count (24 then 42 files); only three or more make a list of items.
    expect(await found(['BÁO CÁO', 'Kết quả thẩm tra quyết toán ngân sách năm 2024', 'I. KẾT QUẢ',
      '1. Các phòng, ban chuyên môn', 'Thẩm tra 24 hồ sơ quyết toán, xuất toán 3 hồ sơ.',
      '2. Ngân sách xã, thị trấn', 'Thẩm tra 42 hồ sơ quyết toán, xuất toán 7 hồ sơ.'])).toEqual([['42', '24']]);
  });
});
