/**
 * The way a table row changed, claimed in words beside the table: "riêng mặt hàng thịt các loại tăng mạnh so với cùng kỳ"
 * in the paragraph right before or right after a table with one change column ("So cùng kỳ (%)") whose row "Thịt các
 * loại" reads −3,5. The column must hold a negative cell (a signed change, not a ratio to the base such as 95,3). Read
 * only when the claim has no figure of its own (no amount, no base in brackets), its comparison
 * names the column's base (every word of the header but "so", the change verbs and the unit: "cùng kỳ"; for a header
 * naming none, "Tăng (+), giảm (-)", every word of another column's header: "so với đầu năm học"), no negation
 * stands before the verb in its statement ("Không có xã, phường nào có số vụ … tăng"), and exactly one body row is named by the words before the verb (every word of its
 * label; of several, the one naming most; a label holding a comma, "Thừa cân, béo phì", whole in its sentence right before
 * the claim's clause). A subject claiming every row ("Tất cả các nguồn vốn đều tăng so với cùng kỳ năm 2025", its noun
 * the label column's header, no partial word) is read against the first body row whose cell goes the other way. A year
 * after the base ("cùng kỳ năm 2025") is no figure of the claim's own. claim-mismatch judges the way against the cell's sign.
 * A subject claiming every item of a group named by its words ("các khoản thu từ thuế, phí trên địa bàn đều tăng …") is read
 * against the rows whose labels hold one of those words (two at least). Above a table, a caption and a unit note may stand
 * between the paragraph and the header.
 */
