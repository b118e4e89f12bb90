/**
 * A split the text tells as covering its whole, that a table of the report restates with more parts: the text names only some.
 *
 * "Tổng vốn huy động … là 29 810 triệu đồng; trong đó vốn ngân sách nhà nước 12 615 triệu đồng, vốn tín dụng 10 240 triệu
 * đồng, vốn nhân dân đóng góp 3 425 triệu đồng. Chi tiết như sau:" beside a table whose total row states the same 29 810 and
 * whose rows name those three sources with those amounts and two sources more (Vốn lồng ghép 1 920, Vốn doanh nghiệp 980):
 * the text's list picks some of the table's parts, it covers no whole. Such a claim is read as a subset of distinct parts
 * (never more than the whole together), not as an exhaustive split whose sum must equal it.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { readScale } from './numbers.js';
import { localRange } from './claims-parts.js';

/** The claims, with every exhaustive split that a table restates with more parts (see above) read as a subset instead. */
export function withTableRestatedPartsOpen(claims: Claim[], blocks: readonly Block[], figures: readonly Figure[]): Claim[] {
  if (!claims.some((c) => c.relation === 'exhaustive') || !figures.some((f) => f.cell !== null)) return claims;
  const tables = tablesOf(blocks, figures);
  return claims.map((c) => (c.relation === 'exhaustive' && tables.some((t) => restatesWithMore(t, c, blocks, figures)) ? { ...c, relation: 'subset', disjoint: true } : c));
}

/** The cell figures of one table: a run of row blocks, kept by row. */
type TableCells = Figure[][];

function tablesOf(blocks: readonly Block[], figures: readonly Figure[]): TableCells[] {
  const byBlock = new Map<number, Figure[]>();
  for (const f of figures) {
    if (f.cell === null) continue;
    const row = byBlock.get(f.block);
    if (row) row.push(f);
    else byBlock.set(f.block, [f]);
  }
  const tables: TableCells[] = [];
  let current: TableCells | null = null;
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b].kind !== 'row') {
      current = null;
      continue;
    }
    if (current === null) tables.push((current = []));
    current.push(byBlock.get(b) ?? []);
  }
  return tables.filter((t) => t.some((row) => row.length > 0));
}

/**
 * A table restates the claim's whole with more parts: a row states the whole's amount (its total), in that row's column
 * every part of the claim has a row of its own stating the part's amount under a name the part's name holds (or that holds
 * it), and another row states an amount there under a name that matches no part. Only when the text's parts fall short of
 * the whole: parts that overshoot it are wrong whatever the table adds.
 */
function restatesWithMore(table: TableCells, claim: Claim, blocks: readonly Block[], figures: readonly Figure[]): boolean {
  const whole = figures[claim.whole];
  const parts = claim.parts.map((i) => figures[i]);
  if (claim.bound !== undefined || claim.parts.length < 2 || whole.cell !== null || parts.some((p) => p.cell !== null)) return false;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (!(sum < whole.value * (1 - 1e-9))) return false;
  return table.some((totalRow) => totalRow.some((total) => {
    if (!sameAmount(total, whole)) return false;
    const column = table.flatMap((row) => row.filter((f) => f.cell === total.cell && f !== total && row !== totalRow));
    const names = parts.map((p) => namesOf(blocks[p.block], p));
    const named = (f: Figure, p: Figure) => f.label !== null && names[parts.indexOf(p)].some((n) => sameName(f.label!, n));
    const matched = parts.map((p) => column.find((f) => sameAmount(f, p) && named(f, p)));
    if (matched.some((f) => f === undefined) || new Set(matched).size !== parts.length) return false;
    return column.some((f) => !matched.includes(f) && !parts.some((p) => named(f, p)));
  }));
}

// What a part of the text is called: its label, or its clause's words before its number ("học sinh tiểu học" of ", gồm học
// sinh tiểu học 520 em", whose label is its unit alone).
const NAME_BEFORE = 60;
function namesOf(block: Block, p: Figure): string[] {
  const [s] = localRange(block, p);
  const before = block.text.slice(Math.max(0, s - NAME_BEFORE), s);
  const from = Math.max(...[',', ';', ':', '('].map((c) => before.lastIndexOf(c)));
  return [...(p.label === null ? [] : [p.label]), before.slice(from + 1)];
}

/** A cell stating the amount of a figure of the text: the same number, or the same once the cell's unit scale is applied ("triệu đồng"). */
function sameAmount(cell: Figure, f: Figure): boolean {
  const scale = cell.unit === null ? 1 : readScale(cell.unit, 0)?.factor ?? 1;
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
  return near(cell.value, f.value) || (scale !== 1 && near(cell.value * scale, f.value));
}

// "Ngân sách nhà nước" of a row and "vốn ngân sách nhà nước" of the text, "Tiểu học" and "học sinh tiểu học": the shorter
// name's words stand in the longer one, one after another.
function sameName(a: string, b: string): boolean {
  const [ta, tb] = [labelTokens(a), labelTokens(b)];
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => long[i + k] === t)) return true;
  return false;
}
