/**
 * What is left of a whole once some of it is done: "đã hỗ trợ 52/86 hộ … còn lại 34 hộ chưa được hỗ trợ". A fraction told
 * of a deed ("đã <verb> a/b <noun>") names the whole (b) and the part done (a), so the rest of the same noun is b − a; so
 * does a whole stated with what it has ("có 450 trẻ") right before a deed on a part of it ("đã tiêm 412 trẻ"). Read as a
 * balance whose opening level is the whole, whose one flow out is the deed, and whose closing level is the rest (Claim.rest).
 *
 * Read two ways, both of one noun:
 * - near: the rest follows the deed in its sentence with nothing but shares between ("đã hỗ trợ 9/11 hộ, đạt 81,8%; 02 hộ
 *   còn lại đang hoàn thiện thủ tục"), and its words say it is what is left ("còn lại" or "còn" before the count, "còn lại"
 *   after its noun) with its deed not done or still going on ("chưa …", "đang …": "3 xã còn lại đạt 15/19 tiêu chí" tells
 *   some of the rest, not how many are left);
 * - far: the rest says the very deed is not done ("còn lại 36 hộ chưa được hỗ trợ") and an earlier fraction told that deed
 *   of the whole the report also states as a count ("toàn xã có 86 hộ …"). Left unread when any fraction of that deed and
 *   noun leaves exactly the rest (it closes), when the largest whole is told twice with other parts done, when a count
 *   of the same deed and noun stands between (another deed since, the whole unclear), or when the rest's clause narrows it
 *   to a place, a period, a plan or a subgroup (lexicon REST_SCOPE_WORDS).
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { unifyTones } from '../text/normalize.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { unitsAlike } from './labels.js';
import {
  alt, CAUSE_WORDS, HAS_WORDS, LOCATIVE_OPENERS, PURPOSE_WORDS, RECIPIENT_WORDS, LEFT_OVER_LEADS, LEFT_OVER_TAILS, NOT_YET_WORDS, PART_SEPARATOR_WORDS, PAST_ASPECT_WORDS, PENDING_WORDS, PERIOD_NAME_WORDS, PLACE_KIND_WORDS,
  PLAN_WORDS, REACHED_PARTICLES, REST_SCOPE_WORDS, SUB_PERIOD_WORDS,
} from '../text/lexicon.js';

const PASSIVE = alt(REACHED_PARTICLES);
// "còn lại 36", "…, còn 16": the rest's lead, opening its clause ("các thôn còn lại 20 hộ" is what other places hold).
const REST_BEFORE = new RegExp(String.raw`(?:^|[.!?,;:(\-–]|\s(?:${alt(PART_SEPARATOR_WORDS)}))\s*(?:${alt(LEFT_OVER_LEADS)})\s*$`, 'iu');
const LEFT_OVER_END = new RegExp(String.raw`(?:${alt(LEFT_OVER_TAILS)})\s*$`, 'iu');
const REST_AFTER = new RegExp(String.raw`^\s*(?:${alt(LEFT_OVER_TAILS)})(?![\p{L}])`, 'iu');
// "chưa được hỗ trợ", "chưa tiêm": the deed not done, its verb's first two words captured.
// The verb ends before a word of cause, purpose, place or recipient ("chưa được tiêm do ốm").
const VERB_END = alt(CAUSE_WORDS, PURPOSE_WORDS, LOCATIVE_OPENERS, RECIPIENT_WORDS);
const NOT_YET = new RegExp(String.raw`^\s*(?:${alt(LEFT_OVER_TAILS)}\s+)?(?:${alt(NOT_YET_WORDS)})\s+(?:(?:${PASSIVE})\s+)?(\p{L}+(?:\s+(?!(?:${VERB_END})(?![\p{L}]))\p{L}+)?)`, 'iu');
const PENDING = new RegExp(String.raw`^\s*(?:${alt(LEFT_OVER_TAILS)}\s+)?(?:${alt(PENDING_WORDS)})\s+(\p{L}+(?:\s+(?!(?:${VERB_END})(?![\p{L}]))\p{L}+)?)`, 'iu');
// "đã hỗ trợ 52/86", "đã được tiêm chủng đầy đủ cho 412/450": the deed's verb, up to five words before the count.
const DONE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alt(PAST_ASPECT_WORDS)})\s+(?:(?:${PASSIVE})\s+)?((?:\p{L}+\s+){1,5})$`, 'iu');
// "có 450 trẻ", "toàn xã có 86 hộ": a whole stated with what it has, its verb right before the count.
const HAS_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alt(HAS_WORDS)})\s*$`, 'iu');
const NARROWED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(REST_SCOPE_WORDS, PLACE_KIND_WORDS, PERIOD_NAME_WORDS, SUB_PERIOD_WORDS, PLAN_WORDS)})(?![\p{L}])|\d`, 'iu');
const CLAUSE_MARK = /[;:.!?\n]/gu;

interface Rest { figure: Figure; block: Block; verb: string | null; going: string | null }
interface Deed { whole: Figure; done: Figure; verb: string }
interface Act { figure: Figure; words: string }
// Each far rest is held against every deed and count before it: a document gets this many such readings at most (a
// report has a handful of rests; a hostile line of a million characters stays linear).
const FAR_RESTS = 50;

/** The claims that a count is what is left of a whole once a part of it is done. */
export function extractRemainderClaims(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  const deeds: Deed[] = [];
  const counts: Act[] = [];
  let farTries = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row') continue;
    const figures = figuresOf.of(b);
    for (let k = 0; k < figures.length; k++) {
      const f = figures[k];
      if (f.kind === 'count' && f.unit !== null) {
        const rest = restOf(block, f);
        const near = rest && nearClaim(block, figures, k, rest);
        const claim = near ?? (rest && rest.verb !== null && farTries++ < FAR_RESTS ? farClaim(deeds, counts, rest) : null);
        if (claim) out.push(claim);
        counts.push({ figure: f, words: wordsBefore(block, f) });
      }
      const deed = deedOf(block, figures, k);
      if (deed) deeds.push(deed);
    }
  }
  return out;
}

