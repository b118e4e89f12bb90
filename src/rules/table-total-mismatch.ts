/**
 * table-total-mismatch — a table's totals must add up: a "Tổng"/"Tổng cộng"/
 * "Cộng" row (or one labelled only with the whole the rows split, "Toàn xã")
 * is the sum of its column, a "Tổng số" column is the sum of its
 * "Trong đó" columns when those split it, and a "Tỷ lệ" column is its own
 * row's part over whole.
 *
 * Why: a total that is not the sum of the lines above it means one of them
 * (or the total) was mistyped, and the reader cannot tell which.
 *
 * Total rows: amount columns only (count, money, plan, result; never a
 * rate, fulfilment, change, average or rank column, nor a column its rows
 * show to be the ratio of two others — a rate whose header a pdf lost or set
 * over another column, src/extract/table-fulfilment.ts); an empty cell is
 * absent, not 0; a column whose total cell is empty or which holds words is
 * skipped, and so, under a whole's row ("Toàn xã"), is a column whose header
 * was not read when its value is no larger than one of its items (a mean or a
 * rate). The items are the non-total rows between the previous total row
 * and this one (or, for a total row written first, the rows after it — only
 * the bullet rows right under it when other rows follow them; for a total
 * right under the groups' "Cộng" rows, those subtotals). Rows a leading
 * total owns are never a later total's: "Tổng thu" over its "-" rows, then
 * "Tổng chi", is two wholes, the second leading rows of its own if any. The total may equal
 * any one reading of a nested table: the top-level rows (by the row
 * structure), the rows heading no group, all rows, the roman-numbered rows or
 * the others, or, for a flat list, its outline by sums (a row heading the run
 * of rows right after it that adds up to it: kinds set apart by indentation
 * alone) — only when none adds up is it flagged. A total naming its rows
 * ("Cộng (2+3)", "Tổng cộng (I+II)") is the sum of those rows only. Rows of different units
 * (ĐVT, or a unit closing the label) are never added, nor are rate rows, nor rows that each count another noun than the
 * total names ("Tổng số đơn tiếp nhận" under "Lượt tiếp công dân", "Số người được tiếp": separate indicators) — but in a column naming its own counted
 * noun ("Số hộ được hỗ trợ") the rows' unit is their quantity cells', and the column adds up across it.
 * A column whose items (two or more) each repeat the total ("Tổng cộng | 312" over two terms of the same 312 pupils,
 * beds counted in each quarter, a norm written on every row) is a carried attribute — a stock, a population, a rate —
 * never their sum; so is a column of a norm per anything ("Định mức (đồng/tháng)", src/extract/table-header.ts).
 * Rounding: decimals may differ by half a unit of the last digit per item.
 *
 * Part columns: "Trong đó" means "of which" and is often not exhaustive
 * ("Tổng số 37, trong đó trước 5 năm 35, hư hỏng …, mới 02"), so the parts
 * are checked only when the table shows them to be additive — in at least two
 * other rows the filled parts add up exactly to the total — and a row is
 * flagged when its filled parts exceed the total, or all parts are filled and
 * miss it. A rate row ("Tỷ lệ so với KH (%)", "% so với cùng kỳ") holds each
 * column's own ratio and is never added across its columns. With no "Trong đó" header, a "Tổng cộng" column closing a run of
 * plain amount columns ("Quý I | Quý II | Tổng cộng") is checked the same way.
 *
 * Group rows: a row that heads a group (numbered "1" above "1.1", "I" above
 * "1", a row above "a)" or "-" rows) totals its own direct members only. It
 * is checked when it says only "Tổng số", or when the table shows its groups
 * to add up (another group, or another column of the same group, sums
 * exactly); members naming properties of the group's things ("Được khám …",
 * "Có thẻ BHYT", "Đạt chuẩn"), or passing the head by more than any one of
 * them, overlap and are never summed (src/extract/table-rows.ts membersOverlap);
 * members each repeating their head are carried, not parts (src/rules/support/table-checks.ts repeatsWhole);
 * members short of their head count only when the head is named a
 * total or another column shows the group complete, and a member saying
 * "trong đó"/"riêng" or a row of unclear place among them silences the group.
 *
 * Average columns: a "Bình quân" column after three years' columns or more is the mean of its row's years, where
 * two other rows at least, and most rows, show it so; only amount rows whose average lies within their values are
 * flagged (a rate or a per-unit value may be averaged with weights, a growth rate lies outside the amounts).
 *
 * Period columns: in a table whose columns are periods ("Quý I | Quý II | Quý III | 9 tháng", "Tháng 7 | Tháng 8 |
 * Tháng 9 | Quý III", "6 tháng đầu năm | 6 tháng cuối năm | Cả năm"), the column spanning the run before it holds each
 * amount row's sum (where two other rows add up exactly; a rate row is never added), and each rate row's value there is
 * the ratio of two of its own amount rows, the pair most periods agree with (src/rules/support/table-periods.ts). A
 * cell missing its row's sum is flagged there, and read at that sum by the group, total and rate checks of its column,
 * so one slip is told once.
 *
 * Period rows: a row naming the whole of the period rows above it ("Cả năm" under "Quý I" … "Quý IV", "6 tháng" or "Lũy
 * kế" under "Tháng 1" … "Tháng 6") is their total row when the run is complete and one column at least adds up exactly
 * (src/extract/table-period-rows.ts); where its cell is no larger than one of the periods it holds a stock at the end, a
 * mean or a peak, and is not checked.
 *
 * Percent, fulfilment and change columns are never summed; each is checked
 * against its own row (Thực hiện / Kế hoạch × 100, (2024 − 2023) / 2023 ×
 * 100, đúng hạn / (đúng hạn + quá hạn) × 100, or the row's share of the one
 * total row), the columns narrowed by the header words and the formula the
 * one most rows agree with (two at least and a majority; silent on a tie); a
 * total row's rate is the ratio of its totals. A change may be negative.
 * A product column ("Sản lượng (tấn)") is its row's quantity times its rate
 * ("Diện tích (ha)" × "Năng suất (tạ/ha)" ÷ 10), within the cells' rounding,
 * where most rows of the table agree.
 * An average column ("Bình quân trẻ/lớp") is its row's quotient of two amount columns ("Số trẻ" / "Số lớp"), the pair
 * most rows agree with; total rows are left out (both read by src/extract/table-arithmetic.ts).
 * A rate padded with zeros ("94,0", "98,00") is read at its significant digits
 * and must be the rounding there: 98,99…% is 99, never "98,00".
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
 * @example {"name": "group-not-ok.txt", "expect": "groupRowMismatch"}
 *   STT	Chỉ tiêu	Năm 2023	Năm 2024
 *   1	Tổng lượt khách	12.400	13.590
 *   1.1	Khách quốc tế	3.100	3.450
 *   1.2	Khách trong nước	9.300	10.500
 */

