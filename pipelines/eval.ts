/**
 * eval: audit every form of every annotated report and score the findings
 * against fixtures/gold (recall, precision and must-not-flag hits, per rule and per format).
 *   gold + reports → audit → match → score table (and output/eval.json)
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DocumentOut } from '../src/model/index.js';
import { audit } from './audit.js';
import { scoreDocument, summarise, type Gold, type Score } from '../src/report/score.js';

const FIXTURES = 'fixtures';
/**
 * seeds: the five real reports in five forms; synthetic: hand-written, used while developing rules;
 * holdout, holdout2, …: hand-written by someone who never saw the rules, each scored blind once (see
 * README Accuracy) and used for fixes after. Every fixtures/holdout* folder is a set, except one that
 * holds a file named BLIND: a set kept unstudied for the final honest measurement, scored only when
 * named with --dir, so that nobody improving the rules sees its misses.
 */
const REPORT_DIRS = [
  'seeds', 'synthetic',
  ...readdirSync(FIXTURES).filter((d) => /^holdout\d*$/.test(d) && !existsSync(join(FIXTURES, d, 'BLIND'))).sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1)),
].map((d) => join(FIXTURES, d));

/** The annotated reports: every file under the directories whose stem has a gold file (in fixtures/gold or beside it). */
function annotatedFiles(dirs: string[]): Array<{ file: string; gold: Gold }> {
  const out: Array<{ file: string; gold: Gold }> = [];
  for (const full of dirs) {
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

const USAGE = `usage: npm run eval [-- --dir DIR ...]
Scores every form of every annotated report against its gold (recall, precision, must-not hits per
rule and form; headings, figures and not-figures read) and writes output/eval.json.
  --dir DIR   score only this directory (repeatable); a set holding a file named BLIND is scored
              only when named so
  -h, --help  this text
`;

/** `--dir DIR` (repeatable) scores only those directories; anything else is a usage error, never a silent whole run. */
function dirsFromArgs(argv: string[]): { dirs: string[] } | { help: true } | { error: string } {
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--dir') {
      const d = argv[++i];
      if (!d) return { error: '--dir needs a directory' };
      if (!existsSync(d)) return { error: `no such directory: ${d}` };
      dirs.push(d);
    } else return { error: `unknown argument: ${a}` };
  }
  return { dirs: dirs.length ? dirs : REPORT_DIRS };
}

async function main(): Promise<void> {
  const parsed = dirsFromArgs(process.argv.slice(2));
  if ('help' in parsed) { process.stdout.write(USAGE); return; }
  if ('error' in parsed) { process.stderr.write(`eval: ${parsed.error}\n${USAGE}`); process.exitCode = 2; return; }
  const files = annotatedFiles(parsed.dirs);
  const docs: DocumentOut[] = await audit(files.map((f) => f.file));
  // Seeds are scored per form; hand-written sets (all txt) by set, so held-out results stand apart.
  const label = (file: string) =>
    file.includes(`${join(FIXTURES, 'seeds')}`) ? `seeds ${formOf(file)}` : formOf(file) === 'txt' ? basename(dirname(file)) : `${basename(dirname(file))} ${formOf(file)}`;
  const scores: Score[] = docs.map((d, i) => scoreDocument(d, files[i].gold, label(files[i].file)));
  const summary = summarise(scores);
  process.stdout.write(summary.text);
  mkdirSync('output', { recursive: true });
  writeFileSync('output/eval.json', JSON.stringify({ scores, totals: summary.totals }, null, 2));
}

await main();
