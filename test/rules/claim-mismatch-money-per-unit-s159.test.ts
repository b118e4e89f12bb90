import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 14/BC-UBND\nTân Phú, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả sản xuất nông nghiệp năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.stated, f.data.base, f.data.value]);

describe('claim-mismatch: money per unit ("triệu đồng/ha") is another measure than a money total (session 31, s159)', () => {
  it('never compares an average per unit with a total base', async () => {
    // Hand-checked: 80 → 96 tỷ đồng is a rise of 20%; the average per hectare between them is not the current value.
    expect(await found('Giá trị sản phẩm thu hoạch đạt 96 tỷ đồng, bình quân 120 triệu đồng/ha, tăng 20% so với năm 2024 (80 tỷ đồng).')).toEqual([]);
  });

  it('still compares an average per unit with a base per the same unit', async () => {
    // Hand-checked: 100 → 120 triệu đồng/ha is a rise of 20%, not 25%.
    expect(await found('Giá trị sản phẩm thu hoạch đạt 96 tỷ đồng, bình quân 120 triệu đồng/ha, tăng 25% so với năm 2024 (100 triệu đồng/ha).'))
      .toEqual([[25, 100_000_000, 120_000_000]]);
  });

  it('reads a change amount written without the "/"-tail of the values it is the difference of', async () => {
    // Hand-checked: 5,8 → 6,2 triệu đồng/người/tháng is a rise of 0,4 triệu, not a fall.
    expect(await found('Thu nhập bình quân của người trồng rau đạt 6,2 triệu đồng/người/tháng, giảm 0,4 triệu đồng so với năm 2024 (5,8 triệu đồng/người/tháng).'))
      .toEqual([[0.4, 5_800_000, 6_200_000]]);
    expect(await found('Thu nhập bình quân của người trồng rau đạt 6,2 triệu đồng/người/tháng, tăng 0,4 triệu đồng so với năm 2024 (5,8 triệu đồng/người/tháng).')).toEqual([]);
  });
});
