import { describe, expect, it } from 'vitest';
import { countWork } from '../helpers/work.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { segmentSections } from '../../src/segment/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { extractMeta } from '../../src/extract/meta.js';
import { extractTables } from '../../src/extract/tables.js';
import { extractClaims } from '../../src/extract/claims.js';
import { extractSentences } from '../../src/extract/sentences.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractReadings } from '../../src/extract/quantities.js';
import { extractTextReadings } from '../../src/extract/text-readings.js';
import { extractIndicators } from '../../src/extract/indicators.js';
import { RULES } from '../../src/rules/index.js';
import { renderJsonParts, toDocumentOut } from '../../src/report/json.js';
// @ts-expect-error a plain script kept beside the fixtures, no type declarations
import { TEXT_SHAPES } from '../../fixtures/make-hostile.mjs';

/**
 * Every stage linear in its input (issue 13): on each shape of hostile text (one line with no break, many figures,
 * deep nesting, many headings, long space runs and unclosed tags), the work of each stage and of each rule, counted in
 * characters and elements the built-ins pass over (never timed), grows at most 15× when the input grows 10×. Before,
 * figure readings on one line grew ×90 (each figure lower-cased its whole line and walked back over every figure before
 * it), claim-mismatch ×80 (each statement searched on to the next match, often the end of the line).
 *
 * A loop of the program's own over the figures is no built-in: the stages from the readings on are also given the figures
 * as an array that counts every element read ("figures read by …"). Before, the readings walked back from each figure of
 * a sentence to its first figure (clauseSubject): on one line of 36,000 figures in one sentence, 670 million reads.
 */
const SMALL = 10_000;
const LIMIT = 15;

/** The figures as an array that counts each element read in `reads.n` (a digit-led key; no regex: exec is counted). */
function countingReads<T>(items: T[], reads: { n: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
}

async function workPerStage(shape: string, chars: number): Promise<Record<string, number>> {
  const text = (TEXT_SHAPES as Record<string, (n: number) => string>)[shape](chars);
  const result = await ingestBytes('s.txt', new TextEncoder().encode(text), { maxBytes: 1 << 30 });
  if (!result.ok) throw new Error(result.error.message);
  const source = result.source;
  const work: Record<string, number> = {};
  const reads = { n: 0 };
  const count = <T>(stage: string, run: () => T): T => {
    let out: T;
    reads.n = 0;
    work[stage] = countWork(() => {
      out = run();
    });
    if (reads.n > 0) work[`figures read by ${stage}`] = reads.n;
    return out!;
  };
  const seg = count('segment', () => segmentSections(source));
  const ex = count('figures', () => extractFigures(source, seg.blockSection));
  const tab = count('tables', () => extractTables(source, ex.numbers));
  const meta = count('meta', () => extractMeta(source));
  const claims = count('claims', () => extractClaims(source, ex.figures));
  const reading = count('sentences', () => ({ ...extractSentences(source.blocks), dates: extractDates(source.blocks) }));
  const read = { source, meta, sections: seg.sections, blockSection: seg.blockSection, ...reading, figures: countingReads(ex.figures, reads), numbers: ex.numbers, tables: tab.tables, claims };
  const withReadings = { ...read, readings: count('readings', () => extractReadings(read)) };
  const analysis = { ...withReadings, textReadings: count('textReadings', () => extractTextReadings(withReadings)) };
  const indicators = count('indicators', () => extractIndicators({ ...analysis, warnings: [] }));
  for (const rule of RULES) count(`rule ${rule.id}`, () => rule.check({ ...analysis, indicators, warnings: [], report: () => {} }));
  return work;
}

describe('every stage is linear in its input', () => {
  for (const shape of Object.keys(TEXT_SHAPES as object)) {
    const size = SMALL;
    it(`${shape}: no stage's work grows over ${LIMIT}× from ${size} to ${size * 10} characters`, async () => {
      const [small, large] = [await workPerStage(shape, size), await workPerStage(shape, size * 10)];
      // Below `size` units of work, a stage is not judged (a rule that reads nothing of the small input).
      const growth = Object.fromEntries(Object.keys(large).map((s) => [s, Math.round((large[s] / Math.max(small[s], size)) * 10) / 10]));
      const over = Object.entries(growth).filter(([, g]) => g > LIMIT);
      expect(over, JSON.stringify(growth)).toEqual([]);
    }, 120_000);
  }
});

/**
 * The largest Map, Set or WeakMap (entries) a function fills while it runs. A table sized by the document's blocks is
 * linear in operations but not in cost: past ~4,000 entries V8 holds it as a large object, allocated again on fresh pages
 * at every doubling (page faults at ~20 µs each on the test machine), and each round of stress paid for it again. In a
 * document of short paragraphs (many headings: 33,286 blocks at 1M characters) a Map of every block's figures
 * (`figuresByBlock`, built twice per text reading), a WeakMap entry with two arrays for every block's colon runs
 * (`clauseAt`) and a Set of every block used by the JSON output (`passagesOf`) each grew with the blocks: text readings
 * ×17.7–19.0 and json ×15.5 per 10× on a quiet machine. Counted here, never timed.
 */
function largestTable(run: () => unknown): number {
  const mapSet = Map.prototype.set;
  const setAdd = Set.prototype.add;
  const weakSet = WeakMap.prototype.set;
  const weakHas = WeakMap.prototype.has;
  const weakSizes = new Map<object, number>();
  let largest = 0;
  Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) {
    const r = mapSet.call(this, k, v);
    if (this !== weakSizes) largest = Math.max(largest, this.size);
    return r;
  };
  Set.prototype.add = function (this: Set<unknown>, v: unknown) {
    const r = setAdd.call(this, v);
    largest = Math.max(largest, this.size);
    return r;
  };
  WeakMap.prototype.set = function (this: WeakMap<object, unknown>, k: object, v: unknown) {
    const fresh = !weakHas.call(this, k);
    const r = weakSet.call(this, k, v);
    if (fresh) {
      const n = (weakSizes.get(this) ?? 0) + 1;
      mapSet.call(weakSizes, this, n);
      largest = Math.max(largest, n);
    }
    return r;
  };
  try {
    run();
  } finally {
    Map.prototype.set = mapSet;
    Set.prototype.add = setAdd;
    WeakMap.prototype.set = weakSet;
  }
  return largest;
}

