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
  it('excludes a kilometre post on a road, not a length in kilometres', () => {
    expect(excluded('tai nạn tại Km 42 Quốc lộ 14')).toEqual(['Km 42', 'Quốc lộ 14']);
    expect(excluded('sạt lở tại km 7+300 đường tỉnh 291')).toEqual(['km 7+300', 'đường tỉnh 291']);
    expect(excluded('nâng cấp 4,5 km đường giao thông nông thôn')).toEqual([]);
    expect(excluded('tổng chiều dài 12 km, gồm 3 tuyến')).toEqual([]);
  });
  it('excludes a document verb only with "số"', () => {
    expect(excluded('theo Hướng dẫn số 05 của Sở')).toEqual(['Hướng dẫn số 05']);
    expect(excluded('hướng dẫn 2.140 lượt người')).toEqual([]);
  });
});
