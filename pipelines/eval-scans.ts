/**
 * eval-scans: how well scanned reports read against their text PDFs (issue 11's done-when).
 *   text PDF ──make-scans (200 dpi, noise, turn)──▶ image-only PDF
 *   both ──audit──▶ score against the gold: headings and figures of the scan (and, of the gold figures the
 *   text PDF reads right, how many the scan reads right too), the gold errors the text PDF finds that the
 *   scan finds too, and the scan's errors the text PDF does not give.
 *
 *   node dist/pipelines/eval-scans.js --dir fixtures/holdout8 [--dir …] [--form pd|lo] [--dpi 200]
 *     [--noise 0.005] [--rotate 0.3] [--work DIR] [--verbose]
 *
 * A folder with only .txt reports gets its pdf forms made in the work folder by
 * fixtures/make-fixtures.sh. Scans and pdf forms are kept in the work folder (default
 * $TMPDIR/baocao-eval-scans) and made again only when missing; nothing is written to fixtures/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DocumentOut } from '../src/model/index.js';
import { scoreDocument, squash, type Gold } from '../src/report/score.js';
import { audit } from './audit.js';

interface Args { dirs: string[]; form: string; dpi: number; noise: number; rotate: number; work: string; verbose: boolean }

const USAGE = `usage: node dist/pipelines/eval-scans.js [--dir DIR ...] [--form pd|lo] [--dpi N] [--noise X] [--rotate DEG] [--work DIR] [--verbose]
Rasterises each set's text PDFs into noisy, slightly turned scans, reads them by OCR and compares the scan's reading with
the text PDF's: headings, figures, the text PDF's errors found and errors the scan gives that the text PDF lacks.
  --dir DIR     a set to scan (repeatable; default fixtures/holdout8)
  --form F      which pdf form: pd (pandoc, default) or lo (LibreOffice)
  --dpi N       scan resolution (default 200)
  --noise X     share of pixels flipped (default 0.005)
  --rotate DEG  turn of the page in degrees (default 0.3)
  --work DIR    where scans and the OCR cache are kept (default: the system temp folder)
  --verbose     list every difference
  -h, --help    this text
`;
const VALUED = new Set(['--dir', '--form', '--dpi', '--noise', '--rotate', '--work']);

/** The options, or what is wrong with them: an unknown option, one without its value, a number that is none, a missing --dir. */
function args(argv: string[]): Args | { help: true } | { error: string } {
  const seen: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--verbose') continue;
    if (!VALUED.has(a)) return { error: `unknown argument: ${a}` };
    const v = argv[++i];
    if (v === undefined || v.startsWith('--')) return { error: `${a} needs a value` };
    (seen[a] ??= []).push(v);
  }
  const one = (k: string, d: string) => seen[`--${k}`]?.at(-1) ?? d;
  const dirs = seen['--dir'] ?? ['fixtures/holdout8'];
  const missing = dirs.find((d) => !existsSync(d));
  if (missing) return { error: `no such directory: ${missing}` };
  const form = one('form', 'pd');
  if (form !== 'pd' && form !== 'lo') return { error: `--form is pd or lo, not ${form}` };
  const nums = { dpi: Number(one('dpi', '200')), noise: Number(one('noise', '0.005')), rotate: Number(one('rotate', '0.3')) };
  const bad = Object.entries(nums).find(([, n]) => !Number.isFinite(n));
  if (bad) return { error: `--${bad[0]} needs a number` };
  return { dirs, form, ...nums, work: one('work', join(tmpdir(), 'baocao-eval-scans')), verbose: argv.includes('--verbose') };
}

/** The text PDFs of a folder in the chosen form, made in the work folder when the folder has only .txt. */
function textPdfs(dir: string, form: string, work: string): Array<{ pdf: string; gold: Gold }> {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const out: Array<{ pdf: string; gold: Gold }> = [];
  const made = join(work, basename(dir), 'pdf');
  for (const n of names) {
    const stem = n.replace(/\.txt$/, '');
    const goldPath = [join('fixtures/gold', `${stem}.json`), join(dir, `${stem}.json`)].find(existsSync);
    if (!goldPath) continue;
    let pdf = join(dir, `${stem}.${form}.pdf`);
    if (!existsSync(pdf)) {
      pdf = join(made, `${stem}.${form}.pdf`);
      if (!existsSync(pdf)) {
        mkdirSync(made, { recursive: true });
        for (const t of names) copyFileSync(join(dir, t), join(made, t));
        execFileSync('bash', ['fixtures/make-fixtures.sh', made], { stdio: 'ignore' });
      }
    }
    out.push({ pdf, gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold });
  }
  return out;
}

/**
 * An error finding told apart from others by rule, message id and the digits of its data: the numbers it judges, not the
 * words OCR read around them (a list's names, a row's label: "Uy ban" read for "Ủy ban" is the same finding). A number
 * read otherwise is another finding. A phrase of words (a value holding a letter and a space) is such a name even when it
 * holds digits: a row "Cụm 3 (thôn 7, 8, 9)" read "Cụm 3 (thôn 7, 0, d)" names the same row, its cells judged the same.
 */
const PHRASE = /\p{L}.*\s|\s.*\p{L}/su;
const errorKey = (f: DocumentOut['findings'][number]) =>
  `${f.rule} ${f.messageId} ${Object.keys(f.data).filter((k) => !k.startsWith('ocr')).sort().map((k) => `${k}=${typeof f.data[k] === 'string' && PHRASE.test(f.data[k] as string) ? '' : String(f.data[k]).replace(/\D/gu, '')}`).join(' ')}`;

