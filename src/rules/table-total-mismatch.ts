/**
 * table-total-mismatch — a table's totals must add up: a "Tổng"/"Tổng cộng"/
 * "Cộng" row is the sum of its column, a "Tổng số" column is the sum of its
 * "Trong đó" columns when those split it, and a "Tỷ lệ" column is its own
 * row's part over whole.
 *
 * Why: a total that is not the sum of the lines above it means one of them
 * (or the total) was mistyped, and the reader cannot tell which.
 *
 * Total rows: numeric columns only (percent, fraction and target columns are
 * never summed); an empty cell is absent, not 0; a column whose total cell is
 * empty or which holds words is skipped. The items are the non-total rows
 * between the previous total row and this one (or, for a total row written
 * first, the rows after it); when the table nests (roman/arabic STT,
 * subtotals), the total may equal any one level: all rows, top-level rows,
 * leaf rows, or the subtotals — only when none adds up is it flagged.
 * Rounding: decimals may differ by half a unit of the last digit per item.
 *
 * Part columns: "Trong đó" means "of which" and is often not exhaustive
 * ("Tổng số 37, trong đó trước 5 năm 35, hư hỏng …, mới 02"), so the parts
 * are checked only when the table shows them to be additive — in at least two
 * other rows the filled parts add up exactly to the total — and a row is
 * flagged when its filled parts exceed the total, or all parts are filled and
 * miss it.
 *
 * Percent columns: checked against the pair of count columns (part, whole)
 * that the other rows of the table agree with (at least two rows, a
 * majority), with the rounding interval of percent-mismatch.
 *
 * @example {"name": "ok.txt"}
 *   STT	Nội dung	Số lượng
 *   1	Tin bài	16
 *   2	Phát sóng	24
 *   	Tổng cộng	40
 * @example {"name": "not-ok.txt", "expect": "totalRowMismatch"}
 *   STT	Nội dung	Số lượng
 *   1	Tin bài	16
 *   2	Phát sóng	24
 *   	Tổng cộng	50
 */
import type { Table, TableCell } from '../model/index.js';
import { defineRule } from './define.js';
import { tablesOf } from './support/percent.js';
import { checkParts, checkPercentColumns, place } from './support/table-checks.js';

const SUMMABLE = new Set(['count', 'decimal', 'money']);

export default defineRule({
  id: 'table-total-mismatch',
  severity: 'error',
  description: 'Dòng/cột tổng của bảng không bằng tổng các thành phần; cột tỷ lệ không khớp số liệu của dòng',
  messages: {
    totalRowMismatch: 'Dòng "{row}", cột "{column}": tổng ghi {stated}, cộng các dòng được {actual}',
    partsMismatch: 'Dòng "{row}": {column} ghi {stated}, cộng các cột "Trong đó" được {actual}',
    percentColumnMismatch: 'Dòng "{row}": {column} ghi {stated}%, theo số liệu của dòng {num}/{den} = {actual}%',
  },
  check(context) {
    for (const table of tablesOf(context)) {
      checkTotalRows(table, context.report);
      checkParts(table, context.report);
      checkPercentColumns(table, context.report);
    }
  },
});

type Report = Parameters<Parameters<typeof defineRule>[0]['check']>[0]['report'];

function checkTotalRows(table: Table, report: Report): void {
  table.rows.forEach((row, r) => {
    if (!row.total) return;
    const items = itemsOf(table, r);
    if (items.length < 2) return;
    for (const column of table.columns) {
      if (!['value', 'total', 'part', 'period', 'cumulative'].includes(column.role)) continue;
      const cell = row.cells[column.index];
      if (!SUMMABLE.has(cell.kind) || !cell.pure) continue;
      const levels = candidateLevels(table, items).map((rows) => rows.map((k) => table.rows[k].cells[column.index]));
      const usable = levels.filter((cells) => cells.every((c) => c.kind === 'empty' || (SUMMABLE.has(c.kind) && c.pure)) && cells.filter((c) => c.kind !== 'empty').length >= 2);
      if (usable.length === 0 || usable.length < levels.filter((cells) => cells.some((c) => c.kind !== 'empty')).length) continue;
      const sums = usable.map((cells) => sumOf(cells));
      if (sums.some((s) => Math.abs(s.sum - cell.value!) <= s.tolerance)) continue;
      const all = usable[0];
      report({
        messageId: 'totalRowMismatch',
        data: { row: row.label || row.cells.find((c) => c.text)?.text || '', column: column.header, stated: cell.value!, actual: sums[0].sum },
        places: [place(cell), ...all.filter((c) => c.kind !== 'empty').map(place)],
      });
    }
  });
}

// The rows a total row sums: since the previous total row, or after it when it comes first.
function itemsOf(table: Table, r: number): number[] {
  const before: number[] = [];
  for (let k = r - 1; k >= 0 && !table.rows[k].total; k--) before.unshift(k);
  if (before.length > 0) return before;
  const after: number[] = [];
  for (let k = r + 1; k < table.rows.length && !table.rows[k].total; k++) after.push(k);
  return after;
}

const TOP = /^(?:[IVXLC]+|[A-Z])\.?$/u;

// Readings of a nested list: every row, the top-level rows, the leaf rows.
function candidateLevels(table: Table, items: number[]): number[][] {
  const top = items.filter((k) => TOP.test(table.rows[k].stt));
  const leaves = items.filter((k) => !TOP.test(table.rows[k].stt));
  const out = [items];
  if (top.length > 0 && leaves.length > 0) out.push(top, leaves);
  return out;
}

function sumOf(cells: TableCell[]): { sum: number; tolerance: number } {
  const filled = cells.filter((c) => c.kind !== 'empty');
  const sum = filled.reduce((s, c) => s + c.value!, 0);
  const tolerance = filled.reduce((t, c) => t + (c.decimals > 0 ? 10 ** -c.decimals / 2 : 0), 1e-9);
  return { sum: Math.round(sum * 1e6) / 1e6, tolerance };
}
