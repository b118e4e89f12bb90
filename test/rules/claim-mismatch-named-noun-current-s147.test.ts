import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ\nSố: 21/BC-UBND\nPhú Mỹ, ngày 02 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.base, f.data.value]);

describe('claim-mismatch: a change naming its noun beyond the unit is of the earlier figure named so (session 29, s147)', () => {
  it('compares the figure whose words match the change\'s, not a nearer one of another kind', async () => {
    // Hand-checked: 48 − 40 = 8 trẻ suy dinh dưỡng fewer; the 63 nearer is of "trẻ thừa cân", another count.
    expect(await found('- Toàn xã hiện có 40 trẻ suy dinh dưỡng và 63 trẻ thừa cân, giảm 8 trẻ suy dinh dưỡng so với đầu năm (48 trẻ).')).toEqual([]);
    // 48 − 40 = 8, not 6: the claim is still judged, against the right figure.
    expect(await found('- Toàn xã hiện có 40 trẻ suy dinh dưỡng và 63 trẻ thừa cân, giảm 6 trẻ suy dinh dưỡng so với đầu năm (48 trẻ).')).toEqual([[48, 40]]);
  });

  it('keeps the nearest figure when the change names only the unit', async () => {
    // "tăng 5 trẻ" names no kind: the nearest count (63) against 58 is +5, as written.
    expect(await found('- Toàn xã hiện có 40 trẻ suy dinh dưỡng và 63 trẻ thừa cân, tăng 5 trẻ so với đầu năm (58 trẻ).')).toEqual([]);
  });
});
