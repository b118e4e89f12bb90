/**
 * Shared arithmetic of the percent rules: the rounding interval a stated
 * percentage may fall in, single-slip repairs of a stated value, and the
 * rate cells a table (or a restatement of the text) shows to be done/planned.
 */
import type { Table, TableCell, TableColumn, TableRow } from '../../model/index.js';

const EPS = 1e-9;

/**
 * True when `stated` (written with `decimals` digits after the comma) can be
 * num/den·100: anywhere between the truncation and the rounding of the true
 * ratio at that precision (statcheck / XBRL interval). 100% needs num = den.
 */
export function percentAgrees(num: number, den: number, stated: number, decimals: number): boolean {
  if (den === 0) return true;
  const exact = (num / den) * 100;
  if (stated === 100 || num === den) return num === den ? stated === 100 : false;
  const scale = 10 ** decimals;
  const truncated = Math.floor(exact * scale + EPS) / scale;
  const rounded = Math.round(exact * scale) / scale;
  return stated >= Math.min(truncated, rounded) - EPS && stated <= Math.max(truncated, rounded) + EPS;
}

/** The true percentage rounded to the stated precision (at least one decimal when the stated has none but the ratio is not whole). */
export function actualPercent(num: number, den: number, decimals: number): number {
  const scale = 10 ** Math.max(decimals, 1);
  return Math.round((num / den) * 100 * scale) / scale;
}

/**
 * Values one slip away from a number as written (deducorrect idea): one digit
 * swapped with its neighbour, dropped, changed or added. Kept in the writing's
 * own form ("0,6"); the caller keeps those that fit.
 */
export function singleSlips(written: string): string[] {
  const digits = written.replace(/[^\d,]/g, '');
  const out = new Set<string>();
  const at = (i: number) => /\d/.test(digits[i] ?? '');
  for (let i = 0; i < digits.length; i++) {
    if (at(i) && at(i + 1)) out.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    if (at(i)) out.add(digits.slice(0, i) + digits.slice(i + 1));
    for (let d = 0; d <= 9; d++) {
      if (at(i)) out.add(digits.slice(0, i) + d + digits.slice(i + 1));
      out.add(digits.slice(0, i) + d + digits.slice(i));
    }
  }
  out.delete(digits);
  return [...out].filter((s) => /^(?:0|[1-9]\d*)(?:,\d+)?$/.test(s));
}

/** Read a slip candidate ("73,70") as a number. */
export function readSlip(s: string): { value: number; decimals: number } {
  const [, frac = ''] = s.split(',');
  return { value: Number(s.replace(',', '.')), decimals: frac.length };
}

/** The one value a single slip of `written` turns into a fitting one, or null when none or several do. */
export function firstSlip(written: string, fits: (value: number, decimals: number) => boolean): string | null {
  const fitting = singleSlips(written).filter((s) => {
    const r = readSlip(s);
    return fits(r.value, r.decimals);
  });
  return new Set(fitting.map((s) => readSlip(s).value)).size === 1 ? fitting[0] : null;
}

/** The document's tables, as the analysis read them (a rule never re-reads them). */
export function tablesOf(context: { tables: Table[] }): Table[] {
  return context.tables;
}

// A table of plan fulfilment: a "Kế hoạch"/"Chỉ tiêu" column of counts beside a rate column, whose rates
// (done / planned) may exceed 100%. A target column of rates ("95%") marks shares measured against a goal instead.
export const PLAN_HEADER = /kế hoạch|(?<![\p{L}])kh(?![\p{L}])|chỉ tiêu|mục tiêu|dự toán|cùng kỳ|năm trước/iu;

const counted = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money');
const isTarget = (c: TableColumn) => c.role === 'target' || (c.role !== 'label' && PLAN_HEADER.test(c.header));

/**
 * Rate cells that are done/planned, learnt from the table: the rate is B/A of two count cells of its row
 * where A sits in a plan/target column ("40 sản phẩm | 46 sản phẩm | 115%"), or where the same pair of
 * columns gives the rate on two rows or more with B above A (a column of ratios that pass 100 by design).
 */
export function fulfilmentCells(t: Table): Set<TableCell> {
  const out = new Set<TableCell>();
  const counts = t.columns.filter((c) => c.role !== 'percent' && c.role !== 'stt' && c.role !== 'label');
  for (const pc of t.columns.filter((c) => c.role === 'percent')) {
    for (const a of counts) {
      for (const b of counts) {
        if (a === b || isTarget(b)) continue;
        const rows = t.rows.filter((r) => {
          const rate = r.cells[pc.index];
          return rate && rate.pure && rate.value !== null && counted(r.cells[a.index]) && counted(r.cells[b.index]) && r.cells[a.index].value! > 0
            && percentAgrees(r.cells[b.index].value!, r.cells[a.index].value!, rate.value, rate.decimals);
        });
        const over = rows.filter((r) => r.cells[b.index].value! > r.cells[a.index].value!);
        if (isTarget(a) || over.length >= 2) for (const r of rows) out.add(r.cells[pc.index]);
      }
    }
  }
  return out;
}

/** A count and the rate stated for it. */
export interface Rate { done: number; rate: number; decimals: number }
const sameRate = (a: Rate, value: number, decimals: number) => Math.abs(a.rate - value) <= 10 ** -Math.min(a.decimals, decimals) / 2 + 1e-9;

/** Rates by their count, for restatedCells. */
export function ratesByCount(rates: readonly Rate[]): Map<number, Rate[]> {
  const out = new Map<number, Rate[]>();
  for (const r of rates) out.set(r.done, [...(out.get(r.done) ?? []), r]);
  return out;
}

/** The (count, rate) pairs of a table's fulfilment cells. */
export function tableFulfilment(t: Table, cells: ReadonlySet<TableCell>): Rate[] {
  return t.rows.flatMap((r) => r.cells.filter((c) => cells.has(c)).flatMap((rate) =>
    rowCounts(t, r).map((c) => ({ done: c.value!, rate: rate.value!, decimals: rate.decimals }))));
}

/**
 * Rate cells of a row that restates, with the same count and the same rate, a fulfilment the text or another
 * table states ("Chữ ký số … | 3.482 | 103,0" in an appendix of results and rates, after "3.482 …, đạt 103% kế hoạch").
 */
export function restatedCells(t: Table, known: ReadonlyMap<number, Rate[]>): TableCell[] {
  const out: TableCell[] = [];
  for (const pc of t.columns.filter((c) => c.role === 'percent')) {
    for (const r of t.rows) {
      const rate = r.cells[pc.index];
      if (!rate || !rate.pure || rate.value === null) continue;
      if (rowCounts(t, r).some((c) => known.get(c.value!)?.some((k) => sameRate(k, rate.value!, rate.decimals)))) out.push(rate);
    }
  }
  return out;
}

// The count cells of a row outside its STT, label and rate columns.
const rowCounts = (t: Table, r: TableRow) => r.cells.filter((c, i) => counted(c) && !['stt', 'label', 'percent'].includes(t.columns[i]?.role ?? ''));
