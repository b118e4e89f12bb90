import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 33 (h166): digits joined by a dash to a code of digits and a capital name one station or team. Sentences written
// for this test.
describe('a code of two parts joined by a dash ("trạm 19-03D")', () => {
  it('leaves both parts out of the figures', () => {
    expect(excluded('Trạm cân tải trọng 27-04B đã kiểm tra 840 lượt xe.')).toEqual(['27-04B']);
    expect(excluded('Đội công trình 3-12A hoàn thành 2 hạng mục.')).toEqual(['3-12A']);
  });
  it('still reads a range of numbers and a unit letter after a dash', () => {
    expect(excluded('Mỗi thôn có 15-20 hộ tham gia.')).toEqual([]);
    expect(excluded('Lắp đặt 10-12W bóng đèn mỗi cột.')).toEqual([]);
  });
});
