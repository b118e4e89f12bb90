/**
 * A row claimed at the top or the bottom of a table, in the paragraph right before or after it: "Tỷ lệ giải ngân vốn
 * Chương trình mục tiêu quốc gia cao nhất trong các nguồn vốn" beside "Nguồn vốn | Kế hoạch | Thực hiện | % so với KH"
 * whose row "Chương trình MTQG" reads 80,0 where another reads 95,0. Read as a `rank` claim (the row's cell and the most
 * extreme of the other body rows' cells), judged by claim-mismatch.
 *
 * Read only when: the statement names a superlative (lexicon TOP_RANK_WORDS / BOTTOM_RANK_WORDS), then "trong các" and the
 * members, whose noun is the label column's header ("nguồn vốn" under "Nguồn vốn"); the words before the superlative, in
 * its sentence, name exactly one body row (every word of its label, an acronym of capitals standing for the initials of
 * words there: "MTQG" for "mục tiêu quốc gia"), hold no negation, partial word or figure; they open with a rate word
 * ("Tỷ lệ …") and the table has exactly one fulfilment column, which the claim ranks; at least three body rows hold a
 * number in it.
 */
import type { Analysis, Comparison, Figure, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { neighbourTables } from './claims-table-all.js';
import { alt, BOTTOM_RANK_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, RANK_AMONG_WORDS, RATE_WORDS, TOP_RANK_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] };
type Rank = Extract<Comparison, { kind: 'rank' }>;
type Row = Table['rows'][number];

const CLAIM = new RegExp(String.raw`(${edgeAlt(TOP_RANK_WORDS, BOTTOM_RANK_WORDS)})\s+(?:${alt(RANK_AMONG_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,3}?)(?=\s*(?:[,;.:!?)]|$))`, 'giu');
const TOP = new Set<string>(TOP_RANK_WORDS);
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS]);
const RATE_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(RATE_WORDS)})(?![\p{L}])`, 'iu');
const MIN_ROWS = 3;

/** The claims of a row at the top or bottom of the table right beside their paragraph. */
export function readTableRanks(input: Input): Rank[] {
  const out: Rank[] = [];
  for (const [b, t] of neighbourTables(input.tables ?? [])) {
    const block = input.source.blocks[b];
    const rates = t.columns.filter((c) => c.measure === 'fulfilment');
    if (!block || block.kind === 'row' || t.labelColumn === null || rates.length !== 1) continue;
    const header = labelTokens(t.columns[t.labelColumn]?.header ?? '');
    for (const s of input.clauses.statements(b)) {
      const own = block.text.slice(s.from, s.to);
      for (const m of own.matchAll(CLAIM)) {
        const subject = own.slice(0, m.index);
        if (!RATE_OPENS.test(subject) || /\d/u.test(subject) || BLOCKED.test(subject)) continue;
        const noun = labelTokens(m[2]);
        if (noun.length === 0 || header.length === 0 || !(noun.every((w) => header.includes(w)) || header.every((w) => noun.includes(w)))) continue;
        const row = namedRow(t, subject);
        const column = rates[0].index;
        const cells = t.rows.filter((r) => !r.total && !r.head && r.label !== '').map((r) => ({ r, f: cellAt(input, r, column) })).filter((x): x is { r: Row; f: Figure } => x.f !== undefined);
        const mine = cells.find((x) => x.r === row);
        if (!row || !mine || cells.length < MIN_ROWS) continue;
        const top = TOP.has(m[1].toLowerCase());
        const others = cells.filter((x) => x !== mine);
        const other = others.reduce((a, x) => ((top ? x.f.value > a.f.value : x.f.value < a.f.value) ? x : a));
        const from = s.from;
        const to = s.from + m.index! + m[0].length;
        out.push({ kind: 'rank', block: b, from, to, claim: block.text.slice(from, to).replace(/^[\s\-+•*–]+/u, ''), top, row: row.label, column: rates[0].header, value: mine.f, otherRow: other.r.label, other: other.f });
      }
    }
  }
  return out;
}

// The one body row every word of whose label the subject holds, an acronym of capitals standing for the initials of
// consecutive words of the subject ("MTQG": "mục tiêu quốc gia"); the one naming most words when several do.
function namedRow(t: Table, subject: string): Row | undefined {
  const words = new Set(labelTokens(subject));
  const initials = initialsOf(subject);
  const named = t.rows.filter((r) => {
    if (r.total || r.head || r.label === '') return false;
    const parts = r.label.split(/\s+/u).filter((w) => w !== '');
    return parts.length > 0 && parts.every((w) => (/^\p{Lu}{2,8}$/u.test(w) ? initials.includes(fold(w)) : labelTokens(w).every((x) => words.has(x))));
  });
  if (named.length === 0) return undefined;
  const size = (r: Row) => r.label.split(/\s+/u).length;
  const most = Math.max(...named.map(size));
  const best = named.filter((r) => size(r) === most);
  return best.length === 1 ? best[0] : undefined;
}

// The initials of the subject's words in a row, folded: "vốn chương trình mục tiêu quốc gia" → "vctmtqg".
const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/đ/gu, 'd');
const initialsOf = (text: string) => fold((text.match(/\p{L}+/gu) ?? []).map((w) => w[0]).join(''));

function cellAt(input: Input, r: Row, column: number): Figure | undefined {
  const cell = r.cells[column];
  if (!cell || !cell.pure || cell.value === null || !cell.at) return undefined;
  const start = input.source.blocks[cell.at.block].span.start;
  return input.figures.find((f) => f.block === cell.at!.block && f.span.start - start === cell.at!.from);
}
