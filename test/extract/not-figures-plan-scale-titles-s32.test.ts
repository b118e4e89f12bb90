import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('the scale of a drawn plan', () => {
  it('excludes a scale after a planning scheme or drawing in its clause, not a fraction of another clause', () => {
    // Hand-checked: 1/2000 and 1/500 name the drawings of the zoning plans; the 1/1000 of the second clause counts files.
    expect(excluded('Lập 02 quy hoạch phân khu tỷ lệ 1/2000 tại khu công nghiệp Bắc Sơn.')).toEqual(['1/2000']);
    expect(excluded('Thẩm định 03 đồ án chi tiết tỷ lệ 1/500 cho các khu tái định cư.')).toEqual(['1/500']);
    expect(excluded('Quy hoạch đã duyệt xong. Rà soát 1/1000 hồ sơ lưu trữ.')).toEqual([]);
  });
});

describe('a document title word before a count', () => {
  it('reads the number after "Hướng dẫn"/"Thông báo" as a count when any counted noun follows, an id otherwise', () => {
    // Hand-checked: 17 cơ sở and 9 hộ are those guided or notified; "Kế hoạch 14 của" names plan no. 14.
    expect(excluded('Hướng dẫn 17 cơ sở kinh doanh lập hồ sơ môi trường.')).toEqual([]);
    expect(excluded('Thông báo 9 hộ về lịch thu gom rác.')).toEqual([]);
    expect(excluded('Thực hiện Kế hoạch 14 của Ban Chỉ đạo huyện.')).toEqual(['Kế hoạch 14']);
  });
});
