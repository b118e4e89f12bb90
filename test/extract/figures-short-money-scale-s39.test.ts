import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 39: a scale word shortened right before the currency ("tr.đ", "ng.đ"), as a table header writes it, is the scale
// in prose too. Sentences written for this test.
const read = (text: string) => readPassage(text, { atBlockStart: true }).figures.map((f) => [f.kind, f.value, f.unit]);

describe('a money amount with its scale shortened ("tr.đ")', () => {
  it('reads "tr.đ", "trđ" and "ng.đ" as million and thousand đồng', () => {
    expect(read('Lãi bình quân mỗi tổ hợp tác đạt 1.245 tr.đ/tổ trong năm.')).toEqual([['money', 1_245_000_000, 'đồng/tổ']]);
    expect(read('Hỗ trợ mỗi hộ 35 trđ để sửa nhà.')).toEqual([['money', 35_000_000, 'đồng']]);
    expect(read('Giá thóc bình quân 8,5 ng.đ/kg.')).toEqual([['money', 8_500, 'đồng/kg']]);
  });

  it('reads no scale from "tr." without a currency after it', () => {
    expect(read('Tài liệu dày 124 tr. khổ A4.')).toEqual([['count', 124, 'tr']]);
    expect(read('Xem 16 tr. 3 đ của phụ lục.').map((f) => f[1])).toEqual([16, 3]);
  });
});
