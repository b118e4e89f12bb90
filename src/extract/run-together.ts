/**
 * Numbers run together: two plain integers in a paragraph (never a table row, whose cells legitimately sit
 * side by side) separated by nothing but one space — no comma, "và", unit or sign between them — followed by
 * one lowercase counted noun: "đã lắp đặt 23 18 cụm loa". Not read as such: a run of three or more numbers
 * (phone numbers, pdf table rows flattened into a line), a number that names rather than counts ("tổ 3",
 * "khu phố 5", "mức độ 3 4", "quý 2 2024", "năm 2023 15 hộ"; a level is one digit, so "cấp 120 210 thẻ" —
 * the verb "cấp", issue — is still read), years, numbers with a leading zero of three digits or more (phone
 * prefixes), durations ("3 6 tháng"), a second number that starts a list item or a decimal, a pair the
 * figure reader took as one number grouped by a space ("2 650 hộ" in a document that groups thousands so), and a lead
 * of one digit, or of two sharing no digit with it, before a group of exactly three ("2 271 hộ", "48 560 lượt"), which
 * reads as one such number anywhere (a two-digit lead sharing a digit, "11 126 đội viên", is still read as a retyped count).
 */
import type { Analysis } from '../model/index.js';
import { GROUP_SPACE, groupShaped, type NumberStyle } from './numbers.js';
import { findUnit } from './labels.js';
import { foldKey } from '../text/normalize.js';
import { figuresByBlock } from './comparisons.js';
import { findNotFigureRanges } from './not-figures.js';
import { alt, CURRENCY_WORDS, LEVEL_WORDS, NAMING_WORDS, NUMBER_SCALE_WORDS, TIME_UNITS } from '../text/lexicon.js';

/** Two numbers run together in a block: characters [from, to) of its text, and the noun they count. */
export interface RunTogether { block: number; from: number; to: number; raw: string; first: string; second: string; unit: string; end: number; third?: string }

// Two integers (grouped in the document's style allowed), or two decimals of one or two places ("2,5 3,5 tỷ đồng"; "2.5 3.5"
// in a document written the English way), separated by exactly one space.
const pairOf = (group: string, mark: string) => {
  const one = String.raw`\d{1,3}(?:${group}\d{3})*(?:${mark}\d{1,2})?|\d+(?:${mark}\d{1,2})?`;
  return new RegExp(String.raw`(?<![\p{L}\d.,/:%-])(${one}) (${one})(?![\d%]|[.,/:-]\d)`, 'gu');
};
const PAIRS: Record<NumberStyle, RegExp> = { vi: pairOf(String.raw`\.`, ','), en: pairOf(',', String.raw`\.`) };
const CELL_PAIRS: Record<NumberStyle, RegExp> = {
  vi: /^\s*(\d{1,3}(?:\.\d{3})*|\d+) (\d{1,3}(?:\.\d{3})*|\d+)\s*$/u,
  en: /^\s*(\d{1,3}(?:,\d{3})*|\d+) (\d{1,3}(?:,\d{3})*|\d+)\s*$/u,
};
const decimalMark = (style: NumberStyle) => (style === 'en' ? '.' : ',');
// Words after which a number is a name or a level, not a count ("tổ 3", "mức độ 3 4", "năm 2023").
const NAMING = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS)})\s*$`, 'iu');
// A level ("mức độ 3 4", "cấp 1 2"): levels are single digits, so "cấp 146 164 chứng thư" is the verb "cấp" (issue) and a count.
const LEVEL = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(LEVEL_WORDS)})\s*$`, 'iu');
const TIME_UNIT = new RegExp(`^(?:${alt(TIME_UNITS)})$`, 'iu');
const YEAR = /^(?:19|20)\d\d$/;

/** Every pair of numbers run together in the paragraphs of a document. */
export function readRunTogether(input: Pick<Analysis, 'source' | 'figures' | 'tables'> & Partial<Pick<Analysis, 'numbers'>>): RunTogether[] {
  const out: RunTogether[] = [];
  const style = input.numbers?.style ?? 'vi';
  const PAIR = PAIRS[style];
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    const text = block.text;
    // Numbers the extraction read as one, grouped by spaces ("2 650 hộ" in a document that groups so).
    const grouped = (byBlock.get(block.index) ?? []).filter((f) => /\d\s\d/u.test(f.raw)).map((f) => [f.span.start - block.span.start, f.span.end - block.span.start]);
    // What the figure reader set aside as no figure (a variety's or a school's name closing on its number: "giống Thiên ưu 8
    // 1.900 kg"), read only for a block with a candidate pair: a number that names is never one of two counts run together.
    let names: readonly (readonly [number, number])[] | null = null;
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
      const [raw, first, second] = m;
      const from = m.index;
      const to = from + raw.length;
      PAIR.lastIndex = from + first.length + 1;
      if (grouped.some(([s, e]) => s <= from && e >= to) || !isRunTogether(text, from, to, first, second, decimalMark(style))) continue;
      names ??= findNotFigureRanges(text, { atBlockStart: true, style });
      if (names.some(([s, e]) => s < from + first.length && e > from)) continue;
      const unit = findUnit(text, to)!.unit;
      out.push({ block: block.index, from, to, raw, first, second, unit, end: to + 1 + unit.length });
      PAIR.lastIndex = to;
    }
  }
  return [...out, ...amountRuns(input), ...cellsRunTogether(input, CELL_PAIRS[style])];
}