import type { Table, TableCell, TableColumn, TableRow } from '../model/index.js';
import { BARE_TOTAL, namesWholeScope, TOTAL_ROW_WORDS } from '../extract/table-rows.js';
import { defineRule } from './define.js';
import { namesPeriodWhole } from '../extract/table-period-rows.js';
import { tablesOf } from './support/percent.js';
import { isRateRow, isSomeOfRow, membersOverlap, moneyBesideQuantities, namedAddends, namedSubset, countsRows, rowsInRange, namesWholeUnit, rowsCoverSplit, totalOfOtherNoun, unitKey, valueInLabel } from '../extract/table-rows.js';
import { checkParts, checkPercentColumns, membersShareHead, place, repeatsWhole, sumOf } from './support/table-checks.js';
import { checkPeriodRates, checkPeriodSums } from './support/table-periods.js';
import { arithmeticSlips, pricedValueColumns } from '../extract/table-arithmetic.js';
import { ratioColumns } from '../extract/table-fulfilment.js';
import { countsOwnNoun, percentHeader, perUnitColumn } from '../extract/table-header.js';

/** Column measures whose cells add up down a column (rates, changes, averages and ranks do not). */
const SUMMED_MEASURES = new Set(['amount', 'count', 'money', 'plan', 'result']);
/** Column roles that may hold amounts. */
const SUMMED_ROLES = new Set(['value', 'total', 'part', 'period', 'cumulative', 'target']);

