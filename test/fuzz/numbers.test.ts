import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NUMBER_TOKEN, parseNumberToken, readCurrency, readPercent, readScale } from '../../src/extract/numbers.js';
import { formatVietnamese, numberParts, sentence } from './arbitraries.js';
import { params, timeLimit } from './config.js';

describe('the number parser under fuzzing', () => {
  test('never throws on any string, and reads only finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d.,]{0,30}$/)), (s) => {
        const parsed = parseNumberToken(s);
        if (parsed) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      params(),
    );
  }, timeLimit(1));

  test('re-reads a number written the Vietnamese way as the same value and decimals', () => {
    fc.assert(
      fc.property(numberParts, ({ integer, fraction }) => {
        const written = formatVietnamese(integer, fraction);
        const parsed = parseNumberToken(written);
        expect(parsed, written).not.toBeNull();
        expect(parsed!.value).toBe(Number(`${integer}.${fraction || '0'}`));
        expect(parsed!.decimals).toBe(fraction.length);
        expect(parsed!.dotDecimal).toBe(false);
      }),
      params(),
    );
  }, timeLimit(1));

  test('reads every token the tokenizer finds in report text without throwing', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const m of text.matchAll(NUMBER_TOKEN)) {
          parseNumberToken(m[0]);
          const end = m.index + m[0].length;
          for (const read of [readScale, readCurrency, readPercent]) {
            const r = read(text, end);
            if (r) expect(r.end).toBeGreaterThanOrEqual(end);
          }
        }
      }),
      params(),
    );
  }, timeLimit(2));
});