/** The gold figures a document's score missed, by quote and value ("figure 1 846 = 1846"). */
function figureMisses(misses: string[] | undefined): Set<string> {
  return new Set((misses ?? []).flatMap((m) => /^(figure .* = [^:]+): /su.exec(m)?.[1] ?? []));
}

async function main(): Promise<void> {
  const parsed = args(process.argv.slice(2));
  if ('help' in parsed) { process.stdout.write(USAGE); return; }
  if ('error' in parsed) { process.stderr.write(`eval-scans: ${parsed.error}\n${USAGE}`); process.exitCode = 2; return; }
  const a = parsed;
  const { makeScan } = (await import(new URL('../../fixtures/make-scans.mjs', import.meta.url).href)) as { makeScan: (i: string, o: string, opt: object) => Promise<number> };
  const docs: Array<{ pdf: string; scan: string; gold: Gold }> = [];
  for (const dir of a.dirs) {
    for (const { pdf, gold } of textPdfs(dir, a.form, a.work)) {
      const scanDir = join(a.work, basename(dir), `scan-${a.dpi}-${a.noise}-${a.rotate}`);
      mkdirSync(scanDir, { recursive: true });
      const scan = join(scanDir, basename(pdf));
      if (!existsSync(scan)) await makeScan(pdf, scan, { dpi: a.dpi, noise: a.noise, rotateDeg: a.rotate });
      docs.push({ pdf, scan, gold });
    }
  }
  const t0 = performance.now();
  const read: DocumentOut[] = await audit(docs.flatMap((d) => [d.pdf, d.scan]));
  const seconds = (performance.now() - t0) / 1000;
  const tot = { hGold: 0, hRight: 0, hMax: 0, hText: 0, fGold: 0, fRight: 0, fText: 0, fBoth: 0, textFound: 0, scanFound: 0, extra: 0, reread: 0 };
  const lines: string[] = [];
  docs.forEach((d, i) => {
    const text = read[2 * i];
    const scan = read[2 * i + 1];
    const ts = scoreDocument(text, d.gold, 'text');
    const ss = scoreDocument(scan, d.gold, 'scan');
    if (ss.error) lines.push(`${basename(d.scan)}: ${ss.error}`);
    const r = ss.reading;
    const hMax = r ? Math.max(r.headingsGold, r.headingsFound) : 0;
    const foundOnText = new Set(ts.errors.filter((e) => e.found).map((e) => e.id));
    const foundOnBoth = ss.errors.filter((e) => e.found && foundOnText.has(e.id));
    const textErrors = new Set(text.findings.filter((f) => f.severity === 'error').map(errorKey));
    const extra = scan.findings.filter((f) => f.severity === 'error' && !textErrors.has(errorKey(f)));
    tot.hGold += r?.headingsGold ?? 0; tot.hRight += r?.headingsRight ?? 0; tot.hMax += hMax; tot.hText += ts.reading?.headingsRight ?? 0;
    tot.fGold += r?.figuresGold ?? 0; tot.fRight += r?.figuresRight ?? 0;
    // The done-when's measure: of the gold figures the text PDF reads right, those the scan reads right too.
    const textMissed = figureMisses(ts.reading?.misses);
    const scanMissed = figureMisses(r?.misses);
    const fText = (r?.figuresGold ?? 0) - textMissed.size;
    const fBoth = fText - [...scanMissed].filter((k) => !textMissed.has(k)).length;
    tot.fText += fText; tot.fBoth += fBoth;
    tot.textFound += foundOnText.size; tot.scanFound += foundOnBoth.length; tot.extra += extra.length;
    lines.push(`${basename(d.pdf).padEnd(44)} headings ${r?.headingsRight}/${hMax} (text PDF ${ts.reading?.headingsRight})  figures ${r?.figuresRight}/${r?.figuresGold} (of the text PDF's ${fBoth}/${fText})  errors ${foundOnBoth.length}/${foundOnText.size}  extra errors ${extra.length}`);
    if (a.verbose) {
      for (const m of r?.misses ?? []) lines.push(`    ${m}`);
      for (const e of ts.errors) if (e.found && !foundOnBoth.some((b) => b.id === e.id)) lines.push(`    error missed on scan: ${e.id}`);
    }
    for (const f of extra) lines.push(`    extra error: ${f.rule}: ${f.message} | ${squash(f.evidence[0]?.snippet ?? '').slice(0, 80)}`);
    // Errors the second reading of digits turned into warnings: an error the text PDF lacks, or one it gives too.
    const reread = scan.findings.filter((f) => f.data.ocrSecondReading !== undefined);
    tot.reread += reread.length;
    if (a.verbose) for (const f of reread) lines.push(`    second reading: ${textErrors.has(errorKey(f)) ? 'an error the text PDF gives' : 'an error only the scan gave'}: ${f.rule}: ${f.message}`);
  });
  const pct = (x: number, y: number) => (y ? `${((100 * x) / y).toFixed(1)}%` : '–');
  lines.push(
    `scans ${a.dpi} dpi, noise ${a.noise}, turn ${a.rotate}°, ${a.form}.pdf, ${docs.length} reports (${seconds.toFixed(0)} s):`,
    `  headings ${pct(tot.hRight, tot.hMax)} (${tot.hRight}/${tot.hMax}; the text PDF ${tot.hText})  figures ${pct(tot.fRight, tot.fGold)} (${tot.fRight}/${tot.fGold}; of the text PDF's ${pct(tot.fBoth, tot.fText)}, ${tot.fBoth}/${tot.fText})` +
      `  errors of the text PDF found ${pct(tot.scanFound, tot.textFound)} (${tot.scanFound}/${tot.textFound})  errors the text PDF lacks ${tot.extra}` +
      `  errors made warnings by the second reading ${tot.reread}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
