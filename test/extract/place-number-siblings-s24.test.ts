import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// A number after a place word ("thôn", "tổ"), followed by a noun other numbers of its sentence count with, is one more of
// those counts, not the place's number (src/extract/not-figures.ts, countedLikeSiblings).
describe('a number after a place word among counts of the same noun', () => {
  it('keeps it a count when its siblings count by the same noun', () => {
    expect(excluded('Các lớp học gồm: tại hội trường thôn 14 lớp, tại trường tiểu học 06 lớp, tại nhà văn hóa 03 lớp.')).toEqual([]);
    expect(excluded('Đã tổ chức 21 cuộc họp tại tổ 12 cuộc, tại khu dân cư 9 cuộc.')).toEqual([]);
  });
  it('still reads a place number beside a count of another noun, or alone', () => {
    expect(excluded('Tại thôn 14 lớp học được sửa chữa, 06 phòng học mới.')).toEqual(['thôn 14']);
    expect(excluded('Hội trường thôn 3 được xây mới năm nay.')).toEqual(['thôn 3']);
  });
});
