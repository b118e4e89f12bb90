import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a balance of people whose flows are counted in "người"', () => {
  it('reads a stock of believers moved by flows in persons', async () => {
    // Hand-checked: 320 + 8 − 6 = 322, not 325.
    expect(await sums('Đầu năm có 320 tín đồ; trong năm tăng 8 người, giảm 6 người; cuối năm còn 325 tín đồ.')).toEqual([[322, 325]]);
    // Hand-checked: 320 + 8 − 6 = 322, as stated.
    expect(await sums('Đầu năm có 320 tín đồ; trong năm tăng 8 người, giảm 6 người; cuối năm còn 322 tín đồ.')).toEqual([]);
  });

  it('still reads a population head of two words against flows in persons', async () => {
    // Hand-checked: 1.210 + 14 − 9 = 1.215, not 1.220.
    expect(await sums('Đầu năm có 1.210 nhân khẩu; trong năm tăng 14 người, giảm 9 người; cuối năm có 1.220 nhân khẩu.')).toEqual([[1215, 1220]]);
  });
});
