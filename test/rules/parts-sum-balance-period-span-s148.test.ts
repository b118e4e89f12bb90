import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 08/BC-UBND\nAn Bình, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);

describe('parts-sum-mismatch: a period span "6 tháng cuối năm" before the flows, installations taken down (session 28, s148)', () => {
  // Hand-checked: 40 + 06 − 02 = 44.
  const text = (closing: string, out = 'dỡ bỏ') =>
    `Ngày 01/7/2025 trên địa bàn xã có 40 cụm loa truyền thanh; trong 6 tháng cuối năm lắp mới 06 cụm loa, ${out} 02 cụm loa; đến ngày 30/11/2025 toàn xã có ${closing} cụm loa.`;
  it('reads the balance and says nothing when it holds', async () => {
    expect(await sums(text('44'))).toEqual([]);
  });
  it('reports a closing level the flows do not reach, the span read as the flows\' period, "dỡ bỏ"/"tháo dỡ" as a flow out', async () => {
    for (const out of ['dỡ bỏ', 'tháo dỡ']) {
      const found = await sums(text('46', out));
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('44');
    }
  });
});
