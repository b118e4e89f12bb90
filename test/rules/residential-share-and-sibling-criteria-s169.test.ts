import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/BC-UBND\nTân Lập, ngày 15 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const ratios = async (text: string) => (await findingsOf('percent-mismatch', HEAD + text)).map((f) => [f.data.num, f.data.den, f.data.stated]);
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);

describe('percent-mismatch: "khu dân cư" counted, and a share after a rate that is an open range (s169)', () => {
  // Hand-checked: 5/8 = 62,5%, not 70%; 5/8 = 62,5% stated right is silent.
  it('reads "05/08 khu dân cư" as a fraction and its share after "từ 95% trở lên"', async () => {
    expect(await ratios('Đến nay 05/08 khu dân cư đạt tỷ lệ hộ dùng nước sạch từ 95% trở lên, chiếm 70% số khu dân cư.')).toEqual([[5, 8, 70]]);
    expect(await ratios('Đến nay 05/08 thôn đạt tỷ lệ hộ dùng nước sạch từ 95% trở lên, chiếm 70% số thôn.')).toEqual([[5, 8, 70]]);
    expect(await ratios('Đến nay 05/08 khu dân cư đạt tỷ lệ hộ dùng nước sạch từ 95% trở lên, chiếm 62,5% số khu dân cư.')).toEqual([]);
  });
});

describe('parts-sum-mismatch: a long criterion, and sibling breakdowns of one whole (s169)', () => {
  // Hand-checked: 60 + 35 + 555 = 650, not 640; 300 + 340 = 640 and 60 + 35 + 545 = 640 add up.
  it('splits the whole of the sentence before a sibling "Phân theo …:" breakdown', async () => {
    const whole = 'Số học viên theo học lớp tin học là 640 người. Phân theo giới tính: nam 300 người, nữ 340 người. ';
    expect(await sums(whole + 'Phân theo nhóm được miễn giảm học phí hằng tháng: hộ nghèo 60 người, người khuyết tật 35 người, đối tượng khác 555 người.')).toHaveLength(1);
    expect(await sums(whole + 'Phân theo nhóm được miễn giảm học phí hằng tháng: hộ nghèo 60 người, người khuyết tật 35 người, đối tượng khác 545 người.')).toEqual([]);
  });
  it('reads a criterion of seven words', async () => {
    expect(await sums('Số học viên theo học lớp tin học là 640 người. Phân theo nhóm được miễn giảm học phí hằng tháng: hộ nghèo 60 người, người khuyết tật 35 người, đối tượng khác 555 người.')).toHaveLength(1);
  });
});
