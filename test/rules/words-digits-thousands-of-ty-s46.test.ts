import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { parseSpelled } from '../../src/extract/spelled.js';

// Session 46 (h206): an amount in words counted in thousands of a larger unit ("hai nghìn bốn trăm năm mươi tỷ"), then a
// remainder in the digits' unit ("một trăm tám mươi triệu"). Sentences written for this test.
describe('words-digits-mismatch: thousands of tỷ in words beside digits in triệu đồng', () => {
  it('reads "nghìn … tỷ" words as one amount and reports a remainder that differs from the digits', async () => {
    const text = 'Tổng mức đầu tư của dự án là 2.450.180 triệu đồng (Bằng chữ: Hai nghìn bốn trăm năm mươi tỷ, một trăm sáu mươi triệu đồng).\n';
    const found = await findingsOf('words-digits-mismatch', text);
    // 2.450.180 triệu = 2 450 180 000 000; the words: 2 450 tỷ + 160 triệu = 2 450 160 000 000.
    expect(found.map((f) => f.data)).toEqual([expect.objectContaining({ digits: 2_450_180_000_000, spelled: 2_450_160_000_000 })]);
  });

  it('stays silent when the words say the digits, in thousands of tỷ or in tỷ alone', async () => {
    const same = 'Tổng mức đầu tư của dự án là 2.450.180 triệu đồng (Bằng chữ: Hai nghìn bốn trăm năm mươi tỷ, một trăm tám mươi triệu đồng).\n';
    expect(await findingsOf('words-digits-mismatch', same)).toEqual([]);
    const small = 'Kinh phí sửa chữa trụ sở là 3,2 tỷ đồng (ba tỷ hai trăm triệu đồng).\n';
    expect(await findingsOf('words-digits-mismatch', small)).toEqual([]);
  });
});

describe('parseSpelled: thousands counted in a larger unit', () => {
  it('multiplies "nghìn" and what follows it by a later triệu or tỷ', () => {
    expect(parseSpelled('ba nghìn hai trăm tỷ')?.value).toBe(3_200_000_000_000);
    expect(parseSpelled('mười lăm nghìn sáu trăm triệu')?.value).toBe(15_600_000_000);
    expect(parseSpelled('một nghìn không trăm linh năm tỷ bốn trăm triệu')?.value).toBe(1_005_400_000_000);
  });

  it('still refuses a larger unit after triệu', () => {
    expect(parseSpelled('hai triệu ba nghìn bốn trăm tỷ')).toBeNull();
    expect(parseSpelled('bốn triệu năm tỷ')).toBeNull();
  });
});
