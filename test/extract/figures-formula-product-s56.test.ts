import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';
import { analyseBytes } from '../../pipelines/analyse.js';

// Session 56: a fraction whose denominator the writer multiplies on ("a/b x c", "a/(b × c)", "a/b nhân c") is a formula,
// a/(b·c): a load against a capacity (machines × hours, classes × seats, rooms × shifts × days), not the fraction a/b
// (src/extract/read-figures.ts productAfter, lexicon TIMES_SIGNS). A power of ten after the fraction ("x 100", "x 1.000")
// only turns it into a percent or a rate per mille. Sentences written for this test, in other topics than the holdout's
// hospital beds.
const read = (text: string) => readPassage(text, { atBlockStart: false }).figures
  .filter((f) => f.kind === 'fraction')
  .map((f) => ({ raw: text.slice(f.from, f.to), numerator: f.numerator, denominator: f.denominator, factors: f.factors }));

const fractionsOf = async (line: string) => {
  const outcome = await analyseBytes('t.txt', Buffer.from(`I. KẾT QUẢ\n${line}\n`, 'utf8'), { only: ['percent-out-of-range'] });
  return outcome.analysis!.figures.filter((f) => f.kind === 'fraction').map((f) => ({ num: f.numerator, den: f.denominator, percent: f.percent }));
};

describe('a fraction over a product of factors is a formula a/(b·c)', () => {
  it('reads the denominator as the product of the factors after "x", "×", "*" and "nhân"', () => {
    // 12 × 200 = 2.400 machine-hours.
    expect(read('Hệ số sử dụng máy gặt đập liên hợp đạt 103,5% (2.484 giờ/12 máy x 200 giờ).')).toEqual([
      { raw: '2.484 giờ/12 máy x 200', numerator: 2484, denominator: 2400, factors: [12, 200] },
    ]);
    // 12 × 30 = 360 seats.
    expect(read('Lớp bán trú đã nhận 405 học sinh/12 lớp nhân 30 chỗ.')).toEqual([
      { raw: '405 học sinh/12 lớp nhân 30', numerator: 405, denominator: 360, factors: [12, 30] },
    ]);
    // 12 × 2 × 120 = 2.880 room-shifts.
    expect(read('Phòng máy được dùng 2.592 lượt/12 phòng * 2 ca * 120 ngày trong năm học.')).toEqual([
      { raw: '2.592 lượt/12 phòng * 2 ca * 120', numerator: 2592, denominator: 2880, factors: [12, 2, 120] },
    ]);
  });

  it('reads a product in brackets below the line', () => {
    // 3 × 600 = 1.800 tonnes.
    expect(read('Lò đốt rác đã xử lý 1.575 tấn/(3 lò × 600 tấn) trong quý.')).toEqual([
      { raw: '1.575 tấn/(3 lò × 600 tấn)', numerator: 1575, denominator: 1800, factors: [3, 600] },
    ]);
  });

  it('keeps a fraction times a power of ten, or with no factor after it, the fraction a/b', () => {
    expect(read('Tỷ lệ hộ nghèo = 48/1.500 x 100 = 3,2%.')).toEqual([{ raw: '48/1.500', numerator: 48, denominator: 1500, factors: undefined }]);
    expect(read('Tỷ suất sinh thô (71/5.000 x 1.000) giảm so với năm trước.')).toEqual([{ raw: '71/5.000', numerator: 71, denominator: 5000, factors: undefined }]);
    expect(read('Đã giải quyết 37/41 vụ việc, đạt 90,2%.')).toEqual([{ raw: '37/41', numerator: 37, denominator: 41, factors: undefined }]);
  });

  it('gives the formula the percent beside it only when it evaluates to it', async () => {
    // 16.880 / (50 × 365 = 18.250) = 92,49% → 92,5%.
    expect(await fractionsOf('Công suất sử dụng máy chạy thận đạt 92,5% (16.880 giờ/50 máy x 365 giờ).')).toEqual([{ num: 16880, den: 18250, percent: 92.5 }]);
    // 98,0% is neither 16.880/18.250 nor any reading the writer may have meant: unsure, left unpaired.
    expect(await fractionsOf('Công suất sử dụng máy chạy thận đạt 98,0% (16.880 giờ/50 máy x 365 giờ).')).toEqual([{ num: 16880, den: 18250, percent: null }]);
  });
});
