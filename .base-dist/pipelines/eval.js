/**
 * eval: audit every form of every annotated report and score the findings
 * against fixtures/gold (recall, precision and must-not-flag hits, per rule and per format).
 *   gold + reports → audit → match → score table (and output/eval.json)
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { audit } from './audit.js';
import { scoreDocument, summarise } from '../src/report/score.js';
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
function annotatedFiles(dirs) {
    const out = [];
    for (const full of dirs) {
        if (!existsSync(full))
            continue;
        for (const name of readdirSync(full).sort()) {
            if (!/\.(txt|docx|pdf)$/.test(name))
                continue;
            const stem = name.replace(/\.(lo|pd)?\.?(txt|docx|pdf)$/, '').replace(/\.$/, '');
            const goldPath = [join(FIXTURES, 'gold', `${stem}.json`), join(full, `${stem}.json`)].find(existsSync);
            if (goldPath)
                out.push({ file: join(full, name), gold: JSON.parse(readFileSync(goldPath, 'utf8')) });
        }
    }
    return out;
}
/** Which of the five forms a fixture file is. */
export function formOf(file) {
    const m = basename(file).match(/(?:\.(lo|pd))?\.(txt|docx|pdf)$/);
    return m ? (m[1] ? `${m[1]}.${m[2]}` : m[2]) : '?';
}
/** `--dir DIR` (repeatable) scores only those directories. */
function dirsFromArgs(argv) {
    const dirs = argv.flatMap((a, i) => (a === '--dir' && argv[i + 1] ? [argv[i + 1]] : []));
    return dirs.length ? dirs : REPORT_DIRS;
}
async function main() {
    const files = annotatedFiles(dirsFromArgs(process.argv.slice(2)));
    const docs = await audit(files.map((f) => f.file));
    // Seeds are scored per form; hand-written sets (all txt) by set, so held-out results stand apart.
    const label = (file) => file.includes(`${join(FIXTURES, 'seeds')}`) ? `seeds ${formOf(file)}` : formOf(file) === 'txt' ? basename(dirname(file)) : `${basename(dirname(file))} ${formOf(file)}`;
    const scores = docs.map((d, i) => scoreDocument(d, files[i].gold, label(files[i].file)));
    const summary = summarise(scores);
    process.stdout.write(summary.text);
    mkdirSync('output', { recursive: true });
    writeFileSync('output/eval.json', JSON.stringify({ scores, totals: summary.totals }, null, 2));
}
await main();
//# sourceMappingURL=eval.js.map