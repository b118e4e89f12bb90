/**
 * Ways of change claimed with no amount against the table right after their paragraph: "Bệnh đạo ôn lá giảm mạnh so với
 * cùng kỳ" above a table whose row "Đạo ôn lá" holds the earlier period's value ("Cùng kỳ", "Năm trước") and this period's
 * ("Vụ này", "Kỳ này", "Thực hiện"), or two columns of consecutive years. The claim is read as a `direction` (current and
 * base are the row's two cells), judged by claim-mismatch as the bracketed base of "giảm so với năm 2023 (01 người)" is.
 *
 * Read only when: the statement opens with its subject, then "tăng"/"giảm" (at most two words after it, "mạnh", "nhẹ"),
 * then "so với" and an earlier-period word; it holds no digit up to there and no negation; exactly one body row's label
 * lies wholly inside the subject (the longest, ties silent: "Đạo ôn lá" in "Bệnh đạo ôn lá", never "Đạo ôn cổ bông"); and
 * the table has exactly one earlier and one current column. A caption line ("Bảng 2. …") may stand between.
 */
import type { Comparison, Figure, Table, TableCell, TableColumn } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { wordedMultipleDecimals } from './numbers.js';
import { matchIndicator } from './indicator-match.js';
import {
  alt, CHANGE_VERBS, COMPARED_WITH, CURRENT_SIDE_COLUMN_WORDS, EARLIER_PERIOD_WORDS, MULTIPLE_NUMBER_WORDS, NEGATION_WORDS, PREVIOUS_PERIOD_BASE_WORDS, PREVIOUS_YEAR_BASE_WORDS, SAME_PERIOD_BASE_WORDS,
  TABLE_CAPTION_WORDS, UNIT_NOTE_WORDS, YEAR_WORDS, wordsRe,
} from '../text/lexicon.js';
import type { Analysis } from '../model/index.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] };

const CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(\p{L}[\p{L}\s,]{2,80}?)\s+(${alt(CHANGE_VERBS)})((?:\s+\p{Ll}+){0,2}?)\s+(?:${alt(COMPARED_WITH)})\s+(?:${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])`,
  'iu',
);
// "Số ca tay chân miệng giảm 20 % so với cùng kỳ": the same claim with a percent right after the verb (group 3 its number).
const PERCENT_CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(\p{L}[\p{L}\s,]{2,80}?)\s+(${alt(CHANGE_VERBS)})\s+(\d[\d.,]*\s*%)\s+(?:${alt(COMPARED_WITH)})\s+(?:${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])`,
  'diu',
);
const NEGATED = wordsRe(NEGATION_WORDS);
const CAPTION = new RegExp(String.raw`^\s*(?:${alt(TABLE_CAPTION_WORDS)})\s+\d`, 'iu');
// "(ĐVT: ca)" between a caption and its table's header.
const UNIT_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:`, 'iu');
const EARLIER = wordsRe(EARLIER_PERIOD_WORDS);
const CURRENT = wordsRe(CURRENT_SIDE_COLUMN_WORDS);

const pureCount = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && (c.kind === 'count' || c.kind === 'decimal');

/** The direction claims of the paragraphs right above tables, each with the row's current and earlier cells. */
export function readTableDirections(input: Input): Comparison[] {
  const out: Comparison[] = [];
  const paired = (input.tables ?? []).filter((t) => periodColumns(t) !== null && t.headerBlocks.length > 0);
  if (paired.length === 1) out.push(...laterDirections(input, paired[0], periodColumns(paired[0])!));
  for (const t of input.tables ?? []) {
    const pair = periodColumns(t);
    if (!pair || t.headerBlocks.length === 0) continue;
    let b = t.headerBlocks[0] - 1;
    // A caption and a unit note ("Bảng 1. …", "(ĐVT: ca)"), in either order, may stand between.
    for (let k = 0; k < 2 && b >= 0; k++) {
      const line = input.source.blocks[b]?.text ?? '';
      if (CAPTION.test(line) || UNIT_NOTE.test(line)) b -= 1;
    }
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row') continue;
    for (const s of input.clauses.statements(b)) {
      const change = percentChange(input, t, pair, b, s);
      if (change) {
        out.push(change);
        continue;
      }
      const m = CLAIM.exec(block.text.slice(s.from, s.to));
      if (!m) {
        const counted = countedDirection(input, t, pair, b, s);
        if (counted) out.push(counted);
        continue;
      }
      if (/\d/u.test(m[0]) || NEGATED.test(m[1]) || NEGATED.test(m[3])) continue;
      const cells = rowCells(input, t, labelTokens(m[1]), pair);
      if (!cells) continue;
      const verbAt = s.from + m[0].lastIndexOf(m[2], m[0].length - m[3].length);
      out.push({ kind: 'direction', block: b, from: verbAt, to: s.from + m[0].length, verb: m[2].toLowerCase(), current: cells[0], base: cells[1] });
    }
  }
  return out;
}

/**
 * "Số ca tay chân miệng giảm 20 % so với cùng kỳ" right above the table whose row "Tay chân miệng" holds 41 under "Cùng kỳ"
 * and 35 under "Kỳ này": a percent change of the row, read as a `change` of its two cells (claim-mismatch: −14,6%, not −20%).
 * The same conditions as a direction (the subject holds no digit and no negation, one row's label wholly inside it), the
 * percent a change figure of the verb's own way, not hedged ("giảm hơn 20 %" is not read).
 */
function percentChange(input: Input, t: Table, pair: [TableColumn, TableColumn], b: number, s: { from: number; to: number }): Comparison | null {
  const block = input.source.blocks[b];
  const m = PERCENT_CLAIM.exec(block.text.slice(s.from, s.to));
  if (!m || /\d/u.test(m[1]) || NEGATED.test(m[1])) return null;
  const figure = ownPercent(input, b, s.from + m.indices![3]![0], m[2]);
  if (!figure) return null;
  const cells = rowCells(input, t, labelTokens(m[1]), pair);
  if (!cells) return null;
  return percentComparison(figure, b, s.from + m.indices![2]![0], s.from + m[0].length, m[2], cells);
}

// The percent figure starting at `at` of block b when it is the change of `verb` itself, not hedged ("giảm hơn 20 %").
function ownPercent(input: Input, b: number, at: number, verb: string): Figure | null {
  const start = input.source.blocks[b].span.start;
  const figure = input.figures.find((f) => f.block === b && f.span.start - start === at);
  return figure && figure.kind === 'percent' && figure.change && !figure.change.hedged && figure.change.verb === verb.toLowerCase() ? figure : null;
}

// A percent change claimed of a row, as a `change` of the row's current and earlier cells.
function percentComparison(figure: Figure, b: number, from: number, to: number, verb: string, cells: [Figure, Figure]): Comparison {
  const down = figure.change!.value < 0;
  return {
    kind: 'change', block: b, from, to, verb: verb.toLowerCase(), stated: figure.value, signed: down ? -figure.value : figure.value,
    decimals: figure.decimals, percent: true, unit: '%', written: figure.raw.replace(/\s*%$/u, ''), figure, current: cells[0], base: cells[1], amount: cells[0].value, scale: 1,
  };
}

// "Cấp mới giấy phép lái xe 1 120 hồ sơ, giảm so với cùng kỳ": the subject, its count of this period and its noun, a comma,
// then the way, at most two words, "so với" and an earlier-period word (group 1 the subject, 2 the count, 4 the verb, 5 the
// degree).
const COUNTED_CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(\p{L}[\p{L}\s,]{2,80}?)\s+(\d[\d.\u00A0\u202F ]*\d|\d)\s+(\p{L}[\p{L} ]{0,30}?)\s*,\s*(${alt(CHANGE_VERBS)})((?:\s+\p{Ll}+){0,2}?)\s+(?:${alt(COMPARED_WITH)})\s+(?:${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])`,
  'diu',
);

/**
 * "cấp đổi, cấp lại 425 hồ sơ, tăng so với cùng kỳ" right above the table whose row "Cấp đổi, cấp lại giấy chứng nhận" holds
 * 486 under "Cùng kỳ" and 425 under "Kỳ này": a subject that names the row in short, with the row's very value of this
 * period, then the way with no amount. Two pins together: every word of the subject is in the row's label (or the label's in
 * the subject) and the count stated is the row's current cell; exactly one body row meets both. Not read when the rest of
 * the statement holds a digit (a base in brackets is another reader's), nor under a negation.
 */
