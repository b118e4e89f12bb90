import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// The id-word patterns are tried only where their hint (the word, spaces, "số", a digit) matches: the same ranges
// as a scan of every index, including a candidate refused by a lookbehind followed by one that is not.
describe('document and id numbers', () => {
  it('excludes a decision number with its sign', () => {
    expect(excluded('Thực hiện Quyết định số 15/QĐ-UBND ngày')).toEqual(['Quyết định số 15/QĐ-UBND']);
  });
  it('keeps a number after a plural word, and excludes the next id in the same passage', () => {
    expect(excluded('rau các loại 15 ha')).toEqual([]);
    expect(excluded('các thôn 3 và thôn 4 có nhà văn hóa')).toEqual(['thôn 4']);
  });
  it('excludes a document verb only with "số"', () => {
    expect(excluded('theo Hướng dẫn số 05 của Sở')).toEqual(['Hướng dẫn số 05']);
    expect(excluded('hướng dẫn 2.140 lượt người')).toEqual([]);
  });
});

describe('names that close with a number', () => {
  it('excludes the lane of a street address, not a count after it', () => {
    expect(excluded('Lắp camera tại ngõ 45 phố Hàng Bông và hẻm 12 đường Lê Lợi.')).toEqual(['ngõ 45', 'hẻm 12']);
    expect(excluded('Vận động tại ngõ 3 hộ dân tháo dỡ mái che.')).toEqual([]);
  });
  it('excludes the year closing a programme title, not a count of a noun after it', () => {
    expect(excluded('Dạy học theo Chương trình giáo dục phổ thông 2018 ở các lớp')).toEqual(['Chương trình giáo dục phổ thông 2018']);
    expect(excluded('Chương trình hỗ trợ sinh kế 2020 hộ nghèo')).toEqual([]);
  });
  it('excludes a number that closes a quoted name, not one after the quotes', () => {
    expect(excluded('Hướng dẫn cài đặt ứng dụng "Cứu hộ 112" trên điện thoại')).toEqual(['"Cứu hộ 112']);
    expect(excluded('Có 85 hộ đạt danh hiệu “Gia đình văn hóa” 12 hộ chưa đạt')).toEqual([]);
  });
});
