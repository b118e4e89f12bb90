/**
 * A count total closing the kinds of one activity its section tells one by one: "Trong kỳ đã chứng thực 2.272 bản sao từ
 * bản chính, … / Chứng thực chữ ký 318 việc; chứng thực hợp đồng, giao dịch 46 việc, … Tổng cộng trong kỳ đã thực hiện
 * 2.646 việc chứng thực" (2.272 + 318 + 46 = 2.636). Read as an `exhaustive` claim.
 *
 * Read only when (precision first): the total opens its sentence with a total word ("Tổng cộng", "Tổng số"), is its first
 * figure, no hedge right before it, and is followed by a noun counting acts (lexicon COUNTED_DEED_NOUNS) and the activity's
 * words ("việc chứng thực"). The scope is the total's section and every section above it whose title holds the activity's
 * words too. Every count of the scope before the total's sentence whose clause opens with the activity's words (after
 * words of the report's own period, "đã", "thực hiện") is a part, the first figure of its clause, of a noun counting acts,
 * naming its kind (words between the activity and the count, or after the noun); no kind's words are all among
 * another's (the same kind again, or one inside another: "bản sao" and "bản sao điện tử"). A count in a "trong
 * đó" after a part is inside it. Anything less sure leaves the total unread: a table in the scope, a count of a noun
 * counting acts or in a clause naming the activity that is no part, a part naming no kind, a year the total does not.
 */
import type { Block, Claim, Figure, Section } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { unifyTones } from '../text/normalize.js';
import { lastMark, localRange, makeClaim, markEnd, type BlockFigures } from './claims-parts.js';
import { alt, COUNTED_DEED_NOUNS, HEDGES, KIND_CLAUSE_OPENERS, OF_WHICH, TOTAL_OPENING_WORDS, wordsRe } from '../text/lexicon.js';

