/**
 * Column checks of table-total-mismatch: "Tổng số" against its "Trong đó"
 * parts, and a "Tỷ lệ" column against its row's counts. Both learn from the
 * table itself which columns add up or divide, and flag only the rows that
 * break what the other rows agree on.
 */
import type { Table, TableCell, TableColumn, TableRow } from '../../model/index.js';
import type { Place, Report } from '../define.js';
import { isRateRow } from '../../extract/table-rows.js';
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
  const sides = groups.size === 0 ? sideParts(table) : [];
  for (const [group, parts] of [...groups, ...sides]) {
    const totalCol = sides.length > 0 ? table.columns[group] : [...table.columns].reverse().find((c) => c.index < group && c.role === 'total');
    if (!totalCol || parts.length < 2) continue;
    // A rate row ("Tỷ lệ so với KH (%)", "Bình quân", "… (%)") holds each column's own ratio: its total is the ratio of the
    // totals, never the sum of its parts' ratios.
    const eligible = table.rows.filter((row) => !isRateRow(row) && counted(row.cells[totalCol.index]) && parts.filter((p) => counted(row.cells[p])).length >= 2);
    const verdicts = eligible.map((row) => {
      const filled = parts.map((p) => row.cells[p]).filter(counted);
      return { row, filled, ...sumOf(filled), total: row.cells[totalCol.index], complete: filled.length === parts.length };
    });
    // Decimal cells ("0,6 | 0,7 | 0,2 | 1,5") add up within their rounding, never by float equality.
    const adds = (w: (typeof verdicts)[number]) => Math.abs(w.sum - w.total.value!) <= w.tolerance;
    for (const v of verdicts) {
      const exact = adds(v);
      const supporters = verdicts.filter((w) => w !== v && adds(w)).length;
      if (exact || supporters < 2 || !(v.sum > v.total.value! || v.complete)) continue;
      emit({
        messageId: 'partsMismatch',
        data: { row: rowName(v.row), column: totalCol.header, stated: v.total.value!, actual: v.sum },
        places: [place(v.total), ...v.filled.map(place)],
      });
    }
  }
}

/**
 * Members that each state their share of the group's value in a rate column, shares that do not make 100%: "Phụ nữ đẻ
 * 468" over "- Khám thai đủ 4 lần | 421 | 90,0" and "- Sinh tại cơ sở y tế | 463 | 98,9" (90,0 + 98,9 ≠ 100) are
 * subsets the report measures against the group, which may overlap or leave some out: never parts it adds up.
 */
export function membersShareHead(table: Table, head: number, members: number[], column: TableColumn): boolean {
  const whole = table.rows[head].cells[column.index];
  if (!counted(whole) || whole.value! <= 0) return false;
  return table.columns.some((rate) => {
    if (rate.index === column.index || (rate.measure !== 'rate' && rate.role !== 'percent')) return false;
    let sum = 0;
    let tolerance = 0;
    for (const k of members) {
      const part = table.rows[k].cells[column.index];
      const cell = table.rows[k].cells[rate.index];
      if (!counted(part) || !isRate(cell) || !percentAgrees(part.value!, whole.value!, cell.percent ?? cell.value!, cell.decimals)) return false;
      sum += cell.percent ?? cell.value!;
      tolerance += 10 ** -cell.decimals;
    }
    return Math.abs(sum - 100) > tolerance;
  });
}

/** The sum of filled cells, and how far it may miss a written total through the cells' own rounding (half a last digit each). */
export function sumOf(cells: TableCell[]): { sum: number; tolerance: number } {
  const filled = cells.filter((c) => c.kind !== 'empty');
  const sum = filled.reduce((s, c) => s + c.value!, 0);
  const tolerance = filled.reduce((t, c) => t + (c.decimals > 0 ? 10 ** -c.decimals / 2 : 0), 1e-9);
  return { sum: Math.round(sum * 1e6) / 1e6, tolerance };
}

/**
 * A whole that its parts each repeat ("Học kỳ I | 312 học sinh", "Học kỳ II | 312" under "Cả năm học | 312"; a number of
 * beds or a rate per month written on every period): a carried attribute (a stock, a population, a norm), which the parts
 * split by time or by kind but never add up to. Two parts at least, every one filled and equal to the whole; never a
 * whole of 0, whose parts add up to it as well (and show the table's sums to hold).
 */
export function repeatsWhole(whole: TableCell, parts: TableCell[]): boolean {
  return parts.length >= 2 && whole.value !== null && whole.value !== 0 && parts.every((c) => c.kind !== 'empty' && c.value === whole.value);
}

