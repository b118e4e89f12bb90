import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const found = async (lines: string[]) => (await findingsOf(RULE, `${lines.join('\n')}\n`)).map((f) => [f.data.value, f.data.other]);

// A season's planting told as a part ("trong đó trồng mới …") and restated in the summary under the season's name.
const report = (summary: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ LÂM THƯỢNG', 'BÁO CÁO', 'Kết quả sản xuất nông nghiệp năm 2026', '',
  '1. Vụ Thu Đông',
  'Vụ Thu Đông 2026, toàn xã trồng 2 415 ha cây màu, đạt 100,6% kế hoạch; trong đó trồng mới 735 ha ngô, chủ yếu giống lai.',
  '',
  '2. Đánh giá chung',
  summary,
];

describe('repeated-value-conflict: one action before two counts, its kept words framed otherwise', () => {
  it('holds "trong đó trồng mới 735 ha ngô" against "vụ Thu Đông trồng mới 753 ha ngô"', async () => {
    // Hand-checked: 753 is 735 with its last two digits swapped; both count the maize planted new in the Thu Đông season.
    expect(await found(report('Năm 2026, vụ Thu Đông trồng mới 753 ha ngô, năng suất khá.'))).toEqual([['735', '753']]);
  });

  it('leaves a count of another actor or a denial before the same verb alone', async () => {
    // Hand-checked: "chưa trồng mới" is what was not planted, "Hợp tác xã trồng mới" another actor's count.
    expect(await found(report('Năm 2026, vụ Thu Đông còn chưa trồng mới 753 ha ngô do thiếu giống.'))).toEqual([]);
    expect(await found(report('Năm 2026, vụ Thu Đông, hợp tác xã Lâm Thượng trồng mới 753 ha ngô.'))).toEqual([]);
  });
});
