import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

/**
 * One rule's wording variants (test/rules/*-variants.test.ts): each FLAGGED passage gives exactly one finding of
 * the rule, whose data holds the given text when one is given; each CLEAN passage gives none.
 */
export function describeVariants(rule: string, flagged: Array<[string, string]>, clean: string[]): void {
  describe(`${rule}: wording variants`, () => {
    it.each(flagged)('flags %s', async (text, want) => {
      const found = await findingsOf(rule, text + '\n');
      expect(found.length, JSON.stringify(found.map((f) => f.data))).toBe(1);
      if (want) expect(JSON.stringify(found[0].data)).toContain(want);
    });
    it.each(clean)('says nothing on %s', async (text) => {
      expect((await findingsOf(rule, text + '\n')).map((f) => f.data)).toEqual([]);
    });
  });
}
