import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNumberToken } from '../../src/extract/numbers.js';
import { findSpelledRuns } from '../../src/extract/read-spelled.js';
import { parseSpelled } from '../../src/extract/spelled.js';
import { numberParts, sentence } from './arbitraries.js';
import { params, timeLimit } from './config.js';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

// Spell 0..999 as a full group the formal way ("không trăm linh năm" inside a larger number).
function spellGroup(n: number, inner: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h || inner) out.push(DIGITS[h], 'trăm');
  if (t === 0 && u === 0) return out.length ? out : [DIGITS[0]];
  if (t === 0) out.push(out.length ? 'linh' : '', DIGITS[u]);
  else if (t === 1) out.push('mười', ...(u ? [u === 5 ? 'lăm' : DIGITS[u]] : []));
  else out.push(DIGITS[t], 'mươi', ...(u ? [u === 1 ? 'mốt' : u === 5 ? 'lăm' : u === 4 ? 'tư' : DIGITS[u]] : []));
  return out.filter(Boolean);
}

/** Spell a whole number below a trillion the formal way. */
function spell(n: number): string {
  const scales: Array<[number, string]> = [[1e9, 'tỷ'], [1e6, 'triệu'], [1e3, 'nghìn']];
  const words: string[] = [];
  let rest = n;
  for (const [size, word] of scales) {
    const g = Math.floor(rest / size);
    rest %= size;
    if (g) words.push(...spellGroup(g, words.length > 0), word);
  }
  if (rest || !words.length) words.push(...spellGroup(rest, words.length > 0));
  return words.join(' ');
}

describe('spelled-out numbers under fuzzing', () => {
  test('a number spelled the formal way reads back as itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999_999 })), (n) => {
        expect(parseSpelled(spell(n))?.value, spell(n)).toBe(n);
      }),
      params(),
    );
  }, timeLimit(1));

  test('never throws on report text and finds only finite values inside the text', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const run of findSpelledRuns(text)) {
          expect(Number.isFinite(run.value)).toBe(true);
          expect(text.slice(run.from, run.to)).toBe(run.raw);
        }
      }),
      params(),
    );
  }, timeLimit(2));
});

describe('grouping styles under fuzzing', () => {
  test('a number grouped by spaces reads as grouped by dots', () => {
    fc.assert(
      fc.property(numberParts, fc.constantFrom(' ', '\u00A0', '\u202F'), ({ integer, fraction }, space) => {
        const digits = String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, space) + (fraction ? `,${fraction}` : '');
        expect(parseNumberToken(digits)?.value).toBe(Number(`${integer}.${fraction || '0'}`));
      }),
      params(),
    );
  }, timeLimit(1));

  test('a number written the English way reads right in an English-style document', () => {
    fc.assert(
      fc.property(numberParts, ({ integer, fraction }) => {
        const written = String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
        expect(parseNumberToken(written, 'en')?.value).toBe(Number(`${integer}.${fraction || '0'}`));
      }),
      params(),
    );
  }, timeLimit(1));
});