/**
 * With no "Trong đó" header, a "Tổng cộng" column closing a run of plain amount columns
 * ("Bão số 5 | Bão số 10 | Đợt lũ | Tổng cộng") is read as their sum, the same way: only where
 * two other rows show it. Keyed by the total column's index.
 */
function sideParts(table: Table): Array<[number, number[]]> {
  const plain = (c: TableColumn | undefined) => !!c && c.role === 'value' && c.group === null && OPERAND.has(c.measure) && !percentCells(table, c.index);
  const out: Array<[number, number[]]> = [];
  for (const total of table.columns) {
    if (total.role !== 'total' || !OPERAND.has(total.measure)) continue;
    const parts: number[] = [];
    for (let k = total.index - 1; plain(table.columns[k]); k--) parts.unshift(k);
    if (parts.length >= 2) out.push([total.index, parts]);
  }
  return out;
}

/** Measures of the quantity columns a row formula reads (a rate, change or average column is never an operand). */
const OPERAND = new Set(['amount', 'count', 'money', 'plan', 'result']);

/** A rate, fulfilment or change computed from two cells of its row (or, for a share, its row and the total row). */
interface Formula {
  kind: 'ratio' | 'change' | 'difference';
  a: number;
  b: number;
  /** A second column added to b ("đúng hạn / (đúng hạn + quá hạn)"), or null. */
  b2: number | null;
  /** For a share of the whole ("Cơ cấu (%)"): the total row whose cell in column b is the denominator. */
  bRow?: number;
  /** For shares of several wholes, one group each: each row's whole (the nearest row above it whose rate is 100), by row. */
  bRows?: ReadonlyMap<TableRow, number>;
}

/**
 * Percent, ratio and change columns against their own row: the formula (a/b·100, (a−b)/b·100 or a−b) and its
 * columns are narrowed by the header words (result over plan for "% so với KH"; the later year over the earlier
 * for a change), then learnt from the table: at least two rows and a majority must agree with it before the
 * rows that do not are flagged. A total row is checked the same way, so its rate is the ratio of its totals.
 * A rate column may also be each row's share of the table's one total row ("Số hộ | Tỷ lệ (%)").
 * A column of "%" cells is a rate column whatever its header says.
 */
export function checkPercentColumns(table: Table, emit: Emit, plainRatios = false): void {
  const operands = table.columns.filter((c) => OPERAND.has(c.measure) && !['stt', 'label', 'unit', 'notes'].includes(c.role) && !percentCells(table, c.index));
  for (const pc of table.columns) {
    const rate = (pc.role === 'percent' && pc.measure !== 'fulfilment' && pc.measure !== 'change') || (OPERAND.has(pc.measure) && percentCells(table, pc.index));
    // A rate column written with signs ("+25,00", "-8,33") holds changes: no share or fulfilment is below zero.
    const measure = rate && signedCells(table, pc.index) ? 'change' : rate ? 'rate' : pc.measure;
    if (!['rate', 'fulfilment', 'change'].includes(measure)) continue;
    const percent = pc.role === 'percent' || measure === 'rate';
    const others = operands.filter((c) => c.index !== pc.index);
    // The formula most rows agree with (two at least, a majority); when two formulas tie and would flag
    // different rows, the reading is unsure and nothing is said.
    // Plain ratios only, when asked (a table turned on its side): "a / (a + b)" nears "(a − b) / a" for a small b, so
    // a rate of two rows summed over a third would be read as another formula missing by a last digit.
    const candidates = formulas(measure, percent, others, table, pc.index).filter((f) => !plainRatios || (f.kind === 'ratio' && f.b2 === null && f.bRow === undefined && f.bRows === undefined));
    const tried = candidates.map((f) => {
      const rows = table.rows.filter((r) => {
        const { a, b, b2 } = operandsOf(table, r, f);
        return isRate(r.cells[pc.index]) && counted(a) && counted(b) && (f.b2 === null || counted(b2)) && base(table, r, f) !== 0;
      });
      const good = rows.filter((r) => agrees(table, r, f, r.cells[pc.index]));
      // A row whose part passes its base is no share of it, unless two rows of the column agreeing with the formula pass it
      // too: then the column is a ratio past 100% by design ("So sánh (%)" of this year over last), as fulfilmentCells reads.
      const over = (r: TableRow) => r.cells[f.a].value! > base(table, r, f);
      // So is a ratio of a result column over a plan column ("Kế hoạch | Thực hiện | So sánh (%)"): done over planned, which
      // passes 100 whenever the plan is beaten, however few rows of the table beat theirs.
      const pastBase = measure === 'rate' && f.kind === 'ratio' && (good.filter(over).length >= 2 || fulfilmentPair(table, f));
      const bad = rows.filter((r) => !agrees(table, r, f, r.cells[pc.index]) && !(measure === 'rate' && f.kind === 'ratio' && !pastBase && over(r)));
      return { f, good: good.length, rows: rows.length, bad };
    }).filter((t) => t.good >= 2 && t.good * 2 > t.rows);
    const best = Math.max(...tried.map((t) => t.good));
    const top = tried.filter((t) => t.good === best);
    if (top.length === 0 || top.some((t) => t.bad.map((r) => r.blocks[0]).join() !== top[0].bad.map((r) => r.blocks[0]).join())) continue;
    const f = top[0].f;
    for (const r of top[0].bad) {
      const cells = operandsOf(table, r, f);
      const a = cells.a!.value!;
      const b = base(table, r, f);
      const stated = r.cells[pc.index];
      const places = [place(stated), place(cells.a!), place(cells.b!), ...(cells.b2 ? [place(cells.b2)] : [])];
      const d = Math.max(stated.decimals, 1);
      if (f.kind === 'ratio') {
        emit({ messageId: 'percentColumnMismatch', data: { row: rowName(r), column: pc.header, stated: stated.value!, num: a, den: b, actual: actualPercent(a, b, stated.decimals) }, places });
      } else if (f.kind === 'change') {
        emit({ messageId: 'changeColumnMismatch', data: { row: rowName(r), column: pc.header, stated: stated.value!, current: a, previous: b, actual: round(((a - b) / b) * 100, d) }, places });
      } else {
        emit({ messageId: 'differenceColumnMismatch', data: { row: rowName(r), column: pc.header, stated: stated.value!, current: a, previous: b, actual: round(a - b, stated.decimals) }, places });
      }
    }
  }
}

