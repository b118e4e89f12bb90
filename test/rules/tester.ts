/**
 * The shared rule tester (ESLint RuleTester shape): run one rule over a small
 * inline report and assert, for every finding, its message id, its data and
 * where its primary evidence points (the quote and its offset in the block).
 */
import { expect } from 'vitest';
import type { Severity } from '../../src/model/index.js';
import { findingsOf, type FindingWithText } from './audit-helper.js';

/** What one finding must say. */
export interface Expected {
  messageId: string;
  /** The message data, or the part of it that matters (compared with toMatchObject). */
  data?: Record<string, string | number>;
  /** The primary evidence's quote ("888", "118,40%"). */
  quote?: string;
  /**
   * Where the primary quote starts in its block: a number, or the text before it in the block
   * (its length is the offset), so a test names the figure found, not the first equal text.
   */
  at?: number | string;
  severity?: Severity;
}

/** Run `rule` over `text` and assert its findings, in order; returns them for further checks. */
export async function expectFindings(rule: string, text: string, expected: Expected[]): Promise<FindingWithText[]> {
  const found = await findingsOf(rule, text.endsWith('\n') ? text : text + '\n');
  expect(found.map((f) => f.messageId), `message ids of ${rule}`).toEqual(expected.map((e) => e.messageId));
  found.forEach((f, k) => {
    const want = expected[k];
    if (want.data) expect(f.data, `data of finding ${k}`).toMatchObject(want.data);
    if (want.severity) expect(f.severity, `severity of finding ${k}`).toBe(want.severity);
    const e = f.evidence[0];
    if (want.quote !== undefined) expect(e.quote, `quote of finding ${k}`).toBe(want.quote);
    if (want.at !== undefined) {
      const at = typeof want.at === 'number' ? want.at : want.at.length;
      expect(e.offset, `offset of finding ${k}`).toBe(at);
      expect(e.text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
    }
  });
  return found;
}

/** Assert that `rule` finds nothing in `text`. */
export async function expectNone(rule: string, text: string): Promise<void> {
  await expectFindings(rule, text, []);
}
