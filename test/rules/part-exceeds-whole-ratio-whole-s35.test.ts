import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 35: a rate per thousand ("‰") or a bare number named a ratio ("tỷ suất", "hệ số") is no whole that counts split.
const RULE = 'part-exceeds-whole';
const pairs = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => [f.data.part, f.data.whole]);

describe('part-exceeds-whole: a ratio just before "trong đó" is not the whole of the counts after it', () => {
  it('leaves counts of deaths alone after a death rate per thousand', async () => {
    // Hand-checked: 512 deaths, 6,2‰ the crude death rate; 281 men and 231 women split the 512, not the rate.
    expect(await pairs('Số người tử vong trong năm là 512 người; tỷ suất chết thô 6,2‰. Trong đó nam 281, nữ 231.')).toEqual([]);
    expect(await pairs('Số người tử vong trong năm là 512 người; tỉ suất chết thô 6,2. Trong đó nam 281, nữ 231.')).toEqual([]);
  });

  it('leaves counts alone after a bare coefficient', async () => {
    expect(await pairs('Cơ sở có 64 giường bệnh, hệ số sử dụng giường 1,3; trong đó điều trị nội trú 45 người, lưu theo dõi 30 người.')).toEqual([]);
  });

  it('still holds the counts against a count named by the same rate words', async () => {
    // "tỷ lệ sinh con thứ ba" names cases counted ("trường hợp"): an amount, so its part is held to it.
    expect(await pairs('Tỷ lệ sinh con thứ ba trở lên 38 trường hợp, trong đó ở vùng đồng bào 83 trường hợp.')).toEqual([[83, 38]]);
  });

  it('still flags a part larger than the count stated before a rate', async () => {
    expect(await pairs('Số người tử vong trong năm là 512 người, trong đó nam 821 người; tỷ suất chết thô 6,2‰.')).toEqual([[821, 512]]);
  });
});
