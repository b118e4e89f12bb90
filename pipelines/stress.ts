/**
 * stress: is every stage linear in its input? Generates texts of 10k, 100k and 1M characters in
 * the shapes that broke bounds before (one long line, many figures, deep nesting of numbered
 * lines, many headings; fixtures/make-hostile.mjs) and a pdf of many pages, runs each stage in
 * one thread, and prints time and retained memory per stage, and their growth per 10× of input.
 * Each stage's time is the median CPU time (user + system of the process) over rounds of the whole chain (at least 11
 * rounds and 1 s of CPU, at most 10 s or 200 rounds), each round a first reading (caches across documents emptied): the machine is shared, and a single wall-clock reading of a
 * stage of a few milliseconds measured the JIT, the collector and other people's load. A stage growing more than
 * 15× per 10× is flagged (noise floor, still needed: growth to under 20 ms or 4 MB is not judged; a stage of 0.1 ms
 * at 10k is mostly fixed cost, and 2 ms at 100k would read as ×20). Each (shape, size) runs in its own child process
 * with a time limit, so one runaway stage shows as a timeout instead of stopping the run.
 *   npm run stress [-- --sizes 10000,100000 --shapes one-line,many-figures --limit 300]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../src/ingest/index.js';
import { segmentSections } from '../src/segment/index.js';
import { extractFigures } from '../src/extract/figures.js';
import { extractMeta } from '../src/extract/meta.js';
import { extractTables } from '../src/extract/tables.js';
import { extractClaims } from '../src/extract/claims.js';
import { extractSentences } from '../src/extract/sentences.js';
import { extractDates } from '../src/extract/dates.js';
import { extractReadings } from '../src/extract/quantities.js';
import { extractTextReadings } from '../src/extract/text-readings.js';
import { extractIndicators } from '../src/extract/indicators.js';
import { runRules } from '../src/rules/run.js';
import { renderJsonParts, toDocumentOut } from '../src/report/json.js';
import { pdfOfLines } from './stress-pdf.js';
import { parseXml } from '../src/ingest/xml.js';
import { clearMemos } from '../src/text/memo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STAGES = ['ingest', 'segment', 'figures', 'tables', 'meta', 'claims', 'sentences', 'readings', 'textReadings', 'indicators', 'rules', 'json'] as const;
type Stage = (typeof STAGES)[number];
/** One (shape, size) run: per stage, milliseconds and bytes retained after it (heap + buffers, after GC). */
interface Measure { shape: string; chars: number; ms: Partial<Record<Stage, number>>; mb: Partial<Record<Stage, number>>; rounds?: number; error?: string }

const GROWTH_LIMIT = 15;
const FLOOR = { ms: 20, mb: 4 };

type Make = (chars: number) => string;
async function xmlShapes(): Promise<Record<string, Make>> {
  const mod = (await import(new URL('fixtures/make-hostile.mjs', `file://${ROOT}/`).href)) as { XML_SHAPES: Record<string, Make> };
  return mod.XML_SHAPES;
}

/** The XML reader alone (saxes and the tree built from its events) on one document.xml of a hostile shape: median of ROUNDS. */
async function measureXml(shape: string, chars: number): Promise<Measure> {
  parseQuietly((await xmlShapes())[shape](20_000));
  const src = (await xmlShapes())[shape](chars);
  const base = retainedMb();
  const times: number[] = [];
  let mb = 0;
  const t0 = cpuMs();
  do {
    const t = cpuMs();
    parseQuietly(src);
    times.push(cpuMs() - t);
    if (times.length === 1) mb = retainedMb() - base;
  } while (!((times.length >= ROUNDS.min && cpuMs() - t0 >= ROUNDS.ms) || cpuMs() - t0 >= ROUNDS.maxMs || times.length >= ROUNDS.max));
  return { shape: `xml ${shape}`, chars: src.length, ms: { ingest: median(times) }, mb: { ingest: mb }, rounds: times.length };
}
function parseQuietly(src: string): void {
  try {
    parseXml(src);
  } catch {
    // Too deep or no root: refused, which is the reader's answer; its time is what is measured.
  }
}

async function shapes(): Promise<Record<string, Make>> {
  const mod = (await import(new URL('fixtures/make-hostile.mjs', `file://${ROOT}/`).href)) as { TEXT_SHAPES: Record<string, Make> };
  return { ...mod.TEXT_SHAPES, 'many-pages.pdf': mod.TEXT_SHAPES['many-figures'] };
}

function retainedMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

/**
 * Repeat the whole chain until it has run at least ROUNDS.min times and ROUNDS.ms of CPU time in all (or ROUNDS.maxMs; at most ROUNDS.max).
 * At least 11 rounds: at 10k characters a stage of 1-3 ms read 1.0 to 10 ms from one round to the next (a collection in it
 * or not), and the median of 5 moved with it; a 1M round takes seconds, so ROUNDS.maxMs stops it after 2-5.
 */
const ROUNDS = { min: 11, ms: 1000, maxMs: 10_000, max: 200 };

