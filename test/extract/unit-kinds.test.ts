import { describe, expect, it } from 'vitest';
import { unitKindOf } from '../../src/extract/labels.js';

describe('a part counted by the bare classifier of the whole’s noun', () => {
  it('counts the whole’s things: "xe ô tô" by "chiếc", "gia cầm" by "con", "nhà" by "ngôi"', () => {
    expect(unitKindOf('chiếc', 'xe ô tô')).toBe(true);
    expect(unitKindOf('chiếc', 'thuyền')).toBe(true);
    expect(unitKindOf('con', 'gia cầm')).toBe(true);
    expect(unitKindOf('ngôi', 'nhà')).toBe(true);
  });
  it('not a noun the classifier does not count, nor the other way round', () => {
    expect(unitKindOf('chiếc', 'hộ')).toBe(false);
    expect(unitKindOf('con', 'xe')).toBe(false);
    // A whole in the bare classifier says nothing of which noun its parts count.
    expect(unitKindOf('xe', 'chiếc')).toBe(false);
  });
});

describe('a rate per something written with the noun qualified before the "/"', () => {
  it('keeps the "/"-suffix in the unit after a qualifying word', async () => {
    const { findUnit } = await import('../../src/extract/labels.js');
    expect(findUnit('đạt 118 em nam/100 em nữ.', 7)?.unit).toBe('em nam/100 em');
    expect(findUnit('có 30 hộ nghèo/tổng số hộ', 5)?.unit).toBe('hộ nghèo/tổng');
    // Two words finishing the noun: "hộ sản xuất" per thousand people.
    expect(findUnit('bình quân 31 hộ sản xuất/1.000 dân', 12)?.unit).toBe('hộ sản xuất/1.000 dân');
    // No "/": the unit stays the noun.
    expect(findUnit('gồm 48 em nam và 41 em nữ', 6)?.unit).toBe('em');
    // A function word before the "/" is no qualifier of the noun.
    expect(findUnit('có 12 người và/hoặc hộ', 5)?.unit).toBe('người');
  });
  it('is never alike a count of the same noun', async () => {
    const { unitsAlike } = await import('../../src/extract/labels.js');
    expect(unitsAlike('trẻ', 'trẻ trai/100 trẻ')).toBe(false);
    expect(unitsAlike('trẻ', 'trẻ trai')).toBe(true);
  });
});
