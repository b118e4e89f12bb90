/**
 * eval: audit every form of every annotated report and score the findings
 * against fixtures/gold (recall, precision and must-not-flag hits, per rule and per format).
 *   gold + reports → audit → match → score table (and output/eval.json)
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentOut } from '../src/model/index.js';
import { audit } from './audit.js';
import { scoreDocument, summarise, type Gold, type Score } from '../src/report/score.js';

const FIXTURES = 'fixtures';
const REPORT_DIRS = ['seeds', 'synthetic'];

/** The annotated reports: every file under fixtures/{seeds,synthetic} whose stem has a gold file. */
function annotatedFiles(): Array<{ file: string; gold: Gold }> {
  const out: Array<{ file: string; gold: Gold }> = [];
  for (const dir of REPORT_DIRS) {
    const full = join(FIXTURES, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      if (!/\.(txt|docx|pdf)$/.test(name)) continue;
      const stem = name.replace(/\.(lo|pd)?\.?(txt|docx|pdf)$/, '').replace(/\.$/, '');
      const goldPath = [join(FIXTURES, 'gold', `${stem}.json`), join(full, `${stem}.json`)].find(existsSync);
      if (goldPath) out.push({ file: join(full, name), gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold });
    }
  }
  return out;
}

/** Which of the five forms a fixture file is. */
export function formOf(file: string): string {
  const m = basename(file).match(/(?:\.(lo|pd))?\.(txt|docx|pdf)$/);
  return m ? (m[1] ? `${m[1]}.${m[2]}` : m[2]) : '?';
}

async function main(): Promise<void> {
  const files = annotatedFiles();
  const docs: DocumentOut[] = await audit(files.map((f) => f.file));
  const scores: Score[] = docs.map((d, i) => scoreDocument(d, files[i].gold, formOf(files[i].file)));
  const summary = summarise(scores);
  process.stdout.write(summary.text);
  mkdirSync('output', { recursive: true });
  writeFileSync('output/eval.json', JSON.stringify({ scores, totals: summary.totals }, null, 2));
}

await main();
