/**
 * Columns that multiply (read for table-total-mismatch): a rate per unit ("Năng suất (tạ/ha)") times a quantity of
 * that unit ("Diện tích (ha)") is the quantity of the rate's own unit ("Sản lượng (tấn)"), scaled between units of
 * mass (tạ × ha = tạ, written in tấn: ÷ 10). Units are read from the brackets closing the headers.
 *
 * A row's product is checked within the rounding of the three cells (the rate rounded at its decimals times the
 * quantity, and the product's own last digit), only in tables where the reading holds: two rows at least and most of
 * the rows read agree, so a column that only looks like a product (a rate of another base) stays silent. Total
 * rows are left out (their rate may be a plain average).
 */
import type { Table, TableCell } from '../model/index.js';
import { MASS_UNIT_KG } from '../text/lexicon.js';

/** Column indexes of a quantity, a rate per its unit, and their product; scale turns the rate's unit into the product's. */
export interface ProductColumns { base: number; rate: number; product: number; scale: number }
/** A row whose product cell is not its quantity × rate. */
export interface ProductSlip { row: number; columns: ProductColumns; stated: number; actual: number }

const BRACKET_UNIT = /\(\s*([^()\d]{1,20}?)\s*\)\s*$/u;
const MASS = new Map<string, number>(MASS_UNIT_KG.map(([u, kg]) => [u, kg]));

/** The product columns of a table, from the units its headers close on. */
export function productColumns(table: Table): ProductColumns[] {
  const units = table.columns.map((c) => BRACKET_UNIT.exec(c.header)?.[1].toLowerCase().replace(/\s+/gu, '') ?? null);
  const out: ProductColumns[] = [];
  units.forEach((u, rate) => {
    const per = u?.split('/') ?? [];
    if (per.length !== 2 || per[0] === '' || per[1] === '') return;
    const base = units.indexOf(per[1]);
    if (base < 0 || base === rate) return;
    units.forEach((v, product) => {
      if (v === null || product === rate || product === base) return;
      const scale = v === per[0] ? 1 : MASS.has(per[0]) && MASS.has(v) ? MASS.get(per[0])! / MASS.get(v)! : null;
      if (scale !== null) out.push({ base, rate, product, scale });
    });
  });
  return out;
}

const readable = (c: TableCell | undefined): c is TableCell & { value: number } => c !== undefined && (c.kind === 'count' || c.kind === 'decimal') && c.pure && c.value !== null && c.value > 0;
const half = (decimals: number) => 0.5 * 10 ** -decimals;

/** The rows of a table whose product cell is not their quantity × rate, where most rows agree. */
export function productSlips(table: Table): ProductSlip[] {
  const out: ProductSlip[] = [];
  for (const columns of productColumns(table)) {
    const verdicts: (ProductSlip & { ok: boolean })[] = [];
    table.rows.forEach((row, r) => {
      const [b, y, p] = [row.cells[columns.base], row.cells[columns.rate], row.cells[columns.product]];
      if (row.total || !readable(b) || !readable(y) || !readable(p)) return;
      const actual = b.value * y.value * columns.scale;
      const tolerance = half(p.decimals) + (b.value * half(y.decimals) + y.value * half(b.decimals) + half(b.decimals) * half(y.decimals)) * columns.scale;
      verdicts.push({ row: r, columns, stated: p.value, actual: Math.round(actual * 10 ** p.decimals) / 10 ** p.decimals, ok: Math.abs(actual - p.value) <= tolerance + 1e-9 });
    });
    const agree = verdicts.filter((v) => v.ok).length;
    if (agree < 2 || agree <= verdicts.length - agree) continue;
    for (const v of verdicts) if (!v.ok) out.push({ row: v.row, columns: v.columns, stated: v.stated, actual: v.actual });
  }
  return out;
}
