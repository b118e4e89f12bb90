import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A planted stock ("diện tích rừng trồng đầu năm …; trồng mới …, khai thác …; … hiện có …") balances as any stock: "trồng
// mới" adds to it, "khai thác" takes from it, "hiện có" states its level now (lexicon INFLOW/OUTFLOW/CLOSING_LEVEL_WORDS).
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ SƠN HÀ\nSố: 21/BC-UBND\nSơn Hà, ngày 28 tháng 12 năm 2025\nBÁO CÁO\nKết quả sản xuất lâm nghiệp năm 2025\nI. KẾT QUẢ\n';
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);

describe('parts-sum-mismatch: a planted stock with area planted and felled', () => {
  // Hand-checked: 412,5 + 36,0 − 21,5 = 427,0.
  const text = (closing: string) => `Diện tích rừng trồng của xã đầu năm là 412,5 ha; trong năm trồng mới 36,0 ha, khai thác 21,5 ha; diện tích rừng trồng hiện có ${closing} ha.`;
  it('reads the balance and says nothing when it holds', async () => {
    expect(await sums(text('427,0'))).toEqual([]);
  });
  it('reports a closing level the flows do not reach', async () => {
    const found = await sums(text('429,0'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('427');
  });
});
