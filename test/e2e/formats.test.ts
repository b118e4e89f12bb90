/**
 * A report saved as .odt, as Word 97–2003 .doc, and as a .doc typed in TCVN3 (.VnTime /
 * .VnTimeH) must give the same sections, figures and findings as the .docx it was made from
 * (fixtures/formats is written by fixtures/make-formats.sh from the pandoc seeds, whose
 * headings are Word automatic numbering). The .doc files are read through LibreOffice;
 * without it those tests are skipped, and the pure-JS reader is tested for what it keeps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBytes, analyseResult } from '../../pipelines/analyse.js';
import { findSoffice, ingestDoc } from '../../src/ingest/doc.js';
import type { Analysis } from '../../src/model/index.js';

const SEEDS = ['000_d822b3314a80c054', '003_de71c115c989c0f9', '004_9d8bea49ef95c194'];
const soffice = findSoffice();
const NO_SOFFICE = soffice ? '' : ' (skipped: LibreOffice `soffice` is not installed)';

async function analyse(file: string): Promise<Analysis> {
  const outcome = await analyseBytes(file, readFileSync(file));
  if (!outcome.analysis) throw new Error(`${file}: ${outcome.error?.code} ${outcome.error?.message}`);
  return outcome.analysis;
}

const summary = (a: Analysis) => ({
  sections: a.sections.map((s) => `${s.path.join(' > ')} | ${s.title}`),
  figures: a.figures.map((f) => `${f.kind}:${f.value}:${f.raw}`),
  findings: a.findings.map((f) => `${f.rule}:${f.messageId}:${JSON.stringify(f.data)}`),
});

describe('other formats read like the docx they were made from', () => {
  for (const seed of [...SEEDS, '001_311a9839200255dd']) {
    it(`${seed}.odt gives the same sections, figures and findings`, async () => {
      const docx = summary(await analyse(`fixtures/seeds/${seed}.pd.docx`));
      const odt = await analyse(`fixtures/formats/${seed}.odt`);
      expect(odt.source.format).toBe('odt');
      expect(docx.sections.length).toBeGreaterThan(5);
      expect(summary(odt)).toEqual(docx);
    });
  }

  for (const seed of SEEDS) {
    for (const variant of ['doc', 'tcvn3.doc']) {
      it.skipIf(!soffice)(`${seed}.${variant} gives the same sections, figures and findings${NO_SOFFICE}`, async () => {
        const docx = summary(await analyse(`fixtures/seeds/${seed}.pd.docx`));
        const doc = await analyse(`fixtures/formats/${seed}.${variant}`);
        expect(doc.source.format).toBe('doc');
        expect(summary(doc)).toEqual(docx);
      }, 120_000);
    }
  }
});

describe('a .doc read without LibreOffice (word-extractor)', () => {
  /** What the pure-JS reader cannot give: Word's list labels, capitals drawn by .VnTimeH, curly quotes and dashes. */
  const LABEL = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s|^[-+•]\s/iu;
  const fold = (s: string) => s.replace(LABEL, '').replace(/[–—]/g, '-').replace(/[“”]/g, '"').toLowerCase();

  for (const variant of ['doc', 'tcvn3.doc']) {
    it(`keeps the text of 000.${variant}, block for block, but for list labels`, async () => {
      const docx = await analyse(`fixtures/seeds/${SEEDS[0]}.pd.docx`);
      const file = `fixtures/formats/${SEEDS[0]}.${variant}`;
      const result = await ingestDoc(file, readFileSync(file), 'doc', null);
      const doc = analyseResult(file, result).analysis!;
      expect(doc.source.warnings[0].message).toMatch(/word-extractor/);
      expect(doc.source.blocks.map((b) => fold(b.text))).toEqual(docx.source.blocks.map((b) => fold(b.text)));
      // The figures are the same numbers; only the section tree, built on Word's labels, is lost.
      expect(doc.figures.map((f) => f.value)).toEqual(docx.figures.map((f) => f.value));
    }, 60_000);
  }
});
