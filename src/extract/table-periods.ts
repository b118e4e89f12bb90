/**
 * Columns that are periods ("Quý I | Quý II | Quý III | 9 tháng", "Tháng 7 | Tháng 8 | Tháng 9 | Quý III",
 * "6 tháng đầu năm | 6 tháng cuối năm | Cả năm"): the months each header spans, and the column spanning exactly the
 * run of period columns right before it. Its amounts are their sum; its rates are recomputed from its own amounts,
 * never added. Read from the headers only; the table checks then ask the rows whether they agree.
 */
import type { Table, TableColumn } from '../model/index.js';
import { alt, MONTH_RUN_NUMBERS, MONTH_WORDS, PERIOD_PART_FRAMES, PERIOD_TOTAL_FRAMES, QUARTER_WORDS, START_END_WORDS, WHOLE_YEAR_WORDS, YEAR_WORDS, edgeAlt } from '../text/lexicon.js';

/** The months a period column spans (1–12), and its year when the header names one. */
export interface MonthSpan {
  from: number;
  to: number;
  year: number | null;
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
// A total's frame ("Lũy kế 9 tháng") or one period's ("Trong kỳ tháng 01"): the period follows it.
const FRAME = new RegExp(String.raw`^(?:${alt(PERIOD_TOTAL_FRAMES, PERIOD_PART_FRAMES)})\s+`, 'iu');
const YEAR_TAIL = new RegExp(String.raw`\s*(?:(?:${alt(YEAR_WORDS)})\s+|\/\s*)((?:19|20)\d\d)$`, 'iu');
const QUARTER = new RegExp(String.raw`^(?:${alt(QUARTER_WORDS)})\s+(IV|III|II|I|[1-4])$`, 'iu');
const MONTH = new RegExp(String.raw`^(?:${alt(MONTH_WORDS)})\s+(\d{1,2})$`, 'iu');
const MONTH_RUN = new RegExp(String.raw`^(\d{1,2}|${alt(Object.keys(MONTH_RUN_NUMBERS))})\s+(?:${alt(MONTH_WORDS)})(?:\s+(${alt(START_END_WORDS)}))?(?:\s+(?:${alt(YEAR_WORDS)}))?$`, 'iu');
const WHOLE_YEAR = new RegExp(String.raw`^(?:${alt(WHOLE_YEAR_WORDS)})?$`, 'iu');

/** The months a column header names ("Quý II" 4–6, "9 tháng" 1–9, "6 tháng cuối năm" 7–12, "Năm 2024"), else null. */
export function periodSpanOf(header: string): MonthSpan | null {
  let h = header.replace(/\([^)]*\)/gu, ' ').replace(/\s+/gu, ' ').trim().replace(FRAME, '');
  const y = YEAR_TAIL.exec(h);
  const year = y ? Number(y[1]) : null;
  if (y) h = h.slice(0, y.index).trim();
  let m: RegExpExecArray | null;
  if ((m = QUARTER.exec(h))) {
    const q = QUARTERS[m[1].toLowerCase()];
    return { from: q * 3 - 2, to: q * 3, year };
  }
  if ((m = MONTH.exec(h))) return +m[1] >= 1 && +m[1] <= 12 ? { from: +m[1], to: +m[1], year } : null;
  if ((m = MONTH_RUN.exec(h))) {
    const n = MONTH_RUN_NUMBERS[m[1].toLowerCase()] ?? +m[1];
    if (n < 1 || n > 12) return null;
    return m[2] && START_END_WORDS.indexOf(m[2].toLowerCase() as never) === 1 ? { from: 13 - n, to: 12, year } : { from: 1, to: n, year };
  }
  if (WHOLE_YEAR.test(h) && (year !== null || h !== '')) return { from: 1, to: 12, year };
  return null;
}

/** A column spanning the period columns right before it, with their indexes (two at least, left to right). */
export interface PeriodRun {
  total: number;
  parts: number[];
}

const AMOUNT_ROLES = new Set(['value', 'period', 'total', 'cumulative']);
// A header holding a digit or a period word at all: the only ones periodSpanOf may read.
const NAMES_PERIOD = new RegExp(String.raw`\d|${edgeAlt(QUARTER_WORDS, MONTH_WORDS, WHOLE_YEAR_WORDS)}(?![\p{L}])`, 'iu');
const sameYear = (a: MonthSpan, b: MonthSpan) => a.year === null || b.year === null || a.year === b.year;

/**
 * Every column whose period is exactly the run of period columns before it, one after another without gap or
 * overlap ("Quý I | Quý II | Quý III | 9 tháng"; "Tháng 1 | … | Tháng 6 | 6 tháng đầu năm").
 */
export function periodRuns(table: Table): PeriodRun[] {
  let runs = RUNS.get(table);
  if (!runs) RUNS.set(table, (runs = readRuns(table)));
  return runs;
}
// Read once per table: every cell's reading asks (quantities.ts), and each check of the table.
const RUNS = new WeakMap<Table, PeriodRun[]>();

function readRuns(table: Table): PeriodRun[] {
  const spans = table.columns.map((c) => (AMOUNT_ROLES.has(c.role) ? periodSpanOf(c.header) : null));
  const out: PeriodRun[] = [];
  table.columns.forEach((column: TableColumn, c) => {
    const whole = spans[c];
    if (!whole) return;
    const parts: number[] = [];
    let end = whole.to;
    for (let k = c - 1; k >= 0; k--) {
      const s = spans[k];
      if (!s || s.to !== end || !sameYear(s, whole) || s.from < whole.from || (s.from === whole.from && s.to === whole.to)) break;
      parts.unshift(k);
      end = s.from - 1;
      if (s.from === whole.from) break;
    }
    if (parts.length >= 2 && spans[parts[0]]!.from === whole.from) out.push({ total: column.index, parts });
  });
  return out;
}

/**
 * True when a column names a period other than the report's (a quarter's column in a nine-month report, or, with the
 * report's period unknown, a column summed into another): its cells are other quantities than the report's figures.
 */
export function otherPeriodColumn(table: Table, index: number, period: { start: string; end: string } | null): boolean {
  const column = table.columns[index];
  if (!column || !AMOUNT_ROLES.has(column.role) || (periodRuns(table).length === 0 && !NAMES_PERIOD.test(column.header))) return false;
  const span = periodSpanOf(column.header);
  if (!span) return false;
  if (period) {
    const [sy, sm] = period.start.split('-').map(Number);
    const [ey, em] = period.end.split('-').map(Number);
    if (sy === ey) return span.from !== sm || span.to !== em || (span.year !== null && span.year !== ey);
  }
  return periodRuns(table).some((r) => r.parts.includes(index));
}

/**
 * True when a column header names the report's own period, whole ("Lũy kế quý I/2026" in the report of quý I/2026, "Lũy kế
 * 9 tháng" in a nine-month report): a running total over exactly that period is the report's own figure, no other quantity.
 */
export function spansReportPeriod(header: string, period: { start: string; end: string } | null): boolean {
  const span = period ? periodSpanOf(header) : null;
  if (!span || !period) return false;
  const [sy, sm] = period.start.split('-').map(Number);
  const [ey, em] = period.end.split('-').map(Number);
  return sy === ey && span.from === sm && span.to === em && (span.year === null || span.year === ey);
}
