import { describe, expect, test } from 'vitest';
import { actedName, columnMeasure } from '../../src/extract/quantities.js';

describe('columnMeasure: what a table column measures', () => {
  test('drops the words that only frame a header, brackets and numbers', () => {
    expect(columnMeasure('Tổng số hộ dân (hộ)')).toEqual(['hộ', 'dân']);
    expect(columnMeasure('Tỷ lệ tiêm chủng đầy đủ (%)')).toEqual(['tiêm', 'chủng', 'đầy', 'đủ']);
    expect(columnMeasure('Kết quả năm 2025')).toEqual([]);
    expect(columnMeasure('Hiện có (người)')).toEqual([]);
  });
});

describe('actedName', () => {
  test('joins the whole verb phrase before a figure to its noun, as a sorted set of tokens', () => {
    // Hand-checked: "đã cấp đổi" without its aspect word "đã" is "cấp đổi"; with "giấy phép" the set is {cấp, đổi, giấy, phép}.
    expect(actedName({ tokens: ['giấy', 'phép'], verb: 'đã cấp đổi' })).toEqual(['cấp', 'giấy', 'phép', 'đổi']);
    // The whole phrase: "tạm dừng hoạt động" keeps "tạm", so it is no "dừng hoạt động".
    expect(actedName({ tokens: ['cơ', 'sở'], verb: 'tạm dừng hoạt động' })).toEqual(['cơ', 'dừng', 'hoạt', 'sở', 'tạm', 'động']);
    expect(actedName({ tokens: ['cơ', 'sở'], verb: null })).toBeNull();
  });
});
