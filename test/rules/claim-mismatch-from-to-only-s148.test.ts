import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 08/BC-UBND\nAn Bình, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.base, f.data.value]);

describe('claim-mismatch: a change with no "so với" that spells out its two values "từ A lên/xuống B" (session 28, s148)', () => {
  // Skipped at session 28's end: the merged "flows compare only per the same thing" test of sameUnit refused "kWh" against
  // "kWh/tháng"; session 29 reads the tail written once after the second value of the pair as the first's too.
  it('reads the stated change against the two values', async () => {
    // Hand-checked: 250 → 175 kWh is a fall of 30%; 40% is not it.
    expect(await found('Hệ thống đèn năng lượng mặt trời giúp giảm 40% điện năng tiêu thụ (từ 250 kWh xuống còn 175 kWh/tháng).')).toEqual([[250, 175]]);
    expect(await found('Hệ thống đèn năng lượng mặt trời giúp giảm 30% điện năng tiêu thụ (từ 250 kWh xuống còn 175 kWh/tháng).')).toEqual([]);
    // Hand-checked: 80 → 96 tài khoản is a rise of 16 (20%); "tăng 20 tài khoản" is not it, "tăng 20%" is.
    expect(await found('Số tài khoản định danh mức 2 tăng 20 tài khoản, từ 80 lên 96 tài khoản.')).toEqual([[80, 96]]);
    expect(await found('Số tài khoản định danh mức 2 tăng 20%, từ 80 lên 96 tài khoản.')).toEqual([]);
  });

  it('reads nothing else without "so với": a date after "từ" is no value', async () => {
    expect(await found('Số hộ dùng nước sạch tăng 15 hộ từ 01/7/2025 đến nay.')).toEqual([]);
  });
});
