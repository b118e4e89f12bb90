import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const seen = async (text: string) => (await findingsOf('percent-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.data.stated, f.data.num, f.data.den]);

describe('percent-mismatch: a "trong đó" share held before the part restated in a bracket ("chiếm X% (N …)")', () => {
  it('flags a held share its bracketed part and the whole deny', async () => {
    // Hand-checked: 138/460 = 30,0%, so "chiếm 36,5%" is wrong.
    expect(await seen('Thư viện xã phục vụ 460 lượt bạn đọc; trong đó bạn đọc thiếu nhi chiếm 36,5% (138 lượt bạn đọc); thư viện nhận thêm 95 đầu sách.'))
      .toEqual([[36.5, 138, 460]]);
  });
  it('stays silent on a true held share, and on a bracket that is no bare restated amount', async () => {
    // Hand-checked: 138/460 = 30,0%.
    expect(await seen('Thư viện xã phục vụ 460 lượt bạn đọc; trong đó bạn đọc thiếu nhi chiếm 30,0% (138 lượt bạn đọc); thư viện nhận thêm 95 đầu sách.')).toEqual([]);
    // The bracket compares with another time: 138 is last year's count, not the part.
    expect(await seen('Thư viện xã phục vụ 460 lượt bạn đọc; trong đó bạn đọc thiếu nhi chiếm 36,5% (cùng kỳ 138 lượt bạn đọc).')).toEqual([]);
    // A rate reached ("đạt"), not a share held: nothing read.
    expect(await seen('Thư viện xã phục vụ 460 lượt bạn đọc; trong đó bạn đọc thiếu nhi đạt 36,5% (138 lượt bạn đọc).')).toEqual([]);
  });
});
