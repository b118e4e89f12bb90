/**
 * Parts told apart by when or at what level they were counted, a "trong đó" read as a split of its whole:
 * periods that tile the whole's own period ("6 tháng đầu năm 2025 là 2 650 tấn; trong đó Quý I/2025 1 296 tấn, Quý II/2025
 * 1 372 tấn") cover it; levels named one to a part ("cấp tỉnh 18 em; cấp huyện 72 em; cấp trường 120 em") are distinct members.
 */
import { periodSpanOf, type MonthSpan } from './table-periods.js';
import {
  alt, CUMULATIVE_WORDS, LEVEL_TIERS, MONTH_RUN_NUMBERS, MONTH_WORDS, OPEN_RANGE_TAILS, PERIOD_RUNNING_WORDS, QUARTER_WORDS, START_END_WORDS, WHOLE_YEAR_WORDS, YEAR_WORDS, edgeAlt,
} from '../text/lexicon.js';

// A period named in running text: a run of months ("6 tháng đầu năm 2025", "9 tháng năm 2024"), a quarter ("Quý II/2025"), a month
// ("tháng 7/2024") or a year ("năm 2024", "cả năm 2024"); the longest form first, so "6 tháng đầu năm 2025" is one period.
const YEAR = String.raw`(?:\s*\/\s*|\s+(?:${alt(YEAR_WORDS)})\s+)(?:19|20)\d\d`;
const PERIOD_NAME = new RegExp(String.raw`(?<![\p{L}\d/])(?:(?:\d{1,2}|${alt(Object.keys(MONTH_RUN_NUMBERS))})\s+(?:${alt(MONTH_WORDS)})(?:\s+(?:${alt(START_END_WORDS)}))?(?:\s+(?:${alt(YEAR_WORDS)})(?:\s+(?:19|20)\d\d)?)?`
  + String.raw`|(?:${alt(QUARTER_WORDS)})\s+(?:IV|III|II|I|[1-4])(?:${YEAR})?|(?:${alt(MONTH_WORDS)})\s+\d{1,2}(?:${YEAR})?|(?:${alt(WHOLE_YEAR_WORDS)})\s+(?:19|20)\d\d)(?![\p{L}\d])`, 'giu');
const RUNNING = new RegExp(String.raw`${edgeAlt(CUMULATIVE_WORDS, PERIOD_RUNNING_WORDS)}(?![\p{L}])`, 'iu');

/** The one period the words name (periodSpanOf reads it), or null when they name none, or several. */
function onePeriod(words: string): MonthSpan | null {
  const found = [...words.matchAll(PERIOD_NAME)];
  return found.length === 1 ? periodSpanOf(found[0][0]) : null;
}

// Levels told at each period's end ("tổng đàn lợn 6 tháng … 12.450 con, trong đó quý I 12.100 con, quý II 12.450 con") or
// running totals each stand near the whole, and add up to nearly twice it at least; the periods of a flow add up to it, give
// or take a slip. Parts off the whole by half of it or more are no flow split by period.
const LEVEL_SUM_GAP = 0.5;

/**
 * True when parts described by `texts` (each part's own words) each name one period, none a running total ("lũy kế", "đến
 * hết quý II"), and those periods tile without gap or overlap the one period the whole's words (`wholeWords`) name, in
 * the same year where both say one, their `values` adding up to within half of the `whole`'s: the parts then cover the whole.
 */
export function periodsSplit(texts: string[], wholeWords: string, values: number[], total: number): boolean {
  if (texts.length < 2 || texts.some((t) => RUNNING.test(t))) return false;
  if (Math.abs(values.reduce((a, v) => a + v, 0) - total) >= LEVEL_SUM_GAP * Math.abs(total)) return false;
  const whole = onePeriod(wholeWords);
  if (!whole) return false;
  const spans = texts.map(onePeriod);
  if (spans.some((s) => s === null || (s.year !== null && whole.year !== null && s.year !== whole.year))) return false;
  const sorted = (spans as MonthSpan[]).slice().sort((a, b) => a.from - b.from);
  let next = whole.from;
  for (const s of sorted) {
    if (s.from !== next || s.to > whole.to) return false;
    next = s.to + 1;
  }
  return next === whole.to + 1;
}

const LEVELS = LEVEL_TIERS.map((words) => new RegExp(String.raw`${edgeAlt(words)}(?![\p{L}])`, 'iu'));
const OPEN_LEVEL = new RegExp(String.raw`${edgeAlt(OPEN_RANGE_TAILS)}(?![\p{L}])`, 'iu');

/**
 * True when parts described by `texts` each name one level (lexicon LEVEL_TIERS) and no other, no two the same, none open
 * to the levels beyond it ("cấp huyện trở lên"): they count distinct members of their whole.
 */
export function levelsApart(texts: string[]): boolean {
  if (texts.length < 2 || texts.some((t) => OPEN_LEVEL.test(t))) return false;
  const chosen = texts.map((t) => {
    const hits = LEVELS.flatMap((m, k) => (m.test(t) ? [k] : []));
    return hits.length === 1 ? hits[0] : -1;
  });
  return chosen.every((c) => c >= 0) && new Set(chosen).size === chosen.length;
}
