import { describe, expect, it } from 'vitest';
import { clearMemos, memoMap, remembered } from '../../src/text/memo.js';
import { foldKey } from '../../src/text/normalize.js';
import { canonicalLabel } from '../../src/extract/similarity.js';

describe('maps kept across documents', () => {
  it('clearMemos empties every map made by memoMap', () => {
    const a = memoMap<string, number>();
    const b = memoMap<number, string>();
    a.set('x', 1);
    b.set(2, 'y');
    clearMemos();
    expect([a.size, b.size]).toEqual([0, 0]);
  });

  it('answers are the same before and after the maps are emptied', () => {
    // "Hoà" with the tone on the o folds to "hòa"; the label's abbreviation is spelled out either way.
    const before = [foldKey('Xã  Hoà Bình'), canonicalLabel('Trạm BTS')];
    clearMemos();
    expect([foldKey('Xã  Hoà Bình'), canonicalLabel('Trạm BTS')]).toEqual(before);
    expect(before[0]).toBe('xã hòa bình');
  });

  it('remembered reads a key once, hands the kept answer back, and keeps a null answer too', () => {
    const kept = memoMap<string, string | null>();
    const asked: string[] = [];
    const read = (k: string) => {
      asked.push(k);
      return k.startsWith('x') ? null : k.toUpperCase();
    };
    expect(remembered(kept, 'ab', read)).toBe('AB');
    expect(remembered(kept, 'ab', read)).toBe('AB');
    expect(remembered(kept, 'xy', read)).toBeNull();
    expect(remembered(kept, 'xy', read)).toBeNull();
    expect(asked).toEqual(['ab', 'xy']);
    clearMemos();
    expect(remembered(kept, 'ab', read)).toBe('AB');
    expect(asked).toEqual(['ab', 'xy', 'ab']);
  });

  it('remembered empties a full map before keeping one more answer', () => {
    const kept = memoMap<string, number>();
    for (let i = 0; i < 20000; i++) remembered(kept, `k${i}`, () => i);
    expect(kept.size).toBe(20000);
    expect(remembered(kept, 'one more', () => -1)).toBe(-1);
    expect(kept.size).toBe(1);
  });
});
