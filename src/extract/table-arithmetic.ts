/**
 * Columns whose cells are their row's product or quotient of two others (read for table-total-mismatch), checked by one
 * mechanism: candidate formulas for a result column, each voted on by the body rows, the one most rows agree with kept.
 *
 * - A product: a rate per unit ("Năng suất (tạ/ha)") times a quantity of that unit ("Diện tích (ha)") is the quantity of
 *   the rate's own unit ("Sản lượng (tấn)"), scaled between units of mass (tạ × ha = tạ, written in tấn: ÷ 10). The
 *   candidates come from the units in the brackets closing the headers; a row passes within the rounding of its three
 *   cells (the rate rounded at its decimals times the quantity, and the product's own last digit).
 * - A quotient: an average per unit ("Bình quân trẻ/lớp", "Sĩ số bình quân", "Diện tích BQ/hộ") of two amount columns
 *   ("Số lớp | Số trẻ"). The candidates are every pair of amount columns, never the header's words (a header may name
 *   neither side). A stated average passes anywhere between the quotient cut and rounded at its decimals ("27,8" for
 *   362/13 = 27,846…; trailing zeros, "24,0", add no precision); a row a thousand or a million times off is read as
 *   amounts in another scale (nghìn đồng beside đồng), never as a slip.
 *
 * A formula holds where two rows at least and a majority of the rows read agree with it, so a column that only looks like
 * a product or an average stays silent; of several that hold for one result column, the one most rows agree with, and
 * none when two as good fault different rows. Three columns read as a product are not read again as a quotient (the
 * price of "Khối lượng (kg) | Đơn giá (đồng/kg) | Thành tiền (đồng)" is no average to check twice). Total rows are left
 * out: some tables write there the mean of the rates or averages above rather than the result of the totals.
 */
import type { Table, TableCell } from '../model/index.js';
import { MASS_UNIT_KG, PRICE_COLUMN_WORDS, wordsRe } from '../text/lexicon.js';

/** A result column read as its row's product or quotient of two others; scale turns a product's rate unit into its own. */
export interface RowFormula { op: 'product' | 'quotient'; left: number; right: number; result: number; scale: number }
/** A row whose result cell is not its formula of the two others. */
export interface ArithmeticSlip { row: number; formula: RowFormula; stated: number; actual: number }

type Read = TableCell & { value: number };

const BRACKET_UNIT = /\(\s*([^()\d]{1,20}?)\s*\)\s*$/u;
const MASS = new Map<string, number>(MASS_UNIT_KG.map(([u, kg]) => [u, kg]));
// Measures of the amounts a quotient reads (an average, a rate or a change column is never one).
const OPERAND = new Set(['amount', 'count', 'money', 'plan', 'result']);
const NO_OPERAND_ROLES = new Set(['stt', 'label', 'unit', 'notes', 'percent']);
const READ_KINDS = new Set(['count', 'decimal', 'money']);

const readable = (c: TableCell | undefined): c is Read => c !== undefined && READ_KINDS.has(c.kind) && c.pure && c.value !== null && c.value > 0;
const half = (decimals: number) => 0.5 * 10 ** -decimals;

// What each operation computes, whether a stated cell agrees, and whether a disagreeing row is no slip but another scale.
const OPS = {
  product: {
    value: (a: Read, b: Read, f: RowFormula) => a.value * b.value * f.scale,
    agrees: (v: number, a: Read, b: Read, s: Read, f: RowFormula) =>
      Math.abs(v - s.value) <= half(s.decimals) + (a.value * half(b.decimals) + b.value * half(a.decimals) + half(a.decimals) * half(b.decimals)) * f.scale + 1e-9,
    apart: () => false,
  },
  quotient: {
    value: (a: Read, b: Read) => a.value / b.value,
    agrees: (v: number, _a: Read, _b: Read, s: Read) => betweenCutAndRound(v, s),
    apart: (v: number, s: Read) => scaledApart(v, s.value),
  },
} as const;

