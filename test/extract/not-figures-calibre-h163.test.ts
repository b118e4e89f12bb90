import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

describe('a weapon named by its calibre', () => {
  it('excludes the calibre right after the weapon, not a length measured elsewhere', () => {
    // Hand-checked: 82mm and 12,7 mm name the class of the mortar and the machine gun; 150 mm of rain is an amount.
    expect(excluded('Tiểu đội súng máy phòng không 12,7 mm và khẩu đội cối 82mm luyện tập.')).toEqual(['12,7 mm', '82mm']);
    expect(excluded('Lượng mưa đo được 150 mm, ngập 3 thôn.')).toEqual([]);
  });
});

describe('a span right after the verb of a course', () => {
  it('reads how long the course lasted as a figure, not a period', () => {
    // Hand-checked: 05 ngày is how long the officials trained; "6 tháng đầu năm" is the period; a word between verb and span (nghiệp vụ) leaves it unread.
    expect(excluded('Cán bộ thú y tập huấn 05 ngày tại trung tâm.')).toEqual([]);
    expect(excluded('Kết quả huấn luyện 6 tháng đầu năm đạt khá.')).toEqual(['6 tháng']);
    expect(excluded('Cán bộ thú y tập huấn nghiệp vụ 05 ngày tại trung tâm.')).toEqual(['05 ngày']);
  });
});
