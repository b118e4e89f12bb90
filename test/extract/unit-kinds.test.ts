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
