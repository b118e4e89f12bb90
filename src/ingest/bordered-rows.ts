/**
 * Tables written with borders of `|` characters, as markdown exports and reports drafted from them carry them into
 * every format (a .txt, the paragraphs of a .docx, the lines of a .pdf):
 *
 *   | STT | Nội dung | Kế hoạch | Thực hiện |
 *   |---|---|---|---|
 *   | 1 | Trồng cây xanh | 1.500 | 1.240 |
 *
 * A run of such lines whose second is the rule line (`|---|:---:|`) is a table: its lines become rows, the rule line
 * is dropped, and each row keeps its text as written, borders and all, with its cells and where each starts in it
 * (`cellStarts`), so a quote of the row reads as the reader sees it. Only a run with the rule line is read so: one
 * line between bars, or lines without it, may be prose ("| Ghi chú |") and stay paragraphs.
 */
import type { RawBlock } from './build-source.js';

// A line between bars holding two cells at least.
const BORDERED = /^\s*\|(?:[^|\n]*\|){2,}\s*$/u;
// The rule line under the header: every cell dashes, a colon at either end allowed.
const RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|){2,}\s*$/u;

// A header line and the rule line under it joined into one paragraph, as a PDF's line joiner does with a header as wide
// as the text column: `| STT | Đơn vị | Số tiền | |---|---|---|`. The rule has as many cells as the header.
const HEADER_AND_RULE = /^(\s*\|(?:[^|\n]*\|){2,}?)\s*(\|(?:\s*:?-{3,}:?\s*\|){2,})\s*$/u;

/** The header and rule line of a paragraph holding both, or null. */
function splitHeaderRule(b: RawBlock): [string, string] | null {
  if (b.kind !== 'paragraph' || RULE.test(b.text)) return null;
  const m = HEADER_AND_RULE.exec(b.text);
  if (!m) return null;
  const count = (line: string) => line.trim().split('|').length - 2;
  return count(m[1]) === count(m[2]) ? [m[1].trimEnd(), m[2]] : null;
}

/** The raw blocks with every bordered table's lines made rows of a table (tables numbered anew in document order). */
export function readBorderedTables(given: readonly RawBlock[]): RawBlock[] {
  const joined = given.some((b) => splitHeaderRule(b) !== null);
  const blocks = joined ? given.flatMap((b) => {
    const parts = splitHeaderRule(b);
    return parts ? parts.map((text) => ({ ...b, text })) : [b];
  }) : given;
  if (!blocks.some((b) => b.kind === 'paragraph' && RULE.test(b.text))) return blocks as RawBlock[];
  const out: RawBlock[] = [];
  const renumbered = new Map<number, number>();
  let tables = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const run = borderedRun(blocks, k);
    if (run > 0) {
      const table = tables++;
      let row = 0;
      for (let j = k; j < k + run; j++) if (j !== k + 1) out.push({ ...blocks[j], kind: 'row', bordered: true, table, row: row++ });
      k += run - 1;
      continue;
    }
    if (b.table !== undefined) {
      if (!renumbered.has(b.table)) renumbered.set(b.table, tables++);
      out.push({ ...b, table: renumbered.get(b.table) });
    } else out.push(b);
  }
  return out;
}

// The number of lines of the bordered table starting at k (header, rule line and rows), or 0.
function borderedRun(blocks: readonly RawBlock[], k: number): number {
  const line = (j: number) => blocks[j] !== undefined && blocks[j].kind === 'paragraph' && BORDERED.test(blocks[j].text);
  if (!line(k) || RULE.test(blocks[k].text) || !line(k + 1) || !RULE.test(blocks[k + 1].text)) return 0;
  let j = k + 2;
  while (line(j) && !RULE.test(blocks[j].text)) j++;
  return j - k;
}

/** How many cells a line between bars holds ("| 2 | Chữ ký | 1.126 |": 3), 0 for a line not between bars. */
export function borderedWidth(text: string): number {
  return BORDERED.test(text) ? text.split('|').length - 2 : 0;
}

/** Whether the line is the rule line under a bordered table's header (`|---|---|`). */
export function isRuleLine(text: string): boolean {
  return RULE.test(text);
}

/** A bordered row's cells, trimmed, and where each starts in its text. */
export function borderedCells(text: string): { cells: string[]; starts: number[] } {
  const cells: string[] = [];
  const starts: number[] = [];
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  let from = first + 1;
  while (from <= last) {
    let to = text.indexOf('|', from);
    if (to < 0) to = last;
    const seg = text.slice(from, to);
    const lead = seg.length - seg.trimStart().length;
    cells.push(seg.trim());
    starts.push(from + (seg.trim() === '' ? 0 : lead));
    from = to + 1;
    if (to === last) break;
  }
  return { cells, starts };
}
