import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\nSố: 21/BC-UBND\nHòa Lợi, ngày 28 tháng 6 năm 2025\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.stated, f.data.base, f.data.value]);

describe('claim-mismatch: an amount change equal to the count told just before it restates that flow (session 30, s155)', () => {
  it('reads no level from the flow that made the change', async () => {
    // "phát sinh 07 hộ nghèo mới, tăng 07 hộ so với đầu năm (52 hộ)": the seven new households are the rise; the level left
    // (59) is not written, so 52 → 7 is no change the sentence states.
    expect(await found('Trong kỳ phát sinh 07 hộ nghèo mới, tăng 07 hộ so với đầu năm (52 hộ).')).toEqual([]);
    expect(await found('Trong năm có 12 xã viên rút khỏi hợp tác xã, giảm 12 xã viên so với cuối năm 2024 (230 xã viên).')).toEqual([]);
  });

  it('still reads a level that is not the change', async () => {
    // Hand-checked: 52 → 61 hộ is a rise of 9; "tăng 07 hộ" is not it.
    expect(await found('Toàn xã còn 61 hộ nghèo, tăng 07 hộ so với đầu năm (52 hộ).')).toEqual([[7, 52, 61]]);
    // Hand-checked: 52 → 59 hộ is a rise of 7.
    expect(await found('Toàn xã còn 59 hộ nghèo, tăng 07 hộ so với đầu năm (52 hộ).')).toEqual([]);
  });
});
