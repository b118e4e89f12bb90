import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', text)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: lists split by ";" without a colon (session 21, s109)', () => {
  it('reads a ";"-list whose last segment joins its last items by "và" as one list', async () => {
    // Hand-checked: 30 + 25 + 18 + 12 = 85 hộ against the 95 stated; with 28 in the third item the parts add up to 95.
    const text = (third: number) => `I. TÌNH HÌNH\n- Toàn xã có 95 hộ chăn nuôi, gồm 30 hộ thôn Đông; 25 hộ thôn Tây; ${third} hộ thôn Nam và 12 hộ thôn Bắc.\n`;
    expect(await sums(text(18))).toEqual([[85, 95]]);
    expect(await sums(text(28))).toEqual([]);
  });

  it('says nothing of a list cut short by a last segment it cannot read as items of the list', async () => {
    // Hand-checked: 30 + 25 + 28 + 12 = 95, but the last item counts another noun ("trang trại"): the list is unclear, and
    // the two parts read before it (55) are no breakdown of the 95.
    const text = 'I. TÌNH HÌNH\n- Toàn xã có 95 hộ chăn nuôi, gồm 30 hộ thôn Đông; 25 hộ thôn Tây; 28 hộ thôn Nam và 12 trang trại thôn Bắc.\n';
    expect(await sums(text)).toEqual([]);
  });
});
