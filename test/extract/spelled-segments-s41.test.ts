import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findSpelledRuns } from '../../src/extract/read-spelled.js';
import { NUMBER_WORDS, parseSpelled } from '../../src/extract/spelled.js';

/**
 * The search for the numbers of a run of number words skips the stretches its caller already refused (segment's
 * `longest`): it must find what the full search finds, stretch for stretch. The reference below is that full search,
 * written plainly: the longest stretch that parses (leftmost first), then the same on each side, with no bound.
 */
function fullSearch(words: string[], lo: number, hi: number, out: Array<[number, number, number]>): void {
  for (let len = hi - lo; len > 0; len--) {
    for (let s = lo; s + len <= hi; s++) {
      if (words[s + len - 1] === 'âm') continue;
      const parsed = parseSpelled(words.slice(s, s + len).join(' '));
      if (!parsed) continue;
      out.push([s, len, parsed.value]);
      fullSearch(words, lo, s, out);
      fullSearch(words, s + len, hi, out);
      return;
    }
  }
}

// A run of number words, space-joined, after a word that makes even one of them worth reading ("Bằng chữ:").
const runOf = (words: string[]) => `Bằng chữ: ${words.join(' ')} đồng`;
const OPEN = 'Bằng chữ: '.length;

function expected(words: string[]): Array<[string, number]> {
  const found: Array<[number, number, number]> = [];
  fullSearch(words, 0, words.length, found);
  const at = (k: number) => OPEN + words.slice(0, k).reduce((a, w) => a + w.length + 1, 0);
  return found
    .map(([s, len, value]) => [at(s), words.slice(s, s + len).join(' '), value] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, raw, value]) => [raw, value]);
}

describe('findSpelledRuns: a run that reads as several numbers', () => {
  test('two amounts written one after the other are read apart, the longer first found', () => {
    // "ba trăm" (300) then "hai trăm" (200): "ba trăm hai" reads 320 the colloquial way, so the search keeps it and reads
    // what is left ("trăm") as the full search would.
    const words = ['ba', 'trăm', 'hai', 'trăm'];
    expect(findSpelledRuns(runOf(words)).map((r) => [r.raw, r.value])).toEqual(expected(words));
    expect(findSpelledRuns(runOf(words))[0]).toMatchObject({ raw: 'ba trăm hai', value: 320 });
  });

  test('a run of scale words alone reads as the full search reads it', () => {
    const words = ['triệu', 'nghìn', 'tỷ', 'trăm', 'mươi', 'chục', 'phẩy', 'chấm'];
    expect(findSpelledRuns(runOf(words)).map((r) => [r.raw, r.value])).toEqual(expected(words));
  });

  test('any run of number words is segmented as the unbounded search segments it', () => {
    const word = fc.constantFrom(...NUMBER_WORDS.filter((w) => w !== 'âm'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 12 }), (words) => {
        // "năm" before a digit word opens a year ("năm một chín chín lăm"), which is not read as a number at all.
        fc.pre(words[0] !== 'năm');
        expect(findSpelledRuns(runOf(words)).map((r) => [r.raw, r.value])).toEqual(expected(words));
      }),
      { numRuns: 400 },
    );
  });
});
