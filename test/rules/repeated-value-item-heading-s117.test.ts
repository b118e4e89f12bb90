import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nSố: 12/BC-UBND\nHòa Phú, ngày 10 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\nI. KẾT QUẢ\n';
const values = async (text: string) => (await findingsOf('repeated-value-conflict', HEAD + text)).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a figure under one of parallel item headings is that item\'s (session 23, s117)', () => {
  it('holds no item\'s amount, named barely, against the total stated above the items', async () => {
    // "1.1. Hỗ trợ giống cây trồng" / "1.2. Hỗ trợ phân bón, vật tư": each bare "kinh phí hỗ trợ sản xuất" is its item's.
    expect(await values([
      '1. Hỗ trợ sản xuất nông nghiệp', '',
      'Tổng kinh phí hỗ trợ sản xuất năm 2025 đạt 1.860 triệu đồng, tăng 12% so với năm 2024.', '',
      '1.1. Hỗ trợ giống cây trồng', '',
      'Triển khai cấp giống lúa, hướng dẫn kỹ thuật gieo cấy cho các hộ; kinh phí hỗ trợ sản xuất 640 triệu đồng, tăng 8,5% so với năm 2024.', '',
      '1.2. Hỗ trợ phân bón, vật tư', '',
      'Triển khai cấp phân bón, vôi bột cho các hộ bị thiệt hại; kinh phí hỗ trợ sản xuất 980 triệu đồng.', '',
      '2. Đánh giá', '', 'Các chính sách được triển khai kịp thời, đúng đối tượng.',
    ].join('\n'))).toEqual([]);
  });

  it('still compares a figure elsewhere whose paragraph names the item', async () => {
    expect(await values([
      '1. Tiếp công dân', '',
      '1.1. Tiếp công dân tại Trụ sở', '', 'Trong kỳ đã tiếp 84 lượt công dân tại Trụ sở.', '',
      '1.2. Tiếp công dân của lãnh đạo', '', 'Lãnh đạo UBND tiếp định kỳ 26 lượt công dân.', '',
      '2. Đánh giá chung', '', 'Trong kỳ đã tiếp 88 lượt công dân tại Trụ sở, đúng quy định.',
    ].join('\n'))).toHaveLength(1);
  });
  it('still compares an item\'s figure with the row of a closing table that restates it', async () => {
    // Hand-checked: "thu hồi 23 khẩu súng các loại" under item 2 against the table's "Súng các loại thu hồi (khẩu) | 32"
    // (19 + 13 = 32, its change cell right).
    const text = (cell: string) => [
      '1. Công tác tuần tra, kiểm soát', '', 'Tổ chức 46 đợt tuần tra vũ trang trên các tuyến đường liên xã.', '',
      '2. Công tác quản lý vũ khí, vật liệu nổ', '', 'Vận động Nhân dân giao nộp vũ khí, đã thu hồi 23 khẩu súng các loại, 2,4 kg thuốc nổ.', '',
      '3. Đánh giá chung', '', 'Số liệu so sánh với cùng kỳ năm 2024:',
      'Chỉ tiêu\t6 tháng năm 2024\t6 tháng năm 2025\tTăng (+), giảm (-)', 'Đợt tuần tra vũ trang\t40\t46\t+6', `Súng các loại thu hồi (khẩu)\t19\t${cell}\t+${Number(cell) - 19}`,
    ].join('\n');
    expect(await values(text('32'))).toHaveLength(1);
    expect(await values(text('23'))).toEqual([]);
  });
});
