import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const HEAD = 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 08/BC-UBND\nAn Bình, ngày 05 tháng 12 năm 2025\nBÁO CÁO\nKết quả công tác năm 2025\nI. KẾT QUẢ\n';
const found = async (text: string) => (await findingsOf(RULE, HEAD + text + '\n')).map((f) => [f.data.base, f.data.value]);

describe('claim-mismatch: a percent change of the count a fraction states, its base a count of that noun (session 28, s148)', () => {
  it('reads the fraction\'s numerator against the bracketed base', async () => {
    // Hand-checked: 930 → 1.116 trẻ is a rise of 20%; 30% is not it.
    expect(await found('Số trẻ em được cấp mã định danh 1.116/1.240 trẻ, đạt 90,0%, tăng 30% so với năm 2024 (930 trẻ).')).toEqual([[930, 1116]]);
    expect(await found('Số trẻ em được cấp mã định danh 1.116/1.240 trẻ, đạt 90,0%, tăng 20% so với năm 2024 (930 trẻ).')).toEqual([]);
  });

  it('says nothing when the base is a rate, no count of the fraction\'s noun', async () => {
    // The base is last year's rate: "tăng 12%" may be of the rate; the count is not compared.
    expect(await found('Số trẻ em được cấp mã định danh 1.116/1.240 trẻ, đạt 90,0%, tăng 12% so với năm 2024 (78,0%).')).toEqual([]);
  });
});
