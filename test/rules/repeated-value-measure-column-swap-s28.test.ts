import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const found = async (lines: string[]) => (await findingsOf(RULE, `${lines.join('\n')}\n`)).map((f) => [f.data.value, f.data.other]);

// A table of crops (rows) by measures (columns), no unit column: "Cà phê" under "Sản lượng" is the coffee's output in tonnes.
const report = (summary: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ EA TRANG', 'BÁO CÁO', 'Kết quả sản xuất cây công nghiệp năm 2026', '',
  '1. Kết quả sản xuất',
  'Cây trồng\tDiện tích\tSản lượng\tSo cùng kỳ (%)',
  'Cà phê\t1 240\t3 176,4\t104,2',
  'Hồ tiêu\t310\t842,5\t97,8',
  '',
  '2. Đánh giá chung',
  summary,
];

describe('repeated-value-conflict: a cell named by its row\'s item and its column\'s measure', () => {
  it('holds "sản lượng cà phê 3 716,4 tấn" against the cell "Cà phê" under "Sản lượng" (digits swapped)', async () => {
    // Hand-checked: 3 716,4 is 3 176,4 with its second and third digits swapped; the row's label names the crop, not tonnes.
    expect(await found(report('Năm 2026, sản lượng cà phê đạt 3 716,4 tấn, giá bán ổn định.'))).toEqual([['3 176,4', '3 716,4']]);
  });

  it('leaves the same value, and a sentence naming another measure, alone', async () => {
    expect(await found(report('Năm 2026, sản lượng cà phê đạt 3 176,4 tấn, giá bán ổn định.'))).toEqual([]);
    // 3 716,4 tấn cà phê nhân xuất khẩu: not the crop's output the cell holds (no "sản lượng" in its name).
    expect(await found(report('Năm 2026, các hợp tác xã xuất khẩu 3 716,4 tấn cà phê nhân.'))).toEqual([]);
  });
});
