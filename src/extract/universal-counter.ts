/**
 * A "100% <noun> <state>" claim a later count contradicts: "100% trạm y tế xã có bác sĩ làm việc thường xuyên" and,
 * further on, "còn 02 trạm (Tân Lập, Hòa Bình) có bác sĩ chưa làm việc thường xuyên". The count stands right after a
 * "còn" word; its noun is the claim's own (the count's head noun opens the claim's noun phrase); the words between
 * the count and its negation are mostly the claim's; and the state it negates (two syllables at least, link words
 * "có/đã/được" aside) is all in the claim's words. Not read: a claim under a hedge, a plan or purpose, or with a
 * negation of its own; a count in a statement of an earlier period ("năm trước") or a plan. claim-mismatch judges.
 */
import type { Figure, Source } from '../model/index.js';
import { alt, ADVERSE_MARKERS, ANY_WORDS, EARLIER_PERIOD_WORDS, NONE_HEDGE_TAILS, NONE_WORDS, HEDGES, NEGATION_WORDS, PLAN_WORDS, PURPOSE_WORDS, STATE_LINK_WORDS, STILL_LEFT_WORDS, wordsRe } from '../text/lexicon.js';
import { unitHead } from './quantities.js';
import { canonicalLabel } from './similarity.js';

/** A claim of all ("100%") or of none ("không có"), its words, and the count said later to contradict it with its state. */
export interface CounteredClaim { said: { block: number; from: number; to: number }; absent: boolean; count: Figure; thing: string; state: string }

const CLAUSE_END = /[;:.!?()]/u;
const BLOCKED_CLAIM = wordsRe([...PLAN_WORDS, ...PURPOSE_WORDS, ...EARLIER_PERIOD_WORDS]);
const HEDGED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
const STILL_LEFT = new RegExp(String.raw`(?<![\p{L}])(?:${alt(STILL_LEFT_WORDS)})\s*$`, 'iu');
const BLOCKED_COUNT = wordsRe([...PLAN_WORDS, ...EARLIER_PERIOD_WORDS]);
const NEGATION = new RegExp(String.raw`(?<![\p{L}])(?:${alt(NEGATION_WORDS)})(?![\p{L}])`, 'iu');
const LINKS = new Set(STATE_LINK_WORDS.flatMap((w) => canonicalLabel(w).split(' ')));
const MIN_STATE = 2;

const syllables = (s: string) => canonicalLabel(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** Every "100% <noun> <state>" claim of a document that a later "còn N <noun> … chưa/không <state>" contradicts. */
export function readCounteredClaims(source: Source, figures: readonly Figure[]): CounteredClaim[] {
  const claims = figures.filter((p) => p.kind === 'percent' && p.value === 100 && source.blocks[p.block].kind !== 'row');
  const counts = claims.length === 0 ? [] : figures.filter((g) => g.kind === 'count' && g.value > 0 && g.cell === null && leftCount(source, g));
  const out: CounteredClaim[] = [];
  for (const p of claims) {
    const claim = claimPhrase(source, p);
    if (!claim) continue;
    for (const g of counts) {
      if (g.span.start <= p.span.end) continue;
      const state = counteredState(source, g, claim);
      if (state === null) continue;
      const block = source.blocks[p.block];
      out.push({ said: { block: p.block, from: p.span.start - block.span.start, to: p.span.end - block.span.start }, absent: false, count: g, thing: claim.text, state });
      break;
    }
  }
  out.push(...readAbsenceClaims(source, figures));
  return out;
}

const NONE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(NONE_WORDS)})\s+(\p{L}[^\d;:.!?()]{2,120}?)\s*(?=[;:.!?(]|$)`, 'giu');
const ANY = new Set(ANY_WORDS.flatMap((w) => canonicalLabel(w).split(' ')));
const HEDGED_NONE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(NONE_HEDGE_TAILS)})\s*$`, 'iu');
const MIN_SHARED = 3;

/**
 * "không có trường hợp lấn chiếm vỉa hè …" and later "xử lý 04 trường hợp lấn chiếm vỉa hè …": a claim of none and a
 * count of the same noun whose next three syllables at least are the claim's own words after its noun, in order.
 */
function readAbsenceClaims(source: Source, figures: readonly Figure[]): CounteredClaim[] {
  const counts = figures.filter((g) => g.kind === 'count' && g.value > 0 && g.cell === null && source.blocks[g.block].kind !== 'row');
  const out: CounteredClaim[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'row') continue;
    NONE.lastIndex = 0;
    for (let m = NONE.exec(block.text); m; m = NONE.exec(block.text)) {
      const statement = block.text.slice(0, m.index).split(/[;.!?]\s/u).pop() ?? '';
      if (BLOCKED_CLAIM.test(statement) || HEDGED_NONE.test(statement) || NEGATED.test(m[1])) continue;
      const words = syllables(m[1]).filter((w) => !ANY.has(w));
      const at = block.span.start + m.index;
      const g = counts.find((x) => x.span.start > at + m![0].length && sharedState(source, x, words) !== null);
      if (!g) continue;
      out.push({ said: { block: block.index, from: m.index, to: m.index + m[0].length }, absent: true, count: g, thing: m[1].trim(), state: sharedState(source, g, words)! });
    }
  }
  return out;
}

