import { describe, expect, it } from 'vitest';
import { isRateRow } from '../../src/extract/table-rows.js';

const rate = (label: string) => isRateRow({ label, unit: '' });

describe('isRateRow: a row label saying its cells are rates or ratios', () => {
  it('reads a percent sign standing alone anywhere in the label', () => {
    expect(['% so với cùng kỳ', 'Đạt (%) kế hoạch', '% hoàn thành chỉ tiêu', 'Tăng (%)'].map(rate)).toEqual([true, true, true, true]);
  });

  it('reads a comparison with the plan opening the label and a share', () => {
    expect(['So với KH', 'So sánh với dự toán', 'Đạt so với kế hoạch năm', 'Tỉ trọng trong tổng thu'].map(rate)).toEqual([true, true, true, true]);
  });

  it('keeps amounts whose label quotes a percent or names a change against the plan', () => {
    expect(['Số xã đạt 100% tiêu chí', 'Số trường đạt 100 % chuẩn', 'Tăng, giảm so với dự toán', 'Kế hoạch năm 2025', 'Số hộ so với đầu năm'].map(rate)).toEqual([false, false, false, false, false]);
  });
});
