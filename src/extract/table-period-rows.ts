/**
 * Rows that are periods: "Quý I" … "Quý IV" closed by "Cả năm", "Tháng 1" … "Tháng 6" closed by "6 tháng" or "Lũy kế",
 * "6 tháng đầu năm | 6 tháng cuối năm" closed by "Năm 2024". A row naming the whole period, right after rows that split
 * it exactly (every row since the table's start or its last total row, one after another from the whole's first month to
 * its last, no gap, no overlap, no other year), totals them as a "Tổng cộng" row would — where the table shows it: in one
 * column at least the rows add up to it exactly. A whole in brackets or naming a plan or an estimate ("Cả năm (kế hoạch)",
 * "Ước cả năm") is no sum of what was done; neither is a set of periods with one missing ("Quý I | Quý II | Quý IV").
 */
import type { TableCell, TableRow } from '../model/index.js';
import { periodSpanOf, type MonthSpan } from './table-periods.js';
import { alt, edgeAlt, ESTIMATE_WORDS, PLAN_WORDS, RUNNING_TOTAL_ROW_LABELS } from '../text/lexicon.js';

// A plan or an estimate named anywhere in the label: the row states what was meant, not what its periods add up to.
const NOT_DONE = new RegExp(String.raw`${edgeAlt(PLAN_WORDS, ESTIMATE_WORDS)}(?![\p{L}])`, 'iu');
// "Lũy kế", "Cộng dồn" alone: the running total from the year's first month to the last period above it.
const BARE_RUNNING = new RegExp(String.raw`^(?:${alt(RUNNING_TOTAL_ROW_LABELS)})\s*:?$`, 'iu');
const NUMERIC = new Set(['count', 'decimal', 'money']);

/** The months a row's label names, read as periodSpanOf reads a header; null for a label with an aside or a plan. */
export function rowPeriodSpan(label: string): MonthSpan | null {
  const text = label.trim();
  if (text === '' || /[()]/u.test(text) || NOT_DONE.test(text)) return null;
  return periodSpanOf(text);
}

/** True when a row is a total only by naming the whole of the periods above it ("Cả năm" under "Quý I" … "Quý IV"). */
export function namesPeriodWhole(label: string): boolean {
  return BARE_RUNNING.test(label.trim()) || rowPeriodSpan(label) !== null;
}

/** Marks each row closing a complete run of period rows as the total of that run (see the module comment). */
export function markPeriodTotals(rows: TableRow[]): void {
  let start = 0;
  rows.forEach((row, k) => {
    if (row.total) {
      start = k + 1;
      return;
    }
    const parts = rows.slice(start, k);
    if (parts.length < 2 || !closesRun(row.label, parts) || !addsUpSomewhere(row, parts)) return;
    row.total = true;
    start = k + 1;
  });
}

// The parts' periods follow one another from the whole's first month to its last, all of the whole's year.
function closesRun(label: string, parts: TableRow[]): boolean {
  const spans = parts.map((p) => rowPeriodSpan(p.label));
  if (spans.some((s) => s === null)) return false;
  const run = spans as MonthSpan[];
  const last = run[run.length - 1];
  const whole: MonthSpan | null = BARE_RUNNING.test(label.trim()) ? { from: 1, to: last.to, year: null } : rowPeriodSpan(label);
  if (!whole || run[0].from !== whole.from || last.to !== whole.to) return false;
  const years = new Set([whole.year, ...run.map((s) => s.year)].filter((y) => y !== null));
  return years.size <= 1 && run.every((s, i) => i === 0 || s.from === run[i - 1].to + 1);
}

// One column at least where every part is a number and they add up exactly to the whole's cell, a sum above each part.
function addsUpSomewhere(row: TableRow, parts: TableRow[]): boolean {
  return row.cells.some((whole, c) => {
    const cells = parts.map((p) => p.cells[c]);
    if (!readable(whole) || whole.value! <= 0 || !cells.every(readable)) return false;
    const sum = cells.reduce((s, x) => s + x!.value!, 0);
    const tolerance = cells.reduce((t, x) => t + (x!.decimals > 0 ? 10 ** -x!.decimals / 2 : 0), 1e-9);
    return Math.abs(sum - whole.value!) <= tolerance && cells.every((x) => x!.value! < whole.value!);
  });
}
const readable = (c: TableCell | undefined): boolean => !!c && NUMERIC.has(c.kind) && c.value !== null && c.pure;
