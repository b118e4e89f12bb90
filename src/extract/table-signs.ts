/**
 * The sign of a figure read from a bracketed table cell. "(125)" in a change column ("Tăng (+), giảm (-)") is a decrease in
 * accounting style, and the table reader reads it so (bracketSigns in tables.ts: by the column's measure, a note, or the
 * absence of minus cells); the figure reader, which sees one cell and no header, read the bare 125. The figure takes the
 * table's sign, so the text and the table speak of one value. Where the table left the bracket unread, the figure is kept.
 */
import type { Figure, Source, Table } from '../model/index.js';

/** Give each figure of a bracketed cell the table read as negative the cell's negative value (in place). */
export function signBracketedFigures(figures: Figure[], tables: readonly Table[], source: Source): void {
  const negatives = new Map<number, Array<{ from: number; to: number; value: number }>>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.value === null || cell.value >= 0 || cell.at === null || !cell.text.trim().startsWith('(')) continue;
        const list = negatives.get(cell.at.block) ?? [];
        list.push({ from: cell.at.from, to: cell.at.to, value: cell.value });
        negatives.set(cell.at.block, list);
      }
    }
  }
  if (negatives.size === 0) return;
  for (const f of figures) {
    const cells = negatives.get(f.block);
    if (!cells) continue;
    const start = source.blocks[f.block].span.start;
    const from = f.span.start - start;
    const to = f.span.end - start;
    const cell = cells.find((c) => c.from <= from && to <= c.to && Math.abs(f.value + c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)));
    if (cell) f.value = cell.value;
  }
}