function countedDirection(input: Input, t: Table, [now, then]: [TableColumn, TableColumn], b: number, s: { from: number; to: number }): Comparison | null {
  const block = input.source.blocks[b];
  const text = block.text.slice(s.from, s.to);
  const m = COUNTED_CLAIM.exec(text);
  if (!m || /\d/u.test(m[1]) || /\d/u.test(text.slice(m[0].length)) || NEGATED.test(m[1]) || NEGATED.test(m[5])) return null;
  const at = s.from + m.indices![2]![0];
  const stated = input.figures.find((f) => f.block === b && f.span.start - block.span.start === at);
  if (!stated || stated.kind !== 'count' || stated.change) return null;
  const subject = labelTokens(m[1]);
  if (subject.length < 2) return null;
  const fits = t.rows.filter((r) => {
    if (r.total || r.head) return false;
    const label = labelTokens(r.label);
    const named = label.length >= 2 && (subject.every((w) => label.includes(w)) || label.every((w) => subject.includes(w)));
    const cell = r.cells[now.index];
    return named && pureCount(cell) && cell.value === stated.value;
  });
  if (fits.length !== 1) return null;
  const [a, c] = [fits[0].cells[now.index], fits[0].cells[then.index]];
  if (!pureCount(a) || !pureCount(c)) return null;
  const figureAt = (x: TableCell) => input.figures.find((f) => f.block === x.at!.block && f.span.start - input.source.blocks[f.block].span.start === x.at!.from);
  const [fa, fb] = [figureAt(a), figureAt(c)];
  if (!fa || !fb || fa.kind !== fb.kind) return null;
  return { kind: 'direction', block: b, from: s.from + m.indices![1]![0], to: s.from + m[0].length, verb: m[4].toLowerCase(), current: fa, base: fb };
}

// "số lượt tiếp công dân giảm so với quý trước": the earlier period a claim names, and a column header's, by kind: the same
// period a year before ("cùng kỳ") or the one just before ("kỳ trước", "quý trước", "tháng trước"); "năm trước" only itself.
const BASE_KINDS: ReadonlyArray<[string, RegExp]> = [
  ['same', new RegExp(String.raw`^(?:${alt(SAME_PERIOD_BASE_WORDS)})(?![\p{L}])`, 'iu')],
  ['previous', new RegExp(String.raw`^(?:${alt(PREVIOUS_PERIOD_BASE_WORDS)})(?![\p{L}])`, 'iu')],
  ['year', new RegExp(String.raw`^(?:${alt(PREVIOUS_YEAR_BASE_WORDS)})(?![\p{L}])`, 'iu')],
];
const baseKind = (words: string) => BASE_KINDS.find(([, re]) => re.test(words.trim()))?.[0] ?? null;
// The claim: its subject, the verb, a degree or a worded multiple ("gấp đôi"), "so với" and the words of its base.
// The subject may close with its own year and an adverb or two ("số lao động … năm 2024 đã tăng so với năm 2023"; group 5).
const FAR_CLAIM = new RegExp(
  String.raw`^[\s\-+•*–]*(?:\p{L}[\p{L}\s]{0,30}:\s*)?(\p{L}[\p{L}\s,]{2,80}?)(?:\s+(?:${alt(YEAR_WORDS)})\s+(?<year>(?:19|20)\d\d)(?:\s+\p{Ll}+){0,2}?)?\s+(${alt(CHANGE_VERBS)})((?:\s+(?:\p{Ll}+|\d+(?:,\d+)?(?:\s?%)?)){0,3}?)\s+(?:${alt(COMPARED_WITH)})\s+([^,;:().]{2,60})`,
  'diu',
);
// "tăng 7,6 % so với cùng kỳ": the verb's own percent alone between it and "so với".
const PERCENT_DEGREE = /^\s*\d+(?:,\d+)?\s?%\s*$/u;
// "tăng gấp đôi", "gấp ba lần": a multiple in words between the verb and "so với"; "tăng gấp 2 lần" in digits (group 2).
const WORDED_MULTIPLE = new RegExp(String.raw`^\s*gấp\s+(?:(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?|(\d+(?:,\d+)?)\s+lần)\s*$`, 'iu');
// "Bảng 1. So sánh kết quả quý I năm 2026 với quý IV năm 2025": the period the caption compares with, after its last "với".
// A column header naming a whole year and nothing else: "Năm 2024", "2024".
const WHOLE_YEAR = new RegExp(String.raw`^\s*(?:(?:${alt(YEAR_WORDS)})\s+)?(?:19|20)\d\d\s*$`, 'iu');
const CAPTION_BASE = /(?<![\p{L}])với\s+([^()]+?)\s*[.:]?\s*$/iu;

