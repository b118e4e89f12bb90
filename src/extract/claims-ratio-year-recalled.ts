/**
 * A multiple closing a clause right after its value, with no base in its statement, against the one value the report states
 * elsewhere of the same indicator in the year compared with: "Năm 2024, trong Tháng hành động, các trạm y tế đã khám sàng
 * lọc cho 1.380 trẻ em" in the overview and, a section later, "Các trạm y tế đã khám sàng lọc cho 2.460 trẻ em, tăng gấp 2
 * lần so với cùng kỳ" (2.460 over 1.380 is 1,78). Read as a `ratio` claim, judged by claim-mismatch.
 *
 * Read only when:
 * - the claim follows a comma and closes its clause: ", [tăng] gấp N lần | gấp đôi [so với] cùng kỳ [năm trước] | năm trước |
 *   năm YYYY", with no hedge ("gần gấp 2 lần", "gấp hơn 1,5 lần" are not read);
 * - the value is the last figure before it outside brackets (valueBefore), an amount of a named unit, no change, unhedged,
 *   and no other figure of its statement is of its unit (a base written there is another reader's);
 * - the value's year is the one year its statement names before it, else the one its paragraph names before the statement,
 *   else the year the report's period ends in; the year compared is the one named, or the year before the value's;
 * - the subject (the statement's words before the value, frame words aside) has three words at least;
 * - exactly one value (several of one value alike), in another statement outside tables, is of the value's kind and unit,
 *   no change, unhedged, with no plan word before it; its statement names the compared year and no other, and the same
 *   kinds of period as the value's words (statement, else paragraph, else the report's period for "cùng kỳ"; a year's
 *   "năm 2024" and a date's "ngày" aside); its words before it hold every word of the subject; and it counts the very noun
 *   the value counts ("đoàn viên" is not "đoàn viên nữ").
 * Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimSites, figuresByBlock, sameUnit } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { readStatedDecimal, STATED_DECIMAL, wordedMultipleDecimals } from './numbers.js';
import { FRAME, HEDGED, named, nounAfter, valueBefore, wordsOf } from './claims-year-recalled.js';
import { alt, COMPARED_WITH, FUTURE_WORDS, MULTIPLE_NUMBER_WORDS, PERIOD_UNITS, PLAN_WORDS, PREVIOUS_YEAR_BASE_WORDS, SAME_PERIOD_BASE_WORDS, YEAR_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'numbers' | 'meta'>;
type Ratio = Extract<Comparison, { kind: 'ratio' }>;

// ", tăng gấp 2 lần so với cùng kỳ," closing its clause: groups rise verb, digits, word, year compared, earlier period word.
const CLAIM = new RegExp(
  String.raw`,\s*(?:(tăng)\s+)?gấp\s+(?:(${STATED_DECIMAL})\s+lần|(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?)(?![\p{L}\d])\s*(?:(?:${alt(COMPARED_WITH)})\s+)?(?:(?:${alt(YEAR_WORDS)})\s+((?:19|20)\d\d)|((?:${alt(SAME_PERIOD_BASE_WORDS)})(?:\s+(?:${alt(PREVIOUS_YEAR_BASE_WORDS)}))?|(?:${alt(PREVIOUS_YEAR_BASE_WORDS)})))\s*(?=[.,;]|$)`,
  'giu',
);
const HAS_CLAIM = { test: (text: string) => text.includes('gấp') && new RegExp(CLAIM.source, 'iu').test(text) };
const SAME_PERIOD = wordsRe(SAME_PERIOD_BASE_WORDS);
const PLANNED = wordsRe([...PLAN_WORDS, ...FUTURE_WORDS]);
const YEAR = /(?<!\d|\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)/gu;
// A kind of period a text names: "6 tháng", "Tháng …", "quý"; "năm 2024" names a year and "ngày 25/4" a date, no kind.
const PERIOD_KIND = new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{1,2})\s+)?(${alt(PERIOD_UNITS)})(?![\p{L}])(?!\s*(?:19|20)\d\d(?!\d))(?!\s*\d)`, 'giu');
const MIN_WORDS = 3;

/** The multiples after a value with no base written, against the one value of the compared year stated elsewhere. */
export function readYearRecalledRatios(input: Input): Ratio[] {
  const out: Ratio[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const { block, figs, text, at, endOf, m, statement: s } of claimSites(input, HAS_CLAIM, CLAIM)) {
    const end = m.index + m[0].length;
    const current = valueBefore(text, figs, at, endOf, s.from, m.index);
    if (!current || !named(current) || current.kind === 'percent' || current.change || current.cell !== null) continue;
    if (HEDGED.test(text.slice(Math.max(s.from, at(current) - 12), at(current)))) continue;
    if (figs.some((f) => f !== current && at(f) >= s.from && at(f) < s.to && !(at(f) >= m.index && at(f) < end) && sameUnit(f, current))) continue;
    const head = text.slice(s.from, at(current));
    const before = text.slice(0, s.from);
    const year = valueYear(head, before, input);
    if (year === null) continue;
    const compared = m[4] !== undefined ? Number(m[4]) : year - 1;
    if (compared >= year) continue;
    const subject = wordsOf(head).filter((t) => !FRAME.has(t));
    if (subject.length < MIN_WORDS) continue;
    const kinds = kindsOf(head) ?? kindsOf(before) ?? (m[5] !== undefined && SAME_PERIOD.test(m[5]) ? kindsOf(input.meta?.period?.label ?? '') : null) ?? '';
    const noun = nounAfter(text.slice(endOf(current), m.index), current);
    const base = recalledBase(input, byBlock, current, subject, String(compared), kinds, noun);
    if (!base) continue;
    const worded = m[3] === undefined ? undefined : MULTIPLE_NUMBER_WORDS[m[3].toLowerCase()] ?? MULTIPLE_NUMBER_WORDS[m[3].toLowerCase().normalize('NFC')];
    const digits = m[2] === undefined ? null : readStatedDecimal(m[2], input.numbers);
    const stated = worded ?? digits?.value;
    if (stated === undefined) continue;
    const from = m.index + m[0].search(/[^,\s]/u);
    out.push({
      kind: 'ratio', block: block.index, from, to: end, stated, decimals: digits?.decimals ?? wordedMultipleDecimals(stated), written: m[3] ?? m[2],
      increase: worded === undefined && m[1] !== undefined, pair: [current, base],
    });
  }
  return out;
}

