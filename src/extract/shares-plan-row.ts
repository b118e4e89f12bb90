/**
 * A text rate of a plan whose amount a table row restates by value: "b) Vốn ngân sách huyện / Giải ngân 86,957 tỷ đồng,
 * đạt 45,92% kế hoạch" beside a row "| II | Vốn ngân sách huyện | 158,346 | 86,957 | 54,92 |" under "Kế hoạch vốn (tỷ đồng)
 * | Giải ngân (tỷ đồng) | Tỷ lệ (%)". The sentence names no plan figure, and its words need not name the row the way the
 * appendix matcher reads names (appendix-rows.ts): the row is found by the very amount instead.
 *
 * Read only when the match is beyond doubt: the amount's digits are written in exactly one cell of all the report's
 * tables, a result cell of the same written unit (not a plan, target, rate or change cell); its table has exactly one plan
 * column whose cell in that row is a plain number; and the row's label is named, every telling word of it, by the
 * heading over the sentence or the sentence before the rate. A row that states the text's rate itself is the row's own
 * slip if any (rowStatesRate), no reading. Anything else reads nothing.
 */
import type { Figure, Table } from '../model/index.js';
import { PLAN_COLUMN, planRateDone, rowStatesRate, type ShareInput } from './shares.js';
import { labelTokens } from './similarity.js';
import { cellFigure } from './table-bound.js';

type Input = ShareInput & { tables: readonly Table[]; sections?: readonly { title: string }[] };
type Row = Table['rows'][number];

// The columns an amount done is written in: a value of a period or to date, measured as a result or an amount (no plan,
// rate, change or average).
const DONE_ROLES: ReadonlySet<string> = new Set(['value', 'period', 'cumulative', 'total']);
const DONE_MEASURES: ReadonlySet<string> = new Set(['result', 'money', 'count', 'amount', 'none']);
// How far back in its paragraph the sentence before the rate is read for the row's name.
const NAME_BACK = 200;

/** The row cells (done, plan) of a text rate of a plan whose amount done one table row restates, or undefined. */
export function planInValueRow(input: Input, p: Figure): { done: Figure; plan: Figure } | undefined {
  const done = planRateDone(input, p);
  const digits = done ? writtenDigits(done.raw) : undefined;
  if (!done || !digits || significantDigits(digits) < MIN_DIGITS) return undefined;
  const found = cellsByText(input.tables).get(digits) ?? [];
  if (found.length !== 1) return undefined;
  const { t, row, c } = found[0];
  const plans = t.columns.filter((k) => k.role !== 'percent' && k.role !== 'label' && k.role !== 'stt' && (k.role === 'target' || k.measure === 'plan' || PLAN_COLUMN.test(k.header)));
  const column = t.columns[c];
  if (plans.length !== 1 || plans[0].index === c || !column || !DONE_ROLES.has(column.role) || !DONE_MEASURES.has(column.measure)) return undefined;
  const [cell, planCell] = [row.cells[c], row.cells[plans[0].index]];
  if (!cell.pure || !planCell?.pure || planCell.value === null || planCell.value <= 0) return undefined;
  const [value, plan] = [cellFigure(input, cell), cellFigure(input, planCell)];
  const unit = cellUnit(t, row, c, value);
  if (!value || !plan || plan.kind !== value.kind || unit === '' || unit !== cellUnit(t, row, plans[0].index, plan) || unit !== textUnit(done)) return undefined;
  if (rowStatesRate(t, row, p) || !rowNamed(input, row, p)) return undefined;
  return { done: value, plan };
}

type Place = { t: Table; row: Row; c: number };
// Every number cell of the report's tables by its text, read once per document (not once per rate: linear on long reports).
const CELLS = new WeakMap<readonly Table[], Map<string, Place[]>>();
function cellsByText(tables: readonly Table[]): Map<string, Place[]> {
  let out = CELLS.get(tables);
  if (out) return out;
  out = new Map();
  for (const t of tables) for (const row of t.rows) row.cells.forEach((cell, c) => {
    if (cell.value === null) return;
    const key = cell.text.trim();
    const list = out!.get(key);
    if (list) list.push({ t, row, c });
    else out!.set(key, [{ t, row, c }]);
  });
  CELLS.set(tables, out);
  return out;
}

// "86,957" of "86,957 tỷ đồng": the number as written.
const writtenDigits = (raw: string) => /\d[\d.,\s]*/u.exec(raw)?.[0].trim();
// "12" may be written in many cells by chance; an amount of three significant digits or more rarely is.
const MIN_DIGITS = 3;
const significantDigits = (digits: string) => digits.replace(/\D/gu, '').replace(/^0+/u, '').length;

// The unit written after the text's number ("tỷ đồng", "trẻ").
function textUnit(f: Figure): string {
  return (f.kind === 'money' ? f.raw.replace(/^\d[\d.,\s]*/u, '') : f.unit ?? '').trim().toLowerCase();
}

// A cell's unit: its figure's, else its row's ("Đơn vị tính"), else the bracket closing its column's header ("Kế hoạch (trẻ)").
const HEADER_UNIT = /\(\s*([^()\d%]+?)\s*\)\s*$/u;
function cellUnit(t: Table, row: Row, c: number, f: Figure | undefined): string {
  const unit = f?.unit || row.unit.trim() || (HEADER_UNIT.exec(t.columns[c]?.header ?? '')?.[1] ?? '');
  return unit.trim().toLowerCase();
}

// Every word of the row's label is a word of the heading over the rate or of its sentence before it.
function rowNamed(input: Input, row: Row, p: Figure): boolean {
  const label = labelTokens(row.label);
  if (label.length === 0) return false;
  const section = input.blockSection[p.block];
  const heading = section !== null && section !== undefined ? input.sections?.[section]?.title ?? '' : '';
  const block = input.source.blocks[p.block];
  const before = block.text.slice(Math.max(0, p.span.start - block.span.start - NAME_BACK), p.span.start - block.span.start);
  const sentence = before.split(/[.!?;](?=\s)/u).at(-1) ?? '';
  const words = new Set(labelTokens(`${heading} ${sentence}`));
  return label.every((w) => words.has(w));
}