import type { Analysis, Comparison, Figure, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { neighbourTables } from './claims-table-all.js';
import { alt, CHANGE_DEGREE_WORDS, CHANGE_VERBS, COMPARED_WITH, GROUP_OF_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, REPORTED_AREA_WORDS, TABLE_CAPTION_WORDS, TOPIC_OF_WORDS, UNIT_NOTE_WORDS, UNIVERSAL_WORDS, wordsRe, YEAR_WORDS, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'> & { tables?: Analysis['tables'] };
type Trend = Extract<Comparison, { kind: 'trend' }>;

// "tăng (mạnh) so với cùng kỳ": the verb, a degree at most, the comparison; the base words after it are checked in code.
const CLAIM = new RegExp(String.raw`(${edgeAlt(CHANGE_VERBS)})(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?\s+(?:${alt(COMPARED_WITH)})(?![\p{L}])`, 'giu');
const NEGATED = wordsRe(NEGATION_WORDS);
// The header words that only frame a change column: "So", "Tăng/giảm", the comparison.
const FRAME = new Set(labelTokens([...CHANGE_VERBS, ...COMPARED_WITH].join(' ')));
const CLAUSE_MARK = /[,;:.!?()]/gu;
const PARTIAL = wordsRe(PARTIAL_CLAIM_WORDS);
// "so với cùng kỳ năm 2025": a year names the base, it is no figure of the claim's own.
const YEAR_NAMED = new RegExp(String.raw`${edgeAlt(YEAR_WORDS)}\s+\d{4}(?!\d)`, 'giu');
// "Tất cả các nguồn vốn đều", "các xã đều": a subject claiming every member of a plural, and that plural's noun.
const ALL_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?các\s+(\p{L}+(?:\s\p{L}+){0,3}?)\s+đều\s*$`, 'iu');

/** The claims of the way a row changed, in the paragraphs right around tables with one change column. */
export function readTableTrends(input: Input): Trend[] {
  const out: Trend[] = [];
  for (const [b, t] of besideTables(input)) {
    const block = input.source.blocks[b];
    const columns = t.columns.filter((c) => c.measure === 'change');
    if (!block || block.kind === 'row' || columns.length !== 1 || t.labelColumn === null) continue;
    const base = labelTokens(columns[0].header).filter((w) => !FRAME.has(w));
    // A change column that names no base ("Tăng (+), giảm (-)") changes from another column of the table: the claim must
    // name one of them whole ("so với đầu năm học" beside "Đầu năm học | Cuối năm học | Tăng (+), giảm (-)").
    const bases = base.length > 0 ? [base] : t.columns.filter((c) => c !== columns[0] && c.index !== t.labelColumn && c.role !== 'stt')
      .map((c) => labelTokens(c.header).filter((w) => !FRAME.has(w))).filter((ws) => ws.length > 0);
    // "So cùng kỳ (%)" may hold ratios (105,2 = 105,2% of last year) as well as signed changes: only a negative cell says which.
    if (bases.length === 0 || !t.rows.some((r) => (r.cells[columns[0].index]?.value ?? 0) < 0)) continue;
    for (const m of block.text.matchAll(CLAIM)) {
      const at = m.index;
      const end = at + m[0].length;
      const start = clauseStart(block.text, at);
      const subject = block.text.slice(start, at);
      // The rest of the claim's clause: its base words, and no figure ("so với cùng kỳ (1.000 tấn)" has a base of its own).
      const rest = block.text.slice(end, end + 60).split(/[,;:!?]|\.(?!\d)/u)[0];
      const tail = labelTokens(rest.split('(')[0]);
      // A negation anywhere in the sentence before the verb denies the claim: "Không có phường, xã nào có số vụ … tăng".
      const sentence = block.text.slice(sentenceStart(block.text, at), at);
      if (/\d/u.test(subject) || /\d/u.test(rest.replace(YEAR_NAMED, '')) || NEGATED.test(sentence) || !bases.some((ws) => ws.every((w) => tail.includes(w)))) continue;
      const narrow = namedRow(t, subject);
      const wide = narrow ? undefined : commaLabelRow(t, block.text, start, at);
      const row = narrow ?? wide?.row ?? (PARTIAL.test(sentence) ? undefined : allRowsAgainst(t, subject, columns[0].index, m[1]) ?? topicRowsAgainst(t, sentence, columns[0].index, m[1]));
      const cell = row?.cells[columns[0].index];
      const change = cell?.at ? figureAt(input, cell.at.block, cell.at.from) : undefined;
      if (!row || !change) continue;
      out.push({ kind: 'trend', block: b, from: wide?.from ?? start, to: end, verb: m[1].toLowerCase(), row: row.label, column: columns[0].header, change });
    }
  }
  return out;
}

// "Bảng 1. …" and "(ĐVT: triệu đồng)" between a paragraph and the table's header.
const CAPTION = new RegExp(String.raw`^\s*(?:${alt(TABLE_CAPTION_WORDS)})\s+\d`, 'iu');
const UNIT_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:`, 'iu');

/**
 * The paragraphs right before or after each table (neighbourTables); above a table, a caption and a unit note line, in
 * either order, may stand between the paragraph and the header, as in claims-table-direction.ts.
 */
export function besideTables(input: Input): Map<number, Table> {
  const out = new Map<number, Table>();
  for (const [b, t] of neighbourTables(input.tables ?? [])) {
    let k = b;
    if (t.headerBlocks.length > 0 && b === t.headerBlocks[0] - 1) {
      for (let step = 0; step < 2 && k >= 0; step++) {
        const line = input.source.blocks[k]?.text ?? '';
        if (CAPTION.test(line) || UNIT_NOTE.test(line)) k -= 1;
      }
    }
    if (k >= 0 && !out.has(k)) out.set(k, t);
  }
  return out;
}

/**
 * "Tất cả các nguồn vốn đều tăng so với cùng kỳ" beside a table whose label column is headed by that noun ("Nguồn vốn"):
 * the claim is of every body row; the first whose change cell goes the other way (or undefined: none does, or the noun
 * is not the table's).
 */
function allRowsAgainst(t: Table, subject: string, column: number, verb: string): Table['rows'][number] | undefined {
  const m = ALL_SUBJECT.exec(subject);
  if (!m || t.labelColumn === null) return undefined;
  const noun = labelTokens(m[1]);
  const header = labelTokens(t.columns[t.labelColumn]?.header ?? '');
  if (noun.length === 0 || header.length === 0 || !(noun.every((w) => header.includes(w)) || header.every((w) => noun.includes(w)))) return undefined;
  const down = verb.toLowerCase() === CHANGE_VERBS[1];
  return t.rows.find((r) => {
    const v = r.total || r.head || r.label === '' ? null : r.cells[column]?.value;
    return v !== null && v !== undefined && v !== 0 && (down ? v > 0 : v < 0);
  });
}

// "các khoản thu từ thuế, phí trên địa bàn đều": every item of a group named by its members' words ("từ thuế, phí"), the
// report's area after it at most; a comma may join the group's words, so the whole statement is read, not the clause.
const TOPIC_ALL_SUBJECT = new RegExp(
  String.raw`^[\s\-+•*–]*(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?các\s+\p{L}+(?:\s\p{L}+){0,3}?\s+(?:${alt(GROUP_OF_WORDS, TOPIC_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,2}(?:\s*,\s*\p{L}+(?:\s\p{L}+){0,2}){0,4}?)(?:\s+(?:${alt(REPORTED_AREA_WORDS)})(?:\s+\p{L}+){0,3})?\s+đều\s*$`,
  'iu',
);

/**
 * "Thu từ thuế, phí và thu khác tăng 8,7%; các khoản thu từ thuế, phí trên địa bàn đều tăng so với cùng kỳ" beside a table of
 * revenue lines: the claim is of the rows each of whose labels holds every word of one of the group's words ("thuế", "phí":
 * "Thuế thu nhập cá nhân", "Lệ phí trước bạ"), two rows at least, none a total or a group head; the first of them whose change
 * cell goes the other way (or undefined).
 */
function topicRowsAgainst(t: Table, sentence: string, column: number, verb: string): Table['rows'][number] | undefined {
  const m = TOPIC_ALL_SUBJECT.exec(sentence);
  if (!m) return undefined;
  const topics = m[1].split(',').map((w) => labelTokens(w)).filter((ws) => ws.length > 0);
  if (topics.length === 0) return undefined;
  const about = t.rows.filter((r) => !r.total && !r.head && r.label !== '' && topics.some((ws) => ws.every((w) => labelTokens(r.label).includes(w))));
  if (about.length < 2) return undefined;
  const down = verb.toLowerCase() === CHANGE_VERBS[1];
  return about.find((r) => {
    const v = r.cells[column]?.value;
    return v !== null && v !== undefined && v !== 0 && (down ? v > 0 : v < 0);
  });
}

// Where the statement holding `at` starts: after the last mark that ends one (never a comma).
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[;:!?]|\.(?!\d)/gu)) start = m.index + 1;
  return start;
}

