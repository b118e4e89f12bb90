import { describe, expect, it } from 'vitest';
import { FOLLOWING_WORDS, NOT_DEADLINE_HAN_WORDS, TARGET_WEIGHED_NOUNS, TARGET_WEIGHING_VERBS, wordsRe } from '../../src/text/lexicon.js';

describe('cue words: a target weighed after a rate, "the following", "hạn" of no deadline', () => {
  it('names what a rate is weighed against, but not the plan a fulfilment is measured by', () => {
    const nouns = wordsRe(TARGET_WEIGHED_NOUNS);
    expect(nouns.test('vượt chỉ tiêu huyện giao')).toBe(true);
    expect(nouns.test('đạt yêu cầu của Sở')).toBe(true);
    expect(nouns.test('vượt kế hoạch năm')).toBe(false);
    expect(wordsRe(TARGET_WEIGHING_VERBS).test('tiệm cận mục tiêu')).toBe(true);
  });
  it('reads "sau", "sau đây", "dưới đây" as "the following"', () => {
    const re = new RegExp(String.raw`(?:${FOLLOWING_WORDS.join('|')})\s*:$`, 'u');
    expect(re.test('03 khó khăn sau:')).toBe(true);
    expect(re.test('các nội dung dưới đây:')).toBe(true);
  });
  it('lists words holding "hạn" that name no deadline', () => {
    const re = wordsRe(NOT_DEADLINE_HAN_WORDS);
    expect(re.test('hết niên hạn sử dụng')).toBe(true);
    expect(re.test('còn hạn chế')).toBe(true);
    // On time, past due: a file's state, no deadline either.
    expect(re.test('nộp đúng hạn')).toBe(true);
    expect(re.test('dư nợ quá hạn')).toBe(true);
    // A deadline itself is not in the list.
    expect(re.test('thời hạn hoàn thành')).toBe(false);
    expect(re.test('hạn cuối nộp hồ sơ')).toBe(false);
  });
});
