import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 37 (h189): star ratings listed before one star word ("3, 4 sao") name classes, as "3-4 sao" does. Sentences
// written for this test.
describe('a run of star ratings before one "sao"', () => {
  it('excludes every rating of the run, joined by ", " or "và"/"hoặc"', () => {
    expect(excluded('Phấn đấu có thêm các khu nghỉ dưỡng 4, 5 sao trên địa bàn.')).toEqual(['4, 5 sao']);
    expect(excluded('Nâng hạng mật ong rừng lên 3 hoặc 4 sao trong năm tới.')).toEqual(['3 hoặc 4 sao']);
    expect(excluded('Hai nhà hàng đạt 2 và 3 sao.')).toEqual(['2 và 3 sao']);
  });

  it('keeps the count before a rated group and counts that are no rating', () => {
    // "18" counts products; only "4 sao" is a class.
    expect(excluded('Có 18 sản phẩm 4 sao.')).toEqual(['4 sao']);
    expect(excluded('Có 23, 4 sản phẩm mới.')).toEqual([]);
    expect(excluded('cấp 2, 3 bản sao giấy khai sinh')).toEqual([]);
  });
});
