import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string, atBlockStart = false) => findNotFigureRanges(text, { atBlockStart }).map(([a, b]) => text.slice(a, b));

// A footnote's mark in square brackets refers to a note; it counts nothing (own sentences, checked by hand).
describe('footnote marks in square brackets', () => {
  it('excludes a mark glued to the word before it or after a space, and the mark opening the footnote itself', () => {
    expect(excluded('Đội quản lý thị trường kiểm tra 14 cửa hàng xăng dầu[3]; xử phạt 02 cơ sở.')).toEqual(['[3]']);
    expect(excluded('Số liệu của Chi cục Thống kê [12], đã đối chiếu 28 biểu mẫu.')).toEqual(['[12]']);
    expect(excluded('[4] Theo số liệu của 05 trạm quan trắc.', true)).toEqual(['[4]']);
  });
  it('keeps numbers in round brackets and plain counts as they were', () => {
    expect(excluded('Xây dựng 12 cầu dân sinh (14 cầu theo kế hoạch).')).toEqual([]);
  });
});
