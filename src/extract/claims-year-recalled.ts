/**
 * A change claimed right after its value with no base written, against the one value the report states earlier of the same
 * subject in the year compared with: "Năm 2022, … chỉ số X của xã là 96,1 điểm." and, sections later, "Chỉ số X của xã năm
 * 2023 là 94,8 điểm, đã tăng so với năm 2022" (a fall), "… đạt 18,2 tỷ đồng, bằng 52% kế hoạch năm (35 tỷ đồng), tăng 12%
 * so với cùng kỳ năm trước" against "6 tháng đầu năm 2023 … đạt 16,9 tỷ đồng". Read as a `direction` claim (no amount) or
 * a `change` claim (a percent, or percentage points between two percents), judged by claim-mismatch.
 *
 * Read only when:
 * - the claim closes its statement: ", (subject) (adverbs) tăng|giảm (X% | X điểm phần trăm) so với <earlier period>", the
 *   period a year ("năm 2022") or the one before the statement's ("năm trước", "cùng kỳ (năm trước)");
 * - the value is the last figure before the claim outside brackets, past rates of a plan ("bằng 52% kế hoạch năm"),
 *   unhedged, no change, of a named unit or a percent; the statement names one year, the value's, before the claim;
 * - the subject, the words of the statement before the value (brackets, digits, years and frame words aside; or the
 *   subject restated after the comma, every word of it among them), has two words at least;
 * - exactly one value (several figures of one value alike) before the claim's paragraph, outside tables, of the value's
 *   kind and unit, no change, unhedged, no aim or task (aimed.ts), whose statement names the compared year and no other, the same kind of period
 *   ("6 tháng", "năm"), and holds every word of the subject before it.
 * Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimSites, figuresByBlock, sameUnit } from './comparisons.js';
import { unitHead } from './quantities.js';
import { labelTokens } from './similarity.js';
import { aimedFigure } from './aimed.js';
import { readStatedDecimal } from './numbers.js';
import {
  alt, CAUSE_WORDS, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, CURRENT_PERIOD_WORDS, ESTIMATE_WORDS, HEADER_FRAME_WORDS, HEDGES, PERCENT_POINT_UNITS, PERIOD_NAME_WORDS,
  PERIOD_UNITS, PLAN_RATE_BASES, PREVIOUS_YEAR_BASE_WORDS, SAME_PERIOD_BASE_WORDS, START_END_WORDS, STATED_AS_WORDS, YEAR_WORDS, edgeAlt,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'numbers'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections'>>;
type Read = Extract<Comparison, { kind: 'direction' | 'change' }>;

// ", kinh phí … đã tăng 12% so với cùng kỳ năm trước" closing its statement: groups subject, verb, amount, unit, year
// compared, the earlier period word.
const CLAIM = new RegExp(
  String.raw`,\s*(\p{L}[\p{L} ]{0,60}?\s+)?(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})(?:\s+(\d+(?:[.,]\d+)?)\s?(%|${alt(PERCENT_POINT_UNITS)}))?\s+(?:${alt(COMPARED_WITH)})\s+(?:(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d)|((?:${alt(SAME_PERIOD_BASE_WORDS)})(?:\s+(?:${alt(PREVIOUS_YEAR_BASE_WORDS)}))?|(?:${alt(PREVIOUS_YEAR_BASE_WORDS)})))\s*(?=[.;]|$|(?:${alt(CAUSE_WORDS)})\s)`,
  'giu',
);
// The claim's costly pattern is tried only in a block holding "so với" (lexicon COMPARED_WITH), which every match holds:
// most blocks have none, and the cue's scan is a small part of the pattern's (the same blocks pass).
const FULL_CLAIM = new RegExp(CLAIM.source, 'iu');
const COMPARED_CUE = new RegExp(alt(COMPARED_WITH), 'iu');
const HAS_CLAIM = { test: (text: string) => COMPARED_CUE.test(text) && FULL_CLAIM.test(text) };
const ADVERB_TOKENS = new Set(labelTokens(CHANGE_CLAIM_ADVERBS.join(' ')));
// An estimate's word ("Năm 2024 ước thu …") says how the value was got, not what it is of: no word of the subject.
/** Words of a statement's frame (its period, its heading words, an estimate's "ước"): no word of a subject. */
export const FRAME = new Set(labelTokens([...HEADER_FRAME_WORDS, ...PERIOD_NAME_WORDS, ...START_END_WORDS, ...CURRENT_PERIOD_WORDS, ...STATED_AS_WORDS, ...ESTIMATE_WORDS].join(' ')));
const YEAR = /(?<!\d|\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)/gu;
const PERIOD = new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{1,2})\s+)?(${alt(PERIOD_UNITS)})(?![\p{L}])`, 'iu');
/** A hedge right before a value ("khoảng", "hơn"). */
export const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES)}\s*$`, 'iu');
// ", bằng 52% kế hoạch năm": a rate of a plan between the value and the claim.
const PLAN_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(PLAN_RATE_BASES)})`, 'iu');
const BRACKETS = /\([^()]*\)/gu;
const MIN_WORDS = 2;
/** A percent, or an amount of a named unit. */
export const named = (f: Figure) => f.kind === 'percent' || ((f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money') && unitHead(f) !== null);

/** The change claims closing a statement on an earlier year, against the one value the report gave of that year. */
export function readYearRecalledChanges(input: Input): Read[] {
  const out: Read[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const { block, figs, text, at, endOf, m, statement: s } of claimSites(input, HAS_CLAIM, CLAIM)) {
    const end = m.index + m[0].length;
    if (figs.some((f) => at(f) >= m.index && at(f) < end && (m[3] === undefined || at(f) !== m.index + m[0].indexOf(m[3], m[0].indexOf(m[2]))))) continue;
    const current = valueBefore(text, figs, at, endOf, s.from, m.index);
    if (!current || !named(current) || current.change || HEDGED.test(text.slice(Math.max(s.from, at(current) - 12), at(current)))) continue;
    const head = text.slice(s.from, m.index);
    const years = new Set(head.match(YEAR) ?? []);
    if (years.size !== 1) continue;
    const year = Number([...years][0]);
    const compared = m[5] !== undefined ? Number(m[5]) : year - 1;
    if (compared >= year) continue;
    const lead = wordsOf(text.slice(s.from, at(current)));
    const restated = m[1] ? labelTokens(m[1]).filter((t) => !ADVERB_TOKENS.has(t)) : [];
    if (restated.length > 0 && !restated.every((t) => lead.includes(t) || FRAME.has(t))) continue;
    const subject = (restated.length > 0 ? restated : lead).filter((t) => !FRAME.has(t));
    if (subject.length < MIN_WORDS) continue;
    const period = periodOf(head);
    const points = m[4] !== undefined && m[4] !== '%';
    if (points && current.kind !== 'percent') continue;
    // The value's own noun after its unit ("38.750 tấn chè búp tươi"): the earlier value must count it too.
    const noun = nounAfter(text.slice(endOf(current), m.index), current);
    const base = recalledBase(input, byBlock, block.index, current, subject, String(compared), period, noun);
    if (!base) continue;
    const verb = m[2].toLowerCase();
    const from = m.index + m[0].indexOf(m[2]);
    if (m[3] === undefined) {
      out.push({ kind: 'direction', block: block.index, from, to: end, verb, current, base });
      continue;
    }
    const change = figs.find((f) => at(f) === m.index + m[0].indexOf(m[3], m[0].indexOf(m[2])));
    const stated = readStatedDecimal(m[3], input.numbers);
    if (!change || !stated) continue;
    const down = verb === CHANGE_VERBS[1];
    out.push({
      kind: 'change', block: block.index, from, to: end, verb, stated: stated.value, signed: down ? -stated.value : stated.value, decimals: stated.decimals,
      percent: !points, unit: points ? m[4] : '%', written: m[3], figure: change, current, base, amount: current.value, scale: 1,
    });
  }
  return out;
}

/**
 * The last figure before the claim outside brackets, past the rates of a plan ("bằng 52% kế hoạch năm (35 tỷ đồng)"); between
 * it and the claim no other digit but those rates and brackets.
 */
export function valueBefore(text: string, figs: Figure[], at: (f: Figure) => number, endOf: (f: Figure) => number, from: number, to: number): Figure | undefined {
  const depth = (f: Figure) => {
    const before = text.slice(from, at(f));
    return before.split('(').length - before.split(')').length;
  };
  const outside = figs.filter((f) => at(f) >= from && endOf(f) <= to && depth(f) === 0);
  const planRate = (f: Figure) => f.kind === 'percent' && PLAN_AFTER.test(text.slice(endOf(f) - 1, to));
  let k = outside.length - 1;
  while (k >= 0 && planRate(outside[k])) k--;
  const value = outside[k];
  if (!value) return undefined;
  // The value's unit may hold a digit of its own ("bé trai/100 bé gái").
  const after = text.slice(endOf(value), to);
  const unit = value.unit !== null && after.trimStart().startsWith(value.unit) ? after.trimStart().slice(value.unit.length) : after;
  const rest = unit.replace(BRACKETS, ' ').replace(PLAN_RATE, ' ');
  return /\d/u.test(rest) ? undefined : value;
}
const PLAN_RATE = new RegExp(String.raw`\d+(?:[.,]\d+)?\s?%\s*(?:${alt(PLAN_RATE_BASES)})`, 'giu');

/** The words of a lead, brackets, digits and years aside. */
export function wordsOf(lead: string): string[] {
  return labelTokens(lead.replace(BRACKETS, ' ')).filter((t) => !/\d/u.test(t));
}

function periodOf(text: string): string | null {
  const p = PERIOD.exec(text);
  return p ? `${p[1] ?? ''} ${p[2].toLowerCase()}` : null;
}

// The one value of the subject stated before the claim's paragraph in a statement of the compared year alone.
function recalledBase(input: Input, byBlock: ReturnType<typeof figuresByBlock>, claimBlock: number, current: Figure, subject: string[], year: string, period: string | null, noun: string[]): Figure | null {
  const found: Figure[] = [];
  for (let b = 0; b < claimBlock; b++) {
    const block = input.source.blocks[b];
    if (block.kind === 'row') continue;
    const figs = byBlock.get(b) ?? [];
    if (figs.length === 0 || !block.text.includes(year)) continue;
    for (const s of input.clauses.statements(b)) {
      const text = block.text.slice(s.from, s.to);
      const years = new Set(text.match(YEAR) ?? []);
      if (years.size !== 1 || !years.has(year) || periodOf(text) !== period) continue;
      for (const f of figs) {
        const fAt = f.span.start - block.span.start;
        if (fAt < s.from || fAt >= s.to || f.change || f.kind !== current.kind || !named(f) || !sameUnit(f, current)) continue;
        if (HEDGED.test(block.text.slice(Math.max(s.from, fAt - 12), fAt)) || aimedFigure(input, f)) continue;
        const words = new Set(labelTokens(block.text.slice(s.from, fAt)));
        const own = new Set([...words, ...nounAfter(block.text.slice(f.span.end - block.span.start, s.to), f)]);
        if (subject.every((t) => words.has(t)) && noun.every((t) => own.has(t))) found.push(f);
      }
    }
  }
  return found.length > 0 && found.every((f) => f.value === found[0].value) ? found[0] : null;
}

/** The words right after a value's unit up to the first mark or bracket ("tấn chè búp tươi, …" → chè búp tươi), digits aside. */
export function nounAfter(after: string, f: Figure): string[] {
  const rest = f.unit !== null && after.trimStart().startsWith(f.unit) ? after.trimStart().slice(f.unit.length) : after;
  const phrase = /^[^,;.:()]*/u.exec(rest)![0];
  return labelTokens(phrase).filter((t) => !/\d/u.test(t) && !FRAME.has(t));
}
