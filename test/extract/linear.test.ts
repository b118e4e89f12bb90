import { describe, expect, it } from 'vitest';
import { countWork } from '../helpers/work.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { segmentSections } from '../../src/segment/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { extractMeta } from '../../src/extract/meta.js';
import { extractTables } from '../../src/extract/tables.js';
import { extractClaims } from '../../src/extract/claims.js';
import { extractSentences, readSentences } from '../../src/extract/sentences.js';
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

/**
 * The objects (arrays, plain objects, typed arrays: each one) reachable from a value through its own properties. A typed
 * array's numbers are no objects: a column of a million spans counts once.
 */
function reachableObjects(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v as object)) continue;
    seen.add(v as object);
    if (ArrayBuffer.isView(v)) continue;
    for (const key of Object.getOwnPropertyNames(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return seen.size;
}

async function blocksOf(chars: number) {
  const text = (TEXT_SHAPES as Record<string, (n: number) => string>)['many-headings'](chars);
  const result = await ingestBytes('s.txt', new TextEncoder().encode(text), { maxBytes: 1 << 30 });
  if (!result.ok) throw new Error(result.error.message);
  return result.source.blocks;
}

describe('the sentences and clauses of a document hold no object per block', () => {
  // Before, every block kept an array of its sentences and one of its clauses, and an object per sentence and per clause
  // (~440 bytes a block): 1,387 objects at 10k characters of many headings, 13,547 at 100k (now 16 at both); at 1M (33,286 blocks) 14.7 MB
  // retained and ~3,400 page faults in the sentences stage of `npm run stress` (×14–17 per 10×). Counted, never timed.
  it('many headings: the objects reachable from the sentences and clauses stay the same from 10k to 100k characters', async () => {
    const [small, large] = [await blocksOf(SMALL), await blocksOf(SMALL * 10)];
    const [a, b] = [reachableObjects(extractSentences(small)), reachableObjects(extractSentences(large))];
    expect(large.length).toBeGreaterThan(3000);
    expect(b, JSON.stringify({ small: a, large: b })).toBe(a);
    expect(b).toBeLessThan(40);
  }, 120_000);

  it('a block read from the columns is the one the splitter reads alone', async () => {
    // Hand-written blocks: clauses joined by colons, a time, an abbreviation, a list marker, an empty block, and a block index
    // left out (a gap in the numbering of the blocks).
    const texts = ['Tổng số: gồm: hai thôn; còn lại lúc 7:30 sáng. Tại TP. Vũng Tàu có 3 điểm!', '', '2. Nội dung chính', 'Hỏi: được không? Trả lời: được; xong'];
    const blocks = texts.map((text, k) => ({ index: k === 3 ? 5 : k, kind: 'paragraph', text, span: { start: 0, end: text.length, line: k + 1, page: null } }) as unknown as Parameters<typeof readSentences>[0]);
    const { sentences, clauses } = extractSentences(blocks);
    for (const b of blocks) {
      const alone = readSentences(b);
      expect(sentences.of(b.index)).toEqual(alone.sentences);
      expect(clauses.of(b.index)).toEqual(alone.clauses);
    }
    expect(clauses.of(3)).toEqual([]);
    expect(clauses.at(3, 0)).toBeUndefined();
    const t = texts[0];
    const span = (s: { from: number; to: number } | undefined) => (s ? t.slice(s.from, s.to) : undefined);
    expect(span(clauses.at(0, t.indexOf('hai'), true))).toBe('Tổng số: gồm: hai thôn;');
    expect(span(clauses.at(0, t.indexOf('hai')))).toBe(' hai thôn;');
    expect(clauses.statements(0).map(span)).toEqual(['Tổng số: gồm: hai thôn;', ' còn lại lúc 7:30 sáng.', ' Tại TP. Vũng Tàu có 3 điểm!']);
    // The clause " còn lại …" starts the sentence's second clause: its sentence starts at 0.
    expect(clauses.sentenceStart(0, t.indexOf(' còn'))).toBe(0);
    expect(clauses.sentenceStart(0, t.indexOf(' Tại'))).toBe(t.indexOf(' Tại'));
    expect(clauses.sentenceStart(0, 3)).toBe(3);
  });
});
