/**
 * A money total that closes the activities of its section, told one a sub-section, the last "the other ones" of the kind it
 * names: "2.4. Công tác chăm lo, cứu trợ nhân đạo / a) … + Tổng trị giá quà Tết là 612 triệu đồng … / b) … + … hàng cứu trợ
 * trị giá 385 triệu đồng … / Ngoài ra, Hội … và các hoạt động nhân đạo khác với tổng số tiền 236 triệu đồng. Tổng giá trị các
 * hoạt động nhân đạo năm 2024 đạt 1.245 triệu đồng." (612 + 385 + 236 = 1.233). Read as an `exhaustive` claim.
 *
 * Read only when (precision first): the total opens its sentence with a total word and a value word ("Tổng giá trị", "Tổng
 * số tiền"), no hedge before it, and names a kind ("các hoạt động nhân đạo"); the innermost section holding it whose title
 * holds the kind's telling words ("nhân đạo", frame words as "hoạt động" aside) is the scope; every money amount of the scope
 * before the total's sentence is a part, told as its activity's value ("trị giá", "số tiền") in its own clause, none in
 * brackets, in a table, or in a sentence that splits, compares, plans or names another year; an average or price per unit
 * after a part of its sentence ("…, bình quân mỗi suất 300.000 đồng") describes that part. The last part names the rest of that very kind ("các hoạt động nhân đạo
 * khác"): what makes the parts cover the total. Every other part is the one of its own sub-section, none in a section above
 * another's (a statement over the sub-sections may hold them).
 */
import type { Block, Claim, Figure, Section } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { insideBrackets } from '../text/positions.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import {
  ACTIVITY_FRAME_WORDS, ACTIVITY_VALUE_WORDS, alt, AND_OR_WORDS, EACH_WORDS, HEDGES, KIND_END_WORDS, NOT_OWN_VALUE_WORDS, NOT_REMAINDER_TAILS, REMAINDER_WORDS, TOTAL_WORDS, wordsRe,
} from '../text/lexicon.js';