// The words a count of the claim's noun shares with the claim after that noun, when MIN_SHARED syllables at least.
function sharedState(source: Source, g: Figure, claimWords: string[]): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const noun = syllables(head);
  if (!noun.every((w, k) => claimWords[k] === w)) return null;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(before) || NEGATED.test(before) || HEDGED.test(before)) return null;
  const rest = block.text.slice(local, local + 200);
  const clause = rest.split(/[,;:.!?()]/u)[0];
  const words = syllables(clause).filter((w) => !/^\d/u.test(w));
  const own = claimWords.slice(noun.length);
  if (!noun.every((w, k) => words[k] === w)) return adverseState(rest, noun, own);
  const theirs = words.slice(noun.length);
  let k = 0;
  while (k < own.length && k < theirs.length && own[k] === theirs[k]) k++;
  return k >= MIN_SHARED ? clause.trim() : adverseState(rest, noun, own);
}

const ADVERSE = new Set(ADVERSE_MARKERS.flatMap((w) => canonicalLabel(w).split(' ')));
const MAX_DESCRIPTION = 6;
/**
 * "… 07 (bảy) hồ sơ chứng thực, hộ tịch bị trễ hạn …" against "không có hồ sơ trễ hạn": in the count's sentence (brackets
 * aside), the claim's noun, at most six syllables describing it, an adverse marker, then the claim's whole state
 * (MIN_STATE syllables at least), word for word.
 */
function adverseState(rest: string, noun: string[], own: string[]): string | null {
  if (own.length < MIN_STATE) return null;
  const sentence = rest.replace(/\([^()]*\)/gu, ' ').split(/[;:!?]|\.(?:\s|$)/u)[0];
  const words = syllables(sentence).filter((w) => !/^\d/u.test(w));
  if (!noun.every((w, k) => words[k] === w)) return null;
  const at = words.findIndex((w, i) => i >= noun.length && i <= noun.length + MAX_DESCRIPTION && ADVERSE.has(w));
  if (at < 0) return null;
  const state = words.slice(at + 1, at + 1 + own.length);
  return state.length === own.length && state.every((w, i) => w === own[i]) ? sentence.trim() : null;
}

interface Phrase { text: string; words: string[] }

// The words after "100%" to its clause end, when the claim is a plain one: no hedge, plan, purpose or negation.
function claimPhrase(source: Source, p: Figure): Phrase | null {
  const block = source.blocks[p.block];
  const local = p.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local);
  const own = before.replace(/^[\s\S]*[;.!?]\s/u, '');
  if (BLOCKED_CLAIM.test(own) || HEDGED.test(own)) return null;
  const rest = block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 160);
  const end = rest.search(CLAUSE_END);
  const text = (end < 0 ? rest : rest.slice(0, end)).trim();
  if (text.length === 0 || NEGATED.test(text)) return null;
  return { text, words: syllables(text) };
}

// "còn 03 …": a count right after a "còn" word, in a statement of no earlier period or plan.
function leftCount(source: Source, g: Figure): boolean {
  const block = source.blocks[g.block];
  if (block.kind === 'row') return false;
  const before = block.text.slice(Math.max(0, g.span.start - block.span.start - 200), g.span.start - block.span.start);
  if (!STILL_LEFT.test(before)) return false;
  return !BLOCKED_COUNT.test(before.split(/[;.!?]\s/u).pop() ?? '');
}

// The state the count is said to lack, when its noun and its state are the claim's; else null.
function counteredState(source: Source, g: Figure, claim: Phrase): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const nounWords = syllables(head);
  if (!nounWords.every((w, k) => claim.words[k] === w)) return null;
  const block = source.blocks[g.block];
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ');
  if (BLOCKED_COUNT.test(after.split(/[;.!?]/u)[0])) return null;
  const neg = NEGATION.exec(after);
  if (!neg || CLAUSE_END.test(after.slice(0, neg.index)) || /,/u.test(after.slice(0, neg.index))) return null;
  const tail = after.slice(neg.index + neg[0].length);
  const stop = tail.search(/[,;:.!?()]/u);
  const stateText = (stop < 0 ? tail : tail.slice(0, stop)).trim();
  const have = new Set(claim.words);
  const state = syllables(stateText).filter((w) => !LINKS.has(w));
  if (state.length < MIN_STATE || !state.every((w) => have.has(w))) return null;
  // The words between the count's noun and the negation are mostly the claim's (one foreign syllable at most).
  const lead = syllables(after.slice(0, neg.index));
  const between = (nounWords.every((w, k) => lead[k] === w) ? lead.slice(nounWords.length) : lead).filter((w) => !LINKS.has(w));
  const foreign = between.filter((w) => !have.has(w)).length;
  if (foreign > 1 && foreign * 2 > between.length) return null;
  return `${neg[0]} ${stateText}`;
}