/**
 * Run every stage on one generated input, in this process, and report each stage's median over several rounds.
 * Warm-up: two runs on 20,000 characters of the shape (lazy modules, the JIT's optimised code, regexes compiled to
 * native code). Then the whole chain, from the same text, runs again and again (ROUNDS): every round builds fresh
 * objects, so caches a stage keeps per object (a WeakMap on the clauses, the readings, the claims) start cold in
 * each round as they do in a real run; repeating one stage on the same objects would time cache hits. A stage of a
 * few milliseconds on 10k characters is timed 5 to 200 times and its median kept, so one collection or one JIT
 * tier-up in it no longer passes for growth. The maps kept across documents (src/text/memo.ts) are emptied before each
 * round, so a round is a first reading of the text, not a re-reading of one whose labels are all answered already.
 * Memory is what the first round retained after each stage.
 */
async function measureOne(shape: string, chars: number, warm = true, report: (m: Measure) => void = () => {}): Promise<Measure> {
  if (warm) for (let k = 0; k < 2; k++) await measureRound(shape, 20_000, () => {});
  const text = (await shapes())[shape](chars);
  const times: Partial<Record<Stage, number[]>> = {};
  let first: Measure | undefined;
  const t0 = cpuMs();
  for (let round = 0; ; round++) {
    // Every round a first reading: the maps kept across documents (folded keys, labels, catalogue matches) emptied, as
    // in a fresh process; without this, rounds after the first at 10k timed every label already answered.
    clearMemos();
    const m = await measureRound(shape, chars, round === 0 ? report : () => {}, text);
    first ??= m;
    for (const s of STAGES) if (m.ms[s] !== undefined) (times[s] ??= []).push(m.ms[s]!);
    if (m.error) break;
    const spent = cpuMs() - t0;
    if ((round + 1 >= ROUNDS.min && spent >= ROUNDS.ms) || spent >= ROUNDS.maxMs || round + 1 >= ROUNDS.max) break;
  }
  const out: Measure = { ...first!, ms: {}, rounds: times.ingest?.length ?? 0 };
  for (const s of STAGES) if (times[s]) out.ms[s] = median(times[s]!);
  report(out);
  return out;
}

/**
 * CPU milliseconds this process has used (user + system, all its threads: the collector's and the compiler's too).
 * The machine is shared: wall-clock time of a stage there stretches with everyone else's load (×3–5 when 10
 * processes share 2 cores), CPU time does not.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** One run of every stage on one input (generated from `shape` unless given), each stage timed once. */
async function measureRound(shape: string, chars: number, report: (m: Measure) => void, given?: string): Promise<Measure> {
  const text = given ?? (await shapes())[shape](chars);
  const pdf = shape.endsWith('.pdf');
  const bytes = pdf ? pdfOfLines(text.split('\n')) : new TextEncoder().encode(text);
  const out: Measure = { shape, chars: text.length, ms: {}, mb: {} };
  const base = retainedMb();
  const timed = <T>(stage: Stage, f: () => T): T => {
    const t = cpuMs();
    const r = f();
    out.ms[stage] = cpuMs() - t;
    out.mb[stage] = retainedMb() - base;
    report(out);
    return r;
  };
  const t = cpuMs();
  const result = await ingestBytes(pdf ? 'stress.pdf' : 'stress.txt', bytes, { maxBytes: 1 << 30 });
  out.ms.ingest = cpuMs() - t;
  out.mb.ingest = retainedMb() - base;
  report(out);
  if (!result.ok) return { ...out, error: result.error.code };
  const source = result.source;
  const seg = timed('segment', () => segmentSections(source));
  const ex = timed('figures', () => extractFigures(source, seg.blockSection));
  const tab = timed('tables', () => extractTables(source, ex.numbers));
  const meta = timed('meta', () => extractMeta(source));
  const claims = timed('claims', () => extractClaims(source, ex.figures));
  const reading = timed('sentences', () => ({ ...extractSentences(source.blocks), dates: extractDates(source.blocks) }));
  const read = { source, meta, sections: seg.sections, blockSection: seg.blockSection, ...reading, figures: ex.figures, numbers: ex.numbers, tables: tab.tables, claims };
  const withReadings = { ...read, readings: timed('readings', () => extractReadings(read)) };
  const analysis = { ...withReadings, textReadings: timed('textReadings', () => extractTextReadings(withReadings)) };
  const warnings = [...source.warnings, ...seg.warnings, ...ex.warnings, ...tab.warnings];
  const indicators = timed('indicators', () => extractIndicators({ ...analysis, warnings }));
  const checked = timed('rules', () => runRules({ ...analysis, indicators, warnings }));
  try {
    // What `audit --format json` does for one document: its output form, then its text part by part.
    timed('json', () => {
      let n = 0;
      for (const part of renderJsonParts([toDocumentOut('stress', { ...analysis, indicators, findings: checked.findings, warnings })])) n += part.length;
      return n;
    });
  } catch (e) {
    out.error = `json: ${(e as Error).message}`;
  }
  return out;
}