// The year a value is of: the one its statement names before it, else the one its paragraph names before the statement, else
// the year the report's period ends in; null when several are named.
function valueYear(head: string, before: string, input: Input): number | null {
  for (const text of [head, before]) {
    const years = new Set(text.match(YEAR) ?? []);
    if (years.size > 1) return null;
    if (years.size === 1) return Number([...years][0]);
  }
  const end = input.meta?.period?.end;
  return end ? Number(end.slice(0, 4)) : null;
}

// The kinds of period a text names, sorted and joined ("6 tháng", "tháng"); null when it names none.
function kindsOf(text: string): string | null {
  const kinds = [...new Set([...text.matchAll(PERIOD_KIND)].map((p) => `${p[1] ?? ''} ${p[2].toLowerCase()}`.trim()))].sort();
  return kinds.length > 0 ? kinds.join('|') : null;
}

// The one value of the subject stated in a statement of the compared year alone, of the value's kind, unit and noun.
function recalledBase(input: Input, byBlock: ReturnType<typeof figuresByBlock>, current: Figure, subject: string[], year: string, kinds: string, noun: string[]): Figure | null {
  const found: Figure[] = [];
  const nounKey = [...new Set(noun)].sort().join(' ');
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !block.text.includes(year)) continue;
    const figs = byBlock.get(block.index) ?? [];
    for (const s of input.clauses.statements(block.index)) {
      const text = block.text.slice(s.from, s.to);
      const years = new Set(text.match(YEAR) ?? []);
      if (years.size !== 1 || !years.has(year) || (kindsOf(text) ?? '') !== kinds) continue;
      for (const f of figs) {
        const fAt = f.span.start - block.span.start;
        if (f === current || fAt < s.from || fAt >= s.to || f.change || f.cell !== null || f.kind !== current.kind || !sameUnit(f, current)) continue;
        const lead = block.text.slice(s.from, fAt);
        if (HEDGED.test(lead.slice(-12)) || PLANNED.test(lead)) continue;
        const words = new Set(labelTokens(lead));
        const own = nounAfter(block.text.slice(f.span.end - block.span.start, s.to), f);
        if (subject.every((t) => words.has(t)) && [...new Set(own)].sort().join(' ') === nounKey) found.push(f);
      }
    }
  }
  return found.length > 0 && found.every((f) => f.value === found[0].value) ? found[0] : null;
}