// Up to five words right before a count in its clause ("cấp phát kịp thời cho"): a deed's verb, when it names one.
function wordsBefore(block: Block, f: Figure): string {
  const [s] = localRange(block, f);
  const clause = block.text.slice(Math.max(0, s - 60), s).split(/[,;:.()]/u).pop()!;
  return unifyTones(clause.toLowerCase()).split(/\s+/u).filter(Boolean).slice(-5).join(' ');
}

// A count whose words make it what is left: "còn lại" or "còn" before it, or "còn lại" after its noun, and then a deed not done
// or going on.
function restOf(block: Block, f: Figure): Rest | null {
  const [s, e] = localRange(block, f);
  const after = afterNoun(block.text.slice(e, e + 80), f.unit!);
  const text = block.text.slice(Math.max(0, s - 14), s);
  const lead = REST_BEFORE.test(text);
  const tail = REST_AFTER.test(after);
  if (!lead && !tail) return null;
  // Its deed not done or still going on, told right after its noun: "3 xã còn lại đạt 15/19 tiêu chí" is some of the rest.
  const verb = NOT_YET.exec(after)?.[1] ?? null;
  const pending = verb === null ? PENDING.exec(after)?.[1] ?? null : null;
  if (verb === null && pending === null) return null;
  // A bare "còn" says less than "còn lại": "còn 3 giáo viên đang học nâng chuẩn" may be some of those left, unless the
  // deed going on is the one done ("còn 16 đơn đang giải quyết").
  return { figure: f, block, verb, going: pending !== null && !tail && !LEFT_OVER_END.test(text) ? pending : null };
}

// The words after a count's noun ("36 hộ chưa …" → " chưa …"); a noun followed by more words of its own is no plain rest.
function afterNoun(after: string, unit: string): string {
  const t = after.trimStart();
  return t.toLowerCase().startsWith(unit.toLowerCase()) ? t.slice(unit.length) : '\u0000';
}

/** Figures a deed's whole may stand before its done part in one sentence (a bound for hostile one-line input). */
const LOOK_BACK = 40;

// "đã hỗ trợ 52/86 hộ": a fraction of a deed; "có 450 trẻ …, đã tiêm 412 trẻ": a whole and a deed on a part of it.
function deedOf(block: Block, figures: Figure[], k: number): Deed | null {
  const f = figures[k];
  if (f.unit === null || (f.kind !== 'fraction' && f.kind !== 'count')) return null;
  const [s] = localRange(block, f);
  const verb = DONE_BEFORE.exec(block.text.slice(Math.max(0, s - 60), s).split(/[,;:.()]/u).pop()!)?.[1];
  if (!verb) return null;
  if (f.kind === 'fraction') {
    if (f.numerator === null || f.denominator === null || !(f.numerator < f.denominator)) return null;
    return { whole: f, done: f, verb: verb.trim() };
  }
  // The count before it in its sentence, of its noun, stated with what it has, nothing of its noun between: walked back
  // figure by figure, stopping at the sentence's start (each gap read once) and after LOOK_BACK figures, so that a line of
  // many figures is read in linear time.
  let whole: Figure | undefined;
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
    const g = figures[j];
    if (!sameSentence(block, g, figures[j + 1])) break;
    if (g.kind === 'count' && g.unit !== null && unitsAlike(g.unit, f.unit!)) {
      whole = g;
      break;
    }
  }
  if (!whole || whole.value <= f.value) return null;
  const [ws] = localRange(block, whole);
  if (!HAS_BEFORE.test(block.text.slice(Math.max(0, ws - 12), ws))) return null;
  return { whole, done: f, verb: verb.trim() };
}

