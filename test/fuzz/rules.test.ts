import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { smallReport } from './arbitraries.js';
import { params, timeLimit } from './config.js';

describe('the rules under fuzzing', () => {
  test('no stage or rule crashes on a random small report, and every finding quotes its evidence', async () => {
    await fc.assert(
      fc.asyncProperty(smallReport, async (report) => {
        const outcome = await analyseBytes('fuzz.txt', Buffer.from(report, 'utf8'));
        expect(outcome.error?.code).not.toBe('INTERNAL');
        if (!outcome.analysis) return;
        const crashed = outcome.analysis.warnings.filter((w) => w.stage.startsWith('rule:'));
        expect(crashed).toEqual([]);
        for (const finding of outcome.analysis.findings) {
          expect(finding.evidence.length).toBeGreaterThanOrEqual(1);
          const textOf = (e: (typeof finding.evidence)[number]) => outcome.analysis!.source.blocks[e.block].text;
          expect(finding.evidence.some((e) => textOf(e).includes(e.quote)), JSON.stringify(finding)).toBe(true);
          for (const e of finding.evidence) expect(textOf(e).slice(e.offset, e.offset + e.quote.length), `${finding.rule}: quote outside its block`).toBe(e.quote);
        }
      }),
      params(),
    );
  }, timeLimit(10));
});
