/**
 * Numbers whose separators are broken, so that no grammar gives them a value: a doubled mark ("42,,6 km",
 * "1..5 tấn") or a number grouped by the document's grouping mark in groups that are not of three digits
 * ("2.3.450 m2", "18.6.50 triệu đồng", "4.56.200.000 đồng" in a report grouping thousands with dots;
 * "2,3,450" in one written the English way; "2 3 15 hồ sơ", "3 1 48,6 tỷ đồng" in one grouping with spaces), or one mark and four digits or more
 * before a currency ("465,0000 đồng": whole đồng have no decimals). Read only before what makes a number a quantity: a percent
 * sign, a scale word, a currency or a counted noun / measure unit ("km", "tấn", "hộ"), a unit of packed goods ("bao", "thùng")
 * or of records ("trang", "tờ"); a doubled mark also before a span of time ("3,,5 giờ/ngày").
 *
 * Not read as such: a number the grammar of either style can read ("1,234,567", "1.234.567"), a date written
 * with dots ("14.10.2025"), a heading's or a section's number ("2.1.3" opening a paragraph, "mục 2.3.4"), a
 * number after a naming word ("Điều 2.3.1", "phiên bản 1.2.10"; not before an amount, which no name is: "trong quý 96,,4 triệu đồng";
 * nor after "các loại", which names no class: "bê tông các loại 1.250,,5 m³"), a list of small numbers joined by the other
 * mark before a counted noun ("tổ 1,2,3 hộ" in a dot-grouping report; before an amount, "3,4,5 tỷ đồng", it is read), and table rows.
 *
 * In OCR'd text, whose marks are noise more often than an editing slip, only a number no reading of its marks
 * mends: a doubled mark is not read (a speck read as a second mark) unless Tesseract read its word at 90 or more and
 * its second reading gave the same digits ("12,,6" printed so reads at 92), nor a number that reads when any of its
 * marks is taken for the other ("12.345.6" for "12.345,6"); "3.45.600" is, whichever mark each dot is. The
 * OCR caution step (rules/ocr-caution.ts) makes what is found there a warning.
 */
import type { Analysis, MalformedNumber } from '../model/index.js';
import { GLUED_SPACE_GROUPS, parseNumberToken, type NumberStyle } from './numbers.js';
import { foldKey } from '../text/normalize.js';
import { alt, COUNT_NUMBER_HEADS, COUNTED_NOUNS, PACKED_GOODS_UNITS, RECORD_UNITS, SPAN_UNITS, CURRENCY_MARKS, CURRENCY_WORDS, KIND_PLURAL_WORDS, NAMING_WORDS, NUMBER_SCALE_WORDS, QUANTITY_LEAD_WORDS, UNIT_STOP_WORDS, edgeAlt } from '../text/lexicon.js';

