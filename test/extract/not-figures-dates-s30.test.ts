import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 30 (h152): a date written in full whose year is long past. Sentences written for this test.
describe('a full date of a past century ("(12/8/1874 - 12/8/2024)")', () => {
  it('excludes both dates of a span, so no day over its month is read as a fraction', () => {
    expect(excluded('Kỷ niệm 150 năm ngày sinh nhà thơ (12/8/1874 - 12/8/2024), có 35 tiết mục.')).toEqual(['12/8/1874', '12/8/2024']);
    expect(excluded('Di tích khởi công 3.4.1802 đã được trùng tu.')).toEqual(['3.4.1802']);
  });

  it('keeps a fraction with no year after it, and a count after a date', () => {
    expect(excluded('Đã có 12/15 thôn hoàn thành.')).toEqual([]);
    expect(excluded('Ngày lễ 12/8/1874 có 35 đội tham gia.')).toEqual(['12/8/1874']);
  });
});