const TOTAL_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(TOTAL_OPENING_WORDS)})(?![\p{L}])[^\d]*$`, 'iu');
const HEDGED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
// "việc chứng thực": the noun counting acts right after the count, then the activity's words to the clause's end.
const DEED_AFTER = new RegExp(String.raw`^\s+(${alt(COUNTED_DEED_NOUNS)})(?![\p{L}])([^\d.,;:!?()\n]*)`, 'iu');
const OPENERS = new RegExp(String.raw`^[\s\-+•*–]*(?:(?:${alt(KIND_CLAUSE_OPENERS)})(?![\p{L}])[\s,]*)*`, 'iu');
const OF_WHICH_RE = wordsRe(OF_WHICH);
const CLAUSE_END = /[.!?;:](?=\s)|\n/gu;
const SENTENCE_END = /[.!?](?=\s)|\n/gu;
const YEAR = /(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,])/gu;
// An activity is named in a few words; a total sums a few kinds of a short section (and no total costs more than these).
const MAX_ACTIVITY_WORDS = 4;
const MAX_SCOPE_BLOCKS = 60;
const MAX_SCOPE_FIGURES = 200;
// Each total read walks its scope: a document gets this many such walks at most (a report has a handful of such totals; a
// hostile line of a million characters repeating one stays linear).
const MAX_TOTALS = 20;

interface Kind { figure: Figure; kind: string }

/** Exhaustive claims of a count total closing the kinds of one activity told one by one before it. */
export function extractKindTotals(blocks: readonly Block[], figuresOf: BlockFigures, sections: readonly Section[]): Claim[] {
  const out: Claim[] = [];
  let walks = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row') continue;
    for (const total of figuresOf.of(b)) {
      if (total.kind !== 'count' || total.section === null) continue;
      const activity = activityOf(block, total);
      if (activity === null || walks++ >= MAX_TOTALS) continue;
      const claim = kindTotalAt(blocks, figuresOf, sections, total, activity);
      if (claim) out.push(claim);
    }
  }
  return out;
}

// The activity a total names after its noun counting acts ("Tổng cộng … 2.646 việc chứng thực": "chứng thực"), or null
// when the count is no such total.
function activityOf(block: Block, total: Figure): string[] | null {
  const [s, e] = localRange(block, total);
  const lead = block.text.slice(lastMark(block.text, s, SENTENCE_END), s);
  if (!TOTAL_LEAD.test(lead) || HEDGED.test(lead)) return null;
  const deed = DEED_AFTER.exec(block.text.slice(e, e + 120));
  const activity = deed ? words(deed[2]) : [];
  return activity.length === 0 || activity.length > MAX_ACTIVITY_WORDS ? null : activity;
}

function kindTotalAt(blocks: readonly Block[], figuresOf: BlockFigures, sections: readonly Section[], total: Figure, activity: string[]): Claim | null {
  const block = blocks[total.block];
  const [s, e] = localRange(block, total);
  const from = lastMark(block.text, s, SENTENCE_END);
  const lead = block.text.slice(from, s);
  const scope = scopeOf(sections, total.section!, activity);
  if (total.block - sections[scope].block > MAX_SCOPE_BLOCKS) return null;
  const years = new Set(block.text.slice(from, markEnd(block.text, e)).match(YEAR) ?? []);
  const parts: Kind[] = [];
  let seen = 0;
  for (let b = sections[scope].block + 1; b <= total.block; b++) {
    const here = blocks[b];
    if (here.kind === 'row') return null;
    let prevEnd = 0;
    for (const f of figuresOf.of(b)) {
      const [fs, fe] = localRange(here, f);
      if (b === total.block && fs >= from) break;
      if (++seen > MAX_SCOPE_FIGURES) return null;
      const read = kindOf(here, f, prevEnd, activity, years);
      if (read === 'stop') return null;
      if (read !== 'none') parts.push(read);
      prevEnd = fe;
    }
  }
  if (parts.length < 2 || parts.some((p, i) => parts.some((q, j) => i !== j && within(p.kind, q.kind)))) return null;
  return makeClaim({
    relation: 'exhaustive', whole: total.index, parts: parts.map((p) => p.figure.index), connector: 'tổng cộng / các loại', block: total.block,
    span: subSpan(block, from + /^\s*/u.exec(lead)![0].length, e),
    partBlocks: [...new Set(parts.map((p) => p.figure.block))],
  });
}

// The total's section, and each section above it while its title names the activity too.
function scopeOf(sections: readonly Section[], start: number, activity: string[]): number {
  let scope = start;
  for (let t = sections[start].parent; t !== null && holds(words(sections[t].title), activity); t = sections[t].parent) scope = t;
  return scope;
}

/**
 * What a figure of the scope is to the total: a kind of its activity (a count whose clause opens with the activity's words),
 * nothing (inside a "trong đó" after a figure, or a count of something else in a sentence not naming the activity), or a stop.
 */
function kindOf(block: Block, f: Figure, prevEnd: number, activity: string[], years: Set<string>): Kind | 'none' | 'stop' {
  const text = block.text;
  const [s, e] = localRange(block, f);
  const clauseStart = lastMark(text, s, CLAUSE_END);
  const first = prevEnd <= clauseStart;
  if (!first && OF_WHICH_RE.test(text.slice(prevEnd, s))) return 'none';
  const head = words(text.slice(clauseStart, s).replace(OPENERS, ''));
  const led = head.length >= activity.length && activity.every((w, k) => head[k] === w);
  // A share, an amount or a fraction told of a part describes it; one opening a clause of the activity is a kind unread.
  if (f.kind !== 'count') return first && led ? 'stop' : 'none';
  const sentence = text.slice(lastMark(text, s, SENTENCE_END), markEnd(text, e));
  const deed = DEED_AFTER.exec(text.slice(e, e + 120));
  // A count of acts, or in a clause naming the activity, that is no kind: the kinds read may not be all.
  if (!led) return deed || holds(words(text.slice(clauseStart, s)), activity) ? 'stop' : 'none';
  if (!deed || !first || (sentence.match(YEAR) ?? []).some((y) => !years.has(y))) return 'stop';
  const kind = head.slice(activity.length).join(' ') || words(deed[2]).join(' ');
  return kind === '' ? 'stop' : { figure: f, kind };
}

// One kind's words all among another's ("bản sao" and "bản sao điện tử"): the same kind, or one inside the other.
function within(a: string, b: string): boolean {
  const other = new Set(b.split(' '));
  return a.split(' ').every((w) => other.has(w));
}

function holds(all: string[], activity: string[]): boolean {
  for (let k = 0; k + activity.length <= all.length; k++) if (activity.every((w, j) => all[k + j] === w)) return true;
  return false;
}


const words = (s: string) => unifyTones(s.toLowerCase()).split(/[^\p{L}]+/u).filter((w) => w !== '');
