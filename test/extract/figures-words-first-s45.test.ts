import { describe, expect, it } from 'vitest';
import { readPassage } from '../../src/extract/read-figures.js';

// Session 45: "năm (06) vụ" is one count said twice, words first; "9 842/11 350" (no-break spaces) is one fraction in any document.
const read = (text: string, spaceGroups = false) =>
  readPassage(text, { atBlockStart: true, spaceGroups }).figures.map((f) => [text.slice(f.from, f.to), f.value, f.unit, f.spelled?.value ?? null]);

describe('a count written words first, its digits in brackets after them', () => {
  it('reads the digits as the count, with the words beside them and the noun after the bracket', () => {
    expect(read('Xã hỗ trợ chín (09) hộ làm nhà.')).toEqual([['09', 9, 'hộ', 9]]);
    expect(read('Phát hiện năm (06) cơ sở vi phạm.')).toEqual([['06', 6, 'cơ sở', 5]]);
    // Words that say a number alone are not read twice: the digits carry them.
    expect(read('Thành lập bốn mươi (40) tổ tự quản.')).toEqual([['40', 40, 'tổ', 40]]);
  });
  it('reads no count from a list mark after a year or a naming word', () => {
    expect(read('Trong năm (1) các xã đều hoàn thành kế hoạch.')).toEqual([]);
    expect(read('Đội năm (3) gồm các thành viên nòng cốt.')).toEqual([]);
  });
});

describe('a fraction whose sides are grouped by no-break spaces', () => {
  it('reads the denominator whole in a document that groups with dots', () => {
    expect(read('Cấp thẻ cho 1\u00A0204/1\u00A0310 người có nhu cầu, đạt 91,9%.')).toEqual([['1\u00A0204/1\u00A0310', 1204 / 1310, 'người', null], ['91,9%', 91.9, '%', null]]);
  });
  it('keeps an ordinary space after the denominator a break', () => {
    expect(read('Hoàn thành 8/12 350 hồ sơ')[0]).toEqual(['8/12', 8 / 12, null, null]);
  });
});
