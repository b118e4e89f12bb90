/**
 * A bound claimed of every row of a table beside it: "Sĩ số bình quân ở tất cả các độ tuổi đều dưới 30 trẻ/lớp" right
 * after "Độ tuổi | Số lớp | Số trẻ | Bình quân trẻ/lớp" whose row "Mẫu giáo 5 tuổi" reads 30,5. Read only in the paragraph
 * right after the table or in the few before it, in its section (its caption and unit line among them), in a statement that claims all ("tất cả", "toàn bộ", or "các … đều") of the rows
 * the label column's header names ("các độ tuổi"; every word of the header), bounds them strictly ("dưới 30", "trên 95%")
 * or from below ("không dưới", "tối thiểu", "từ … trở lên"), with no hedge, negation, plan or exception word, and names
 * one value column by every word of its header (two words at least, initials spelled out; of several, the one naming
 * most), most of whose body rows keep the bound (else the column is not the claim's). The first body row breaking it is
 * read as a `target` claim (its cell against the bound), judged by claim-mismatch; total rows are left out.
 */
import type { Analysis, Figure, Table, TableCell } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens, spellInitials } from './similarity.js';
import { neighbourTables } from './claims-table-all.js';
import { ALL_ROWS, boundTarget, boundWay, breaks, cellFigure, type BoundWay, type Target } from './table-bound.js';
import { FLOOR_WORDS, MINIMUM_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_WORDS, PURPOSE_WORDS, STRICT_CEILING_WORDS, STRICT_FLOOR_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'blockSection'> & { tables?: Analysis['tables'] };

const W = (ws: readonly string[]) => String.raw`${edgeAlt(ws)}(?![\p{L}])`;
const ALL = new RegExp(ALL_ROWS, 'iu');
// The bound right before its figure: "đều dưới 30", "đều không dưới 90", "từ 25 … trở lên" (read with the tail below).
const BOUND = new RegExp(String.raw`(${W(FLOOR_WORDS)}|${W(STRICT_CEILING_WORDS)}|${W(STRICT_FLOOR_WORDS)}|(?<![\p{L}])từ)\s*$`, 'iu');
const MINIMUM_TAIL = new RegExp(String.raw`^[^,;:.!?\d]{0,20}${W(MINIMUM_WORDS)}`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...NEGATION_WORDS, ...PURPOSE_WORDS, ...PLAN_WORDS]);

/** The claims of a bound every row of the table beside them keeps, held against the first row that does not. */
export function readTableBounds(input: Input): Target[] {
  const out: Target[] = [];
  for (const [b, t] of boundNeighbours(input)) {
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row' || t.labelColumn === null) continue;
    const rowsWord = labelTokens(t.columns[t.labelColumn].header);
    if (rowsWord.length === 0) continue;
    for (const s of input.clauses.statements(b)) {
      const own = block.text.slice(s.from, s.to);
      const words = new Set(labelTokens(own));
      if (!ALL.test(own) || !rowsWord.every((w) => words.has(w))) continue;
      const figs = input.figures.filter((f) => f.block === b && f.span.start - block.span.start >= s.from && f.span.start - block.span.start < s.to);
      if (figs.length !== 1) continue;
      const bound = figs[0];
      const before = block.text.slice(s.from, bound.span.start - block.span.start);
      const m = BOUND.exec(before);
      if (!m) continue;
      const word = m[1].toLowerCase();
      if (word === 'từ' && !MINIMUM_TAIL.test(block.text.slice(bound.span.end - block.span.start, s.to))) continue;
      const column = namedColumn(t, words, bound);
      if (column === undefined || BLOCKED.test(tableWordsFree(own, t.columns[t.labelColumn].header, t.columns[column].header))) continue;
      const way = boundWay(word);
      const breaking = firstBreaking(input, t, column, bound.value, way);
      if (!breaking) continue;
      const to = bound.span.end - block.span.start;
      out.push(boundTarget({ block: b, from: s.from + m.index, to, claim: own.slice(m.index, to - s.from).trim() }, breaking, bound, way));
      break;
    }
  }
  return out;
}

