import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 32 (holdout164): the year that closes an event's name names its edition.
describe('the year closing the name of an event', () => {
  it('excludes the year after a capitalised name opened by an event word', () => {
    // Hand-checked: 2023 and 2025 name the editions of the festival and the race; 14 gian hàng and 320 vận động viên count.
    expect(excluded('Tỉnh dự Liên hoan Ẩm thực Đất Phương Nam 2023 với 14 gian hàng.')).toEqual(['2023']);
    expect(excluded('Đoàn tham gia giải Bơi lội Cúp Sông Hàn 2025 cùng 320 vận động viên.')).toEqual(['2025']);
  });

  it('keeps a count or an amount after the name, and a name closed by a lower-case word', () => {
    // Hand-checked: 1980 người and 2024 triệu đồng are quantities; "hội chợ thu hút 2024" has no capitalised word before the number.
    expect(excluded('Hội chợ Nông sản Cần Thơ 1980 người tham quan.')).toEqual([]);
    expect(excluded('Triển lãm Mỹ thuật Duyên hải 2024 triệu đồng tài trợ.')).toEqual([]);
    expect(excluded('Hội chợ Nông sản thu hút 2024 khách.')).toEqual([]);
  });
});