const SUMMABLE = new Set(['count', 'decimal', 'money']);

export default defineRule({
  id: 'table-total-mismatch',
  severity: 'error',
  description: 'Dòng/cột tổng của bảng không bằng tổng các thành phần; cột tỷ lệ không khớp số liệu của dòng',
  messages: {
    totalRowMismatch: 'Dòng "{row}", cột "{column}": tổng ghi {stated}, cộng các dòng được {actual}',
    groupRowMismatch: 'Dòng "{row}", cột "{column}": ghi {stated}, cộng các dòng thuộc nhóm được {actual}',
    partsMismatch: 'Dòng "{row}": {column} ghi {stated}, cộng các cột "Trong đó" được {actual}',
    percentColumnMismatch: 'Dòng "{row}": {column} ghi {stated}%, theo số liệu của dòng {num}/{den} = {actual}%',
    changeColumnMismatch: 'Dòng "{row}": {column} ghi {stated}%, theo số liệu của dòng ({current} − {previous})/{previous} = {actual}%',
    differenceColumnMismatch: 'Dòng "{row}": {column} ghi {stated}, theo số liệu của dòng {current} − {previous} = {actual}',
    averageColumnMismatch: 'Dòng "{row}": {column} ghi {stated}, bình quân {count} năm của dòng ({sum}/{count}) = {actual}',
    productColumnMismatch: 'Dòng "{row}": {column} ghi {stated}, theo số liệu của dòng {base} × {rate} = {actual}',
    quotientColumnMismatch: 'Dòng "{row}": {column} ghi {stated}, theo số liệu của dòng {num}/{den} = {actual}',
    periodSumMismatch: 'Dòng "{row}", cột "{column}": ghi {stated}, cộng các kỳ {parts} được {actual}',
    periodRateMismatch: 'Dòng "{column}", cột "{row}": ghi {stated}%, theo số liệu cùng cột {num}/{den} = {actual}%',
  },
  check(context) {
    for (const table of tablesOf(context)) {
      const slips = checkPeriodSums(table, context.report);
      checkTotalRows(table, context.report, slips);
      checkGroupRows(table, context.report, slips);
      checkPeriodRates(table, slips, context.report);
      checkParts(table, context.report);
      checkPercentColumns(table, context.report);
      checkAverageColumns(table, context.report);
      checkRowArithmetic(table, context.report);
    }
  },
});

type Report = Parameters<Parameters<typeof defineRule>[0]['check']>[0]['report'];

// A product or average column ("Sản lượng (tấn)", "Bình quân trẻ/lớp") against its row's quantity × rate or numerator
// over denominator, each message naming the two cells it was computed from.
const ARITHMETIC_MESSAGES = {
  product: { messageId: 'productColumnMismatch', left: 'base', right: 'rate' },
  quotient: { messageId: 'quotientColumnMismatch', left: 'num', right: 'den' },
} as const;
function checkRowArithmetic(table: Table, report: Report): void {
  for (const slip of arithmeticSlips(table)) {
    const row = table.rows[slip.row];
    const [a, b, s] = [slip.formula.left, slip.formula.right, slip.formula.result].map((k) => row.cells[k]);
    const m = ARITHMETIC_MESSAGES[slip.formula.op];
    report({
      messageId: m.messageId,
      data: { row: row.label || row.stt, column: table.columns[slip.formula.result].header, stated: s.text.trim(), [m.left]: a.text.trim(), [m.right]: b.text.trim(), actual: slip.actual },
      places: [place(s), place(a), place(b)],
    });
  }
}

// A column shown to hold its row's ratio of two others (a rate whose header the pdf lost or set elsewhere) is never added;
// nor a column of a value per unit ("Năng suất (tạ/ha)"), whose total row holds an average, never the column's sum.
const summedColumns = (table: Table) => {
  const ratios = ratioColumns(table);
  return table.columns.filter((c) => SUMMED_ROLES.has(c.role) && !perUnitColumn(c) && !ratios.has(c.index) && !runningTotal(table, c) && (SUMMED_MEASURES.has(c.measure) || additiveChange(table, c)));
};

