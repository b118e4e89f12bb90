/**
 * Unnumbered rows whose sums show a group: "Cây lương thực | 1 050 | 1 066 | … | 5 668,2" above "Lúa | 900 | 910 | … |
 * 4 914,0" and "Ngô | 150 | 156 | … | 772,2". No STT says the first heads the next two, yet two of its columns are exactly
 * their sums: the table shows the group, and its other columns are read against the members as a numbered group's are.
 * Read only in a table of plain rows (no STT, no bullets: every row at the top level), for the fewest rows (two to six)
 * right below a row whose sum two columns or more meet exactly (at the cells' decimals), none of them the table's total.
 */
import type { TableRow } from '../model/index.js';

const MAX_MEMBERS = 6;
const FIGURES = new Set(['count', 'decimal', 'money']);

/** Set the level, parent and head of the rows a sum shows to be a group's (in place). */
export function groupBySums(rows: TableRow[]): void {
  if (!rows.every((r) => r.total || (r.level === 0 && r.stt.trim() === ''))) return;
  for (let k = 0; k < rows.length; k++) {
    const n = membersOf(rows, k);
    if (n === 0) continue;
    rows[k].head = true;
    for (let j = k + 1; j <= k + n; j++) Object.assign(rows[j], { level: 1, parent: k });
    k += n;
  }
}

// The fewest rows right below row k that two of its columns or more are exactly the sum of; 0 when none.
function membersOf(rows: TableRow[], k: number): number {
  if (rows[k].total) return 0;
  for (let n = 2; n <= MAX_MEMBERS && k + n < rows.length; n++) {
    const members = rows.slice(k + 1, k + 1 + n);
    if (members.some((r) => r.total)) return 0;
    let agree = 0;
    rows[k].cells.forEach((cell, c) => {
      if (!FIGURES.has(cell.kind) || cell.value === null) return;
      const parts = members.map((r) => r.cells[c]);
      if (!parts.every((p) => p !== undefined && FIGURES.has(p.kind) && p.value !== null)) return;
      const decimals = Math.max(cell.decimals, ...parts.map((p) => p.decimals));
      const sum = parts.reduce((s, p) => s + p.value!, 0);
      if (Math.abs(sum - cell.value) < 0.5 * 10 ** -decimals) agree++;
    });
    if (agree >= 2) return n;
  }
  return 0;
}
