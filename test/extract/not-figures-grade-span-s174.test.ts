import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 33 (holdout174): a span of school grades names the grades, both its ends.
describe('a span of school grades', () => {
  it('excludes both ends of "lớp 6-9" and "khối lớp 10 – 12"', () => {
    // Hand-checked: 6, 9, 10 and 12 are grades; 1.184 and 96 count pupils.
    expect(excluded('Có 1.184 học sinh lớp 6-9 tham gia câu lạc bộ bơi.')).toEqual(['lớp 6-9']);
    expect(excluded('Học sinh khối lớp 10 – 12 đạt 96 giải.').join('|')).toMatch(/lớp 10 – 12$/u);
  });

  it('keeps a count of pupils after a single grade and a dash', () => {
    // Hand-checked: "lớp 7 - 35 học sinh" is grade 7 with 35 pupils; 35 is no grade, and is counted.
    expect(excluded('Bình quân lớp 7 - 35 học sinh.')).toEqual(['lớp 7']);
  });
});
