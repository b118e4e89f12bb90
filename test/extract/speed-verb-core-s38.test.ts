import { describe, expect, it } from 'vitest';
import { actedName, verbCore } from '../../src/extract/quantities.js';
import { clearMemos } from '../../src/text/memo.js';

// Session 38 keeps verbCore's answers across calls (speed only): the kept answer is the fresh one, "nothing left" included.
describe('verb cores kept across calls (session 38)', () => {
  it('gives the same core twice, and null twice for words that are only aspect and bullet', () => {
    clearMemos();
    expect(verbCore('đã thu gom')).toBe('thu gom');
    expect(verbCore('đã thu gom')).toBe('thu gom');
    expect(verbCore('- đang')).toBeNull();
    expect(verbCore('- đang')).toBeNull();
    expect(verbCore('')).toBeNull();
    expect(verbCore(undefined)).toBeNull();
  });

  it('keeps two verbs that differ by one word apart, and an acted name built on a kept core unchanged by its caller', () => {
    clearMemos();
    expect(verbCore('đã thu gom')).not.toBe(verbCore('đã vận chuyển'));
    const first = actedName({ tokens: ['rác', 'thải'], verb: 'đã thu gom' })!;
    first.push('sửa');
    expect(actedName({ tokens: ['rác', 'thải'], verb: 'đã thu gom' })).toEqual(['gom', 'rác', 'thu', 'thải']);
  });
});
