import { describe, expect, it } from 'vitest';
import { alt, edgeAlt, wordsRe, PLAN_WORDS, PRIOR_WORDS } from '../../src/text/lexicon.js';

// The plain form edgeAlt stands for: the words, none right after a letter.
const plain = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}])(?:${alt(words)})(?![\\p{L}])`, flags);
const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);

describe('edgeAlt / wordsRe', () => {
  const sentences = [
    'Phấn đấu hoàn thành chỉ tiêu được giao, kế hoạch hóa gia đình không tính; kế hoạch năm đạt 95%.',
    'Sovới năm trước tăng; so với cùng kỳ giảm, trướcđây chưa có (trước đây 3 hộ).',
    'Kế Hoạch, KẾ HOẠCH và kếhoạch: chỉ tiêuphấn đấu, mục tiêu.',
    '',
  ];
  it('finds what the plain pattern finds, with and without the i flag', () => {
    for (const words of [PLAN_WORDS, PRIOR_WORDS, ['tháng', 'Tháng', 'tuần'], ['xuất', 'nhập', 'điểm'], ['a.b', 'c']])
      for (const flags of ['u', 'iu'])
        for (const s of sentences) expect(matches(wordsRe(words, flags), s)).toEqual(matches(plain(words, flags), s));
  });
  it('groups words by their first character, and keeps the plain form where two first characters differ only in case', () => {
    expect(edgeAlt(['tháng', 'tuần', 'năm'])).toBe('(?:t(?<![\\p{L}][\\s\\S])(?:háng|uần)|n(?<![\\p{L}][\\s\\S])(?:ăm))');
    expect(edgeAlt(['tháng', 'Tuần'])).toBe(`(?<![\\p{L}])(?:${alt(['tháng', 'Tuần'])})`);
  });
});