/**
 * Run one (shape, size) in a child with GC exposed and a time limit. `--single-threaded-gc` keeps the
 * collector on the main thread: the forced collection before each stage (for its memory) otherwise
 * leaves V8's helper threads busy on a large heap while the next stage starts, and process.cpuUsage
 * counts their time against that stage (pdf sentences read 2.8 -> 43 ms from 100k to 1M with them,
 * 2.7-4.2 -> 29-33 ms without; the stage alone, after a pause, 2.4 -> 25 ms).
 */
function measureInChild(shape: string, chars: number, limitS: number): Measure {
  const r = spawnSync(process.execPath, ['--expose-gc', '--single-threaded-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--one', shape, String(chars)], { encoding: 'utf8', timeout: limitS * 1000, maxBuffer: 1 << 24 });
  // The child prints its measures after every stage: a stage over the limit still leaves the ones before it.
  const line = r.stdout?.trim().split('\n').pop();
  const partial: Measure = line ? (JSON.parse(line) as Measure) : { shape, chars, ms: {}, mb: {} };
  if (r.status === 0) return partial;
  const next = STAGES.find((s) => partial.ms[s] === undefined) ?? 'json';
  const why = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `${next} over ${limitS} s` : (r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}`;
  return { ...partial, error: why };
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));

/** Growth per 10× of each stage between consecutive sizes, flagged over the limit. */
function growthRows(runs: Measure[]): { lines: string[]; flagged: string[] } {
  const lines: string[] = [];
  const flagged: string[] = [];
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1], runs[i]];
    const per10 = (x: number, y: number) => Math.pow(y / Math.max(x, 1e-9), 1 / Math.log10(b.chars / a.chars));
    for (const stage of STAGES) {
      const [ta, tb, ma, mb] = [a.ms[stage], b.ms[stage], a.mb[stage], b.mb[stage]];
      if (ta === undefined || tb === undefined) continue;
      const gt = per10(Math.max(ta, 1), tb);
      const gm = ma === undefined || mb === undefined ? undefined : per10(Math.max(ma, 0.5), Math.max(mb, 0));
      const slowT = gt > GROWTH_LIMIT && tb > FLOOR.ms;
      const slowM = gm !== undefined && gm > GROWTH_LIMIT && (mb ?? 0) > FLOOR.mb;
      if (slowT || slowM) flagged.push(`${a.shape} ${stage} ${a.chars}→${b.chars}: time ×${gt.toFixed(1)}, memory ×${fmt(gm, 1)} per 10×`);
      lines.push(`| ${a.shape} | ${stage} | ${fmt(ta)} → ${fmt(tb)} | ×${gt.toFixed(1)}${slowT ? ' ⚠' : ''} | ${fmt(ma, 1)} → ${fmt(mb, 1)} | ×${fmt(gm, 1)}${slowM ? ' ⚠' : ''} |`);
    }
  }
  return { lines, flagged };
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--one') {
    const one = argv[1].startsWith('xml ') ? await measureXml(argv[1].slice(4), Number(argv[2])) : await measureOne(argv[1], Number(argv[2]), true, (m) => process.stdout.write(JSON.stringify(m) + '\n'));
    if (argv[1].startsWith('xml ')) process.stdout.write(JSON.stringify(one) + '\n');
    return;
  }
  const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const sizes = (opt('sizes') ?? '10000,100000,1000000').split(',').map(Number);
  // Text shapes through every stage; "xml NAME" shapes through the XML reader only (its time shows as ingest).
  const names = opt('shapes')?.split(',') ?? [...Object.keys(await shapes()), ...Object.keys(await xmlShapes()).map((n) => `xml ${n}`)];
  const limitS = Number(opt('limit') ?? 300);
  const report: string[] = ['| input | stage | ms | time growth per 10× | MB retained | memory growth per 10× |', '|---|---|---|---|---|---|'];
  const flagged: string[] = [];
  const all: Measure[] = [];
  for (const shape of names) {
    const runs: Measure[] = [];
    for (const chars of sizes) {
      const m = measureInChild(shape, chars, limitS);
      process.stderr.write(`${shape} ${m.chars} (median of ${m.rounds ?? 1}): ${STAGES.map((s) => `${s} ${fmt(m.ms[s], 1)} ms`).join(', ')}${m.error ? ` — ${m.error}` : ''}\n`);
      all.push(m);
      if (m.error && !Object.keys(m.ms).length) {
        flagged.push(`${shape} at ${chars}: ${m.error}`);
        break;
      }
      if (m.error) flagged.push(`${shape} at ${chars}: ${m.error}`);
      runs.push(m);
    }
    const g = growthRows(runs);
    report.push(...g.lines);
    flagged.push(...g.flagged);
  }
  const text = [...report, '', flagged.length ? `Over ${GROWTH_LIMIT}× per 10× (or failed):\n${flagged.map((f) => `- ${f}`).join('\n')}` : `No stage grows more than ${GROWTH_LIMIT}× per 10×.`].join('\n');
  process.stdout.write(text + '\n');
  mkdirSync(join(ROOT, 'output'), { recursive: true });
  writeFileSync(join(ROOT, 'output', 'stress.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, runs: all }, null, 2));
  process.exitCode = flagged.length ? 1 : 0;
}

await main(process.argv.slice(2));