/**
 * The same claims anywhere after the document's only table of an earlier and a current column ("+ Ưu điểm: …; số lượt
 * tiếp công dân giảm so với quý trước" in the closing assessment): read only when the claim's earlier period is the
 * column's — of the same kind ("cùng kỳ"; "kỳ, quý, tháng trước"; "năm trước"), or the very words the table's caption
 * compares with ("so với quý IV năm 2025" under "Bảng 1. So sánh … với quý IV năm 2025") —, a total row counting as its
 * label's words. A worded multiple ("tăng gấp đôi so với …") is read as that ratio of the row's two cells as well.
 */
function laterDirections(input: Input, t: Table, pair: [TableColumn, TableColumn]): Comparison[] {
  const out: Comparison[] = [];
  const kind = baseKind(pair[1].header.replace(/^.*?(?=\p{L})/u, ''));
  const captionBlock = input.source.blocks[t.headerBlocks[0] - 1];
  const caption = captionBlock && CAPTION.test(captionBlock.text) ? CAPTION_BASE.exec(captionBlock.text)?.[1].toLowerCase() ?? null : null;
  // Two columns of consecutive whole years ("Năm 2023", "Năm 2024"): "so với năm 2023" names the earlier one.
  const [now, then] = pair;
  const yearBase = WHOLE_YEAR.test(now.header) && WHOLE_YEAR.test(then.header) && now.year === then.year! + 1 ? `năm ${then.year}` : null;
  if (kind === null && caption === null && yearBase === null) return out;
  const last = Math.max(...t.headerBlocks, ...t.rows.flatMap((r) => r.blocks));
  for (let b = last + 1; b < input.source.blocks.length; b++) {
    const block = input.source.blocks[b];
    if (block.kind === 'row') continue;
    for (const s of input.clauses.statements(b)) {
      const m = FAR_CLAIM.exec(block.text.slice(s.from, s.to));
      const multiple = m ? WORDED_MULTIPLE.exec(m[4]) : null;
      const percent = m !== null && PERCENT_DEGREE.test(m[4]);
      if (!m || /\d/u.test(m[1]) || (/\d/u.test(m[4]) && !multiple?.[2] && !percent) || NEGATED.test(m[1]) || NEGATED.test(m[4])) continue;
      const base = m[5].trim().toLowerCase();
      const named = (words: string | null) => words !== null && (base === words || base.startsWith(`${words} `));
      if (!((kind !== null && baseKind(base) === kind) || named(caption) || named(yearBase))) continue;
      // A year closing the subject is the current column's.
      if (m.groups?.year !== undefined && Number(m.groups.year) !== now.year) continue;
      if (m[4].trim() !== '' && !multiple && !percent && !/^\s*\p{Ll}+\s*$/u.test(m[4])) continue;
      const cells = rowCells(input, t, labelTokens(m[1]), pair, true, m[1]);
      if (!cells) continue;
      const verbAt = s.from + m[0].indexOf(m[3], m[1].length);
      // A base named by the earlier column's year alone ends with it ("so với năm 2023 nên …": the claim stops at the year).
      const words = (kind === null || baseKind(base) !== kind) && !named(caption) && named(yearBase) ? yearBase : null;
      const to = words ? s.from + m.indices![5]![0] + (m[5].length - m[5].trimStart().length) + words.length : s.from + m[0].length - m[5].length + m[5].trimEnd().length;
      if (percent) {
        // "số cặp đăng ký kết hôn tăng 7,6 % so với cùng kỳ": the row's percent change, as right above the table.
        const figure = ownPercent(input, b, s.from + m.indices![4]![0] + m[4].search(/\d/u), m[3]);
        if (figure) out.push(percentComparison(figure, b, verbAt, to, m[3], cells));
        continue;
      }
      out.push({ kind: 'direction', block: b, from: verbAt, to, verb: m[3].toLowerCase(), current: cells[0], base: cells[1] });
      if (multiple?.[2]) {
        // "tăng gấp 2 lần": a whole multiple is a rounding at its decimals; after "tăng" it may count the increase alone.
        const decimals = multiple[2].split(',')[1]?.length ?? 0;
        out.push({ kind: 'ratio', block: b, from: verbAt, to, stated: Number(multiple[2].replace(',', '.')), decimals, written: multiple[2], increase: m[3].toLowerCase() === 'tăng', pair: cells });
      } else if (multiple) {
        const stated = MULTIPLE_NUMBER_WORDS[multiple[1].toLowerCase()] ?? MULTIPLE_NUMBER_WORDS[multiple[1].toLowerCase().normalize('NFC')];
        if (stated !== undefined) out.push({ kind: 'ratio', block: b, from: verbAt, to, stated, decimals: wordedMultipleDecimals(stated), written: multiple[1], increase: false, pair: cells });
      }
    }
  }
  return out;
}