// "Tổng giá trị <kind> …" at a sentence's start, up to the total.
const TOTAL_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(TOTAL_WORDS)})\s+(?:${alt(ACTIVITY_VALUE_WORDS)})(?![\p{L}])(.*)$`, 'iu');
const HAS_TOTAL = new RegExp(String.raw`(?:${alt(TOTAL_WORDS)})\s+(?:${alt(ACTIVITY_VALUE_WORDS)})`, 'iu');
const KIND_END = new RegExp(String.raw`\d|[:;,(]|(?<![\p{L}])(?:${alt(KIND_END_WORDS)})(?![\p{L}])`, 'iu');
const VALUE = wordsRe(ACTIVITY_VALUE_WORDS);
const EACH = wordsRe(EACH_WORDS);
const HEDGED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
const NOT_OWN = wordsRe(NOT_OWN_VALUE_WORDS);
const REST = new RegExp(String.raw`(?<![\p{L}])(?:${alt(REMAINDER_WORDS)})(?![\p{L}])(?!\s+(?:${alt(NOT_REMAINDER_TAILS)})(?![\p{L}]))`, 'giu');
const REST_CUT = new RegExp(String.raw`.*(?:,|(?<![\p{L}])(?:${alt(AND_OR_WORDS)})(?![\p{L}]))`, 'isu');
const FRAME = new RegExp(String.raw`(?<![\p{L}])(?:${alt(ACTIVITY_FRAME_WORDS)})(?![\p{L}])`, 'giu');
const YEAR = /(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,])/gu;

/** Exhaustive claims of a money total closing the activities its section tells one by one. */
export function extractClosingTotals(blocks: readonly Block[], figuresOf: BlockFigures, sections: readonly Section[]): Claim[] {
  const out: Claim[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row' || !HAS_TOTAL.test(block.text)) continue;
    const own = figuresOf.of(b);
    for (const [k, total] of own.entries()) {
      if (total.kind !== 'money' || total.cell !== null) continue;
      const claim = closingAt(blocks, figuresOf, sections, total, own[k - 1]);
      if (claim) out.push(claim);
    }
  }
  return out;
}

// A closing total sums a few activities of a short section: a longer scope is read no further (and no total costs more
// than these bounds, whatever the document).
const MAX_SCOPE_BLOCKS = 200;
const MAX_SCOPE_FIGURES = 400;

function closingAt(blocks: readonly Block[], figuresOf: BlockFigures, sections: readonly Section[], total: Figure, before?: Figure): Claim | null {
  const block = blocks[total.block];
  const [s] = localRange(block, total);
  const from = sentenceStart(block.text, s);
  if (from < 0 || (before && localRange(block, before)[0] >= from)) return null;
  const lead = TOTAL_LEAD.exec(block.text.slice(from, s));
  if (!lead || HEDGED.test(lead[1])) return null;
  const end = lead[1].search(KIND_END);
  const named = lead[1].slice(0, end < 0 ? lead[1].length : end);
  const telling = syllables(named.replace(FRAME, ' '));
  if (telling.length === 0) return null;
  const scope = scopeOf(sections, total.section, telling);
  if (scope === null || total.block - sections[scope].block > MAX_SCOPE_BLOCKS) return null;
  const years = yearsOf(sentenceOf(block.text, s));
  const parts: Figure[] = [];
  let seen = 0;
  for (let b = sections[scope].block + 1; b <= total.block; b++) {
    const here = blocks[b];
    let prevEnd = 0;
    for (const f of figuresOf.of(b)) {
      const [fs, fe] = localRange(here, f);
      if (b === total.block && fs >= from) break;
      if (++seen > MAX_SCOPE_FIGURES) return null;
      const last = parts[parts.length - 1];
      const read = partOf(here, f, years, prevEnd, last?.block === b && sentenceStart(here.text, localRange(here, last)[0]) === sentenceStart(here.text, fs));
      if (read === 'stop') return null;
      if (read === 'part') parts.push(f);
      prevEnd = fe;
    }
  }
  const rest = parts[parts.length - 1];
  if (parts.length < 2 || !namesRest(blocks[rest.block], rest, telling)) return null;
  if (!onePerSection(sections, parts)) return null;
  return makeClaim({
    relation: 'exhaustive', whole: total.index, parts: parts.map((p) => p.index), connector: 'tổng / khác', block: total.block,
    span: subSpan(block, from + /^\s*/u.exec(block.text.slice(from))![0].length, localRange(block, total)[1]),
    partBlocks: [...new Set(parts.map((p) => p.block))],
  });
}

// The innermost section holding the total (itself or one above) whose title holds every telling word of its kind.
function scopeOf(sections: readonly Section[], start: number | null, telling: string[]): number | null {
  for (let t = start; t !== null; t = sections[t].parent) {
    const title = new Set(syllables(sections[t].title));
    if (telling.every((w) => title.has(w))) return t;
  }
  return null;
}

/**
 * What a figure of the scope is to the total: a part (a money amount told as its activity's value since the figure before
 * it), nothing (not money, or an average or price per unit after a part of its sentence, which it describes), or a stop
 * (money the total may or may not hold: a price per unit alone may be all a sub-section tells of its activity's money).
 */
function partOf(block: Block, f: Figure, years: Set<string>, prevEnd: number, afterPart: boolean): 'part' | 'none' | 'stop' {
  const money = f.kind === 'money' || f.unit === 'đồng';
  if (!money) return 'none';
  if (f.cell !== null || block.kind === 'row') return 'stop';
  const [s] = localRange(block, f);
  const text = block.text;
  const start = sentenceStart(text, s);
  if (start < 0) return 'stop';
  const lead = text.slice(Math.max(start, prevEnd), s);
  if ((f.unit ?? '').includes('/') || EACH.test(lead)) return afterPart ? 'none' : 'stop';
  if (f.kind !== 'money' || insideBrackets(block, s) || !VALUE.test(lead) || HEDGED.test(lead)) return 'stop';
  const sentence = sentenceOf(text, s);
  if (NOT_OWN.test(sentence) || [...yearsOf(sentence)].some((y) => !years.has(y))) return 'stop';
  return 'part';
}

// "… và các hoạt động nhân đạo khác với tổng số tiền 236 triệu đồng": the part's clause names the rest of the total's kind
// (its telling words, frame words as "các hoạt động", "các khoản" aside).
function namesRest(block: Block, rest: Figure, kind: string[]): boolean {
  const [s] = localRange(block, rest);
  const clause = block.text.slice(sentenceStart(block.text, s), s);
  for (const m of clause.matchAll(REST)) {
    const before = clause.slice(0, m.index);
    const named = syllables(before.slice(REST_CUT.exec(before)?.[0].length ?? 0).replace(FRAME, ' '));
    if (named.length > 0 && sameSet(named, kind)) return true;
  }
  return false;
}

// Each part but the rest is the one of its own section, and no part's section is above another's.
function onePerSection(sections: readonly Section[], parts: Figure[]): boolean {
  const named = parts.slice(0, -1).map((p) => p.section);
  if (named.some((t) => t === null) || new Set(named).size !== named.length) return false;
  const own = parts.map((p) => p.section!);
  return own.every((t) => own.every((u) => u === t || !above(sections, t, u)));
}

function above(sections: readonly Section[], upper: number, lower: number): boolean {
  for (let t = sections[lower].parent; t !== null; t = sections[t].parent) if (t === upper) return true;
  return false;
}

// Sentences end at ".", "!", "?" or ";" before a space (a bullet's ";" too). A sentence is looked for so far only: -1 when
// it opens further back (no reading rests on a sentence that long).
const SENTENCE_REACH = 600;

function sentenceStart(text: string, at: number): number {
  let k = at - 1;
  const stop = Math.max(-1, at - SENTENCE_REACH);
  while (k > stop && !(/[.!?;]/u.test(text[k]) && /\s/u.test(text[k + 1] ?? ''))) k--;
  if (k === stop && stop >= 0) return -1;
  return k + 1;
}

// The sentence around `at` (its start found, as far as SENTENCE_REACH reaches either way).
function sentenceOf(text: string, at: number): string {
  const end = text.slice(at, at + SENTENCE_REACH).search(/[.!?;](?:\s|$)/u);
  return text.slice(Math.max(0, sentenceStart(text, at)), end < 0 ? Math.min(text.length, at + SENTENCE_REACH) : at + end);
}

const yearsOf = (s: string) => new Set(s.match(YEAR) ?? []);
const syllables = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
const sameSet = (a: string[], b: string[]) => a.every((w) => b.includes(w)) && b.every((w) => a.includes(w));