/**
 * A cumulative column whose rows run up ("Lũy kế chiều dài": 4,25 | 9,11 | 14,23 | 18,64 over the years, the total row
 * 18,64): each row already holds the ones above it, so the total row restates the last row, never the column's sum.
 * Told by the cells, not the words: never falling down the body rows, and the total row's cell equal to the last one.
 */
function runningTotal(table: Table, c: TableColumn): boolean {
  if (c.role !== 'cumulative') return false;
  const body = table.rows.filter((r) => !r.total);
  const total = table.rows.find((r) => r.total);
  const values = body.map((r) => r.cells[c.index]).filter((x): x is TableCell => !!x && x.value !== null && SUMMABLE.has(x.kind)).map((x) => x.value!);
  if (values.length < 2 || values.some((v, i) => i > 0 && v < values[i - 1])) return false;
  const stated = total?.cells[c.index]?.value ?? null;
  return stated === null || stated === values[values.length - 1];
}

/**
 * A change column of signed differences ("Lao động tăng (+), giảm (−) so với cùng kỳ": +35, +20, −8) adds up down the
 * column like the amounts it compares, where the table shows it: no percent in header or cells, and two group rows at
 * least equal to the sum of their members' changes. A percent change (+12,5 over +8,0) adds up nowhere and stays a ratio.
 */
function additiveChange(table: Table, column: TableColumn): boolean {
  if (column.measure !== 'change' || column.role === 'percent' || percentHeader(column)) return false;
  const cells = table.rows.map((r) => r.cells[column.index]).filter((c) => c && c.kind !== 'empty');
  if (cells.length === 0 || !cells.every(summable)) return false;
  let exact = 0;
  table.rows.forEach((row, h) => {
    if (!row.head || row.total) return;
    const members = table.rows.filter((m) => m.parent === h).map((m) => m.cells[column.index]);
    const head = row.cells[column.index];
    if (members.length < 2 || !summable(head) || !members.every(summable)) return;
    const { sum, tolerance } = sumOf(members);
    if (Math.abs(sum - head.value!) <= tolerance) exact++;
  });
  return exact >= 2;
}
const summable = (c: TableCell) => SUMMABLE.has(c.kind) && c.pure;

// Rows that may be added in one column: amounts of one unit (the total's when it states one), no rate rows.
function addable(table: Table, rows: number[], unit: string): boolean {
  const units = new Set([...rows.map((k) => unitKey(table.rows[k].unit)), unitKey(unit)].filter((u) => u !== ''));
  return units.size <= 1 && !rows.some((k) => isRateRow(table.rows[k]));
}


