import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 31 (holdout161): sentences written for this test, on other topics.
describe('places numbered in a run after a plural ("các thôn 2, 4 và 9")', () => {
  it('excludes the run: two numbers or more after a plural name the places', () => {
    expect(excluded('Nước dâng gây ngập sâu tại các thôn 2, 4 và 9 của xã.')).toEqual(['thôn 2, 4 và 9']);
    expect(excluded('Dịch sốt xuất huyết tập trung ở những khu phố 1, 6, 12.')).toEqual(['khu phố 1, 6, 12']);
  });
  it('keeps a count after a plural: one number, or a counted noun after the run', () => {
    expect(excluded('Hỗ trợ các thôn 120 hộ gia đình.')).toEqual([]);
    expect(excluded('Cấp phát cho các tổ 3, 45 hộ chưa nhận.')).toEqual([]);
  });
});

describe('a bank account number after "số tài khoản" or "tài khoản … số"', () => {
  it('excludes the number, in groups of any length', () => {
    // ("khoản 1140" may be read with the number as a clause of a law: the account's number is excluded whole either way.)
    expect(excluded('Mọi khoản ủng hộ chuyển vào số tài khoản 1140 2233 5566 tại Ngân hàng Công thương.').join(' ')).toMatch(/1140 2233 5566$/u);
    expect(excluded('Quỹ mở tài khoản chuyên thu số: 0071000123456 tại Kho bạc.')).toEqual(['0071000123456']);
  });
  it('keeps a count or an amount: a thousands grouping, fewer than eight digits, no "số"', () => {
    expect(excluded('Số tài khoản: 45.678.901.')).toEqual([]);
    expect(excluded('Tài khoản định danh mức 2 kích hoạt 38.250 tài khoản.')).not.toContain('38.250');
    expect(excluded('tài khoản tiền gửi số dư 12.500.000 đồng')).toEqual([]);
  });
});
