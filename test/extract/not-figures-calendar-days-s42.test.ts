import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 42: a list of days after "ngày" told in a calendar ("âm lịch", "dương lịch") is dates. Sentences written for this test.
describe('a list of days of a calendar', () => {
  it('excludes the days of a lunar or solar calendar', () => {
    expect(excluded('Chợ phiên Bản Mồ họp vào các ngày 4, 9, 14 âm lịch.')).toEqual(['ngày 4, 9, 14']);
    expect(excluded('Lễ hội diễn ra các ngày 10 và 11 Âm lịch hằng năm.')).toEqual(['ngày 10 và 11']);
    expect(excluded('Tổ chức đổi hàng vào ngày 5, 20 dương lịch.')).toEqual(['ngày 5, 20']);
  });

  it('keeps a count after a list of days', () => {
    // "ngày 4" alone is a date; the 9 before "người" counts people.
    expect(excluded('Trong các ngày 4, 9 người dân mang nông sản đến chợ.')).toEqual(['ngày 4']);
  });
});
