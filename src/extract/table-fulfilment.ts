/**
 * Fulfilment in tables: the rate cells a table (or a restatement of the text) shows to be done/planned, so
 * they may pass 100% — a rate equal to result/plan of two count cells of its row, a rate column that two
 * rows show to be B/A with B above A, or a row restating a count with the rate the text gives it.
 */
import type { Table, TableCell, TableColumn, TableRow } from '../model/index.js';
import { alt, PLAN_COLUMN_WORDS, edgeAlt } from '../text/lexicon.js';
import { percentAgrees } from './percent-arith.js';

// A table of plan fulfilment: a "Kế hoạch"/"Chỉ tiêu" column of counts beside a rate column, whose rates
// (done / planned) may exceed 100%. A target column of rates ("95%") marks shares measured against a goal instead.
export const PLAN_HEADER = new RegExp(String.raw`${alt(PLAN_COLUMN_WORDS.filter((w) => w !== 'KH'))}|${edgeAlt(['KH'])}(?![\p{L}])`, 'iu');

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

/**
 * Columns that hold their row's ratio of two other columns, whatever their header says: "Kế hoạch | Giải ngân | 56,81"
 * where 56,81 = Giải ngân / Kế hoạch × 100 on most rows — a rate column whose header a pdf lost or set over another
 * column. Such a column is never an amount to add. Shown, for one pair of columns, by every row of the column, three at
 * least; a row that disagrees leaves the column read as before (its table is then flagged, if not in the right words).
 */
export function ratioColumns(t: Table): Set<number> {
  const out = new Set<number>();
  const width = Math.max(0, ...t.rows.map((r) => r.cells.length));
  for (let c = 0; c < width; c++) {
    if (['stt', 'label'].includes(t.columns[c]?.role ?? '')) continue;
    const rated = t.rows.filter((r) => counted(r.cells[c]));
    if (rated.length < 3) continue;
    search: for (let a = 0; a < width; a++) {
      // A whole is its part over its rate as surely as the rate is the part over the whole ("17 | 15 | 88,2": 15/88,2 = 17%):
      // a column whose header says it holds the rates ("Tỷ lệ (%)") is the rate, never the divisor of one.
      if (t.columns[a]?.role === 'percent' && t.columns[c]?.role !== 'percent') continue;
      for (let b = 0; b < width; b++) {
        if (a === b || a === c || b === c) continue;
        const both = rated.filter((r) => counted(r.cells[a]) && counted(r.cells[b]) && r.cells[a].value! > 0);
        // The rate below its whole: the whole is then never read as the done over the rate (2.000 = 1.800 / 90 × 100).
        const agree = both.filter((r) => r.cells[c].value! < r.cells[a].value! && percentAgrees(r.cells[b].value!, r.cells[a].value!, r.cells[c].value!, r.cells[c].decimals));
        if (agree.length >= 3 && agree.length === rated.length) {
          out.add(c);
          break search;
        }
      }
    }
  }
  return out;
}
