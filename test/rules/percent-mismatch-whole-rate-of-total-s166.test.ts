import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 31/BC-UBND\nAn Phú, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác thủy lợi năm 2025\nI. KẾT QUẢ\n';
const ratios = async (text: string) => (await findingsOf('percent-mismatch', HEAD + text)).map((f) => [f.data.num, f.data.den, f.data.stated]);

// Session 33 (h166): a "riêng" part handed "đạt P%" by the words that gave its whole a rate of a total it named.
// Sentences written for this test, values checked by hand.
describe('percent-mismatch: a part\'s rate after its whole\'s rate of a named total (s166)', () => {
  it('reads the part\'s "đạt" as of its own total, not a share of the whole', async () => {
    // 52,5/75 = 70%: right. Kênh nội đồng 30 km; 18/30 = 60%: right (18/52,5 = 34,3% would be no share of the part).
    expect(await ratios('Hệ thống kênh mương dài 75 km, gồm kênh cấp I 20 km, kênh cấp II 25 km và kênh nội đồng 30 km. '
      + 'Đến nay đã kiên cố hóa 52,5 km, đạt 70% tổng chiều dài; riêng kênh nội đồng kiên cố hóa 18 km, đạt 60%.')).toEqual([]);
  });
  it('still compares a part\'s share with its whole when the whole\'s rate names no total, or the part\'s verb is "chiếm"', async () => {
    // 90/240 = 37,5%, not 45%.
    expect(await ratios('Tiếp nhận 250 hồ sơ; đã giải quyết 240 hồ sơ, đạt 96%; trong đó trực tuyến 90 hồ sơ, đạt 45%.')).toEqual([[90, 240, 45]]);
    // 90/240 = 37,5%, not 45%: "chiếm" hands a share of the whole.
    expect(await ratios('Đã giải quyết 240 hồ sơ, đạt 96% tổng số hồ sơ tiếp nhận; trong đó trực tuyến 90 hồ sơ, chiếm 45%.')).toEqual([[90, 240, 45]]);
  });
});
