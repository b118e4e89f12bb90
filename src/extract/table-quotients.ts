/**
 * Columns that divide (read for table-total-mismatch): an average per unit ("Bình quân trẻ/lớp", "Sĩ số bình quân",
 * "Diện tích BQ/hộ") beside the two amounts it is the quotient of ("Số lớp | Số trẻ"): each row's average is its
 * numerator column over its denominator column, whichever pair the table's rows agree with.
 *
 * The pair is learnt from the rows, never from the header's words (a header may name neither side): the pair most
 * rows agree with, two rows at least and a majority of the rows read, and no other pair as good that would fault other
 * rows. A stated average passes anywhere between the quotient cut and rounded at its decimals ("27,8" for 362/13 =
 * 27,846…; trailing zeros, "24,0", add no precision). Total rows are left out: some tables write there the mean of
 * the averages above rather than the quotient of the totals. A row a thousand or a million times off is read as amounts
 * in another scale (nghìn đồng beside đồng), never as a slip.
 */
import type { Table, TableCell } from '../model/index.js';

/** Column indexes of an average and of the numerator and denominator it is the quotient of. */
export interface QuotientColumns { numerator: number; denominator: number; average: number }
/** A row whose average cell is not its numerator over its denominator. */
export interface QuotientSlip { row: number; columns: QuotientColumns; stated: number; actual: number }

// Measures of the amounts a quotient reads (an average, a rate or a change column is never one).
const OPERAND = new Set(['amount', 'count', 'money', 'plan', 'result']);
const NO_OPERAND_ROLES = new Set(['stt', 'label', 'unit', 'notes', 'percent']);

const readable = (c: TableCell | undefined): c is TableCell & { value: number } => c !== undefined && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money') && c.pure && c.value !== null && c.value > 0;

// Between the quotient cut and rounded at the stated decimals, within float noise.
function agrees(quotient: number, stated: TableCell & { value: number }): boolean {
  const scale = 10 ** stated.decimals;
  const cut = Math.floor(quotient * scale + 1e-9) / scale;
  const rounded = Math.round(quotient * scale) / scale;
  return stated.value >= Math.min(cut, rounded) - 1e-9 && stated.value <= Math.max(cut, rounded) + 1e-9;
}

// A row whose average is its quotient times a thousand or a million (or over it) holds its amounts in another scale
// ("28 800" nghìn đồng over 96 người beside "300 000" đồng/người): a reading of units, not a slip; nothing is said.
function scaledApart(quotient: number, stated: number): boolean {
  const exp = Math.log10(stated / quotient);
  return Math.abs(exp) >= 2.5 && Math.abs(exp - 3 * Math.round(exp / 3)) < 0.01;
}

/** The rows of a table whose average cell is not the quotient of the two amount columns most rows show it to be. */
export function quotientSlips(table: Table): QuotientSlip[] {
  const out: QuotientSlip[] = [];
  const operands = table.columns.filter((c) => OPERAND.has(c.measure) && !NO_OPERAND_ROLES.has(c.role));
  const body = table.rows.map((row, r) => ({ row, r })).filter(({ row }) => !row.total);
  for (const average of table.columns) {
    if (average.measure !== 'average' || average.role === 'target') continue;
    const tried: { columns: QuotientColumns; good: number; bad: QuotientSlip[] }[] = [];
    for (const n of operands) {
      for (const d of operands) {
        if (n === d || n.index === average.index || d.index === average.index) continue;
        const columns = { numerator: n.index, denominator: d.index, average: average.index };
        let good = 0;
        const bad: QuotientSlip[] = [];
        for (const { row, r } of body) {
          const [x, y, s] = [row.cells[n.index], row.cells[d.index], row.cells[average.index]];
          if (!readable(x) || !readable(y) || !readable(s)) continue;
          const quotient = x.value / y.value;
          if (agrees(quotient, s)) good++;
          else if (scaledApart(quotient, s.value)) continue;
          else bad.push({ row: r, columns, stated: s.value, actual: Math.round(quotient * 10 ** s.decimals) / 10 ** s.decimals });
        }
        if (good >= 2 && good > bad.length) tried.push({ columns, good, bad });
      }
    }
    const best = Math.max(...tried.map((t) => t.good));
    const top = tried.filter((t) => t.good === best);
    // Two pairs as good that fault different rows leave the reading unsure.
    if (top.length === 0 || top.some((t) => t.bad.map((b) => b.row).join() !== top[0].bad.map((b) => b.row).join())) continue;
    out.push(...top[0].bad);
  }
  return out;
}
