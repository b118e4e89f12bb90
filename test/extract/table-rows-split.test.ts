import { describe, expect, it } from 'vitest';
import { rowsCoverSplit } from '../../src/extract/table-rows.js';

describe('rowsCoverSplit', () => {
  it('reads member rows naming every member of a known split as the whole', () => {
    expect(rowsCoverSplit(['Nam', 'Nữ'])).toBe(true);
    expect(rowsCoverSplit(['- Thành thị', '- Nông thôn'])).toBe(true);
    expect(rowsCoverSplit(['Đạt', 'Chưa đạt'])).toBe(true);
  });

  it('reads no split in members of open kinds or in one member alone', () => {
    expect(rowsCoverSplit(['Công nghiệp', 'Dịch vụ'])).toBe(false);
    expect(rowsCoverSplit(['Nữ'])).toBe(false);
    expect(rowsCoverSplit(['Nam', 'Nữ', 'Trẻ em'])).toBe(false);
  });
});
