import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 44: a member of the unit's own total ("Tổng số đảng viên toàn xã …, gồm …, nữ 185 người") bounds a count of the
// total's noun and the member's words told elsewhere, narrowed by what they did ("192 đảng viên nữ được tặng giấy khen").
const RULE = 'part-exceeds-whole';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.part, f.data.whole]);
const report = (later: string) => `1. Công tác xây dựng Đảng
Tổng số đảng viên toàn xã là 486 người, gồm nam 301 người, nữ 185 người.
2. Công tác thi đua, khen thưởng
${later}
`;

describe('part-exceeds-whole: a member of the unit\'s total stated in another section', () => {
  it('flags more women members honoured than the women members the commune has', async () => {
    // Hand-checked: 192 women members honoured, but only 185 women members in all.
    expect(await pairs(report('Có 192 đảng viên nữ được tặng giấy khen trong năm.'))).toEqual([[192, 185]]);
  });

  it('leaves a smaller count alone', async () => {
    expect(await pairs(report('Có 172 đảng viên nữ được tặng giấy khen trong năm.'))).toEqual([]);
  });

  it('leaves counts of times, of another unit or of a span of years alone', async () => {
    expect(await pairs(report('Có 192 lượt đảng viên nữ được tặng giấy khen trong năm.'))).toEqual([]);
    expect(await pairs(report('Toàn huyện có 192 đảng viên nữ được tặng giấy khen trong năm.'))).toEqual([]);
    expect(await pairs(report('Giai đoạn 2020 - 2025 có 192 đảng viên nữ được tặng giấy khen.'))).toEqual([]);
  });
});
