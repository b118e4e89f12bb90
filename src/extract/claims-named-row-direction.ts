/**
 * Ways of change claimed with no figure anywhere in the report ("Số trường hợp vi phạm pháp luật đất đai được phát hiện
 * giảm so với cùng kỳ năm 2023" in the closing assessment; "…; số vụ TNGT trên tuyến đường tỉnh giảm so với cùng kỳ";
 * "Năm 2024, số vụ việc trợ giúp pháp lý trên địa bàn huyện tăng so với năm 2023" above its table), against the one
 * table row of the report they name, with its current and earlier values. Read as a `direction` (current and base are
 * the row's two cells) and judged by claim-mismatch as "giảm so với năm 2023 (01 người)" is.
 *
 * The claim: a statement opening with its subject (a "Năm <year>," lead at most, the current column's year), up to two
 * adverbs, "tăng"/"giảm" (a degree word at most), "so với" and its earlier period; no comma, digit or negation in the
 * subject, no plan word ("phấn đấu") before the verb, no figure or bracket of its own after it in its clause.
 *
 * The row, in any table with one current and one earlier column for the claim's measure (claims-table-direction's
 * periodColumns, or a measure column "Số vụ" beside its earlier one "Số vụ cùng kỳ 2023", the measure then named by the
 * subject): a body row whose label's words (two at least) are all the subject's, the longest, and every other word of
 * the subject the table's own (caption, label header, measure header, unit cell; an abbreviation of its words, "TNGT"):
 * a subject naming a narrower group than the row ("… của hộ gia đình") names words the table does not have. With no
 * body row, the total row when every word of the subject is the table's caption's or headers'. The earlier period the
 * claim names is the column's (its year, or its words "cùng kỳ"). Exactly one row of all the tables may fit, else
 * nothing is read.
 */
import type { Analysis, Comparison, Figure, Table, TableCell, TableColumn } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { periodColumns } from './claims-table-direction.js';
import { foldKey } from '../text/normalize.js';
import {
  alt, CHANGE_CLAIM_ADVERBS, CHANGE_DEGREE_WORDS, CHANGE_VERBS, COMPARED_WITH, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PLAN_STILL_AHEAD_WORDS,
  TABLE_CAPTION_WORDS, UNIT_NOTE_WORDS, YEAR_WORDS, wordsRe,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] };
type Direction = Extract<Comparison, { kind: 'direction' }>;

const YEAR = String.raw`(?:19|20)\d\d`;
const CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(?:(?:${alt(YEAR_WORDS)})\s+(?<lead>${YEAR})\s*,\s*)?(?<subject>\p{L}[\p{L}\s]{2,80}?)\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}`
  + String.raw`(?<verb>${alt(CHANGE_VERBS)})(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?\s+(?:${alt(COMPARED_WITH)})\s+`
  + String.raw`(?<base>(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+(?:${alt(YEAR_WORDS)})\s+${YEAR})?|(?:${alt(YEAR_WORDS)})\s+${YEAR})(?![\p{L}\d])`,
  'iu',
);
const HAS_CLAIM = new RegExp(String.raw`(?:${alt(CHANGE_VERBS)})(?:\s+\p{L}+)?\s+(?:${alt(COMPARED_WITH)})\s`, 'iu');
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PLAN_STILL_AHEAD_WORDS]);
const EARLIER = wordsRe(EARLIER_PERIOD_WORDS);
const CAPTION = new RegExp(String.raw`^\s*(?:${alt(TABLE_CAPTION_WORDS)})\s+\d`, 'iu');
const UNIT_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:`, 'iu');
// "Số vụ cùng kỳ 2023" → "Số vụ": the earlier period's words and year struck from a header.
const PERIOD_WORDS = new RegExp(String.raw`(?:${alt(EARLIER_PERIOD_WORDS)})|(?:${alt(YEAR_WORDS)})?\s*${YEAR}`, 'giu');
const YEAR_IN = new RegExp(YEAR, 'u');

const pureCount = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && (c.kind === 'count' || c.kind === 'decimal');

/** A table's current and earlier columns and the measure they hold (no words: any measure the rows name). */
interface Pairing { table: Table; now: TableColumn; then: TableColumn; measure: string[]; words: Set<string>; caption: string[] }

/** The figure-less direction claims naming one row of the report's tables, each with the row's current and earlier cells. */
export function readNamedRowDirections(input: Input): Direction[] {
  const pairings = (input.tables ?? []).flatMap((t) => pairingsOf(input, t));
  const out: Direction[] = [];
  if (pairings.length === 0) return out;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_CLAIM.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(statement);
      if (!m) continue;
      const { lead, subject, verb, base } = m.groups!;
      const verbAt = m[0].lastIndexOf(verb, m[0].length - base.length);
      if (BLOCKED.test(statement.slice(0, verbAt)) || ownFigureAfter(statement.slice(m[0].length))) continue;
      const words = labelTokens(subject);
      const fits = pairings.flatMap((p) => (periodNamed(p, base, lead) ? rowsNamed(input, p, words) : []));
      if (new Set(fits.map(([a, b]) => `${a.value}/${b.value}`)).size !== 1 || new Set(fits.map(([a]) => a.index)).size !== 1) continue;
      const [current, prior] = fits[0];
      out.push({ kind: 'direction', block: block.index, from: s.from + verbAt, to: s.from + m[0].length, verb: verb.toLowerCase(), current, base: prior });
    }
  }
  return out;
}

