import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';

const read = (text: string) => readPassage(text, { atBlockStart: false }).figures.map((f) => ({ raw: text.slice(f.from, f.to), kind: f.kind, numerator: f.numerator, denominator: f.denominator }));

// "ở 06/07 môn": a zero-padded part over its whole before "môn" (subjects, sports: a counted noun) is a fraction, no day and
// month. Sentences written for this test.
describe('a fraction of subjects ("05/08 môn") is no date', () => {
  it('reads a padded part over its whole before "môn" as a fraction', () => {
    expect(read('Học sinh của trường đạt điểm trên trung bình ở 05/08 môn thi tốt nghiệp.')).toEqual([
      { raw: '05/08', kind: 'fraction', numerator: 5, denominator: 8 },
    ]);
  });

  it('still reads a padded day and month with no counted noun after it as a date', () => {
    expect(read('Hội thi diễn ra ở 05/08 tại nhà văn hóa.')).toEqual([]);
  });
});