/** The one current and the one earlier-period column, by their headers' words, else two columns of consecutive years. */
export function periodColumns(t: Table): [TableColumn, TableColumn] | null {
  // A change column ("So với cùng kỳ", "Tăng (+), giảm (-)") names the earlier period it is set against but holds no value of it.
  const values = t.columns.filter((c) => !['stt', 'label', 'unit', 'notes', 'percent'].includes(c.role) && c.measure !== 'change');
  const earlier = values.filter((c) => EARLIER.test(c.header));
  const current = values.filter((c) => CURRENT.test(c.header) && !EARLIER.test(c.header));
  if (earlier.length === 1 && current.length === 1) return [current[0], earlier[0]];
  const dated = values.filter((c) => c.year !== null);
  const last = dated.filter((c) => c.year === Math.max(...dated.map((d) => d.year!)));
  const before = dated.filter((c) => last.length === 1 && c.year === last[0].year! - 1);
  return last.length === 1 && before.length === 1 && earlier.length === 0 ? [last[0], before[0]] : null;
}

// The current and earlier cells' figures of the one body row whose label is wholly inside the subject (the longest such);
// with none and the subject's words given (`named`), of the one row naming the same catalogue indicator (keyedRow).
function rowCells(input: Input, t: Table, subject: string[], [now, then]: [TableColumn, TableColumn], totals = false, named?: string): [Figure, Figure] | null {
  const fits = t.rows
    .filter((r) => (totals || !r.total) && !r.head)
    .map((r) => ({ r, words: labelTokens(r.label) }))
    .filter((x) => x.words.length >= 2 && x.words.every((w) => subject.includes(w)));
  const most = Math.max(0, ...fits.map((x) => x.words.length));
  const best = fits.filter((x) => x.words.length === most);
  const row = best.length === 1 ? best[0].r : fits.length === 0 && named !== undefined ? keyedRow(t, named) : null;
  if (!row) return null;
  const [a, b] = [row.cells[now.index], row.cells[then.index]];
  if (!pureCount(a) || !pureCount(b)) return null;
  const figureAt = (c: TableCell) => input.figures.find((f) => f.block === c.at!.block && f.span.start - input.source.blocks[f.block].span.start === c.at!.from);
  const [fa, fb] = [figureAt(a), figureAt(b)];
  return fa && fb && fa.kind === fb.kind ? [fa, fb] : null;
}

// A count's subject and a row's label both read as one catalogue indicator, each surely (KEY_SURE): "số lao động đi làm việc ở
// nước ngoài" and "Xuất khẩu lao động", synonyms of the catalogue. Only when no other row of the table reads as it at all.
const KEY_SURE = 0.9;
function keyedRow(t: Table, subject: string): Table['rows'][number] | null {
  const wanted = matchIndicator(subject, false, KEY_SURE).key;
  if (wanted === null) return null;
  const rows = t.rows.filter((r) => !r.head && matchIndicator(r.label, false).key === wanted);
  return rows.length === 1 && matchIndicator(rows[0].label, false, KEY_SURE).key === wanted ? rows[0] : null;
}