// "giảm so với cùng kỳ (04 vụ so với 07 vụ)", "… cùng kỳ: 21 vụ": a value of its own in its clause is another reader's.
function ownFigureAfter(rest: string): boolean {
  const clause = rest.split(/[,;.]/u)[0];
  return /^\s*[(:]/u.test(rest) || /\d/u.test(clause);
}

// The claim's earlier period is the column's: its year, or its very words ("cùng kỳ"); a lead year is the current column's.
function periodNamed(p: Pairing, base: string, lead: string | undefined): boolean {
  if (lead !== undefined && p.now.year !== Number(lead)) return false;
  const year = YEAR_IN.exec(base)?.[0];
  if (year !== undefined) return p.then.year === Number(year);
  const words = EARLIER.exec(base)?.[0];
  return words !== undefined && foldKey(p.then.header).includes(foldKey(words));
}

// The table's column pairs: its one current and one earlier column, or each measure column beside its earlier one.
function pairingsOf(input: Input, t: Table): Pairing[] {
  if (t.headerBlocks.length === 0) return [];
  const caption = captionOf(input, t);
  const label = t.columns.find((c) => c.role === 'label');
  const own = new Set([...caption, ...labelTokens(label?.header ?? '')]);
  const make = (now: TableColumn, then: TableColumn, measure: string[]): Pairing => ({ table: t, now, then, measure, words: new Set([...own, ...measure]), caption });
  const pair = periodColumns(t);
  if (pair) return [make(pair[0], pair[1], [])];
  const values = t.columns.filter((c) => !['stt', 'label', 'unit', 'notes', 'percent', 'target'].includes(c.role) && c.measure !== 'change');
  const earlier = values.filter((c) => EARLIER.test(c.header));
  if (earlier.length !== 1) return [];
  const measure = foldKey(earlier[0].header.replace(PERIOD_WORDS, ' ')).replace(/\s+/gu, ' ').trim();
  const same = values.filter((c) => c !== earlier[0] && foldKey(c.header).replace(/\s+/gu, ' ').trim() === measure);
  const tokens = labelTokens(measure);
  return same.length === 1 && tokens.length > 0 ? [make(same[0], earlier[0], tokens)] : [];
}

// The caption's words ("Bảng 1. Tai nạn giao thông … phân theo tuyến đường"), a unit note between aside.
function captionOf(input: Input, t: Table): string[] {
  for (let b = t.headerBlocks[0] - 1, k = 0; b >= 0 && k < 2; b--, k++) {
    const text = input.source.blocks[b]?.text ?? '';
    if (CAPTION.test(text)) return labelTokens(text.replace(CAPTION, ' '));
    if (!UNIT_NOTE.test(text)) return [];
  }
  return [];
}

// The current and earlier cells' figures of the one row the subject names (see the module's doc), none when unsure.
function rowsNamed(input: Input, p: Pairing, subject: string[]): Array<[Figure, Figure]> {
  if (!p.measure.every((w) => subject.includes(w))) return [];
  const unitColumn = p.table.columns.find((c) => c.role === 'unit');
  const covered = (r: Table['rows'][number], label: string[]) => {
    const words = new Set([...p.words, ...label, ...labelTokens(unitColumn ? r.cells[unitColumn.index]?.text ?? '' : '')]);
    return subject.every((w) => words.has(w) || initialsOf(w, [...words]));
  };
  const body = p.table.rows
    .filter((r) => !r.total && !r.head)
    .map((r) => ({ r, label: labelTokens(r.label) }))
    .filter((x) => x.label.length >= 2 && x.label.every((w) => subject.includes(w)));
  const most = Math.max(0, ...body.map((x) => x.label.length));
  const best = body.filter((x) => x.label.length === most);
  let row: Table['rows'][number] | null = null;
  if (best.length === 1) row = covered(best[0].r, best[0].label) ? best[0].r : null;
  else if (body.length === 0 && p.caption.length > 0) {
    // The whole the caption names: every word of the subject the caption's (or a header's), two of the caption's at least.
    const totals = p.table.rows.filter((r) => r.total);
    const shared = subject.filter((w) => p.caption.includes(w)).length;
    row = totals.length === 1 && shared >= 2 && covered(totals[0], labelTokens(totals[0].label)) ? totals[0] : null;
  }
  if (!row) return [];
  const [a, b] = [row.cells[p.now.index], row.cells[p.then.index]];
  if (!pureCount(a) || !pureCount(b)) return [];
  const figureAt = (c: TableCell) => input.figures.find((f) => f.block === c.at!.block && f.span.start - input.source.blocks[f.block].span.start === c.at!.from);
  const [fa, fb] = [figureAt(a), figureAt(b)];
  return fa && fb && fa.kind === fb.kind ? [[fa, fb]] : [];
}

// "tngt" of "tai nạn giao thông": an abbreviation whose letters are the first letters of consecutive words the table has.
function initialsOf(token: string, words: string[]): boolean {
  if (token.length < 2 || token.length > 6 || !/^\p{L}+$/u.test(token)) return false;
  const firsts = words.map((w) => foldKey(w)[0]).join('');
  return firsts.includes(foldKey(token));
}