async function tablesOf(chars: number): Promise<{ blocks: number; textReadings: number; json: number }> {
  const text = (TEXT_SHAPES as Record<string, (n: number) => string>)['many-headings'](chars);
  const result = await ingestBytes('s.txt', new TextEncoder().encode(text), { maxBytes: 1 << 30 });
  if (!result.ok) throw new Error(result.error.message);
  const source = result.source;
  const seg = segmentSections(source);
  const ex = extractFigures(source, seg.blockSection);
  const tab = extractTables(source, ex.numbers);
  const meta = extractMeta(source);
  const claims = extractClaims(source, ex.figures);
  const read = { source, meta, sections: seg.sections, blockSection: seg.blockSection, ...extractSentences(source.blocks), dates: extractDates(source.blocks), figures: ex.figures, numbers: ex.numbers, tables: tab.tables, claims };
  const withReadings = { ...read, readings: extractReadings(read) };
  let textReadings!: ReturnType<typeof extractTextReadings>;
  const inText = largestTable(() => (textReadings = extractTextReadings(withReadings)));
  const analysis = { ...withReadings, textReadings, indicators: extractIndicators({ ...withReadings, textReadings, warnings: [] }), findings: [], warnings: [] };
  const inJson = largestTable(() => {
    for (const part of renderJsonParts([toDocumentOut('s.txt', analysis)])) void part;
  });
  return { blocks: source.blocks.length, textReadings: inText, json: inJson };
}

describe('no table of the text readings or of the JSON output grows with the blocks', () => {
  it('many headings: the largest Map, Set or WeakMap filled stays the same from 10k to 100k characters', async () => {
    const [small, large] = [await tablesOf(SMALL), await tablesOf(SMALL * 10)];
    expect(large.blocks).toBeGreaterThan(3000);
    expect(large.textReadings, JSON.stringify({ small, large })).toBeLessThanOrEqual(Math.max(small.textReadings, 16));
    expect(large.json, JSON.stringify({ small, large })).toBeLessThanOrEqual(Math.max(small.json, 16));
  }, 120_000);
});
