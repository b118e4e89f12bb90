import { describe, expect, it } from 'vitest';
import { matchIndicator, phraseSimilarity } from '../../src/extract/indicator-match.js';

describe('matchIndicator', () => {
  it('answers a repeated name the same way, and a caller changing an answer does not change the next', () => {
    const first = matchIndicator('Tỷ lệ hồ sơ giải quyết đúng hạn', true);
    expect(first.key).toBe('hoso.resolved_ontime_rate');
    first.key = 'changed';
    const again = matchIndicator('Tỷ lệ hồ sơ giải quyết đúng hạn', true);
    expect(again.key).toBe('hoso.resolved_ontime_rate');
    expect(again.score).toBe(1);
  });

  it('keeps answers for a rate, a count and an unknown kind apart', () => {
    const rate = matchIndicator('hồ sơ giải quyết đúng hạn', true);
    const count = matchIndicator('hồ sơ giải quyết đúng hạn', false);
    expect(rate.key).toBe('hoso.resolved_ontime_rate');
    // The count of files resolved on time is its own indicator, not the rate, nor all files resolved.
    expect(count.key).toBe('cchc.files_ontime');
    expect(matchIndicator('hồ sơ giải quyết quá hạn', false).key).toBe('cchc.files_overdue');
    expect(matchIndicator('hồ sơ đã giải quyết', false).key).toBe('cchc.files_resolved');
  });
});

describe('phraseSimilarity', () => {
  it('counts a repeated syllable once per occurrence in both names (syllables 0.4, pairs 0.6)', () => {
    // syllables: 2 common of 3 and 2 → F = 10/11; pairs: 1 common of 2 and 1 → F = 5/6.
    expect(phraseSimilarity(['a', 'a', 'b'], ['a', 'b'])).toBeCloseTo(0.4 * (10 / 11) + 0.6 * (5 / 6), 12);
    expect(phraseSimilarity([], ['a'])).toBe(0);
  });
});