// The deed right before the rest in its sentence, only shares between: "đã hỗ trợ 9/11 hộ, đạt 81,8%; 02 hộ còn lại …".
function nearClaim(block: Block, figures: Figure[], k: number, rest: Rest): Claim | null {
  let j = k - 1;
  while (j >= 0 && figures[j].kind === 'percent') j--;
  if (j < 0) return null;
  const deed = deedOf(block, figures, j);
  if (!deed || !unitsAlike(deed.done.unit!, rest.figure.unit!) || !sameSentence(block, deed.done, rest.figure)) return null;
  if (narrowed(block, rest.figure, localRange(block, deed.done)[1])) return null;
  const verb = rest.verb ?? rest.going;
  if (verb !== null && !sameVerb(verb, deed.verb)) return null;
  return claimOf(block, deed, rest.figure);
}

// An earlier fraction of the very deed not done, of the whole the report states as a count.
function farClaim(deeds: Deed[], counts: Act[], rest: Rest): Claim | null {
  if (rest.verb === null || narrowed(rest.block, rest.figure, 0)) return null;
  const r = rest.figure;
  const mine = deeds.filter((d) => d.done.kind === 'fraction' && unitsAlike(d.done.unit!, r.unit!) && sameVerb(rest.verb!, d.verb));
  if (mine.length === 0 || mine.some((d) => d.done.denominator! - d.done.numerator! === r.value)) return null;
  const top = Math.max(...mine.map((d) => d.done.denominator!));
  const tops = mine.filter((d) => d.done.denominator === top);
  if (tops.some((d) => d.done.numerator !== tops[0].done.numerator) || r.value >= top) return null;
  const deed = tops[tops.length - 1];
  const ofNoun = counts.filter((c) => c.figure.index !== r.index && unitsAlike(c.figure.unit!, r.unit!));
  // The whole restated as a count of the noun before the rest ("toàn xã có 86 hộ"): the fraction's whole is the report's.
  if (!ofNoun.some((c) => c.figure.value === top)) return null;
  // A count of the deed between the fraction and the rest, other than the done part restated: another deed, maybe since.
  const verb = unifyTones(rest.verb.toLowerCase());
  const since = ofNoun.filter((c) => c.figure.span.start > deed.done.span.start && c.figure.span.start < r.span.start);
  if (since.some((c) => c.figure.value !== deed.done.numerator && ` ${c.words} `.includes(` ${verb.split(' ')[0]} `))) return null;
  return claimOf(rest.block, deed, r);
}

// Words in the rest's clause before it (after the deed, when it is in that clause) that narrow it: a place, a period, a
// plan, a subgroup; far from its deed, any other number too.
function narrowed(block: Block, f: Figure, from: number): boolean {
  const [s] = localRange(block, f);
  const before = block.text.slice(Math.max(from, s - 200), s);
  let at = 0;
  for (const m of before.matchAll(CLAUSE_MARK)) at = m.index + 1;
  const words = before.slice(at).replace(/^\s*[-–+•*]\s*/u, '');
  return NARROWED.test(from > 0 ? words.replace(/[\d.,%]+/gu, ' ') : words);
}

function sameVerb(a: string, b: string): boolean {
  const x = unifyTones(a.toLowerCase()).split(/\s+/u);
  const y = unifyTones(b.toLowerCase()).split(/\s+/u);
  const n = Math.min(x.length, y.length, 2);
  return n > 0 && x.slice(0, n).join(' ') === y.slice(0, n).join(' ');
}

// No sentence ends between them: no stop followed by a space, no line break ("1.215" keeps its dot).
function sameSentence(block: Block, a: Figure, b: Figure): boolean {
  return !/[.!?]\s|\n/u.test(block.text.slice(localRange(block, a)[1], localRange(block, b)[0]));
}

function claimOf(block: Block, deed: Deed, rest: Figure): Claim {
  const start = Math.min(deed.whole.span.start, rest.span.start) - block.span.start;
  const inBlock = deed.whole.block === block.index;
  return makeClaim({
    relation: 'balance', whole: rest.index, parts: [deed.whole.index, deed.done.index], signs: [1, -1], rest: true,
    connector: 'còn lại', block: block.index,
    span: subSpan(block, inBlock ? start : localRange(block, rest)[0], localRange(block, rest)[1]),
    partBlocks: [...new Set([block.index, deed.whole.block, deed.done.block])],
  });
}
