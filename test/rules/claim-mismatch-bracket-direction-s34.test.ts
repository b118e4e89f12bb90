import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "tăng/giảm so với <earlier period> (<period> A, <earlier period> B)": a way of change whose bracket spells out both values
// (src/extract/claims-bracket-direction.ts).
const seen = async (text: string) => (await findingsOf('claim-mismatch', `I. KẾT QUẢ\n${text}\n`))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

describe('claim-mismatch: a way of change against the two values its bracket spells out', () => {
  it('flags the way the values did not go, whichever comes first', async () => {
    expect(await seen('Số vụ cháy rừng tăng so với cùng kỳ (6 tháng năm 2025 xảy ra 4 vụ, cùng kỳ năm 2024 xảy ra 7 vụ).')).toEqual([['tăng', 7, 4]]);
    expect(await seen('Số hộ nuôi ong giảm so với năm 2023 (năm 2023 có 52 hộ; năm 2024 có 61 hộ).')).toEqual([['giảm', 52, 61]]);
  });
  it('stays silent on the right way, two units, a hedged value or a third number', async () => {
    expect(await seen('Số vụ cháy rừng giảm so với cùng kỳ (6 tháng năm 2025 xảy ra 4 vụ, cùng kỳ năm 2024 xảy ra 7 vụ).')).toEqual([]);
    expect(await seen('Số vụ cháy rừng tăng so với cùng kỳ (6 tháng năm 2025 xảy ra 4 vụ, cùng kỳ năm 2024 thiệt hại 7 ha).')).toEqual([]);
    expect(await seen('Số vụ cháy rừng tăng so với cùng kỳ (6 tháng năm 2025 xảy ra 4 vụ, cùng kỳ năm 2024 xảy ra gần 7 vụ).')).toEqual([]);
    expect(await seen('Số vụ cháy rừng tăng so với cùng kỳ (6 tháng năm 2025 xảy ra 4 vụ với 3 người bị thương, cùng kỳ năm 2024 xảy ra 7 vụ).')).toEqual([]);
  });
});