// A total or group cell over a cell already found to miss its row's sum of periods: the slip is told there, once.
function checkTotalRows(table: Table, report: Report, slips: ReadonlyMap<TableCell, number>): void {
  table.rows.forEach((row, r) => {
    if (!row.total || isRateRow(row)) return;
    const items = itemsOf(table, r);
    if (items.length < 2) return;
    // "Cộng 09 xã (từ 2 đến 10)": a subtotal of the rows it names, or of nothing the table shows.
    const subset = subsetLevels(table, r, items);
    if (subset !== null && subset.length === 0) return;
    // "Số lượng | Đơn giá | Thành tiền": the value column is in money whatever unit each row's quantity counts.
    const priced = pricedValueColumns(table);
    const periodWhole = !TOTAL_ROW_WORDS.test(row.label) && namesPeriodWhole(row.label);
    for (const column of summedColumns(table)) {
      const cell = row.cells[column.index];
      // A whole unit's row ("Toàn phường") in a column whose header was not read (a pdf's shifted header cells) may hold
      // the unit's rate when its total has decimals.
      if (!summable(cell) || (column.header.trim() === '' && cell.decimals > 0 && namesWholeUnit(row))) continue;
      const levels = (subset ?? namedRows(table, items, row) ?? candidateLevels(table, items)).map((rows) => ({ rows, cells: rows.map((k) => table.rows[k].cells[column.index]) }));
      const filledLevels = levels.filter((l) => l.cells.some((c) => c.kind !== 'empty'));
      const usable = filledLevels.filter((l) => l.cells.every((c) => c.kind === 'empty' || summable(c)) && l.cells.filter((c) => c.kind !== 'empty').length >= 2
        && !l.rows.some((k) => valueInLabel(table.rows[k], column.index))
        && (countsOwnNoun(column) || priced.has(column.index) || moneyBesideQuantities(table, column, l.rows) ? !l.rows.some((k) => isRateRow(table.rows[k])) : addable(table, l.rows.filter((k) => table.rows[k].cells[column.index].kind !== 'empty'), row.unit))
        // "Tổng số đơn tiếp nhận" under "Lượt tiếp công dân", "Số người được tiếp": a total of another noun than its rows'.
        && (countsOwnNoun(column) || column.measure === 'money' || !totalOfOtherNoun(row, l.rows.map((k) => table.rows[k]))));
      if (usable.length === 0 || usable.length < filledLevels.length) continue;
      if (usable.some((l) => l.cells.some((c) => slips.has(c)))) continue;
      // "Tổng cộng | 312 học sinh" over two terms of the same 312: a carried attribute the rows repeat, no sum of them.
      if (usable.some((l) => repeatsWhole(cell, l.cells))) continue;
      const sums = usable.map((l) => sumOf(l.cells));
      if (sums.some((s) => Math.abs(s.sum - cell.value!) <= s.tolerance)) continue;
      // A flat list whose rows nest by indentation alone ("Án hình sự" over its kinds): the rows heading no run of rows
      // that sums to them may add up.
      const outline = items.some((k) => table.rows[k].head) ? null : headsBySums(usable[0].cells);
      if (outline !== null && Math.abs(outline.sum - cell.value!) <= outline.tolerance) continue;
      // A whole's row ("Toàn phường") states the whole's own figures, its rates and means too: in a column whose header
      // was not read, a value no larger than an item of its own is one of those, no sum.
      if (namesWholeScope(row.label) && column.header.trim() === '' && usable[0].cells.some((c) => c.kind !== 'empty' && c.value! >= cell.value!)) continue;
      // A whole of periods ("Cả năm" under "Quý I" … "Quý IV") no larger than one of them holds a stock at the period's end, a
      // mean or a peak, no sum of them.
      if (periodWhole && usable[0].cells.some((c) => c.kind !== 'empty' && c.value! >= cell.value!)) continue;
      // Its cell of a row-total column ("Cộng" closing the other columns) restates its own row's sum: a slip there is an item's
      // row sum, which the parts check tells.
      if (periodWhole && column.role === 'total') continue;
      const first = usable[0].cells;
      report({
        messageId: 'totalRowMismatch',
        data: { row: row.label || row.cells.find((c) => c.text)?.text || '', column: column.header, stated: cell.value!, actual: (outline ?? sums[0]).sum },
        places: [place(cell), ...first.filter((c) => c.kind !== 'empty').map(place)],
      });
    }
  });
}

/**
 * A group row against its direct members, where the table shows groups to add up: some other (group, column)
 * sums exactly with every member filled. Silent when a member says "trong đó"/"riêng" (only some of the whole).
 */