// A negation and the word after it in a column's header ("Tỷ lệ không đạt (%)").
const NEGATED_WORD = new RegExp(String.raw`${W(NEGATION_WORDS)}\s+\p{L}+`, 'giu');
const phraseRe = (phrase: string) => new RegExp(String.raw`(?<![\p{L}])${phrase.trim().replace(/\s+/gu, '\\s+')}(?![\p{L}])`, 'giu');
/**
 * The statement without the words the table itself names its rows and the claimed column by ("Tỷ lệ mẫu không đạt ở tất cả
 * các chỉ tiêu đều dưới 3%" beside the headers "Chỉ tiêu" and "Tỷ lệ không đạt (%)"): the rows' noun and a negated word of
 * the column's name the table's members and measure; they neither plan ("chỉ tiêu") nor negate the claim.
 */
function tableWordsFree(own: string, rowsHeader: string, columnHeader: string): string {
  let out = own;
  const rows = rowsHeader.replace(/[^\p{L}\s]+/gu, ' ').trim();
  if (rows !== '') out = out.replace(phraseRe(rows), ' ');
  for (const [phrase] of columnHeader.matchAll(NEGATED_WORD)) out = out.replace(phraseRe(phrase), ' ');
  return out;
}

// How many paragraphs before a table's header a claim of its rows may stand: the caption, the unit line ("Đơn vị tính: mẫu")
// and a paragraph or two of the text the table details.
const BEFORE_TABLE = 4;

/**
 * The paragraphs a claim of a table's rows may stand in, each with its table: the one right after the table (neighbourTables)
 * and up to BEFORE_TABLE paragraphs before its header, in the header's section, with no other table's row between. A
 * paragraph close to two tables belongs to the nearer (the one right after a table to that table).
 */
function boundNeighbours(input: Input): Map<number, Table> {
  const out = neighbourTables(input.tables ?? []);
  const blocks = input.source.blocks;
  for (const t of input.tables ?? []) {
    if (t.headerBlocks.length === 0) continue;
    const head = t.headerBlocks[0];
    const section = input.blockSection[head];
    for (let b = head - 2, k = 1; b >= 0 && k < BEFORE_TABLE; b--, k++) {
      if (blocks[b].kind === 'row' || input.blockSection[b] !== section) break;
      if (!out.has(b)) out.set(b, t);
    }
  }
  return out;
}

// The value column the claim names by every word of its header (initials spelled out: "HS" = học sinh), the one naming most.
// Of columns named alike ("Không đạt", "Tỷ lệ không đạt (%)": "tỷ lệ" names no topic), the one whose values are of the
// bound's kind: a rate column for a bound in percent, a column of amounts for another.
function namedColumn(t: Table, words: ReadonlySet<string>, bound: Figure): number | undefined {
  const named = t.columns.map((c) => ({ c, ws: spellInitials(labelTokens(c.header), [...words]) }))
    .filter(({ c, ws }) => c.index !== t.labelColumn && c.role !== 'stt' && ws.length >= 2 && ws.every((w) => words.has(w)));
  const most = Math.max(0, ...named.map((n) => n.ws.length));
  const best = named.filter((n) => n.ws.length === most);
  if (best.length === 1) return best[0].c.index;
  const rate = (c: Table['columns'][number]) => c.role === 'percent' || c.measure === 'rate';
  const fitting = best.filter((n) => rate(n.c) === (bound.kind === 'percent'));
  return fitting.length === 1 ? fitting[0].c.index : undefined;
}

// The first body row whose cell in the column breaks the bound, as its figure; only when most rows keep it (a bound no row
// keeps was read against the wrong column).
// A row with a value under a headless column after the named ones ("Thôn Tây | mới | 20 | 19 | 95,0" under four headers)
// has its cells shifted: the table's columns cannot be trusted.
function firstBreaking(input: Input, t: Table, column: number, bound: number, way: BoundWay): Figure | undefined {
  const named = t.columns.reduce((last, c) => (c.header.trim() !== '' ? c.index : last), -1);
  if (t.rows.some((r) => r.cells.some((c, k) => k > named && c && c.text.trim() !== ''))) return undefined;
  const cells = t.rows.map((r) => (r.total || r.head ? undefined : r.cells[column]))
    .filter((c): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && ['count', 'decimal', 'percent', 'money'].includes(c.kind));
  const broken = cells.filter((c) => breaks(way, bound, c.value!));
  if (broken.length === 0 || broken.length * 2 >= cells.length) return undefined;
  return cellFigure(input, broken[0]);
}