// A plain ratio of a result column over a plan column of the same rows: a fulfilment, whatever the rate column's header.
const fulfilmentPair = (t: Table, f: Formula) => f.b2 === null && f.bRow === undefined && f.bRows === undefined
  && t.columns[f.a]?.measure === 'result' && t.columns[f.b]?.measure === 'plan';

// A column with a figure below zero or written with a plus sign ("+2", "-3,5"): its cells are changes.
function signedCells(table: Table, c: number): boolean {
  return table.rows.some((r) => {
    const x = r.cells[c];
    return !!x && x.value !== null && x.kind !== 'text' && x.kind !== 'empty' && (x.value < 0 || x.text.trimStart().startsWith('+'));
  });
}

// A column whose filled cells are mostly written with "%" ("95%", "-3,2%").
function percentCells(table: Table, c: number): boolean {
  const filled = table.rows.map((r) => r.cells[c]).filter((x) => x && x.kind !== 'empty' && x.kind !== 'text');
  return filled.length >= 2 && filled.filter((x) => x.kind === 'percent').length >= filled.length * 0.8;
}

function operandsOf(table: Table, r: TableRow, f: Formula): { a?: TableCell; b?: TableCell; b2?: TableCell } {
  if (f.bRows !== undefined) {
    const whole = f.bRows.get(r);
    return { a: r.cells[f.a], b: whole === undefined ? undefined : table.rows[whole].cells[f.b], b2: undefined };
  }
  return { a: r.cells[f.a], b: f.bRow !== undefined ? table.rows[f.bRow].cells[f.b] : r.cells[f.b], b2: f.b2 !== null ? r.cells[f.b2] : undefined };
}