// Where the clause holding `at` starts: after the last clause mark before it.
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_MARK)) start = m.index + 1;
  return start;
}

// The one body row every word of whose label the subject holds (the one naming most words when several do).
function namedRow(t: Table, subject: string): Table['rows'][number] | undefined {
  const words = new Set(labelTokens(subject));
  const named = t.rows.filter((r) => !r.total && !r.head && r.label !== '' && labelTokens(r.label).length > 0 && labelTokens(r.label).every((w) => words.has(w)));
  if (named.length === 0) return undefined;
  const most = Math.max(...named.map((r) => labelTokens(r.label).length));
  const best = named.filter((r) => labelTokens(r.label).length === most);
  return best.length === 1 ? best[0] : undefined;
}

/**
 * A row whose label holds a comma ("Thừa cân, béo phì") is cut by the clause mark: the one such row whose whole label the
 * sentence writes right up to the claim's clause, the clause holding the label's last part, no figure between.
 */
function commaLabelRow(t: Table, text: string, start: number, at: number): { row: Table['rows'][number]; from: number } | undefined {
  const from = Math.max(0, ...[...text.slice(0, start).matchAll(/[;:.!?()]/gu)].map((m) => m.index + 1));
  const wide = text.slice(from, at);
  if (/\d/u.test(wide)) return undefined;
  const words = labelTokens(wide);
  const clause = new Set(labelTokens(text.slice(start, at)));
  const named = t.rows.filter((r) => {
    if (r.total || r.head || !r.label.includes(',')) return false;
    const label = labelTokens(r.label);
    const last = labelTokens(r.label.slice(r.label.lastIndexOf(',') + 1));
    const at0 = words.findIndex((_, k) => label.every((w, j) => words[k + j] === w));
    return at0 >= 0 && last.length > 0 && last.every((w) => clause.has(w));
  });
  if (named.length !== 1) return undefined;
  // The quote opens where the label's first part does in the sentence.
  const first = firstPart(named[0].label);
  const k = wide.toLowerCase().indexOf(first.toLowerCase());
  return { row: named[0], from: k >= 0 ? from + k : start };
}

const firstPart = (label: string) => label.slice(0, label.indexOf(',')).trim();

function figureAt(input: Input, block: number, from: number): Figure | undefined {
  const start = input.source.blocks[block].span.start;
  return input.figures.find((f) => f.block === block && f.span.start - start === from);
}
