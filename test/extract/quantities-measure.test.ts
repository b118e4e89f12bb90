import { describe, expect, test } from 'vitest';
import { columnMeasure } from '../../src/extract/quantities.js';

describe('columnMeasure: what a table column measures', () => {
  test('drops the words that only frame a header, brackets and numbers', () => {
    expect(columnMeasure('Tổng số hộ dân (hộ)')).toEqual(['hộ', 'dân']);
    expect(columnMeasure('Tỷ lệ tiêm chủng đầy đủ (%)')).toEqual(['tiêm', 'chủng', 'đầy', 'đủ']);
    expect(columnMeasure('Kết quả năm 2025')).toEqual([]);
    expect(columnMeasure('Hiện có (người)')).toEqual([]);
  });
});
