import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('list-count-mismatch', text);

describe('list-count-mismatch: a semicolon list whose last piece joins two names with "và"', () => {
  it('reads the last "và" as joining two items when that agrees with the count', async () => {
    // Hand-checked: three works — "Hồ chứa nước Khe Sâu, xã Bình An" (its comma inside the name), "Trạm bơm Đồng Gianh"
    // and "Kênh tưới Bắc Sơn"; the semicolon parts the first, the "và" the last two.
    const text = 'Năm nay huyện có 03 công trình thủy lợi được đầu tư, gồm: Hồ chứa nước Khe Sâu, xã Bình An; Trạm bơm Đồng Gianh và Kênh tưới Bắc Sơn.\n';
    expect(await findings(text)).toEqual([]);
  });

  it('still flags a count that neither reading agrees with', async () => {
    // Hand-checked: at most three works are named (two by the commas before the semicolon), the count says 04.
    const text = 'Năm nay huyện có 04 công trình thủy lợi được đầu tư, gồm: Hồ chứa nước Khe Sâu, xã Bình An; Trạm bơm Đồng Gianh và Kênh tưới Bắc Sơn.\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ count: 4 });
  });
});