// Candidate formulas for a column, narrowed by the header words; the rows then pick one.
function formulas(measure: string, percent: boolean, cols: TableColumn[], t: Table, rateColumn: number): Formula[] {
  const out: Formula[] = [];
  const pairs = (as: TableColumn[], bs: TableColumn[]) => as.flatMap((a) => bs.filter((b) => b !== a).map((b) => [a.index, b.index] as const));
  if (measure === 'fulfilment') {
    const results = cols.filter((c) => c.measure === 'result');
    const plans = cols.filter((c) => c.measure === 'plan');
    // Result over plan: a column named for one of them pairs with the other columns; with neither, any pair.
    const others = (named: TableColumn[]) => cols.filter((c) => !named.includes(c));
    const ps = plans.length > 0 ? pairs(results.length > 0 ? results : others(plans), plans) : results.length > 0 ? pairs(results, others(results)) : pairs(cols, cols);
    for (const [a, b] of ps) out.push({ kind: 'ratio', a, b, b2: null });
    for (const [a, b] of ps) out.push({ kind: 'change', a, b, b2: null });
  } else if (measure === 'change') {
    // The later year over the earlier when the headers name years; else the current period over the earlier one when
    // the headers name them ("Kỳ này | Cùng kỳ", in either order); else a column over one to its left.
    const dated = cols.filter((c) => c.year !== null);
    const earlier = cols.filter((c) => c.time === 'earlier');
    const current = cols.some((c) => c.time === 'current') ? cols.filter((c) => c.time === 'current') : cols.filter((c) => c.time === null);
    // "Kế hoạch năm 2024 | Thực hiện 6 tháng | Cùng kỳ năm 2023": a current column naming no year is later than the earlier one too.
    const ps = dated.length >= 2 ? [...pairs(dated, dated).filter(([a, b]) => yearAt(cols, a) > yearAt(cols, b)), ...pairs(current.filter((c) => c.year === null && c.time !== 'earlier'), earlier)]
      : earlier.length > 0 ? pairs(current, earlier)
      : pairs(cols, cols).filter(([a, b]) => a > b);
    for (const [a, b] of ps) out.push({ kind: 'change', a, b, b2: null }, { kind: 'ratio', a, b, b2: null });
    if (!percent) for (const [a, b] of ps) out.push({ kind: 'difference', a, b, b2: null });
  } else {
    for (const [a, b] of pairs(cols, cols)) out.push({ kind: 'ratio', a, b, b2: null });
    for (const [a, b] of pairs(cols, cols)) out.push({ kind: 'ratio', a, b: a, b2: b });
    // A share of the whole: the row's amount over the table's one total row, or over the one row whose rate is 100, the
    // whole the others are shares of ("Số trẻ được cân, đo | 441 | 100" above "Suy dinh dưỡng thể thấp còi | 19 | 4,31").
    const totals = t.rows.map((r, k) => (r.total ? k : -1)).filter((k) => k >= 0);
    if (totals.length === 1) for (const c of cols) out.push({ kind: 'ratio', a: c.index, b: c.index, b2: null, bRow: totals[0] });
    const wholes = t.rows.map((r, k) => (isRate(r.cells[rateColumn]) && r.cells[rateColumn].value === 100 ? k : -1)).filter((k) => k >= 0);
    if (wholes.length === 1 && wholes[0] !== totals[0]) for (const c of cols) out.push({ kind: 'ratio', a: c.index, b: c.index, b2: null, bRow: wholes[0] });
    // Several such wholes ("Kết quả rèn luyện | 720 | 100" over its levels, then "Kết quả học tập | 720 | 100" over its own):
    // each row a share of the nearest whole above it; the rows before the first belong to none.
    if (wholes.length >= 2) {
      const bRows = new Map<TableRow, number>();
      let whole = -1;
      t.rows.forEach((r, k) => {
        if (wholes.includes(k)) whole = k;
        if (whole >= 0) bRows.set(r, whole);
      });
      for (const c of cols) out.push({ kind: 'ratio', a: c.index, b: c.index, b2: null, bRows });
    }
  }
  return out;
}

const yearAt = (cols: TableColumn[], index: number) => cols.find((c) => c.index === index)!.year!;
const base = (t: Table, r: TableRow, f: Formula) => {
  const { b, b2 } = operandsOf(t, r, f);
  return b!.value! + (b2 ? b2.value! : 0);
};
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

function agrees(t: Table, r: TableRow, f: Formula, stated: TableCell): boolean {
  const a = r.cells[f.a].value!;
  const b = base(t, r, f);
  const s = stated.value!;
  // "94,0" for 357/380 = 93,9…: trailing zeros add no precision. Such a value was rounded, never cut: "98,00" is
  // no reading of 10.577/10.684 = 98,99…%, which is 99 at that precision.
  const d = significant(s, stated.decimals);
  if (f.kind === 'ratio') return percentAgrees(a, b, s, stated.decimals) || (d < stated.decimals && b !== 0 && round((a / b) * 100, d) === s);
  return near(f.kind === 'change' ? ((a - b) / b) * 100 : a - b, s, d);
}

function significant(v: number, decimals: number): number {
  let k = decimals;
  while (k > 0 && round(v, k - 1) === v) k--;
  return k;
}

// Within one unit of the last written digit: rounding or truncation either way.
const near = (exact: number, stated: number, decimals: number) => Math.abs(exact - stated) < 10 ** -decimals - 1e-9;
