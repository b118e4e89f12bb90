/**
 * A pdf table whose row label ran into its unit cell: "Đàn trâucon | 660 | 642 | 97,3 | 96,4 | (empty)" under
 * "Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH | So cùng kỳ (%)" — the page set the label and the unit too close, so the
 * plan sits under "ĐVT", every figure one column to the left, and the last cell is empty. Read so, "% KH" holds the year's
 * change and the row's rate is judged against the wrong figures. The unit is split off the label's end and the cells move
 * back right — only when the table shows the slip plainly: the row's unit cell holds a figure and its last cell is empty,
 * its label ends with a unit another row writes in the unit column, and every other row writes words there and fills its
 * last cell.
 */
import type { Block, TableRow } from '../model/index.js';
import type { NumberGrammar } from './numbers.js';
import { splitCellAtTail } from './table-cells.js';

const WORDY = new Set(['text']);
const FIGURE = new Set(['count', 'decimal', 'money', 'percent']);

/** The rows whose label ran into the unit cell, the unit split off and the cells after it moved back right. */
export function splitRunInUnits(rows: TableRow[], labelColumn: number | null, unitColumn: number | null, blocks: Map<number, Block>, grammar: NumberGrammar): TableRow[] {
  if (labelColumn === null || unitColumn !== labelColumn + 1 || rows.length < 2) return rows;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const lastEmpty = (r: TableRow) => r.cells.length < width || r.cells[width - 1].kind === 'empty';
  const slipped = rows.filter((r) => FIGURE.has(r.cells[unitColumn]?.kind) && lastEmpty(r) && r.blocks.length === 1);
  const others = rows.filter((r) => !slipped.includes(r));
  if (slipped.length === 0 || others.length === 0) return rows;
  if (!others.every((r) => WORDY.has(r.cells[unitColumn]?.kind) && !lastEmpty(r))) return rows;
  const units = new Set(others.map((r) => r.cells[unitColumn].text.trim()).filter((u) => u !== ''));
  const splits = new Map(slipped.map((r) => [r, unitAtEnd(r.cells[labelColumn].text, units)]));
  if (![...splits.values()].every((s) => s !== null)) return rows;
  return rows.map((r) => (slipped.includes(r) ? split(r, labelColumn, splits.get(r)!, width, blocks.get(r.blocks[0]), grammar) : r));
}

// "Đàn trâucon" with "con" among the units: the label and the unit, the label left with a letter at least.
function unitAtEnd(label: string, units: ReadonlySet<string>): [string, string] | null {
  const text = label.trim();
  for (const unit of units) {
    if (text.length <= unit.length || !text.toLowerCase().endsWith(unit.toLowerCase())) continue;
    const head = text.slice(0, text.length - unit.length).trimEnd();
    if (/\p{L}/u.test(head)) return [head, text.slice(text.length - unit.length)];
  }
  return null;
}

function split(row: TableRow, c: number, [label, unit]: [string, string], width: number, block: Block | undefined, grammar: NumberGrammar): TableRow {
  const cells = splitCellAtTail(row, c, label, unit, width - 1, block, grammar);
  return { ...row, cells, label: row.label === row.cells[c].text ? label : row.label, unit };
}
