/**
 * Column checks of table-total-mismatch: "Tổng số" against its "Trong đó"
 * parts, and a "Tỷ lệ" column against its row's counts. Both learn from the
 * table itself which columns add up or divide, and flag only the rows that
 * break what the other rows agree on.
 */
import type { Table, TableCell, TableRow } from '../../model/index.js';
import type { Place, Report } from '../define.js';
import { actualPercent, percentAgrees } from './percent.js';

type Emit = (r: Report) => void;

/** A cell as a place for evidence. */
export function place(cell: TableCell): Place {
  return { block: cell.at!.block, from: cell.at!.from, to: cell.at!.to };
}

const counted = (c: TableCell | undefined): c is TableCell => !!c && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money') && c.pure && c.at !== null;
const rowName = (row: TableRow) => row.label || row.stt;
// A cell of a "Tỷ lệ (%)" column: "72,3%" or, as most tables write it, "72,3".
const isRate = (c: TableCell | undefined) => !!c && c.pure && (c.kind === 'percent' || c.kind === 'decimal' || c.kind === 'count');

/** "Tổng số" = sum of its "Trong đó" columns, where two other rows show the parts to be additive. */
export function checkParts(table: Table, emit: Emit): void {
  const groups = new Map<number, number[]>();
  for (const col of table.columns) if (col.role === 'part' && col.group !== null) groups.set(col.group, [...(groups.get(col.group) ?? []), col.index]);
  for (const [group, parts] of groups) {
    const totalCol = [...table.columns].reverse().find((c) => c.index < group && c.role === 'total');
    if (!totalCol || parts.length < 2) continue;
    const eligible = table.rows.filter((row) => counted(row.cells[totalCol.index]) && parts.filter((p) => counted(row.cells[p])).length >= 2);
    const verdicts = eligible.map((row) => {
      const filled = parts.map((p) => row.cells[p]).filter(counted);
      const sum = filled.reduce((s, c) => s + c.value!, 0);
      return { row, filled, sum, total: row.cells[totalCol.index], complete: filled.length === parts.length };
    });
    for (const v of verdicts) {
      const exact = v.sum === v.total.value;
      const supporters = verdicts.filter((w) => w !== v && w.sum === w.total.value).length;
      if (exact || supporters < 2 || !(v.sum > v.total.value! || v.complete)) continue;
      emit({
        messageId: 'partsMismatch',
        data: { row: rowName(v.row), column: totalCol.header, stated: v.total.value!, actual: v.sum },
        places: [place(v.total), ...v.filled.map(place)],
      });
    }
  }
}

/** A "Tỷ lệ" column against the (part, whole) pair of count columns the other rows agree with. */
export function checkPercentColumns(table: Table, emit: Emit): void {
  columns: for (const pc of table.columns.filter((c) => c.role === 'percent')) {
    const counts = table.columns.filter((c) => c.index !== pc.index && ['value', 'total', 'part', 'period', 'cumulative'].includes(c.role));
    for (const num of counts) {
      for (const den of counts) {
        if (num === den) continue;
        const rows = table.rows.filter((r) => isRate(r.cells[pc.index]) && counted(r.cells[num.index]) && counted(r.cells[den.index]));
        const agree = (r: TableRow) => percentAgrees(r.cells[num.index].value!, r.cells[den.index].value!, r.cells[pc.index].value!, r.cells[pc.index].decimals);
        const good = rows.filter(agree);
        if (good.length < 2 || good.length * 2 <= rows.length) continue;
        for (const r of rows.filter((x) => !agree(x) && x.cells[num.index].value! <= x.cells[den.index].value!)) {
          const n = r.cells[num.index].value!;
          const d = r.cells[den.index].value!;
          emit({
            messageId: 'percentColumnMismatch',
            data: { row: rowName(r), column: pc.header, stated: r.cells[pc.index].value!, num: n, den: d, actual: actualPercent(n, d, r.cells[pc.index].decimals) },
            places: [place(r.cells[pc.index]), place(r.cells[num.index]), place(r.cells[den.index])],
          });
        }
        continue columns;
      }
    }
  }
}
