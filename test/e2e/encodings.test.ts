/**
 * A report saved in a legacy Vietnamese encoding must give the same sections, figures and findings
 * as its Unicode original (fixtures/legacy is written by fixtures/make-bad-inputs.mjs from seed excerpts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import type { Analysis } from '../../src/model/index.js';

const VARIANTS = ['tcvn3', 'tcvn3-in-utf8', 'vni', 'vni-in-utf8', 'cp1258', 'utf16le-bom', 'utf16le', 'nfd'];

async function analyse(file: string): Promise<Analysis> {
  const outcome = await analyseBytes(file, readFileSync(file));
  if (!outcome.analysis) throw new Error(`${file}: ${outcome.error?.code}`);
  return outcome.analysis;
}

// TCVN3 has no codes for capitals with tones (they were typed in the ".VnTimeH" font with the
// lower-case codes), so a TCVN3 text file cannot say which letters were capitals: compare case-folded.
const fold = (s: string) => s.toLowerCase();
const summary = (a: Analysis) => ({
  sections: a.sections.map((s) => fold(`${s.path.join(' > ')} | ${s.title}`)),
  figures: a.figures.map((f) => `${f.kind}:${f.value}:${fold(f.raw)}`),
  findings: a.findings.map((f) => `${f.rule}:${f.messageId}:${fold(JSON.stringify(f.data))}`),
});

describe('legacy encodings read like their Unicode original', () => {
  for (const seed of ['000', '004']) {
    for (const variant of VARIANTS) {
      it(`${seed} in ${variant} gives the same sections, figures and findings`, async () => {
        const original = summary(await analyse(`fixtures/legacy/${seed}.unicode.txt`));
        const legacy = await analyse(`fixtures/legacy/${seed}.${variant}.txt`);
        expect(legacy.source.encoding).not.toBe('unknown');
        expect(summary(legacy)).toEqual(original);
      });
    }
  }
});
