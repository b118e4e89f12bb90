import { describe, expect, it } from 'vitest';
import { findNotFigureRanges, lookbehindFreeHint } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// Session 42: a pattern opening with a lookbehind is tried only where the same pattern without it matches (a speed-up, no
// change of matches). Patterns and sentences written for this test.
describe('the hint read off a pattern opening with a lookbehind', () => {
  it('drops the lookbehinds opening each top-level alternative, keeping flags', () => {
    expect(lookbehindFreeHint(/(?<![\d.,])\d{1,2}x\d/gu)?.toString()).toBe('/\\d{1,2}x\\d/gu');
    expect(lookbehindFreeHint(/(?<![\p{L}])(?<!ab\s)mức\s*\d|(?<=\()số \d/giu)?.toString()).toBe('/mức\\s*\\d|số \\d/giu');
    // Escaped parens and brackets inside the lookbehind do not end it early.
    expect(lookbehindFreeHint(/(?<![\[(\\)])\(\d\)/gu)?.toString()).toBe('/\\(\\d\\)/gu');
  });

  it('gives none where nothing opens with a lookbehind, a lookbehind captures, or an alternative would be empty', () => {
    expect(lookbehindFreeHint(/\d+(?<!0)x|abc/gu)).toBeNull();
    expect(lookbehindFreeHint(/(?<=(a))b/gu)).toBeNull();
    expect(lookbehindFreeHint(/(?<=a)|b/gu)).toBeNull();
  });

  it('every match of the pattern starts where its hint matches', () => {
    const re = /(?<![\d.,])\d{1,3}[xX×]\d{1,3}(?![\d])/gu;
    const hint = lookbehindFreeHint(re)!;
    const text = 'Cấp 2x3 tấm, 12,5x4 m, 1234x5 và 7×8; đá 10X20.';
    const starts = (r: RegExp) => [...text.matchAll(r)].map((m) => m.index);
    const sticky = new RegExp(hint.source, 'uy');
    const hintAt = (i: number) => ((sticky.lastIndex = i), sticky.test(text));
    // "2x3", "7×8", "10X20" match; "5x4" (after a decimal comma) and "234x5" (inside a longer number) do not.
    expect(starts(re)).toEqual([text.indexOf('2x3'), text.indexOf('7×8'), text.indexOf('10X20')]);
    for (const s of starts(re)) expect(hintAt(s)).toBe(true);
  });

  it('leaves what is excluded as it was: sizes, versions, years over years, dates', () => {
    expect(excluded('Lát 1.200 m² đá 4x6 và nâng cấp phần mềm v2.1.3 cho 14 xã.')).toEqual(['4x6', 'v2.1.3']);
    expect(excluded('Tỷ lệ tăng 2026/2025 đạt 7,2%, chuyến hàng 3x40 tấn ngày 08/3/2026.')).toEqual(['2026/2025', 'ngày 08/3/2026']);
    expect(excluded('Trong 12,5x4 m có 3x40 tấn.')).toEqual([]);
  });
});