// Digit runs joined by one or two marks; nothing glued before (a letter, a code's "/" or "-", another mark) or after.
const TOKEN = /(?<![\p{L}\d.,/:%-])\d+(?:[.,]{1,2}\d+)+(?!\d|[.,/:-]\d)/gu;
const DOUBLED = /[.,]{2}/;
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.(?:19|20)\d\d$/;
// What follows a quantity: "%", a scale word (not "tỷ lệ"), a currency, or a counted noun or measure unit.
const QUANTITY_AFTER = new RegExp(
  String.raw`^ ?(%|(?:(?:${alt(NUMBER_SCALE_WORDS)})(?!\s*lệ)\s+)*(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})|(?:${alt(NUMBER_SCALE_WORDS)})(?!\s*lệ)|(?:${alt(COUNTED_NOUNS, PACKED_GOODS_UNITS, RECORD_UNITS)}))(?![\p{L}\d])`,
  'iu',
);
// A span of time ("3,,5 giờ/ngày", "2..5 năm") is a quantity too after a doubled mark, which no time of day ("7.30 giờ") nor
// date is written with; after groups not of three ("6.30 giờ") it may be a time of day, and is not read.
const SPAN_AFTER = new RegExp(String.raw`^ ?(${alt(SPAN_UNITS)})(?![\p{L}\d])`, 'iu');
const AMOUNT_AFTER = new RegExp(String.raw`^(?:%|.*${edgeAlt(NUMBER_SCALE_WORDS, CURRENCY_WORDS, CURRENCY_MARKS)}(?![\p{L}]).*)$`, 'iu');
// "số" names ("số 2.3.4") unless a counting word opens it ("tổng số 3.4.560 lượt", "trong số"): then the number is a count.
const NAMING = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS)}|(?<!(?:^|[^\p{L}])(?:${alt(COUNT_NUMBER_HEADS)})\s)số)\s*$`, 'iu');
// "các loại 9.486,,5 m³": a naming word after a word of plurality names no class; the number is the amount of every kind.
const KINDS = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(KIND_PLURAL_WORDS)})\s*$`, 'u');
const naming = (before: string) => NAMING.test(before) && !KINDS.test(before);
// A verb or total stating a quantity right before the number ("đạt", "là", "lũy kế"), read on the folded text.
const QUANTITY_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(QUANTITY_LEAD_WORDS)})\s*$`, 'u');
// The lower-case word after such a number: the noun it counts ("trang", "lượt truy cập"), as written.
const NOUN_AFTER = /^ (\p{Ll}+)(?![\p{L}\d])/u;
// Four groups of one to three digits, none above 255: an IP address ("10.0.12.5"), no quantity.
const IP_ADDRESS = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** Every number with broken separators before a quantity word in the paragraphs of a document. */
export function readMalformedNumbers(input: Pick<Analysis, 'source'> & Partial<Pick<Analysis, 'numbers'>>): MalformedNumber[] {
  const ocrPages = new Set(input.source.ocrPages ?? []);
  const image = input.source.format === 'image';
  const style: NumberStyle = input.numbers?.style ?? 'vi';
  const group = style === 'en' ? ',' : '.';
  const out: MalformedNumber[] = [];
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !/\d[.,]{1,2}\d+[.,]|\d[.,]{2}\d|\d[.,]\d{4}/u.test(block.text)) continue;
    const text = block.text;
    const ocr = image || (block.span.page !== null && ocrPages.has(block.span.page));
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const to = m.index + m[0].length;
      // "3 125,4,5 m²": a lead group joined by a no-break space (or, where the document groups so, a space) to a
      // token opening with three digits is that number's thousands; the whole is the number, no list of small numbers.
      const lead = /^\d{3}[.,]/.test(m[0]) ? SPACE_LEAD.exec(text.slice(Math.max(0, m.index - 8), m.index)) : null;
      const grouped = lead !== null && (lead[0].at(-1) !== ' ' || input.numbers?.spaceGroups === true);
      const from = grouped ? m.index - lead![0].length : m.index;
      const raw = text.slice(from, to);
      if (!malformed(m[0]) && !brokenWholeMoney(m[0], text, to)) continue;
      if (ocr && ((DOUBLED.test(raw) && !surelyRead(block, from, to)) || marksMisread(m[0]))) continue;
      // A heading's or a list item's number opening the paragraph ("2.1.3 Kết quả").
      if (text.slice(0, from).trim() === '') continue;
      const after = QUANTITY_AFTER.exec(text.slice(to, to + 40)) ?? quantityByLead(text, from, to, raw) ?? (DOUBLED.test(raw) ? SPAN_AFTER.exec(text.slice(to, to + 12)) : null);
      if (!after) continue;
      // A naming word names by a number ("Điều 2.3.1", "quý 2"), never by an amount: "trong quý 96,,4 triệu đồng" is a sum.
      if (naming(foldKey(text.slice(Math.max(0, from - 24), from))) && !AMOUNT_AFTER.test(after[1])) continue;
      // With no grouping mark ("3,4,5" where the comma is the decimal mark), only an amount or a percent after it: a counted
      // noun may follow a list of small numbers ("tổ 1,2,3 hộ …").
      // Not so two decimals of one size and precision glued together ("14,614,2 tấn" for 14,6 and 14,2): a list's members hold
      // no decimals, and the slip of one edit leaves the old value beside the new.
      const glued = !grouped && !raw.includes(group) && !DOUBLED.test(raw) && !AMOUNT_AFTER.test(after[1]) ? gluedDecimals(raw, style) : undefined;
      if (glued === null) continue;
      out.push({ block: block.index, from, to, raw, unit: after[1], end: to + after[0].length, suggestion: glued ?? undoubled(raw, style) });
    }
  }
  return [...out, ...splitGroups(input.source.blocks, style), ...(input.numbers?.spaceGroups ? [...spacedGroups(input.source.blocks), ...gluedGroups(input.source.blocks), ...shortSpacedDecimals(input.source.blocks, style)] : [])];
}

// A lead group of one to three digits and the space that joins it to the next group, nothing glued before it.
const SPACE_LEAD = /(?<![\p{L}\d.,/:%-]|\d[ \u00A0\u202F])[1-9]\d{0,2}[ \u00A0\u202F]$/u;

// Three numbers or more joined by one space each (plain, no-break or narrow), one to three digits, decimals after the last
// allowed: "2 3 15 hồ sơ", "3 1 48,6 tỷ đồng".
const SPACED = /(?<![\p{L}\d.,/:%-]|\d[ \u00A0\u202F])[1-9]\d{0,2}(?:([ \u00A0\u202F])\d{1,3})(?:\1\d{1,3})+(?:,\d+)?(?![\d%]|[.,/:-]\d|[ \u00A0\u202F]\d)/gu;

/** A run of numbers joined by a document's grouping spaces that no grouping reads: [from, to) of the text, the quantity word after. */
export interface SpacedSlip { from: number; to: number; raw: string; unit: string; end: number; groups: string[] }

/**
 * In a document that groups thousands with spaces, three numbers or more joined by its spaces right before a counted noun or an
 * amount, one of the groups after the lead not of three digits ("2 3 15 hồ sơ" for 2 315, "3 1 48,6 tỷ đồng" for 3 148,6): a
 * number grouped wrongly, as "2.3.15" would be in one grouping with dots; its value cannot be told, so no part of it is a figure
 * either (extract/not-figures.ts sets the run aside). Not a run of single digits (a list, "1 2 3"), nor one with a short group
 * opened by a zero ("12 04 02 nhà": counts padded to two digits, no group of thousands), not after a naming word or a number,
 * not opening the paragraph, and not before a percent. A function of the text alone, so that both readers read the same runs.
 */
export function findSpacedGroupSlips(text: string): SpacedSlip[] {
  if (!/\d[ \u00A0\u202F]\d{1,3}[ \u00A0\u202F]\d/u.test(text)) return [];
  const out: SpacedSlip[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const groups = m[0].replace(/,\d+$/u, '').split(m[1]);
    if (groups.slice(1).every((g) => g.length === 3) || groups.every((g) => g.length === 1) || groups.some((g) => /^0\d$/u.test(g))) continue;
    const to = m.index + m[0].length;
    if (text.slice(0, m.index).trim() === '' || NAMING.test(foldKey(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    const after = QUANTITY_AFTER.exec(text.slice(to, to + 40).replace(/^[\u00A0\u202F]/u, ' '));
    if (!after || after[1] === '%') continue;
    out.push({ from: m.index, to, raw: m[0], unit: after[1], end: to + after[0].length, groups });
  }
  return out;
}

/**
 * The runs of `findSpacedGroupSlips` in a document's paragraphs, less three plain numbers before an amount ("1 12 4 triệu
 * đồng"), which run-together reads in any document.
 */
function spacedGroups(blocks: Analysis['source']['blocks']): MalformedNumber[] {
  const out: MalformedNumber[] = [];
  for (const block of blocks) {
    if (block.kind === 'row') continue;
    for (const { from, to, raw, unit, end, groups } of findSpacedGroupSlips(block.text)) {
      if (groups.length === 3 && !raw.includes(',') && AMOUNT_AFTER.test(unit)) continue;
      out.push({ block: block.index, from, to, raw, unit, end, suggestion: null });
    }
  }
  return out;
}

const GLUED = new RegExp(GLUED_SPACE_GROUPS, 'gu');

/**
 * In a document that groups thousands with spaces, a number whose group between its lead and a group of three holds four to
 * six digits ("1 8501 850 cây" for 1 850 typed twice, as "1.2451.300" would be where dots group): its value cannot be told.
 * Only before a quantity word (a counted noun, a unit, an amount), not after a naming word, not opening the paragraph; a
 * year after a number ("tháng 6 2024") has no group of three after it, a phone number no lead of one to three digits.
 */
function gluedGroups(blocks: Analysis['source']['blocks']): MalformedNumber[] {
  const out: MalformedNumber[] = [];
  for (const block of blocks) {
    if (block.kind === 'row' || !/\d[ \u00A0\u202F]\d{4}/u.test(block.text)) continue;
    const text = block.text;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
      const to = m.index + m[0].length;
      if (text.slice(0, m.index).trim() === '' || NAMING.test(foldKey(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
      const after = QUANTITY_AFTER.exec(text.slice(to, to + 40).replace(/^[\u00A0\u202F]/u, ' '));
      if (!after) continue;
      out.push({ block: block.index, from: m.index, to, raw: m[0], unit: after[1], end: to + after[0].length, suggestion: null });
    }
  }
  return out;
}

// A lead of one to three digits, a space, then one or two digits with decimals: "8 75,4 triệu đồng" (groups of thousands have three).
const SHORT_SPACED: Record<NumberStyle, RegExp> = {
  vi: /(?<![\p{L}\d.,/:%-]|\d[ \u00A0\u202F])[1-9]\d{0,2}[ \u00A0\u202F]\d{1,2},\d+(?![\d%]|[.,/:-]\d|[ \u00A0\u202F]\d)/gu,
  en: /(?<![\p{L}\d.,/:%-]|\d[ \u00A0\u202F])[1-9]\d{0,2}[ \u00A0\u202F]\d{1,2}\.\d+(?![\d%]|[.,/:-]\d|[ \u00A0\u202F]\d)/gu,
};

/**
 * In a document that groups thousands with spaces, a lead group and a group of one or two digits with decimals right before
 * an amount's scale word or currency ("tổng kinh phí 8 75,4 triệu đồng"): a number grouped wrongly, its value unknown (875,4?
 * 8 075,4?). An amount with decimals has no second count standing before it; not after a naming word ("quý 3 75,4 tỷ đồng"),
 * not opening the paragraph, never before a counted noun alone ("tổ 2 12,5 ha" may list a name and an area).
 */
function shortSpacedDecimals(blocks: Analysis['source']['blocks'], style: NumberStyle): MalformedNumber[] {
  const out: MalformedNumber[] = [];
  const re = SHORT_SPACED[style];
  for (const block of blocks) {
    if (block.kind === 'row' || !/\d[ \u00A0\u202F]\d{1,2}[.,]\d/u.test(block.text)) continue;
    const text = block.text;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const to = m.index + m[0].length;
      if (text.slice(0, m.index).trim() === '' || NAMING.test(foldKey(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
      const after = QUANTITY_AFTER.exec(text.slice(to, to + 40));
      if (!after || !AMOUNT_AFTER.test(after[1]) || after[1] === '%') continue;
      out.push({ block: block.index, from: m.index, to, raw: m[0], unit: after[1], end: to + after[0].length, suggestion: null });
    }
  }
  return out;
}

// A group of thousands cut by a stray space, its digits on both sides adding up to three: "15.2 48,6 ha" (15.248,6),
// "1.24 5 hộ" (1.245); in a report written the English way "15,2 48.6 ha". Neither half reads as the number meant.
const SPLIT: Record<NumberStyle, RegExp> = {
  vi: /(?<![\p{L}\d.,/:%-])(\d{1,3}(?:\.\d{3})*\.)(\d{1,2}) (\d{1,2})((?:,\d+)?)(?!\d|[.,/:-]\d)/gu,
  en: /(?<![\p{L}\d.,/:%-])(\d{1,3}(?:,\d{3})*,)(\d{1,2}) (\d{1,2})((?:\.\d+)?)(?!\d|[.,/:-]\d)/gu,
};
function splitGroups(blocks: Analysis['source']['blocks'], style: NumberStyle): MalformedNumber[] {
  const out: MalformedNumber[] = [];
  const re = SPLIT[style];
  for (const block of blocks) {
    if (block.kind === 'row' || !/\d[.,]\d{1,2} \d/u.test(block.text)) continue;
    const text = block.text;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [raw, lead, left, right, decimals] = m;
      if (left.length + right.length !== 3 || text.slice(0, m.index).trim() === '') continue;
      const to = m.index + raw.length;
      // Only before a quantity word, and never after a naming word ("mục 2.1 3 …").
      const after = QUANTITY_AFTER.exec(text.slice(to, to + 40));
      if (!after || NAMING.test(foldKey(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
      const mended = `${lead}${left}${right}${decimals}`;
      if (parseNumberToken(mended, style) === null) continue;
      out.push({ block: block.index, from: m.index, to, raw, unit: after[1], end: to + after[0].length, suggestion: mended });
    }
  }
  return out;
}

/**
 * A number stated by a verb or total right before it ("đạt 2.15.640 trang", "là 1.2.450 lượt") and followed by a
 * lower-case noun: a quantity, whatever its noun. Only a number shaped like thousands grouped with one slip: one mark
 * throughout (a mix may be a decimal misread), a last group of three digits (a section's or a version's number ends
 * short: "2.1.3", "2.3.10"), no 0 opening it (a phone number, a code) and no IP address; the word after it no function
 * word ("là 2.3.10 với …"). The match of the noun after it, as QUANTITY_AFTER's would be; else null.
 */
function quantityByLead(text: string, from: number, to: number, raw: string): RegExpExecArray | null {
  if (DOUBLED.test(raw) || /^0\d/.test(raw) || !/[.,]\d{3}$/.test(raw) || IP_ADDRESS.test(raw) || new Set(raw.replace(/\d/g, '')).size !== 1) return null;
  if (!QUANTITY_LEAD.test(foldKey(text.slice(Math.max(0, from - 24), from)))) return null;
  const noun = NOUN_AFTER.exec(text.slice(to, to + 40));
  return noun && !STOP_WORDS.has(foldKey(noun[1])) ? noun : null;
}
const STOP_WORDS = new Set(UNIT_STOP_WORDS.map(foldKey));

/** Tesseract confidence (0–100) from which an OCR'd word's doubled mark is taken as printed, not as a speck. */
const SURE_MARKS = 90;

// Whether the OCR word holding [from, to) of a block was read at `SURE_MARKS` or more, and its second reading gave the same digits.
function surelyRead(block: Analysis['source']['blocks'][number], from: number, to: number): boolean {
  const at = block.span.start;
  const word = block.ocr?.words.find((w) => w.start <= at + from && w.end >= at + to);
  return word !== undefined && word.conf >= SURE_MARKS && word.alt === undefined;
}

// "465,0000 đồng/bình": one mark, four digits or more after it, right before a currency with no scale word. A group of
// thousands has three digits, and an amount in whole đồng no decimals, so neither style reads it ("1,2500 tỷ đồng" may be).
function brokenWholeMoney(raw: string, text: string, to: number): boolean {
  return /^\d+[.,]\d{4,}$/u.test(raw) && WHOLE_MONEY_AFTER.test(text.slice(to, to + 8));
}
const WHOLE_MONEY_AFTER = new RegExp(String.raw`^ ?(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})(?![\p{L}\d])`, 'iu');

// A doubled mark, or two or more marks, that neither style's grammar reads; never a dotted date.
function malformed(raw: string): boolean {
  if (DOUBLED.test(raw)) return true;
  if ((raw.match(/[.,]/g) ?? []).length < 2 || DOTTED_DATE.test(raw)) return false;
  // Two or more marks, none grouping ("3,4,5 tỷ đồng" where the comma is the decimal mark): two decimal marks, no number either.
  return parseNumberToken(raw, 'vi') === null && parseNumberToken(raw, 'en') === null;
}

/** True when taking some of a number's marks for the other mark ("." for ",") gives a number either style reads. */
export function marksMisread(raw: string): boolean {
  const marks = [...raw.matchAll(/[.,]/gu)].map((m) => m.index!);
  if (marks.length > 8) return true;
  for (let mask = 1; mask < 1 << marks.length; mask++) {
    const chars = [...raw];
    marks.forEach((at, i) => { if (mask & (1 << i)) chars[at] = chars[at] === '.' ? ',' : '.'; });
    const read = chars.join('');
    if (parseNumberToken(read, 'vi') !== null || parseNumberToken(read, 'en') !== null) return true;
  }
  return false;
}

/**
 * "14,614,2" (the decimal mark twice, a group of two digits or more between): the one way it splits into two decimals of the
 * same precision, whole parts of as many digits and values within half of each other ("14,6" and "14,2"), as "14,6 hoặc 14,2";
 * null when no such split, or more than one, exists.
 */
function gluedDecimals(raw: string, style: NumberStyle): string | null {
  const mark = style === 'en' ? '.' : ',';
  const parts = raw.split(mark);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/u.test(p))) return null;
  const [whole, middle, last] = parts;
  const found: string[] = [];
  for (let cut = 1; cut < middle.length; cut++) {
    const [decimals, next] = [middle.slice(0, cut), middle.slice(cut)];
    if (decimals.length !== last.length || decimals.length > 2 || next.length !== whole.length || /^0\d/u.test(next) || /^0\d/u.test(whole)) continue;
    const [a, b] = [Number(`${whole}.${decimals}`), Number(`${next}.${last}`)];
    if (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 1.5) found.push(`${whole}${mark}${decimals} hoặc ${next}${mark}${last}`);
  }
  return found.length === 1 ? found[0] : null;
}

// "42,,6" → "42,6" when the doubled mark, said once, makes a number the document's grammar reads.
function undoubled(raw: string, style: NumberStyle): string | null {
  if (!DOUBLED.test(raw)) return null;
  const once = raw.replace(/([.,])\1/g, '$1');
  return DOUBLED.test(once) || parseNumberToken(once, style) === null ? null : once;
}