// Three numbers of one to three digits, each apart by one space, right before an amount's scale word or currency: "số tiền
// 1 12 4 triệu đồng". Never one number grouped by spaces (a lead then groups of exactly three digits: "1 120 400 đồng"), nor
// a run with a fourth number beside it, a leading-zero code or a number that names; money is never a flattened table row
// of counts. A space is any the document groups thousands with: a no-break space ("1\u00a02\u00a0345 triệu đồng" in a
// text that writes "2\u00a0345") cuts a group as a plain one does.
const TRIPLE = new RegExp(String.raw`(?<![\p{L}\d.,/:%-])(\d{1,3})${GROUP_SPACE}(\d{1,3})${GROUP_SPACE}(\d{1,3})(?![\d%]|[.,/:-]\d)`, 'gu');
const TRIPLE_HINT = new RegExp(String.raw`\d${GROUP_SPACE}\d{1,3}${GROUP_SPACE}\d`, 'u');
const MONEY_AFTER = new RegExp(String.raw`^${GROUP_SPACE}((?:(?:${alt(NUMBER_SCALE_WORDS)})\s+)?(?:${alt(CURRENCY_WORDS)}))(?![\p{L}])`, 'iu');
function amountRuns(input: Pick<Analysis, 'source'>): RunTogether[] {
  const out: RunTogether[] = [];
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !TRIPLE_HINT.test(block.text)) continue;
    const text = block.text;
    TRIPLE.lastIndex = 0;
    for (let m = TRIPLE.exec(text); m; m = TRIPLE.exec(text)) {
      const [raw, first, second, third] = m;
      const from = m.index;
      const to = from + raw.length;
      if (second.length === 3 && third.length === 3 && !first.startsWith('0')) continue;
      if ([first, second, third].some((n) => n.length > 1 && n.startsWith('0'))) continue;
      if (/\d[\s.,]*$/u.test(text.slice(Math.max(0, from - 3), from)) || NAMING.test(foldKey(text.slice(Math.max(0, from - 24), from)))) continue;
      const money = MONEY_AFTER.exec(text.slice(to, to + 24));
      if (!money) continue;
      out.push({ block: block.index, from, to, raw, first, second, third, unit: money[1], end: to + money[0].length });
    }
  }
  return out;
}

// A cell of nothing but two integers: "45 54" (CELL_PAIRS, by the document's style).
const NOT_VALUES = new Set(['stt', 'label', 'unit', 'notes']);

// Two integers in one value cell of a row whose unit is a counted noun ("Số hộ được hỗ trợ | Hộ | 45 54"). Not from a
// pdf (neighbouring cells may merge there), nor a pair that could be one number grouped by a space ("125 152").
function cellsRunTogether(input: Pick<Analysis, 'source' | 'tables'>, CELL_PAIR: RegExp): RunTogether[] {
  if (input.source.format === 'pdf' || input.source.format === 'image') return [];
  const out: RunTogether[] = [];
  for (const t of input.tables) {
    for (const row of t.rows) {
      const unit = row.unit.trim().toLowerCase();
      if (!/^\p{L}/u.test(unit)) continue;
      row.cells.forEach((cell, c) => {
        const m = CELL_PAIR.exec(cell.text);
        const column = t.columns[c];
        if (!m || !cell.at || !column || NOT_VALUES.has(column.role)) return;
        const [, first, second] = m;
        if (YEAR.test(first) || YEAR.test(second) || /^0\d/.test(first) || /^0\d/.test(second)) return;
        if (/^\d{3}$/.test(second) && /^\d{1,3}$/.test(first)) return;
        const text = input.source.blocks[cell.at.block].text;
        const from = text.indexOf(`${first} ${second}`, cell.at.from);
        if (from < 0 || from >= cell.at.to) return;
        const to = from + first.length + 1 + second.length;
        out.push({ block: cell.at.block, from, to, raw: `${first} ${second}`, first, second, unit, end: to });
      });
    }
  }
  return out;
}

function isRunTogether(text: string, from: number, to: number, first: string, second: string, mark: string): boolean {
  if (YEAR.test(first) || YEAR.test(second)) return false;
  // An integer beside a decimal is no slip of one edit ("giai đoạn 2 3,5 ha" reads otherwise): both or neither.
  if (first.includes(mark) !== second.includes(mark)) return false;
  if (/^0\d{2,}/.test(first) || /^0\d{2,}/.test(second)) return false;
  // A short lead then a group of exactly three digits sharing no digit with it ("48 560 lượt"): one number grouped by a
  // space, even where the rest of the document groups by dots; so is a one-digit lead ("2 271"). The two counts one edit
  // leaves are of one size ("23 18", "120 210") or share digits, the new one retyped from the old ("11 126", "45 54").
  if (groupShaped(first, second)) return false;
  // A third number on either side: a phone number, a code, or a table row flattened by pdf.
  if (/\d[\s.,]*$/u.test(text.slice(Math.max(0, from - 3), from)) || /^\s?\d/u.test(text.slice(to, to + 2))) return false;
  const before = foldKey(text.slice(Math.max(0, from - 24), from));
  if (NAMING.test(before) || (LEVEL.test(before) && first.length === 1)) return false;
  // The second number opening a list item or a heading: "… 3 2. Kết quả".
  if (/^[.)]/u.test(text.slice(to, to + 1))) return false;
  const unit = findUnit(text, to);
  if (!unit || unit.start !== to + 1 || unit.unit === '%' || !/^\p{Ll}/u.test(unit.unit)) return false;
  return !TIME_UNIT.test(unit.unit.split(/[\s/]/)[0]);
}
