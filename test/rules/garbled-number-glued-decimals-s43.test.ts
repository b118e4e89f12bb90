import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';

describe('garbled-number: two decimals glued together (s43)', () => {
  it('flags two decimals of one size run together before a measure and suggests either', async () => {
    // Hand-checked: "8,37,9 km" splits only as 8,3 and 7,9 (one decimal each, whole parts of one digit, 7,9/8,3 within half);
    // the other cut, 8,37 and 9, has two decimals against none.
    const f = await findingsOf(RULE, 'Trong năm, xã đã cứng hóa 8,37,9 km đường giao thông nông thôn.\n');
    expect(f.map((x) => [x.messageId, x.data.raw, x.data.unit])).toEqual([['malformedNumber', '8,37,9', 'km']]);
    expect(f[0].suggestion).toBe('8,37,9 → 8,3 hoặc 7,9');
    // Hand-checked: "126,5131,8 ha" is 126,5 and 131,8 (131,8/126,5 ≈ 1,04).
    const g = await findingsOf(RULE, 'Diện tích lúa đông xuân gieo cấy đạt 126,5131,8 ha, năng suất ổn định.\n');
    expect(g.map((x) => x.suggestion)).toEqual(['126,5131,8 → 126,5 hoặc 131,8']);
  });

  it('stays silent on a list of small numbers, two values of other sizes, and well-formed decimals', async () => {
    // A list of plot numbers joined by commas: no split gives two decimals of the same precision and size.
    expect(await findingsOf(RULE, 'Các thửa đất số 12,13,14 ha được giao cho hợp tác xã quản lý.\n')).toEqual([]);
    // "2,45,6 tấn": the only even cut (2,4 and 5,6) leaves values more than half apart (5,6/2,4 > 1,5).
    expect(await findingsOf(RULE, 'Thu gom 2,45,6 tấn vỏ bao bì thuốc bảo vệ thực vật.\n')).toEqual([]);
    expect(await findingsOf(RULE, 'Trong năm, xã đã cứng hóa 8,3 km đường giao thông nông thôn.\n')).toEqual([]);
  });
});
