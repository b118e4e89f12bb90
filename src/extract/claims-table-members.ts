/**
 * Members a sentence names as having passed the plan, against the table just above that gives each its rate of the plan:
 * "Có 03 đơn vị đã hoàn thành vượt kế hoạch năm là Thị trấn A, xã B và xã C" after a table whose row "Xã C" reads 97,4 in
 * its one column of fulfilment ("Tỷ lệ so với kế hoạch (%)"). The table is the claim's only when it ends within three
 * paragraphs before the claim in the same section, has a label column and exactly one fulfilment column, and every
 * member named (two at least, after "là" / "gồm" / ":") is the label of exactly one body row, word for word (case and
 * tones folded). The first named member whose rate is 100 or less is read as a `fulfilment` claim of that row's rate
 * (judged by claim-mismatch). Not read: a negation or a partial word ("chưa", "cơ bản") before the claim.
 */
import type { Analysis, Comparison, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { foldKey } from '../text/normalize.js';
import { cellFigure } from './table-bound.js';
import { alt, NAME_LIST_JOINERS, MEMBER_LIST_LEADS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PASSED_PLAN_VERBS, PLAN_BASES, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'blockSection'> & { tables?: Analysis['tables'] };
type Fulfilment = Extract<Comparison, { kind: 'fulfilment' }>;

// "(hoàn thành) vượt kế hoạch … là A, B và C": the claim words, then the members up to the statement's next break.
const CLAIM = new RegExp(String.raw`${edgeAlt(PASSED_PLAN_VERBS)}\s+(?:${alt(PLAN_BASES)})(?![\p{L}])[^\d;:.!?()%]{0,30}?\s(?:${alt(MEMBER_LIST_LEADS)})\s*:?\s+([^;:.!?()\d%]+)`, 'iu');
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS]);
const AND = new RegExp(String.raw`\s*,\s*|\s+(?:${alt(NAME_LIST_JOINERS)})\s+`, 'u');
const NEAR = 3;

/** The claims that named members passed the plan, one of which the table just above shows short of it. */
export function readTableMemberClaims(input: Input): Fulfilment[] {
  const out: Fulfilment[] = [];
  const tables = (input.tables ?? []).filter((t) => t.labelColumn !== null && t.columns.filter((c) => c.measure === 'fulfilment').length === 1);
  if (tables.length === 0) return out;
  // The table's last block, found by a loop: no spread of a table's rows into arguments (a long table overflows the stack).
  const lastBlock = new Map<Table, number>();
  for (const t of tables) {
    let last = -1;
    for (const r of t.rows) for (const b of r.blocks) last = Math.max(last, b);
    lastBlock.set(t, last);
  }
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !CLAIM.test(block.text)) continue;
    const table = tables.find((t) => {
      const last = lastBlock.get(t)!;
      return last < block.index && block.index - last <= NEAR && input.blockSection[last] === input.blockSection[block.index];
    });
    if (!table) continue;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(own);
      if (!m || BLOCKED.test(own.slice(0, m.index + m[0].length - m[1].length))) continue;
      const members = m[1].split(AND).map((w) => foldKey(w.trim())).filter((w) => w !== '');
      const short = shortMember(input, table, members);
      if (short) out.push({ kind: 'fulfilment', block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0].trim(), negative: false, rate: short });
    }
  }
  return out;
}

// The rate figure of the first named member at or under 100%, when every member names exactly one body row; else undefined.
function shortMember(input: Input, t: Table, members: string[]) {
  if (members.length < 2) return undefined;
  const column = t.columns.find((c) => c.measure === 'fulfilment')!.index;
  const rows = t.rows.filter((r) => !r.total);
  const cells = members.map((name) => rows.filter((r) => foldKey(r.label.trim()) === name));
  if (cells.some((found) => found.length !== 1)) return undefined;
  for (const [row] of cells) {
    const cell = row.cells[column];
    if (!cell || !cell.pure || cell.value === null) return undefined;
    if (cell.value <= 100) return cellFigure(input, cell);
  }
  return undefined;
}
