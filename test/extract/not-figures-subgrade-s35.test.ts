import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a grade with the letter of its sub-grade (session 35)', () => {
  it('reads "độ 3a, 3b" and "mức độ 1, 2b" as grades, no figures', () => {
    expect(excluded('Bác sĩ hướng dẫn gia đình nhận biết bệnh chuyển sang độ 3a, 3b để đưa trẻ đi viện.')).toEqual(['độ 3a, 3b']);
    expect(excluded('Phân loại bệnh nhi theo mức độ 1, 2b và theo dõi sát.')).toEqual(['mức độ 1, 2b']);
  });

  it('ends the run at its last lettered grade and leaves counts and degrees alone', () => {
    // "4 cháu" counts children after the grades; "37 độ" is a temperature, "độ 2" without a letter is left to the reader.
    expect(excluded('Có 9 ca ở độ 2b và 4 cháu ở độ 1.')).toEqual(['độ 2b']);
    expect(excluded('Sốt trên 37 độ, 5 ca.')).toEqual([]);
    expect(excluded('Theo dõi 14 ca độ 2 tại nhà.')).toEqual([]);
  });
});
