import { describe, expect, it } from 'vitest';
import { bracketsBalanced, foldKey, normalizeText, unifyTones } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it('maps eth, odd and invisible spaces, and collapses a run of spaces to one space, or to a tab when it holds one', () => {
    expect(normalizeText('\u00D0ồng \u00F0ất')).toBe('Đồng đất');
    expect(normalizeText('  a\u00A0\u00A0b\u2003c\u200Bd  ')).toBe('a b c d');
    expect(normalizeText('a\u200C\u200D\uFEFF\u00ADb')).toBe('ab');
    // between the digit groups of a number the no-break, narrow no-break and thin spaces become one U+00A0
    expect(normalizeText('có 4\u202F125 xe, 12\u2009000\u00A0500 lượt')).toBe('có 4\u00A0125 xe, 12\u00A0000\u00A0500 lượt');
    // elsewhere, and between digits that are no thousands grouping, they are plain spaces
    expect(normalizeText('năm 2024\u00A0125 xe, 12\u202F50 lượt, số\u00A03')).toBe('năm 2024 125 xe, 12 50 lượt, số 3');
    expect(normalizeText('a  \t \t  b\tc   d')).toBe('a\tb\tc d');
    expect(normalizeText('hoa\u0300')).toBe('hoà');
  });
});

describe('unifyTones', () => {
  it('moves the tone of a syllable-final oa/oe/uy to the first vowel, in either case', () => {
    expect(unifyTones('hoà thuý uỷ ban, khoẻ')).toBe('hòa thúy ủy ban, khỏe');
    expect(unifyTones('HOÀ THUÝ')).toBe('HÒA THÚY');
    expect(unifyTones('hoàn thuỵền')).toBe('hoàn thuỵền');
    expect(foldKey(' Hoà  Bình ')).toBe('hòa bình');
  });
});

// Each replacement of normalizeText, unifyTones and foldKey runs only when a test finds what it could replace: text
// holding each of them, one of them, or none, folds as before.
describe('replacements skipped when the text holds nothing to replace', () => {
  it('normalizes, unifies tones and folds text holding one thing to replace, several, or none', () => {
    expect(foldKey('Trường mầm non Hoà Bình có 12 lớp')).toBe('trường mầm non hòa bình có 12 lớp');
    expect(foldKey('trường mầm non hòa bình có 12 lớp')).toBe('trường mầm non hòa bình có 12 lớp');
    expect(normalizeText('thuỷ lợi\tnội đồng  và  kênh')).toBe('thuỷ lợi\tnội đồng và kênh');
    expect(foldKey('thuỷ lợi\tnội đồng  và  kênh')).toBe('thủy lợi nội đồng và kênh');
    expect(normalizeText('Doanh thu 3\u00A0786 triệu đồng, quý\u2009II')).toBe('Doanh thu 3\u00A0786 triệu đồng, quý II');
    expect(normalizeText('Xã \u00D0ông Sơn: 1\u202F250 hộ, khoẻ')).toBe('Xã Đông Sơn: 1\u00A0250 hộ, khoẻ');
    expect(unifyTones('Xã Đông Sơn: 1\u00A0250 hộ, khoẻ')).toBe('Xã Đông Sơn: 1\u00A0250 hộ, khỏe');
    expect(normalizeText('soft\u00ADhyphen, zero\u200Dwidth')).toBe('softhyphen, zerowidth');
    expect(foldKey('KHOẺ, HOÀ, QUÝ  ')).toBe('khỏe, hòa, qúy');
    expect(foldKey('   hai   dòng\nmới\r\n')).toBe('hai dòng mới');
    expect(foldKey('a\u3000b')).toBe('a b');
    expect(foldKey('Tỷ lệ  hộ\tnghèo')).toBe('tỷ lệ hộ nghèo');
  });
});

describe('bracketsBalanced', () => {
  it('holds for text at one bracket depth and fails for text that leaves or enters a bracket', () => {
    expect(bracketsBalanced('27,5 ha, gồm rau màu 21,0 ha (05 thôn) và cây ăn quả 6,5 ha, ')).toBe(true);
    expect(bracketsBalanced('')).toBe(true);
    // Opens a bracket it does not close: the amount after it sits one level deeper.
    expect(bracketsBalanced(' (vốn tỉnh 12 tỷ, ')).toBe(false);
    // Closes a bracket it did not open: the amount before it sat inside a bracket.
    expect(bracketsBalanced(' đồng), đạt ')).toBe(false);
    // Closing first then opening is no balance, though the counts agree.
    expect(bracketsBalanced(') và (')).toBe(false);
  });
});
