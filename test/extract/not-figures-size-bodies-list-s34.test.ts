import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Written for this test, in other words and numbers than any fixture.
describe('a size code of numbers run together by "x" (s34)', () => {
  it('excludes a material grade, not a measure or a count after it', () => {
    expect(excluded('Thiếu đá 4x6 và xi măng cho mặt đường bê tông.')).toEqual(['4x6']);
    expect(excluded('Gạch 4x8x18 về chậm.')).toEqual(['4x8x18']);
    // A unit or counted noun after it: a measure or a count, left to the reader.
    expect(excluded('Ô ruộng lúa 20x30 m đã được cắm mốc.')).toEqual([]);
    expect(excluded('Nộp 2x3 ảnh màu cho hồ sơ.')).toEqual([]);
    // Spaced products are arithmetic, not a grade.
    expect(excluded('Chi phí 12 x 15 triệu đồng.')).toEqual([]);
  });
});

describe('a part over its whole before a body\'s name (s34)', () => {
  it('reads "n/m Ban …" as counted bodies, a cued day/month as a date', () => {
    expect(excluded('Duy trì hoạt động của 06/06 Ban công tác Mặt trận ở các thôn.')).toEqual([]);
    expect(excluded('Có 04/07 Tổ hòa giải được củng cố.')).toEqual([]);
    // A date word before it: a date.
    expect(excluded('Ngày 06/06 Ban chỉ đạo họp sơ kết.')).toEqual(['Ngày 06/06']);
    // No body after the padded d/m: a date as before.
    expect(excluded('Hoàn thành 05/07 tổng kết mùa mưa.')).not.toContain('05/07');
    expect(excluded('Khởi công 05/07 sau lễ động thổ.')).toEqual(['05/07']);
  });
});

describe('"danh mục" before a count (s34)', () => {
  it('reads the number after "danh mục" as the count listed, "mục" alone as an id', () => {
    expect(excluded('Phê duyệt danh mục 14 công trình đầu tư năm sau.')).toEqual([]);
    expect(excluded('Theo mục 14 của phụ lục kèm theo.')).toEqual(['mục 14']);
  });
});
