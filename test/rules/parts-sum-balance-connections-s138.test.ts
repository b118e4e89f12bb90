import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 08/BC-UBND\nAn Bình, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', HEAD + text)).map((f) => f.message);

describe('parts-sum-mismatch: connections added and users leaving a service are flows of its users (session 26, s138)', () => {
  // Hand-checked: 640 + 52 − 4 = 688.
  const text = (closing: string) => `- Số hộ dùng điện lưới quốc gia: đầu năm 640 hộ, trong năm đấu nối mới 52 hộ, dừng sử dụng 04 hộ; đến nay có ${closing} hộ.`;
  it('reads the balance and says nothing when it holds', async () => {
    expect(await sums(text('688'))).toEqual([]);
  });
  it('reports a closing level the flows do not reach', async () => {
    const found = await sums(text('698'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('688');
  });
});
