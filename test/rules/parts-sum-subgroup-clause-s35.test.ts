import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const text = (tail: string) => `I. KẾT QUẢ\n- Kết nạp hội viên mới 540 người, đạt 90,0% kế hoạch, trong đó hội viên nữ 210 người; gồm: ${tail}.\n`;
const over = async (tail: string) => (await findingsOf('part-exceeds-whole', text(tail))).map((f) => f.data.whole);
const sums = async (tail: string) => (await findingsOf('parts-sum-mismatch', text(tail))).map((f) => [f.data.sum, f.data.whole]);

describe('a "gồm" opening its clause after a "trong đó" subgroup', () => {
  it('splits the sentence’s whole, not the subgroup', async () => {
    expect(await over('nông dân 300 người, công nhân 255 người')).toEqual([]);
    expect(await sums('nông dân 300 người, công nhân 255 người')).toEqual([[555, 540]]);
    expect(await sums('nông dân 300 người, công nhân 240 người')).toEqual([]);
  });
  it('splits the subgroup when its parts add up to it exactly', async () => {
    expect(await sums('nông dân 130 người, công nhân 80 người')).toEqual([]);
    expect(await over('nông dân 130 người, công nhân 80 người')).toEqual([]);
  });
});
