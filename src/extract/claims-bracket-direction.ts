/**
 * A way of change claimed with no amount whose bracket right after spells out both values, each after its own period:
 * "Số vụ cháy rừng đã tăng so với cùng kỳ (6 tháng năm 2024 xảy ra 5 vụ, cùng kỳ năm 2023 xảy ra 8 vụ)", "giảm so với năm
 * 2022 (năm 2023 có 40 hộ, năm 2022 có 35 hộ)". The value after the earlier period (an earlier-period word, or the smaller
 * year) is the base, the other the current value. Read as a `direction` claim and judged by claim-mismatch as "giảm so với
 * năm 2023 (01 người)" is.
 *
 * Read only when: "tăng"/"giảm" right before "so với" and an earlier period (an earlier-period word or a year); the bracket
 * holds exactly two figures, of one kind and named unit, no change, unhedged, each led within its part of the bracket (cut
 * at the one "," or ";" between them) by a period: one part names an earlier period and the other none (or both a year, two
 * years apart from each other); no other digit but the years and the periods' own numbers ("6 tháng", "9 tháng").
 * Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimMatches, sameUnit } from './comparisons.js';
import { unitHead } from './quantities.js';
import { alt, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, EARLIER_PERIOD_WORDS, HEDGES, PERIOD_UNITS, YEAR_WORDS, edgeAlt, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'>;
type Direction = Extract<Comparison, { kind: 'direction' }>;

const PERIOD = String.raw`(?:(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)?|(?:${alt(YEAR_WORDS)})\s+(?:19|20)\d\d)`;
// "giảm so với cùng kỳ (…)": groups verb, bracket.
const CLAIM = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+${PERIOD}\s*\(([^()]{8,160})\)`, 'giu');
// The claim's costly pattern is tried only in a block holding "so với" (lexicon COMPARED_WITH), which every match holds:
// most blocks have none, and the cue's scan is a small part of the pattern's (the same blocks pass).
const FULL_CLAIM = new RegExp(CLAIM.source, 'iu');
const COMPARED_CUE = new RegExp(alt(COMPARED_WITH), 'iu');
const HAS_CLAIM = { test: (text: string) => COMPARED_CUE.test(text) && FULL_CLAIM.test(text) };
const EARLIER = wordsRe(EARLIER_PERIOD_WORDS);
const YEAR = /(?<!\d|\d[.,/])(?:19|20)\d\d(?!\d|[.,/]\d)/gu;
// A period's own number: "6 tháng", "9 tháng đầu năm", "quý 3".
const PERIOD_NUMBER = new RegExp(String.raw`(?<![\d.,])\d{1,2}\s+(?:${alt(PERIOD_UNITS)})(?![\p{L}])|(?:${alt(PERIOD_UNITS)})\s+\d{1,2}(?![\d.,/])`, 'giu');
// A part of the bracket leads with its period: a year word and year, an earlier-period word, or a period unit.
const LEADS_PERIOD = new RegExp(String.raw`^\s*(?:\d{1,2}\s+)?(?:${alt(PERIOD_UNITS, EARLIER_PERIOD_WORDS)})(?![\p{L}])`, 'iu');
const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES)}\s*$`, 'iu');
const named = (f: Figure) => (f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money' || f.kind === 'percent') && (f.kind === 'percent' || unitHead(f) !== null);

/** The direction claims whose bracket spells out the current value and the earlier period's. */
export function readBracketDirections(input: Input): Direction[] {
  const out: Direction[] = [];
  for (const { block, figs, at, m } of claimMatches(input, HAS_CLAIM, CLAIM)) {
    const open = m.index + m[0].length - m[2].length - 2;
    const inside = figs.filter((f) => at(f) > open && at(f) < open + 1 + m[2].length);
    if (inside.length !== 2) continue;
    const [a, b] = inside;
    if (!named(a) || a.kind !== b.kind || !sameUnit(a, b) || a.change || b.change) continue;
    // The two parts, cut at the one separator between the first value and the second.
    const cutText = block.text.slice(at(a) + a.raw.length, at(b));
    const seps = [...cutText.matchAll(/[,;]/gu)];
    if (seps.length !== 1) continue;
    const cut = at(a) + a.raw.length + seps[0].index!;
    const first = block.text.slice(open + 1, cut);
    const second = block.text.slice(cut + 1, open + 1 + m[2].length);
    if (!LEADS_PERIOD.test(first) || !LEADS_PERIOD.test(second)) continue;
    // No other number than the two values, the years and the periods' numbers.
    const strip = (t: string, f: Figure) => t.replace(f.raw, ' ').replace(YEAR, ' ').replace(PERIOD_NUMBER, ' ');
    if (/\d/u.test(strip(first, a)) || /\d/u.test(strip(second, b))) continue;
    if (HEDGED.test(block.text.slice(open, at(a))) || HEDGED.test(block.text.slice(cut, at(b)))) continue;
    const base = earlierOf(first, second);
    if (base === null) continue;
    // A year the claim compares with is the base's own, when the base's part names one.
    const claimed = [...m[0].slice(0, m[0].length - m[2].length - 2).matchAll(YEAR)].map((y) => y[0]);
    const baseYears = [...(base === 0 ? first : second).matchAll(YEAR)].map((y) => y[0]);
    if (claimed.length > 0 && baseYears.length > 0 && !baseYears.includes(claimed[0])) continue;
    const [current, earlier] = base === 0 ? [b, a] : [a, b];
    const verbAt = m.index + m[0].indexOf(m[1]);
    out.push({ kind: 'direction', block: block.index, from: verbAt, to: m.index + m[0].length, verb: m[1].toLowerCase(), current, base: earlier });
  }
  return out;
}

// Which part (0 or 1) names the earlier period: the only one with an earlier-period word, else the one of the smaller year.
function earlierOf(first: string, second: string): 0 | 1 | null {
  const e1 = EARLIER.test(first);
  const e2 = EARLIER.test(second);
  const y1 = [...first.matchAll(YEAR)].map((y) => Number(y[0]));
  const y2 = [...second.matchAll(YEAR)].map((y) => Number(y[0]));
  if (e1 !== e2) {
    // The earlier-period part's year, if both name one, is the smaller.
    if (y1.length === 1 && y2.length === 1 && (e1 ? y1[0] >= y2[0] : y2[0] >= y1[0])) return null;
    return e1 ? 0 : 1;
  }
  if (e1) return null;
  if (y1.length !== 1 || y2.length !== 1 || y1[0] === y2[0]) return null;
  return y1[0] < y2[0] ? 0 : 1;
}
