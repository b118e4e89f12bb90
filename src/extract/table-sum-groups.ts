/**
 * Unnumbered rows whose sums show a group: "Cây lương thực | 1 050 | 1 066 | … | 5 668,2" above "Lúa | 900 | 910 | … |
 * 4 914,0" and "Ngô | 150 | 156 | … | 772,2". No STT says the first heads the next two, yet two of its columns are exactly
 * their sums: the table shows the group, and its other columns are read against the members as a numbered group's are.
 * Read only in a table of plain rows (no STT, no bullets: every row at the top level), for the fewest rows (two to six)
 * right below a row whose sum two columns or more meet exactly (at the cells' decimals), none of them the table's total.
 * Checked against the table's total row when it has one, else only on a sum round numbers do not make by chance.
 */
import type { TableRow } from '../model/index.js';

const MAX_MEMBERS = 6;
const FIGURES = new Set(['count', 'decimal', 'money']);

/** Set the level, parent and head of the rows a sum shows to be a group's (in place). */
export function groupBySums(rows: TableRow[]): void {
  if (!rows.every((r) => r.total || (r.level === 0 && r.stt.trim() === ''))) return;
  const groups: Array<{ head: number; n: number; telling: boolean }> = [];
  for (let k = 0; k < rows.length; k++) {
    const found = membersOf(rows, k);
    if (found === null) continue;
    groups.push({ head: k, ...found });
    k += found.n;
  }
  if (groups.length === 0) return;
  // A total row judges the reading: under the groups, it is the sum of the heads and the rows outside any group; read
  // flat, of every row. A total that is the flat sum in more columns than the grouped one shows no group (bOPV 600 =
  // IPV 350 + Sởi 250 by chance, under a total of all the rows); with no total row, a group needs a sum no round numbers
  // make by chance (a head not a multiple of ten, or with decimals).
  const member = new Set(groups.flatMap((g) => Array.from({ length: g.n }, (_, j) => g.head + 1 + j)));
  const totals = rows.filter((r) => r.total);
  if (totals.length > 0) {
    let confirm = 0;
    let deny = 0;
    for (const t of totals) {
      t.cells.forEach((cell, c) => {
        if (!FIGURES.has(cell.kind) || cell.value === null) return;
        const of = (keep: (r: TableRow, i: number) => boolean) => rows.reduce((s, r, i) => (r.total || !keep(r, i) ? s : s + (FIGURES.has(r.cells[c]?.kind ?? '') ? r.cells[c].value ?? 0 : 0)), 0);
        const grouped = of((_, i) => !member.has(i));
        const flat = of(() => true);
        const near = (a: number) => Math.abs(a - cell.value!) < 0.5 * 10 ** -cell.decimals;
        if (Math.abs(grouped - flat) < 1e-9) return;
        if (near(grouped)) confirm++;
        else if (near(flat)) deny++;
      });
    }
    if (confirm <= deny) return;
  } else if (!groups.every((g) => g.telling)) return;
  for (const g of groups) {
    rows[g.head].head = true;
    for (let j = g.head + 1; j <= g.head + g.n; j++) Object.assign(rows[j], { level: 1, parent: g.head });
  }
}

// The fewest rows right below row k that two of its columns or more (each of ten or more) are exactly the sum of, and
// whether one of those sums is telling (not a multiple of ten, or with decimals); null when none.
function membersOf(rows: TableRow[], k: number): { n: number; telling: boolean } | null {
  if (rows[k].total) return null;
  for (let n = 2; n <= MAX_MEMBERS && k + n < rows.length; n++) {
    const members = rows.slice(k + 1, k + 1 + n);
    if (members.some((r) => r.total)) return null;
    let agree = 0;
    let telling = false;
    rows[k].cells.forEach((cell, c) => {
      if (!FIGURES.has(cell.kind) || cell.value === null || Math.abs(cell.value) < 10) return;
      const parts = members.map((r) => r.cells[c]);
      if (!parts.every((p) => p !== undefined && FIGURES.has(p.kind) && p.value !== null)) return;
      const decimals = Math.max(cell.decimals, ...parts.map((p) => p.decimals));
      const sum = parts.reduce((s, p) => s + p.value!, 0);
      if (Math.abs(sum - cell.value) < 0.5 * 10 ** -decimals) {
        agree++;
        if (!Number.isInteger(cell.value) || cell.value % 10 !== 0) telling = true;
      }
    });
    if (agree >= 2) return { n, telling };
  }
  return null;
}
