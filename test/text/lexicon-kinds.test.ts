import { describe, expect, it } from 'vitest';
import { alt, CLASSIFIED_NOUNS, COUNTED_GROUP_NOUNS, COUNTED_KIND_NOUNS, COUNTED_MAIN_WORDS, REMAINDER_WORDS, wordsRe } from '../../src/text/lexicon.js';

describe('lexicon: counts of kinds, main things and the rest of a breakdown', () => {
  it('nouns counting kinds open a counted noun, whole words only', () => {
    const re = new RegExp(`^(?:${alt(COUNTED_KIND_NOUNS)})(?![\\p{L}])`, 'iu');
    for (const s of ['hình thức hỗ trợ', 'môn', 'lĩnh vực', 'nguyên nhân', 'loại hình dịch vụ']) expect(re.test(s)).toBe(true);
    expect(re.test('lớp dạy nghề')).toBe(false);
    expect(re.test('mônn')).toBe(false);
  });
  it('"chủ yếu" is a word of the main things counted', () => {
    const re = wordsRe(COUNTED_MAIN_WORDS);
    expect(re.test('nguyên nhân chủ yếu')).toBe(true);
    expect(re.test('chủ đề')).toBe(false);
  });
  it('words of the rest of a breakdown', () => {
    const re = wordsRe(REMAINDER_WORDS);
    for (const s of ['mâu thuẫn khác', 'còn lại']) expect(re.test(s)).toBe(true);
    expect(re.test('khách du lịch')).toBe(false);
    expect(re.test('khácc')).toBe(false);
  });
  it('nouns counting groups, whole words only', () => {
    const re = new RegExp(`^(?:${alt(COUNTED_GROUP_NOUNS)})(?![\\p{L}])`, 'iu');
    for (const s of ['nhóm đối tượng', 'mảng công tác', 'khối cơ quan']) expect(re.test(s)).toBe(true);
    for (const s of ['nhómm', 'đối tượng', 'hình thức']) expect(re.test(s)).toBe(false);
  });
  it('classifiers standing alone for the nouns they count', () => {
    const of = new Map(CLASSIFIED_NOUNS);
    expect(of.get('chiếc')).toContain('xe');
    expect(of.get('chiếc')).toContain('thuyền');
    expect(of.get('con')).toContain('gia cầm');
    // No classifier counts people: "người" is a counted noun of its own.
    for (const [, nouns] of CLASSIFIED_NOUNS) expect(nouns).not.toContain('người');
  });
});
