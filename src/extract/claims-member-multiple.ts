/**
 * A multiple between two members of one indicator that a nearby table gives: "doanh thu quý IV gấp 1,8 lần quý II" beside a
 * table whose rows "Quý IV" and "Quý II" hold 406,8 and 263,5 under "Doanh thu (tỷ đồng)" (1,54 times, not 1,8); "số ca
 * nhập viện tháng 12 gấp đôi tháng 6"; "diện tích xã An Phú gấp 3 lần xã Bình Minh". Read as a `ratio` claim of the two
 * cells, judged by claim-mismatch as any multiple.
 *
 * Read only when (precision first): the multiple ("gấp N lần", "gấp đôi") is followed, after "so với" at most, by the
 * second member alone up to the clause's end (a punctuation mark, a joiner or a cause); that member is the whole label of
 * exactly one non-total row of the table; the words before "gấp" in the clause end on the whole label of exactly one other
 * row (the first member) and, before it, name exactly one amount column of that table (every word of its header, its unit
 * in brackets aside, one at least) with no plan word and no "so với"; the table lies in the claim's section, at most three
 * paragraphs away, and only one table there reads so; both cells are plain numbers, the first larger than the second.
 */
import type { Figure, Table, TableCell } from '../model/index.js';
import type { ComparisonInput, RatioClaim } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { nearby } from './claims-table-base.js';
import { STATED_DECIMAL, readStatedDecimal, wordedMultipleDecimals } from './numbers.js';
import { alt, CAUSE_WORDS, CLAIM_JOINERS, COMPARED_WITH, MULTIPLE_NUMBER_WORDS, PLAN_WORDS, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'blockSection' | 'numbers' | 'tables'>;

/** Paragraphs between the claim and its table at most (a caption, a unit note, one more). */
const MULTIPLE = new RegExp(
  String.raw`(?<![\p{L}])gấp\s+(?:(${STATED_DECIMAL})\s+lần|(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?)\s+(?:(?:${alt(COMPARED_WITH)})\s+)?`,
  'giu',
);
// The second member: what follows up to a mark, a joiner or a cause ("quý II; …", "tháng 6 và …", "xã B do …").
const SECOND = new RegExp(String.raw`^(.+?)\s*(?=[,;.:()]|$|\s(?:${alt(CLAIM_JOINERS, CAUSE_WORDS)})(?![\p{L}]))`, 'iu');
const NOT_DONE = new RegExp(String.raw`${edgeAlt(PLAN_WORDS, COMPARED_WITH)}(?![\p{L}])`, 'iu');
const AMOUNT_ROLES = new Set(['value', 'period', 'total', 'cumulative']);
const AMOUNT_MEASURES = new Set(['result', 'money', 'count', 'amount']);
const NUMERIC = new Set(['count', 'decimal', 'money']);

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
const cellOk = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && NUMERIC.has(c.kind);

interface Reading { a: TableCell; b: TableCell }

/** The multiples between two named members of a nearby table's column (see the module comment). */
export function readMemberMultiples(input: Input): RatioClaim[] {
  const tables = (input.tables ?? []).filter((t) => t.headerBlocks.length > 0 && t.rows.length > 1);
  if (tables.length === 0) return [];
  const out: RatioClaim[] = [];
  let figureAt: ((c: TableCell) => Figure | null) | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !block.text.includes('gấp')) continue;
    for (const m of block.text.matchAll(MULTIPLE)) {
      const after = m.index + m[0].length;
      const second = SECOND.exec(block.text.slice(after));
      const clause = input.clauses.at(block.index, m.index, true);
      if (!second || !clause) continue;
      const lead = block.text.slice(clause.from, m.index);
      if (NOT_DONE.test(lead)) continue;
      const found = tables.filter((t) => nearby(input, t, block.index)).map((t) => readTable(t, lead, second[1])).filter((r): r is Reading => r !== null);
      if (found.length !== 1) continue;
      figureAt ??= cellFigures(input);
      const [a, b] = [figureAt(found[0].a), figureAt(found[0].b)];
      if (!a || !b || b.value <= 0 || a.value <= b.value) continue;
      const read = m[1] !== undefined ? readStatedDecimal(m[1], input.numbers) : null;
      const stated = read?.value ?? (m[1] === undefined ? MULTIPLE_NUMBER_WORDS[m[2].toLowerCase()] : undefined);
      if (stated === undefined) continue;
      out.push({
        kind: 'ratio', block: block.index, from: m.index, to: after + second[1].length, stated,
        decimals: read?.decimals ?? wordedMultipleDecimals(stated), written: m[1] ?? m[2], increase: false, pair: [a, b],
      });
    }
  }
  return out;
}

// The two members' cells in the one column the lead names, or null when the table does not read so exactly once.
function readTable(table: Table, lead: string, secondText: string): Reading | null {
  const rows = table.rows.map((r) => (r.total ? '' : fold(r.label)));
  const wanted = fold(secondText);
  const seconds = rows.flatMap((l, k) => (l !== '' && l === wanted ? [k] : []));
  const folded = fold(lead);
  const firsts = rows.flatMap((l, k) => (l !== '' && l !== wanted && (folded === l || folded.endsWith(` ${l}`)) ? [k] : []));
  if (seconds.length !== 1 || firsts.length !== 1) return null;
  const subject = new Set(labelTokens(folded.slice(0, folded.length - rows[firsts[0]].length)));
  if (subject.size === 0) return null;
  const columns = table.columns.filter((c) => {
    if (!AMOUNT_ROLES.has(c.role) || !AMOUNT_MEASURES.has(c.measure)) return false;
    const words = labelTokens(c.header.replace(/\([^()]*\)/gu, ' '));
    return words.length > 0 && words.every((w) => subject.has(w));
  });
  if (columns.length !== 1) return null;
  const [a, b] = [table.rows[firsts[0]].cells[columns[0].index], table.rows[seconds[0]].cells[columns[0].index]];
  return cellOk(a) && cellOk(b) ? { a, b } : null;
}


function cellFigures(input: Input): (c: TableCell) => Figure | null {
  const byPlace = new Map<string, Figure>();
  for (const f of input.figures) if (f.cell !== null) byPlace.set(`${f.block}:${f.span.start - input.source.blocks[f.block].span.start}`, f);
  return (cell) => (cell.at ? byPlace.get(`${cell.at.block}:${cell.at.from}`) ?? null : null);
}
