import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/BC-UBND\nTân Lập, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác nước sạch năm 2025\nI. KẾT QUẢ\n';
const ratios = async (text: string) => (await findingsOf('percent-mismatch', HEAD + text)).map((f) => [f.data.num, f.data.den, f.data.stated]);

describe('percent-mismatch: a "trong đó" count of the units a rate is measured in (s169)', () => {
  // Hand-checked: 1.204/1.310 = 91,908% → 91,91% is right; 3/5 = 60%, but "100%" is the rate each of the 3 hamlets reached.
  it('leaves the rate each counted unit reached unpaired', async () => {
    expect(await ratios('Số hộ dùng nước sạch là 1.204/1.310 hộ, đạt 91,91%; trong đó 03/05 thôn đạt tỷ lệ 100%.')).toEqual([]);
  });
  it('still pairs a "trong đó" fraction of the same noun, and a fraction with no earlier rate', async () => {
    // 300/400 = 75%, not 80%; 21/22 = 95,45%, not 100%.
    expect(await ratios('Số hộ dùng nước sạch là 380/400 hộ, đạt 95%; trong đó 300/400 hộ đạt tỷ lệ 80%.')).toEqual([[300, 400, 80]]);
    expect(await ratios('Trong năm, 21/22 thôn có nhà văn hóa đạt tỷ lệ 100%.')).toEqual([[21, 22, 100]]);
  });
});
