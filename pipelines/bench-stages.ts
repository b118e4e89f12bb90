/**
 * bench-stages: time each stage of the whole pipeline in this thread, on a
 * sample of files, by calling the stage functions the way analyse.ts composes
 * them (analyse.ts has no timing hook yet, so the composition is repeated here;
 * keep the two in step).
 *   ingest → segment → extract (figures, tables, meta, claims, indicators) → rules → store
 */
import { readFileSync, rmSync } from 'node:fs';
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
import { openStore } from '../src/store/open.js';
import type { Analysis } from '../src/model/index.js';

/** The stages timed, in pipeline order. */
export const STAGES = ['ingest', 'segment', 'extract', 'rules', 'store'] as const;
export type Stage = (typeof STAGES)[number];

/** Mean milliseconds per file for each stage, over `files` files (after one warm-up pass). */
export interface StageTimes {
  files: number;
  failed: number;
  msPerFile: Record<Stage, number>;
  /** The extract stage split into its parts. */
  extractParts: Record<'sentences' | 'figures' | 'tables' | 'meta' | 'claims' | 'readings' | 'textReadings' | 'indicators', number>;
}

type Clock = Record<string, number>;

function timed<T>(clock: Clock, key: string, f: () => T): T {
  const t = performance.now();
  const result = f();
  clock[key] = (clock[key] ?? 0) + performance.now() - t;
  return result;
}

/** Run one file through every stage, adding each stage's time to `clock`; false when ingest refused it. */
async function timeOne(path: string, bytes: Uint8Array, clock: Clock, store: (a: Analysis) => Promise<void>): Promise<boolean> {
  const t = performance.now();
  const result = await ingestBytes(path, bytes);
  clock.ingest = (clock.ingest ?? 0) + performance.now() - t;
  if (!result.ok) return false;
  const source = result.source;
  const seg = timed(clock, 'segment', () => segmentSections(source));
  const ex = timed(clock, 'figures', () => extractFigures(source, seg.blockSection));
  const tab = timed(clock, 'tables', () => extractTables(source));
  const meta = timed(clock, 'meta', () => extractMeta(source));
  const claims = timed(clock, 'claims', () => extractClaims(source, ex.figures));
  const reading = timed(clock, 'sentences', () => ({ ...extractSentences(source.blocks), dates: extractDates(source.blocks) }));
  const base = { source, meta, sections: seg.sections, blockSection: seg.blockSection, ...reading, figures: ex.figures, tables: tab.tables, claims };
  const readings = timed(clock, 'readings', () => extractReadings(base));
  const textReadings = timed(clock, 'textReadings', () => extractTextReadings({ ...base, readings }));
  const warnings = [...source.warnings, ...seg.warnings, ...ex.warnings, ...tab.warnings];
  const indicators = timed(clock, 'indicators', () => extractIndicators({ ...base, readings, textReadings, warnings }));
  const checked = timed(clock, 'rules', () => runRules({ ...base, readings, textReadings, indicators, warnings }));
  const analysis: Analysis = { ...base, readings, textReadings, indicators, findings: checked.findings, warnings: [...warnings, ...checked.warnings] };
  const t2 = performance.now();
  await store(analysis);
  clock.store = (clock.store ?? 0) + performance.now() - t2;
  return true;
}

/** Delete a SQLite database and its WAL side files. */
export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Time every stage on `paths` in this thread, storing into a scratch database at `dbPath`. */
export async function timeStages(paths: string[], dbPath: string): Promise<StageTimes> {
  removeDb(dbPath);
  const db = await openStore(dbPath);
  const inputs = paths.map((p) => ({ path: p, bytes: readFileSync(p) }));
  const warm: Clock = {};
  for (const { path, bytes } of inputs.slice(0, 3)) await timeOne(`warm:${path}`, bytes, warm, (a) => db.saveAnalysis(a));
  const clock: Clock = {};
  let failed = 0;
  for (const { path, bytes } of inputs) {
    if (!(await timeOne(path, bytes, clock, (a) => db.saveAnalysis(a)))) failed += 1;
  }
  await db.close();
  removeDb(dbPath);
  const per = (k: string) => (clock[k] ?? 0) / Math.max(1, inputs.length);
  const parts = { sentences: per('sentences'), figures: per('figures'), tables: per('tables'), meta: per('meta'), claims: per('claims'), readings: per('readings'), textReadings: per('textReadings'), indicators: per('indicators') };
  const extract = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    files: inputs.length,
    failed,
    msPerFile: { ingest: per('ingest'), segment: per('segment'), extract, rules: per('rules'), store: per('store') },
    extractParts: parts,
  };
}
