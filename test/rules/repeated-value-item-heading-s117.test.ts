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
});
