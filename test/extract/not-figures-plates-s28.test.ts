import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 28 (h142): a vehicle plate is an id, never a figure. Sentences written for this test.
describe('vehicle plates ("biển kiểm soát 43C1-208.19")', () => {
  it('excludes the whole plate: series with a digit, two capitals, a five-digit serial, spaces round the dash', () => {
    expect(excluded('Tạm giữ xe mô tô biển kiểm soát 43C1-208.19 của đối tượng.')).toEqual(['43C1-208.19']);
    expect(excluded('Xe tải biển số 15KT-903.51 chở quá tải.')).toEqual(['15KT-903.51']);
    expect(excluded('Ô tô 92H-4417 và xe khách 36B - 02.815 vi phạm.')).toEqual(['92H-4417', '36B']);
    expect(excluded('Xe 60E2 - 711.08 bị lập biên bản.')).toEqual(['60E2 - 711.08']);
  });

  it('keeps counts and codes that are no plate', () => {
    // A grouped count after a dash, or too few digits for a serial, is left to the figure reader.
    expect(excluded('Chi đội 12B-1.234 lượt người tham gia.').join(' ')).not.toContain('1.234');
    expect(excluded('Nhập 15T-1.200 tấn hàng.')).toEqual([]);
    expect(excluded('Lớp 10A-12 có 35 học sinh.').join(' ')).not.toContain('-12');
  });
});
