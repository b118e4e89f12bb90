/**
 * Tables whose columns are periods ("Nội dung | Quý I | Quý II | Quý III | 9 tháng"): the column spanning the
 * others holds, in an amount row, their sum, and in a rate row the rate of its own amounts (never their sum nor
 * their mean). Both are learnt from the table: a sum where two other rows add up, a rate by the pair of rows
 * that gives it in most columns. A cell that misses its row's sum is the slip; the checks of its column then
 * read the sum in its place, so the slip is told once, where it is.
 */
import type { Table, TableCell, TableColumn, TableRow } from '../../model/index.js';
import type { Report } from '../define.js';
import { isRateRow } from '../../extract/table-rows.js';
import { periodRuns } from '../../extract/table-periods.js';
import { checkPercentColumns, place, repeatsWhole, sumOf } from './table-checks.js';

type Emit = (r: Report) => void;

const counted = (c: TableCell | undefined): c is TableCell => !!c && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money') && c.pure && c.at !== null;

/**
 * Amount rows against the column spanning their periods; returns the cells found to miss, each with its row's sum.
 * A rate row is never added; a row is flagged when its filled periods exceed the spanning cell or all are filled and
 * miss it, and only where two other rows add up exactly.
 */
export function checkPeriodSums(table: Table, emit: Emit): Map<TableCell, number> {
  const slips = new Map<TableCell, number>();
  for (const run of periodRuns(table)) {
    // A row whose every period repeats the spanning cell (beds, staff, a monthly norm) is a stock carried along, no flow.
    const verdicts = table.rows.filter((row) => !isRateRow(row) && counted(row.cells[run.total]) && run.parts.filter((p) => counted(row.cells[p])).length >= 2
      && !repeatsWhole(row.cells[run.total], run.parts.map((p) => row.cells[p]))).map((row) => {
      const filled = run.parts.map((p) => row.cells[p]).filter(counted);
      return { row, filled, ...sumOf(filled), total: row.cells[run.total], complete: filled.length === run.parts.length };
    });
    const adds = (w: (typeof verdicts)[number]) => Math.abs(w.sum - w.total.value!) <= w.tolerance;
    for (const v of verdicts) {
      if (adds(v) || verdicts.filter((w) => w !== v && adds(w)).length < 2 || !(v.sum > v.total.value! || v.complete)) continue;
      slips.set(v.total, v.sum);
      emit({
        messageId: 'periodSumMismatch',
        data: { row: v.row.label || v.row.stt, column: table.columns[run.total].header, parts: run.parts.map((p) => table.columns[p].header).join(' + '), stated: v.total.value!, actual: v.sum },
        places: [place(v.total), ...v.filled.map(place)],
      });
    }
  }
  return slips;
}

/**
 * Rate rows of a table of periods, read as rate columns of the table turned on its side (each period a row, each row
 * a column): the rate of a period is the ratio of two of its amounts, the pair most periods agree with. Cells found
 * to miss their row's sum are read at that sum.
 */
export function checkPeriodRates(table: Table, slips: Map<TableCell, number>, emit: Emit): void {
  const runs = periodRuns(table);
  if (runs.length === 0 || !table.rows.some(isRateRow)) return;
  const periods = [...new Set(runs.flatMap((r) => [...r.parts, r.total]))].sort((a, b) => a - b);
  const columns: TableColumn[] = table.rows.map((row, k) => {
    const rate = isRateRow(row);
    return { index: k, headers: [row.label], header: row.label, role: rate ? 'percent' : 'value', group: null, measure: rate ? 'rate' : 'amount', year: null, time: null };
  });
  const rows: TableRow[] = periods.map((c) => ({
    blocks: [c], stt: '', label: table.columns[c].header, total: false, level: 0, parent: null, head: false, unit: '',
    cells: table.rows.map((row) => {
      const cell = row.cells[c] ?? { text: '', kind: 'empty', value: null, decimals: 0, numerator: null, denominator: null, percent: null, percentDecimals: null, pure: false, at: null };
      return slips.has(cell) ? { ...cell, value: slips.get(cell)! } : cell;
    }),
  }));
  const turned: Table = { index: table.index, headerBlocks: table.headerBlocks, columns, labelColumn: null, rows };
  checkPercentColumns(turned, (r) => emit(r.messageId === 'percentColumnMismatch' ? { ...r, messageId: 'periodRateMismatch' } : r), true);
}
