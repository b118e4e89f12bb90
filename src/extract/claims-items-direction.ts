/**
 * One way of change claimed of a list of counts that leads its clause, with no figure of its own: "số lượt khám bệnh, số
 * người bệnh điều trị nội trú và số ca phẫu thuật đều tăng so với cùng kỳ", against each count's own current and earlier
 * values in a table of the report (anywhere: a summary sits far from its tables) with one current and one earlier column
 * ("Cùng kỳ", or two consecutive years). Read as a `direction` claim (the row's two cells) of the first count whose row went
 * the other way, judged by claim-mismatch as "giảm so với năm 2023 (01 người)" is.
 *
 * Read only when: the list opens its statement or follows a comma or a colon; two items or more, each "số X" (six words at
 * most, no digit), joined by commas and "và"; at most two adverbs ("đều"), "tăng"/"giảm", "so với" and an earlier-period word
 * (its year, when named, the earlier column's); no negation, partial or plan word in the claim. An item's row is the one body
 * row whose label (two words at least) lies wholly inside the item, the longest, or with none the one row read as the same
 * catalogue indicator (src/extract/indicator-match.ts, each surely); a row whose label reads as another indicator than its
 * item is none. Every table giving the item a row must give the same two values; an item with a tie, or two items one row,
 * leaves the whole claim unread.
 */
import type { Comparison, Figure, Table, TableColumn } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { matchIndicator } from './indicator-match.js';
import { periodColumns } from './claims-table-direction.js';
import { alt, AND_OR_WORDS, CHANGE_CLAIM_ADVERBS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_WORDS, YEAR_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & Partial<Pick<ComparisonInput, 'tables'>>;
type Direction = Extract<Comparison, { kind: 'direction' }>;

// The items after the statement's start, a comma or a colon; adverbs; the verb; "so với" an earlier period (and its year).
const CLAIM = new RegExp(
  String.raw`(?:^|[,:])[\s\-+•*–]*(?<list>(?:${alt(COUNT_WORDS)})\s[^\d;:.()]{3,200}?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(?<verb>${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+(?<period>${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])`,
  'iu',
);
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS, ...PLAN_WORDS]);
const ITEM = new RegExp(String.raw`^(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s+\p{L}+){0,5})$`, 'iu');
const JOINER = new RegExp(String.raw`\s*,\s*|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'u');
const MIN_ITEMS = 2;
const KEY_SURE = 0.9;
const SO_VOI = new RegExp(alt(COMPARED_WITH), 'iu');

interface Pair { row: Table['rows'][number]; now: Figure; then: Figure }

/** The claims of one way for a list of counts leading their clause, against each count's row in the report's tables. */
export function readItemsDirections(input: Input): Direction[] {
  const out: Direction[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  const dated = input.tables.map((t) => ({ t, cols: periodColumns(t) })).filter((x): x is { t: Table; cols: [TableColumn, TableColumn] } => x.cols !== null);
  if (dated.length === 0) return out;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !SO_VOI.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const m = CLAIM.exec(block.text.slice(s.from, s.to));
      if (!m || BLOCKED.test(m[0])) continue;
      const { list, verb, year } = m.groups!;
      const items = list.split(JOINER).map((w) => ITEM.exec(w.trim()));
      if (items.length < MIN_ITEMS || items.some((x) => x === null)) continue;
      const pairs = items.map((x) => itemPair(input, dated, x![0], year === undefined ? null : Number(year)));
      if (pairs.some((p) => p === 'unsure')) continue;
      const rows = pairs.flatMap((p) => (p === null || p === 'unsure' ? [] : [p.row]));
      if (new Set(rows).size !== rows.length) continue;
      const down = verb.toLowerCase() === CHANGE_VERBS[1];
      const wrong = pairs.find((p): p is Pair => p !== null && p !== 'unsure' && p.now.value !== p.then.value && p.now.value < p.then.value !== down);
      if (!wrong) continue;
      const from = s.from + m.index + m[0].indexOf(list);
      out.push({ kind: 'direction', block: block.index, from, to: s.from + m.index + m[0].length, verb: verb.toLowerCase(), current: wrong.now, base: wrong.then });
    }
  }
  return out;
}

// The item's current and earlier values: the same in every table naming it; null when none does, 'unsure' on a tie or two readings.
function itemPair(input: Input, dated: Array<{ t: Table; cols: [TableColumn, TableColumn] }>, item: string, year: number | null): Pair | null | 'unsure' {
  const words = labelTokens(item);
  const key = matchIndicator(item, false).key;
  const found: Pair[] = [];
  for (const { t, cols } of dated) {
    if (year !== null && cols[1].year !== null && cols[1].year !== year) continue;
    const row = itemRow(t, words, item, key);
    if (row === 'unsure') return 'unsure';
    if (row === null) continue;
    const now = cellFigure(input, row.cells[cols[0].index]);
    const then = cellFigure(input, row.cells[cols[1].index]);
    if (!now || !then || now.kind !== then.kind || now.kind === 'percent') return 'unsure';
    found.push({ row, now, then });
  }
  if (found.length === 0) return null;
  return found.every((p) => p.now.value === found[0].now.value && p.then.value === found[0].then.value) ? found[0] : 'unsure';
}

// The one body row whose label lies wholly inside the item (the longest), else the one row read surely as its indicator.
function itemRow(t: Table, words: string[], item: string, key: string | null): Table['rows'][number] | null | 'unsure' {
  const fits = t.rows
    .filter((r) => !r.total && !r.head)
    .map((r) => ({ r, words: labelTokens(r.label) }))
    .filter((x) => x.words.length >= 2 && x.words.every((w) => words.includes(w)));
  const most = Math.max(0, ...fits.map((x) => x.words.length));
  const best = fits.filter((x) => x.words.length === most);
  if (best.length > 1) return 'unsure';
  if (best.length === 1) {
    const other = matchIndicator(best[0].r.label, false).key;
    return key !== null && other !== null && other !== key ? 'unsure' : best[0].r;
  }
  const sure = matchIndicator(item, false, KEY_SURE).key;
  if (sure === null) return null;
  const keyed = t.rows.filter((r) => !r.head && !r.total && matchIndicator(r.label, false).key === sure);
  return keyed.length === 1 ? keyed[0] : keyed.length > 1 ? 'unsure' : null;
}

// The figure read at a pure count cell.
function cellFigure(input: Input, c: Table['rows'][number]['cells'][number] | undefined): Figure | undefined {
  if (!c || !c.pure || c.value === null || c.at === null || (c.kind !== 'count' && c.kind !== 'decimal')) return undefined;
  const start = input.source.blocks[c.at.block].span.start;
  return input.figures.find((f) => f.block === c.at!.block && f.span.start - start === c.at!.from);
}
