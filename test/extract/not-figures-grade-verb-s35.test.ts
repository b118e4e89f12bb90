import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a grade of goods with the statement’s verb right after it', () => {
  it('excludes the octane or purity when a verb, not a unit, follows it', () => {
    // Hand-checked: 95 and 9999 name the petrol's octane and the gold's purity; "đạt", "vượt" are the statement's verbs.
    expect(excluded('Lượng tiêu thụ xăng RON 95 đạt mức cao nhất trong năm.')).toEqual(['95']);
    expect(excluded('Giá vàng nhẫn 9999 vượt mốc cũ trong quý.')).toEqual(['9999']);
  });
  it('still reads an amount of the goods measured by a unit after the number', () => {
    expect(excluded('Cửa hàng bán ra xăng RON 95 1.200 lít trong ngày.')).toEqual(['95']);
    expect(excluded('Thu giữ vàng 12 chỉ của đối tượng.')).toEqual([]);
  });
});
