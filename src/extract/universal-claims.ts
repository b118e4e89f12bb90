/**
 * Claims of all with their own count short of all: "đã lắp camera ở tất cả các thôn trong xã (5/6 thôn)", "toàn bộ các
 * tuyến kênh đã được nạo vét xong (82/90 tuyến)". The universal word ("tất cả", "toàn bộ") and the bracket that gives
 * its count stand in one statement with no figure between them; the bracket's fraction counts the very noun the
 * universal word quantifies ("các thôn" … "5/6 thôn"), and is the bracket's first figure. Not read: a claim under a
 * negation, a hedge ("gần như toàn bộ") or a plan or purpose ("phấn đấu", "để"), a bracket that breaks the whole down
 * ("(trong đó 5/6 thôn …)"). Read as a "100%" claim of that noun (comparisons' `full`), judged by claim-mismatch.
 */
import type { Figure } from '../model/index.js';
import { alt, BREAKDOWN_WORDS, HEDGES, NEGATION_WORDS, PLAN_WORDS, PLURAL_WORDS, PURPOSE_WORDS, UNIVERSAL_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';
import { unitHead } from './quantities.js';
import { canonicalLabel } from './similarity.js';

/** One claim of all: the characters of its universal word and noun phrase, the noun phrase, and the fraction in its bracket. */
export interface UniversalClaim { from: number; to: number; thing: string; fraction: Figure }

// The universal word and the noun phrase it quantifies, up to the bracket; no figure, clause end or second bracket between.
const UNIVERSAL = new RegExp(String.raw`${edgeAlt(UNIVERSAL_WORDS)}\s+(?:(?:${alt(PLURAL_WORDS)})\s+)?(\p{L}[^\d();:.!?]{0,110}?)\s*\(`, 'giu');
const BLOCKED_BEFORE = wordsRe([...NEGATION_WORDS, ...PLAN_WORDS, ...PURPOSE_WORDS]);
const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES, ['hầu'])}(?:\s+như)?\s*$`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
// The words inside the bracket before its fraction: a short verb phrase at most ("xử lý xong"), never a breakdown.
const BRACKET_LEAD = /^[^\d()]{0,30}$/u;
const BREAKDOWN = wordsRe(BREAKDOWN_WORDS);

/**
 * The claims of all in one statement [from, to) of a paragraph's text, each with the fraction short of all its bracket
 * opens with. `figs` are the statement's figures, `at` a figure's offset in the text.
 */
export function readUniversalClaims(text: string, from: number, to: number, figs: readonly Figure[], at: (f: Figure) => number): UniversalClaim[] {
  const out: UniversalClaim[] = [];
  // The statement alone is searched, so a long paragraph is read once in all, not once per statement to its end.
  const own = text.slice(from, to);
  UNIVERSAL.lastIndex = 0;
  for (let m = UNIVERSAL.exec(own); m; m = UNIVERSAL.exec(own)) {
    const open = from + m.index + m[0].length - 1;
    const lead = own.slice(0, m.index);
    if (BLOCKED_BEFORE.test(lead) || HEDGED.test(lead) || NEGATED.test(m[1])) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close > to) continue;
    const inside = figs.filter((f) => at(f) > open && at(f) < close);
    const f = inside[0];
    if (!f || f.kind !== 'fraction' || f.numerator === null || f.denominator === null || !(f.numerator < f.denominator)) continue;
    const bracketLead = text.slice(open + 1, at(f));
    if (!BRACKET_LEAD.test(bracketLead) || BREAKDOWN.test(bracketLead) || NEGATED.test(bracketLead)) continue;
    if (!countsNoun(f, m[1])) continue;
    out.push({ from: from + m.index, to: open, thing: m[1].trim(), fraction: f });
  }
  return out;
}

// The fraction counts the noun the universal word quantifies: its unit's head opens the noun phrase.
function countsNoun(f: Figure, phrase: string): boolean {
  const head = unitHead(f);
  if (head === null || head === '%' || head === 'đồng') return false;
  const words = canonicalLabel(phrase).split(/\s+/u);
  const wanted = canonicalLabel(head).split(/\s+/u);
  return wanted.every((w, k) => words[k] === w);
}
