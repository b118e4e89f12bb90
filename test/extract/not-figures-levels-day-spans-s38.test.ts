import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 38 (h190, h191): a level word naming the thing graded before its number ("cấp độ rủi ro 3, 4"), a storm's or a
// wind's grade of two digits ("áp thấp nhiệt đới mạnh lên thành bão cấp 11"), and the first day of a span before a date
// ("12-14/9") are no figures. Sentences written for this test.
describe('a level word with the thing it grades before its number', () => {
  it('excludes the level and a list of levels', () => {
    expect(excluded('Chủ động sơ tán dân khi có cảnh báo cấp độ rủi ro 4 trở lên.')).toEqual(['cấp độ rủi ro 4']);
    expect(excluded('Xây dựng kịch bản ứng phó theo cấp độ rủi ro thiên tai 2, 3 và 4.')).toEqual(['cấp độ rủi ro thiên tai 2, 3 và 4']);
    expect(excluded('Ban hành mức cảnh báo 2 tại hai trạm bơm.')).toEqual(['mức cảnh báo 2']);
  });

  it('keeps a count, an amount or a share after other words', () => {
    expect(excluded('Mức hỗ trợ 2 triệu đồng mỗi hộ.')).toEqual([]);
    expect(excluded('Rà soát 14 hộ có nguy cơ 12 hộ phải di dời.')).toEqual([]);
    expect(excluded('Mức độ hài lòng 92%.')).toEqual([]);
  });
});

describe('a wind or storm grade of two digits after "cấp"', () => {
  it('excludes the grade, a span of grades and a list after a word of wind', () => {
    expect(excluded('Phương án di dời khi siêu bão cấp 16 đổ bộ.')).toEqual(['siêu bão cấp 16']);
    expect(excluded('Vùng biển có gió mạnh cấp 9, giật cấp 11-12.')).toEqual(['gió mạnh cấp 9', 'giật cấp 11-12']);
  });

  it('keeps a count issued after "cấp" and a number past the scale', () => {
    expect(excluded('Năm nay xã cấp 14 giấy chứng nhận.')).toEqual([]);
    expect(excluded('Sau bão cấp 15 hộ được hỗ trợ.')).toEqual([]);
    expect(excluded('Gió cấp 25 là không có.')).toEqual([]);
  });
});

describe('the first day of a span before a date', () => {
  it('joins the date, with or without its year, spaced or not', () => {
    expect(excluded('Hội chợ nông sản diễn ra 12-14/9/2025 tại sân vận động.')).toEqual(['12-14/9/2025']);
    expect(excluded('Giải bóng chuyền tổ chức từ 12 – 14/9 tại nhà thi đấu.')).toEqual(['12 – 14/9']);
    expect(excluded('Lớp tập huấn mở từ 03-05/11 cho cán bộ thôn.')).toEqual(['03-05/11']);
  });

  it('leaves a falling pair, a count before a date and a count before a fraction', () => {
    expect(excluded('Hội chợ diễn ra 22-14/9/2025.')).toEqual(['14/9/2025']);
    expect(excluded('Đã tiêm 125-14/9/2025.')).toEqual(['14/9/2025']);
  });
});
