/**
 * Sentences and clauses: the one splitter every later step reads.
 *
 * A sentence ends at "!" or "?", or at a "." followed by the end of the block
 * or by a space and an upper-case letter, a list bullet or "(". A point never
 * ends a sentence inside a number ("4.256", "73,70%"), after an abbreviation
 * ("TP. Hạ Long"), or after a leading list marker ("1. Kết quả", "II. Nhiệm vụ").
 * Inside a sentence, ";" ends a clause, and so does ":" when words follow it
 * ("gồm: xã A, xã B"), not a value ("Số: 12/BC-UBND", "tiếp nhận: 120 hồ sơ").
 */
import type { Block, Clause, Sentence } from '../model/index.js';
import { ABBREVIATIONS, BULLET_CHARS } from '../text/lexicon.js';

const SENTENCE_END = new RegExp(String.raw`[!?]|\.(?=\s+(?:[\p{Lu}${BULLET_CHARS}(]|$))|\.$`, 'gu');
const ABBREVIATION = new RegExp(`(?:^|[^\\p{L}/])(?:${ABBREVIATIONS.map((a) => a.replace(/[./]/g, '\\$&')).join('|')})$`, 'u');
// A list marker opening the block: "1.", "1.2.", "II.", "a.".
const LEAD_MARKER = /^\s*(?:[\dIVXLC]{1,4}(?:\.\d{1,2})*|[a-zđ])$/u;
const CLAUSE_END = /;|:(?!\s*[\d\-+−])/gu;

/** [from, to) of each sentence of a text, with the mark that ends it. */
export function splitSentences(text: string): Array<{ from: number; to: number; end: string }> {
  const out: Array<{ from: number; to: number; end: string }> = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.') {
      const before = text.slice(from, m.index);
      if (ABBREVIATION.test(before) || LEAD_MARKER.test(before)) continue;
    }
    out.push({ from, to: m.index + 1, end: m[0] });
    from = m.index + 1;
  }
  if (from < text.length) out.push({ from, to: text.length, end: '' });
  return out;
}

/** The sentences and clauses of one block. */
export function readSentences(block: Block): { sentences: Sentence[]; clauses: Clause[] } {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const text = block.text;
  for (const s of splitSentences(text)) {
    const index = sentences.length;
    sentences.push({ block: block.index, index, from: s.from, to: s.to });
    let from = s.from;
    CLAUSE_END.lastIndex = s.from;
    for (let m = CLAUSE_END.exec(text); m && m.index < s.to - (s.end ? 1 : 0); m = CLAUSE_END.exec(text)) {
      // A colon between digits is a time or a ratio ("7:30"), never a clause break.
      if (m[0] === ':' && /\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[m.index + 1] ?? '')) continue;
      clauses.push({ block: block.index, sentence: index, from, to: m.index + 1, end: m[0] });
      from = m.index + 1;
    }
    if (from < s.to) clauses.push({ block: block.index, sentence: index, from, to: s.to, end: s.end });
  }
  return { sentences, clauses };
}

/** Sentences and clauses of every block, indexed by block. */
export function extractSentences(blocks: readonly Block[]): { sentences: Sentence[][]; clauses: Clause[][] } {
  // Sized once (blocks are indexed in order from 0): a long document's two arrays of every block, grown one element
  // at a time, were copied at every doubling onto pages touched for the first time (33,286 blocks at 1M characters).
  const n = indexCount(blocks);
  const sentences: Sentence[][] = new Array<Sentence[]>(n);
  const clauses: Clause[][] = new Array<Clause[]>(n);
  for (const b of blocks) {
    const r = readSentences(b);
    sentences[b.index] = r.sentences;
    clauses[b.index] = r.clauses;
  }
  return { sentences, clauses };
}

/** One more than the largest block index: the length of an array indexed by block. */
export function indexCount(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.index + 1 > n) n = b.index + 1;
  return n;
}

/** The sentence of a block holding character `offset` (the last one for the block's end). */
export function sentenceAt(sentences: readonly Sentence[] | undefined, offset: number): Sentence | undefined {
  if (!sentences) return undefined;
  const k = spanIndex(sentences, offset);
  return k >= 0 ? sentences[k] : offset >= (sentences.at(-1)?.to ?? 0) ? sentences.at(-1) : undefined;
}

/**
 * The index of the span holding `offset` among spans in order that do not overlap (a block's sentences or clauses),
 * -1 for none: a binary search, so reading every figure of a long line stays linear.
 */
function spanIndex(spans: ReadonlyArray<{ from: number; to: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].from) hi = mid - 1;
    else if (offset >= spans[mid].to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The clause of a block holding character `offset`, as [from, to). With `throughColons`, clauses
 * joined by ":" count as one (a statement between ";" and the sentence's ends).
 */
export function clauseAt(clauses: readonly Clause[] | undefined, offset: number, throughColons = false): { from: number; to: number } | undefined {
  if (!clauses || clauses.length === 0) return undefined;
  let k = spanIndex(clauses, offset);
  if (k < 0) {
    if (offset < clauses.at(-1)!.to) return undefined;
    k = clauses.length - 1;
  }
  if (!throughColons) return { from: clauses[k].from, to: clauses[k].to };
  // A clause joined by ":" to neither neighbour is its own run: no runs of the block built and kept for it (a WeakMap entry
  // and two arrays per block, for every block of a document of short paragraphs, none with a colon).
  const joinedBefore = k > 0 && clauses[k - 1].end === ':' && clauses[k - 1].sentence === clauses[k].sentence;
  const joinedAfter = k < clauses.length - 1 && clauses[k].end === ':' && clauses[k + 1].sentence === clauses[k].sentence;
  if (!joinedBefore && !joinedAfter) return { from: clauses[k].from, to: clauses[k].to };
  const { lo, hi } = colonRuns(clauses);
  return { from: clauses[lo[k]].from, to: clauses[hi[k]].to };
}

/**
 * For each clause, the first and last clause of its run joined by ":" in its sentence, found once per block (a line
 * of a thousand "http://" links is a thousand clauses joined by colons: walking the run from each figure was quadratic).
 */
function colonRuns(clauses: readonly Clause[]): { lo: Int32Array; hi: Int32Array } {
  let runs = COLON_RUNS.get(clauses);
  if (!runs) {
    const n = clauses.length;
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    for (let k = 0; k < n; k++) lo[k] = k > 0 && clauses[k - 1].end === ':' && clauses[k - 1].sentence === clauses[k].sentence ? lo[k - 1] : k;
    for (let k = n - 1; k >= 0; k--) hi[k] = k < n - 1 && clauses[k].end === ':' && clauses[k + 1].sentence === clauses[k].sentence ? hi[k + 1] : k;
    COLON_RUNS.set(clauses, (runs = { lo, hi }));
  }
  return runs;
}
const COLON_RUNS = new WeakMap<readonly Clause[], { lo: Int32Array; hi: Int32Array }>();

/** The statements of a block: its clauses joined across ":" (the spans between ";" and sentence ends). */
export function statementsOf(clauses: readonly Clause[] | undefined): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let open: { from: number; to: number; sentence: number } | null = null;
  for (const c of clauses ?? []) {
    if (open && open.sentence === c.sentence) open.to = c.to;
    else open = { from: c.from, to: c.to, sentence: c.sentence };
    if (c.end !== ':') {
      out.push({ from: open.from, to: open.to });
      open = null;
    }
  }
  if (open) out.push({ from: open.from, to: open.to });
  return out;
}