function checkGroupRows(table: Table, report: Report, slips: ReadonlyMap<TableCell, number>): void {
  const verdicts: { head: number; column: TableColumn; cells: TableCell[]; sum: number; tolerance: number }[] = [];
  table.rows.forEach((row, h) => {
    if (!row.head || row.total || isRateRow(row)) return;
    const members = table.rows.map((m, k) => (m.parent === h ? k : -1)).filter((k) => k >= 0);
    if (members.length < 2 || members.some((k) => isSomeOfRow(table.rows[k].label)) || isSomeOfRow(row.label)) return;
    // A member of unclear place (no STT) between them: the group's extent is unsure.
    const last = members[members.length - 1];
    if (table.rows.slice(h + 1, last).some((m) => m.level === null)) return;
    const sameUnit = addable(table, [h, ...members], row.unit);
    for (const column of summedColumns(table)) {
      if (!sameUnit && !moneyBesideQuantities(table, column, [h, ...members])) continue;
      // A caption row without STT ("VỐN SỰ NGHIỆP") in a column whose header was not read: what it holds is unknown.
      if (row.stt.trim() === '' && column.header.trim() === '') continue;
      const cell = row.cells[column.index];
      const cells = members.map((k) => table.rows[k].cells[column.index]);
      if (!summable(cell) || !cells.every(summable) || [cell, ...cells].some((c) => slips.has(c))) continue;
      // Members that each repeat the head (the same pupils, beds or rate in each term): carried, never added.
      if (repeatsWhole(cell, cells)) continue;
      // Members each stating their share of the group, shares not making 100%, are subsets, unless they name a known split.
      if (membersShareHead(table, h, members, column) && !rowsCoverSplit(members.map((k) => table.rows[k].label))) continue;
      verdicts.push({ head: h, column, cells: [cell, ...cells], ...sumOf(cells) });
    }
  });
  const exact = (v: (typeof verdicts)[number]) => Math.abs(v.sum - v.cells[0].value!) <= v.tolerance;
  for (const v of verdicts) {
    const row = table.rows[v.head];
    // A head saying only "Tổng số" totals its members by its own words; other heads need the table's word.
    if (exact(v) || (!BARE_TOTAL.test(row.label) && !verdicts.some((w) => w !== v && exact(w)))) continue;
    // Members naming properties of the group's things ("Được khám …", "Có thẻ BHYT"), or passing it by more than any of
    // them: subsets that overlap, never its parts.
    const labels = table.rows.map((m) => (m.parent === v.head ? m.label : null)).filter((l): l is string => l !== null);
    if (membersOverlap(v.cells[0].value!, v.cells.slice(1).map((c) => c.value!), labels)) continue;
    // Members short of their head may be only the parts worth listing ("2 Lao động" over two of its sectors):
    // a shortfall counts when the head is named a total, another column shows this group complete, or the members
    // cover a known split ("- Nam", "- Nữ").
    const short = v.sum < v.cells[0].value!;
    const split = () => rowsCoverSplit(table.rows.map((m) => (m.parent === v.head ? m.label : null)).filter((l): l is string => l !== null));
    if (short && !TOTAL_ROW_WORDS.test(row.label) && !verdicts.some((w) => w.head === v.head && w !== v && exact(w)) && !split() && !totalAddsMembers(table, v.head, v.column)) continue;
    report({
      messageId: 'groupRowMismatch',
      data: { row: row.label || row.stt, column: v.column.header, stated: v.cells[0].value!, actual: v.sum },
      places: v.cells.map(place),
    });
  }
}

/**
 * The table's own total row, in this column, adds up the members of the groups and not their heads: its items that head
 * no group sum to it exactly, the top-level rows do not, and the group at `head` is among them. Then the members are the
 * whole of their group as the table counts it, and a head above their sum is the odd one.
 */
function totalAddsMembers(table: Table, head: number, column: TableColumn): boolean {
  return table.rows.some((row, r) => {
    const stated = row.cells[column.index];
    if (!row.total || !summable(stated)) return false;
    const items = itemsOf(table, r);
    if (!items.includes(head)) return false;
    const levels = items.map((k) => table.rows[k].level);
    if (levels.some((l) => l === null)) return false;
    const min = Math.min(...(levels as number[]));
    const cells = (rows: number[]) => rows.map((k) => table.rows[k].cells[column.index]);
    const leaves = cells(items.filter((k) => !table.rows[k].head));
    const top = cells(items.filter((k) => table.rows[k].level === min));
    if (![...leaves, ...top].every((c) => c.kind === 'empty' || summable(c))) return false;
    const matches = (xs: TableCell[]) => {
      const { sum, tolerance } = sumOf(xs);
      return Math.abs(sum - stated.value!) <= tolerance;
    };
    return matches(leaves) && !matches(top);
  });
}