// Between the quotient cut and rounded at the stated decimals, within float noise.
function betweenCutAndRound(quotient: number, stated: Read): boolean {
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

/** The product formulas of a table, from the units its headers close on. */
export function productFormulas(table: Table): RowFormula[] {
  const units = table.columns.map((c) => BRACKET_UNIT.exec(c.header)?.[1].toLowerCase().replace(/\s+/gu, '') ?? null);
  const out: RowFormula[] = [];
  units.forEach((u, rate) => {
    const per = u?.split('/') ?? [];
    if (per.length !== 2 || per[0] === '' || per[1] === '') return;
    const base = units.indexOf(per[1]);
    if (base < 0 || base === rate) return;
    units.forEach((v, result) => {
      if (v === null || result === rate || result === base) return;
      const scale = v === per[0] ? 1 : MASS.has(per[0]) && MASS.has(v) ? MASS.get(per[0])! / MASS.get(v)! : null;
      if (scale !== null) out.push({ op: 'product', left: base, right: rate, result, scale });
    });
  });
  return out;
}

/** The quotient formulas of a table: each average column over every ordered pair of amount columns. */
export function quotientFormulas(table: Table): RowFormula[] {
  const operands = table.columns.filter((c) => OPERAND.has(c.measure) && !NO_OPERAND_ROLES.has(c.role));
  const out: RowFormula[] = [];
  for (const average of table.columns) {
    if (average.measure !== 'average' || average.role === 'target') continue;
    for (const n of operands) {
      for (const d of operands) {
        if (n !== d && n.index !== average.index && d.index !== average.index) out.push({ op: 'quotient', left: n.index, right: d.index, result: average.index, scale: 1 });
      }
    }
  }
  return out;
}

/** The rows of a table whose product or average cell is not the formula most of its rows show that column to hold. */
export function arithmeticSlips(table: Table): ArithmeticSlip[] {
  return heldFormulas(table).flatMap((h) => h.bad);
}

// The formulas most rows of the table agree with, one per result column at most, each with the rows that miss it.
function heldFormulas(table: Table): Array<{ f: RowFormula; bad: ArithmeticSlip[] }> {
  const out: Array<{ f: RowFormula; bad: ArithmeticSlip[] }> = [];
  // Three columns hold one relation: a price × amount = value read as a product is not read again as value / amount = price.
  const read = new Set<string>();
  for (const candidates of groupByResult([...productFormulas(table), ...quotientFormulas(table)])) {
    const held = candidates.map((f) => ({ f, ...vote(table, f) })).filter((v) => v.good >= 2 && v.good > v.bad.length && !read.has(triple(v.f)));
    const best = Math.max(...held.map((t) => t.good));
    const top = held.filter((t) => t.good === best);
    // Two formulas as good that fault different rows leave the reading unsure.
    if (top.length === 0 || top.some((t) => t.bad.map((b) => b.row).join() !== top[0].bad.map((b) => b.row).join())) continue;
    read.add(triple(top[0].f));
    out.push({ f: top[0].f, bad: top[0].bad });
  }
  return out;
}

const PRICE = wordsRe(PRICE_COLUMN_WORDS);

/**
 * The columns a table shows to hold the value of each row's quantity at its price ("Số lượng | Đơn giá | Thành tiền":
 * Thành tiền / Số lượng = Đơn giá on most rows, or Số lượng × Đơn giá = Thành tiền): the rows' own unit ("bình", "máy")
 * is the quantity's, and these cells are all in the money the price is of, so they add up across rows of any unit.
 */
export function pricedValueColumns(table: Table): Set<number> {
  const out = new Set<number>();
  for (const { f } of heldFormulas(table)) {
    if (f.op === 'quotient' && PRICE.test(table.columns[f.result].header)) out.add(f.left);
    if (f.op === 'product' && PRICE.test(table.columns[f.right].header)) out.add(f.result);
  }
  return out;
}

const triple = (f: RowFormula) => [f.left, f.right, f.result].sort((a, b) => a - b).join();

// The formulas of one operation and one result column together, in the order first met.
function groupByResult(formulas: RowFormula[]): RowFormula[][] {
  const groups = new Map<string, RowFormula[]>();
  for (const f of formulas) {
    const key = `${f.op} ${f.result}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

// The body rows agreeing with a formula, and those that do not (as slips); rows a scale apart count for neither.
function vote(table: Table, f: RowFormula): { good: number; bad: ArithmeticSlip[] } {
  const op = OPS[f.op];
  let good = 0;
  const bad: ArithmeticSlip[] = [];
  table.rows.forEach((row, r) => {
    const [a, b, s] = [row.cells[f.left], row.cells[f.right], row.cells[f.result]];
    if (row.total || !readable(a) || !readable(b) || !readable(s)) return;
    const v = op.value(a, b, f);
    if (op.agrees(v, a, b, s, f)) good++;
    else if (!op.apart(v, s)) bad.push({ row: r, formula: f, stated: s.value, actual: Math.round(v * 10 ** s.decimals) / 10 ** s.decimals });
  });
  return { good, bad };
}
