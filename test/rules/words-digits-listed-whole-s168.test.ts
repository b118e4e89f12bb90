import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 32 (h168): words under "Bằng chữ:" closing a breakdown restate the whole the breakdown opened. Sentences written for this test.
describe('words-digits-mismatch: "Bằng chữ:" after the parts of a "gồm" breakdown', () => {
  it('reads the words as the whole they restate, not the last part beside them', async () => {
    const text = 'Dự toán chi năm 2025 là 7.350 triệu đồng, bao gồm chi thường xuyên 5.100 triệu đồng và chi đầu tư 2.250 triệu đồng (Bằng chữ: Bảy tỷ, ba trăm năm mươi triệu đồng).\n';
    expect(await findingsOf('words-digits-mismatch', text)).toEqual([]);
  });

  it('reports words that say neither the whole nor the part, against the whole they nearly say', async () => {
    const text = 'Dự toán chi năm 2025 là 7.350 triệu đồng, bao gồm chi thường xuyên 5.100 triệu đồng và chi đầu tư 2.250 triệu đồng (Bằng chữ: Bảy tỷ, ba trăm bốn mươi triệu đồng).\n';
    const found = await findingsOf('words-digits-mismatch', text);
    expect(found.map((f) => f.data)).toEqual([expect.objectContaining({ digits: 7350000000, spelled: 7340000000 })]);
  });

  it('keeps words beside a lone amount, or after parts with no "gồm", with that amount', async () => {
    const lone = 'Kế hoạch vốn 900 triệu đồng, đã giải ngân 850 triệu đồng (Bằng chữ: Chín trăm triệu đồng).\n';
    expect((await findingsOf('words-digits-mismatch', lone)).map((f) => f.data)).toEqual([expect.objectContaining({ digits: 850000000, spelled: 900000000 })]);
  });
});