/**
 * A "Bình quân" column after the columns of three years or more ("2021 | … | Ước 2025 | Bình quân") is the mean of its
 * row's yearly values, where the table shows it: two other rows at least, and most rows, agree to the average's last
 * digit. Then an amount row (no rate, no per-unit value, whose average may be weighted or compound) whose average lies
 * within its values yet misses their mean is flagged; an average outside them measures something else (a growth rate).
 */
function checkAverageColumns(table: Table, report: Report): void {
  for (const column of table.columns) {
    if (column.measure !== 'average' || column.role === 'target') continue;
    const years = table.columns.filter((c) => c.index < column.index && c.year !== null && (c.role === 'value' || c.role === 'period') && SUMMED_MEASURES.has(c.measure));
    if (years.length < 3 || new Set(years.map((c) => c.year)).size !== years.length) continue;
    const verdicts: { row: TableRow; cell: TableCell; cells: TableCell[]; mean: number; sum: number; agrees: boolean }[] = [];
    for (const row of table.rows) {
      const cell = row.cells[column.index];
      const cells = years.map((c) => row.cells[c.index]);
      if (!cell || !summable(cell) || !cells.every((c) => c && summable(c))) continue;
      const { sum, tolerance } = sumOf(cells);
      const mean = sum / cells.length;
      const agrees = Math.abs(mean - cell.value!) <= 10 ** -cell.decimals / 2 + tolerance / cells.length + 1e-9;
      verdicts.push({ row, cell, cells, mean, sum, agrees });
    }
    const agreeing = verdicts.filter((v) => v.agrees).length;
    if (agreeing < 2 || agreeing * 2 <= verdicts.length) continue;
    for (const v of verdicts) {
      const values = v.cells.map((c) => c.value!);
      if (v.agrees || isRateRow(v.row) || v.cell.value! < Math.min(...values) || v.cell.value! > Math.max(...values)) continue;
      report({
        messageId: 'averageColumnMismatch',
        data: { row: v.row.label || v.row.stt, column: column.header, stated: v.cell.value!, count: v.cells.length, sum: v.sum, actual: Math.round(v.mean * 10 ** v.cell.decimals) / 10 ** v.cell.decimals },
        places: [place(v.cell), ...v.cells.map(place)],
      });
    }
  }
}

// The rows a total row sums: since the previous total row, or after it when it comes first; a total
// right under the subtotal rows of two groups or more ("Cộng" after each group) sums those subtotals.
function itemsOf(table: Table, r: number): number[] {
  const before: number[] = [];
  for (let k = r - 1; k >= 0 && (!table.rows[k].total || rangeSubtotal(table.rows[k])); k--) if (!table.rows[k].total) before.unshift(k);
  // Rows right under a total written first ("Tổng thu" over its "-" rows) are that total's: a later total row
  // ("Tổng chi") is another whole, which leads rows of its own if any, and never closes its neighbour's.
  const prev = before.length > 0 ? before[0] - 1 : -1;
  const owned = prev === 0 && table.rows[0].total ? new Set(itemsOf(table, 0)) : new Set<number>();
  const own = before.filter((k) => !owned.has(k));
  if (own.length > 0) return own;
  if (r > 0 && table.rows[r - 1].total) {
    const subtotals = table.rows.map((row, k) => (k < r && row.total && k > 0 && !table.rows[k - 1].total ? k : -1)).filter((k) => k >= 0);
    const closesAll = subtotals.length >= 2 && subtotals[subtotals.length - 1] === r - 1 && !table.rows.slice(0, r).some((row, k) => row.total && !subtotals.includes(k));
    return closesAll ? subtotals : [];
  }
  // A leading total over bullet rows totals those rows only (the rows after them are other quantities).
  if (table.rows[r].head) return table.rows.map((row, k) => (row.parent === r ? k : -1)).filter((k) => k >= 0);
  const after: number[] = [];
  for (let k = r + 1; k < table.rows.length && !table.rows[k].total; k++) after.push(k);
  return after;
}

