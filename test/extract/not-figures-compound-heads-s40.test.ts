import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const covered = (text: string, number: string) => {
  const at = text.indexOf(number);
  return findNotFigureRanges(text, { atBlockStart: false }).some(([a, b]) => a <= at && at + number.length <= b);
};

// Session 40: an id word that is the tail of another word ("kim loại": metal; "biên mục": to catalogue) or a verb ("hợp
// đồng 5 nhân viên": to hire on contract) names no numbered item: the number after it counts. Sentences written for this test.
describe('an id word inside another word, or hiring on contract', () => {
  it('counts after "kim loại" and "biên mục"', () => {
    expect(covered('Thu gom phế liệu kim loại 35 tấn và nhựa 12 tấn.', '35')).toBe(false);
    expect(covered('Thư viện đã biên mục 1.870 đầu sách mới.', '1.870')).toBe(false);
  });

  it('counts teachers and staff hired on contract', () => {
    expect(covered('Nhà trường hợp đồng 6 nhân viên bảo vệ và tạp vụ.', '6')).toBe(false);
    expect(covered('Ngành giáo dục hợp đồng 21 giáo viên mầm non.', '21')).toBe(false);
  });

  it('keeps a numbered contract, a class and an item as names', () => {
    expect(covered('Thanh toán theo Hợp đồng 27 ngày 14/3/2024 với nhà thầu.', '27')).toBe(true);
    expect(covered('Xếp vào loại 2 theo tiêu chí đánh giá.', '2')).toBe(true);
    expect(covered('Nội dung tại mục 5 của kế hoạch.', '5')).toBe(true);
  });
});
