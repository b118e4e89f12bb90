import { describe, expect, it } from 'vitest';
import { periodSpanOf } from '../../src/extract/table-periods.js';

describe('periodSpanOf', () => {
  it('reads the months a column header names', () => {
    expect(periodSpanOf('Quý II')).toEqual({ from: 4, to: 6, year: null });
    expect(periodSpanOf('Quý 4/2024')).toEqual({ from: 10, to: 12, year: 2024 });
    expect(periodSpanOf('Tháng 11')).toEqual({ from: 11, to: 11, year: null });
    expect(periodSpanOf('9 tháng')).toEqual({ from: 1, to: 9, year: null });
    expect(periodSpanOf('Lũy kế 6 tháng đầu năm 2025')).toEqual({ from: 1, to: 6, year: 2025 });
    expect(periodSpanOf('6 tháng cuối năm')).toEqual({ from: 7, to: 12, year: null });
    expect(periodSpanOf('Cả năm 2024')).toEqual({ from: 1, to: 12, year: 2024 });
    expect(periodSpanOf('Năm 2023 (hồ sơ)')).toEqual({ from: 1, to: 12, year: 2023 });
  });

  it('reads no period in a header that names something else', () => {
    expect(periodSpanOf('Tiếp nhận')).toBeNull();
    expect(periodSpanOf('Tháng 13')).toBeNull();
    expect(periodSpanOf('Kế hoạch năm')).toBeNull();
    expect(periodSpanOf('')).toBeNull();
  });
});