/**
 * A total adding only some rows ("Cộng 09 xã (từ 2 đến 10)", "Cộng các xã còn lại") is checked against the rows its label
 * names: those above it numbered within its STT range (all of them, as many as it says if it says), else, with a count
 * only, the readings of its items that many rows long. Null when the label names no subset; empty when the rows it adds
 * cannot be told (then it is not checked: never against the whole table).
 */
function subsetLevels(table: Table, r: number, items: number[]): number[][] | null {
  const subset = namedSubset(table.rows[r].label);
  // "Cộng 9 tháng" counts months, not rows: a count names a subset only when the rows are the things it counts.
  if (subset === null || (subset.range === null && !subset.rest && !countsRows(subset, items.map((k) => table.rows[k])))) return null;
  if (subset.range !== null) {
    const rows = rowsInRange(table.rows, r, subset);
    return rows === null ? [] : [rows];
  }
  if (subset.rest || subset.count === null) return [];
  return candidateLevels(table, items).filter((rows) => rows.length === subset.count);
}

/** A total naming its rows by an STT range ("Cộng (từ 2 đến 10)"): an aside, never the end of the block a later total adds. */
const rangeSubtotal = (row: TableRow): boolean => row.total && namedSubset(row.label)?.range != null;

// "Cộng (2+3)": the total names the rows it adds by their STT; the one reading when each names exactly one of its items.
function namedRows(table: Table, items: number[], row: TableRow): number[][] | null {
  const addends = namedAddends(row.label);
  if (addends === null) return null;
  const rows = addends.map((a) => items.filter((k) => table.rows[k].stt.replace(/[.)]$/u, '').trim() === a));
  return rows.every((r) => r.length === 1) ? [rows.flat()] : null;
}

/**
 * A list read as an outline by its sums: each row followed by a run of two rows or more that adds up to it heads that run,
 * and the rows heading none or no one's member are the top level; their sum, when one row at least heads a run, else null.
 */
function headsBySums(cells: TableCell[]): { sum: number; tolerance: number } | null {
  const top: TableCell[] = [];
  let heads = 0;
  for (let k = 0; k < cells.length; k++) {
    top.push(cells[k]);
    if (cells[k].kind === 'empty') continue;
    let run = { sum: 0, tolerance: 1e-9 };
    for (let j = k + 1; j < cells.length; j++) {
      const c = cells[j];
      if (c.kind !== 'empty') run = { sum: run.sum + c.value!, tolerance: run.tolerance + (c.decimals > 0 ? 10 ** -c.decimals / 2 : 0) };
      if (j === k + 1 || Math.abs(run.sum - cells[k].value!) > run.tolerance) continue;
      heads++;
      k = j;
      break;
    }
  }
  return heads > 0 ? sumOf(top) : null;
}

const TOP = /^(?:[IVXLC]+|[A-Z])\.?$/u;

// Readings of a nested list: the top-level rows and the rows heading no group (by the row structure; the latter also
// when some row's place is unclear), then,
// as before it was read, every row, the roman-numbered rows and the others. The total may equal any one.
function candidateLevels(table: Table, items: number[]): number[][] {
  const out: number[][] = [];
  const levels = items.map((k) => table.rows[k].level);
  if (levels.every((l) => l !== null)) {
    const min = Math.min(...(levels as number[]));
    const top = items.filter((k) => table.rows[k].level === min);
    out.push(top);
    const leaves = items.filter((k) => !table.rows[k].head);
    if (leaves.length !== top.length) out.push(leaves);
  } else if (items.some((k) => table.rows[k].head)) {
    // A row of unclear place (its STT lost, "| Thuế GTGT" between "I" and "2") heads no group: it may be the leaf the rows
    // around it are, so the rows heading no group are one reading still (a wider one: it adds no finding).
    out.push(items.filter((k) => !table.rows[k].head));
  }
  const roman = items.filter((k) => TOP.test(table.rows[k].stt));
  const rest = items.filter((k) => !TOP.test(table.rows[k].stt));
  out.push(items);
  if (roman.length > 0 && rest.length > 0) out.push(roman, rest);
  return out.filter((rows, i) => out.findIndex((o) => o.join() === rows.join()) === i);
}
