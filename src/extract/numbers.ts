/**
 * Vietnamese number grammar: "." groups thousands, "," is the decimal mark;
 * thousands may also be grouped by a space, a no-break space (U+00A0) or a
 * narrow no-break space (U+202F): "2 650", "12 345 000".
 *
 * Ambiguity of a dot: a "." followed by exactly three digits is always grouping
 * ("4.256" = 4256, "15.300.000"). A single "." followed by one or two digits
 * ("2.5 lần") is read as an English-style decimal mark, because grouping never
 * leaves fewer than three digits; the caller warns about it. Anything else
 * ("1.2345", "1.2.3", "1,234,567") is not read at all: guessing would put a
 * wrong value into an audit.
 *
 * A document written the English way ("1,234,567", "12.5%") is told from its own
 * figures (`detectNumberStyle`) and then read that way: "," groups, "." is the
 * decimal mark.
 */

import { alt, CURRENCY_MARKS, CURRENCY_WORDS, DONG_WORD_TAILS, MONEY_SCALE_ABBREVIATIONS, NEGATIVE_VALUE_LEADS, NUMBER_SCALE_WORDS, NAMING_WORDS, WHOLE_COUNTED_NOUNS, altInitialCase } from '../text/lexicon.js';

/** How a document writes its numbers: Vietnamese ("1.234,5") or English ("1,234.5"). */
export type NumberStyle = 'vi' | 'en';

/** The style a document's numbers are read in, and whether its own figures leave that sure. */
export interface NumberGrammar { style: NumberStyle; sure: boolean }
/** The reading of a document that gives no evidence: Vietnamese. */
export const VIETNAMESE: NumberGrammar = { style: 'vi', sure: true };

/** A number as read from its characters. */
export interface ParsedNumber {
  value: number;
  /** Digits after the decimal mark as written ("73,70" → 2). */
  decimals: number;
  /** True when a dot was read as a decimal mark ("2.5"). */
  dotDecimal: boolean;
}

/** Candidate number tokens: digit runs joined by "." or "," with a digit on both sides. */
export const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/** Spaces that group thousands: plain, no-break (U+00A0), narrow no-break (U+202F). */
export const GROUP_SPACE = '[ \u00A0\u202F]';
/**
 * A number grouped by spaces: a 1–3 digit lead (never a leading zero) and groups of exactly three
 * digits, with an optional decimal part: "2 650", "12 345 000", "1 250,5". "19 15" and "2023 15" are not.
 */
export const SPACE_GROUPED = new RegExp(String.raw`(?<![\d.,])[1-9]\d{0,2}(?:${GROUP_SPACE}\d{3})+(?:,\d+)?(?!\d|[.,]\d)`, 'u');

/**
 * A number grouped by spaces with one group of four to six digits between its lead and a group of three: "1 8501 850"
 * (1 850 typed twice), "12 45012 450". Grouping leaves three digits a group; four to six are a group of three glued to the lead of a second
 * number (an edit that typed the value again without deleting the old one), so its value cannot be told. Read only in a
 * document that groups thousands with spaces (by the caller), from a lead with nothing glued before it. A pattern source
 * (flags "gu"), so that each reader keeps its own regex.
 */
export const GLUED_SPACE_GROUPS = String.raw`(?<![\p{L}\d.,/:%-]|\d${GROUP_SPACE})[1-9]\d{0,2}(?:${GROUP_SPACE}\d{3})*${GROUP_SPACE}\d{4,6}(?:${GROUP_SPACE}\d{3})+(?:,\d+)?(?![\d%]|[.,/:-]\d|${GROUP_SPACE}\d)`;

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,(\d+))?$/;
const PLAIN = /^\d+(?:,(\d+))?$/;
const DOT_DECIMAL = /^\d{1,3}\.(\d{1,2})$/;

const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.(\d+))?$/;
const EN_PLAIN = /^\d+(?:\.(\d+))?$/;

// Shapes only one style reads: two groups or more ("1,265,400,000", "4.711.500"), or groups then the other mark as the
// decimal ("7,312.5", "1.234,5"). A report of the other style that writes some amounts so (a contract sum copied as it
// was typed) means them so; "1,265" or "1.265" alone stays the document's to tell.
const ONLY_STYLE: Record<NumberStyle, RegExp> = {
  en: /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$/u,
  vi: /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$/u,
};

/**
 * Read one token of digits and separators, or null when the grammar cannot tell its value. A token of a shape only the
 * other style reads (`ONLY_STYLE`) is read in that style whatever the document's.
 */
export function parseNumberToken(token: string, style: NumberStyle = 'vi', sure = true): ParsedNumber | null {
  token = token.replace(/[ \u00A0\u202F]/g, '');
  if (!sure && AMBIGUOUS_TOKEN.test(token)) return null;
  const other: NumberStyle = style === 'en' ? 'vi' : 'en';
  if (ONLY_STYLE[other].test(token)) style = other;
  if (style === 'en') return parseEnglish(token);
  let m = GROUPED.exec(token);
  if (m) return read(token.replace(/\./g, ''), m[1], false);
  m = PLAIN.exec(token);
  if (m) return read(token, m[1], false);
  m = DOT_DECIMAL.exec(token);
  if (m) return read(token.replace('.', ','), m[1], true);
  return null;
}

// An English-style document: "," groups thousands, "." is the decimal mark; "1,5" cannot be told.
function parseEnglish(token: string): ParsedNumber | null {
  const m = EN_GROUPED.exec(token) ?? EN_PLAIN.exec(token);
  if (!m) return null;
  const fraction = m[1];
  return { value: Number(token.replace(/,/g, '')), decimals: fraction ? fraction.length : 0, dotDecimal: false };
}

// Evidence of each style in a document's own numbers; each shape is impossible, or nonsense, in the other style.
// Strong English: two comma groups ("1,254,300,000"), a comma group with a decimal point ("7,312.5"), whole things grouped
// by a comma ("42,386 hộ": 42,386 households cannot be).
const EN_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])/gu;
const WHOLE_AFTER = String.raw`[ \u00A0](?:${alt(WHOLE_COUNTED_NOUNS)})(?![\p{L}\d])`;
const EN_COUNT = new RegExp(String.raw`(?<![\d.,])\d{1,3},\d{3}(?![\d.,])${WHOLE_AFTER}`, 'giu');
// Weak English: a decimal point before 1–2 digits, then "%" or a unit ("15.7%", "86.42 tỷ đồng"); a Vietnamese report may
// type its decimals so by habit. Not a heading's or a section's number ("1.2. Kết quả", "mục 2.3").
// The lookahead first: the lookbehinds, a list of words, are otherwise tried at every character of the document (7× the cost).
const EN_DECIMAL = new RegExp(String.raw`(?=\d)(?<![\d.,]|(?:${altInitialCase(NAMING_WORDS)}) )(?<=^|[\p{L}(:=\t\n] ?)\d+\.\d{1,2}(?![\d.,]) ?(?=%|\p{Ll})`, 'gu');
// Vietnamese: two dot groups, a dot group with a decimal comma, a decimal comma before 1–2 digits ("73,70%", "62,5 tạ"),
// whole things grouped by a dot ("4.256 hồ sơ").
const VI_EVIDENCE = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])\d+,\d{1,2}(?![\d.,]|,\d) ?(?=%|\p{Ll})/gu;
const VI_COUNT = new RegExp(String.raw`(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])${WHOLE_AFTER}`, 'giu');

/** A document's number style, its evidence, and whether the evidence leaves the style sure. */
export interface StyleDecision { style: NumberStyle; en: number; vi: number; sure: boolean }

/**
 * The document's number style, from its own figures. English when it has at least one strong English number ("1,234,567",
 * "1,234.5", "42,386 hộ"), at least two English numbers in all (those, and "12.5%", "86.42 tỷ") and they outnumber the
 * Vietnamese ones ("1.234.567", "1.234,5", "12,5%", "4.256 hồ sơ") at least two to one. Otherwise Vietnamese, also when
 * nothing tells: a Vietnamese report that types "98.5%" with a dot stays Vietnamese.
 *
 * The style is sure when the other style has no evidence, or three times less. When it is not, an ambiguous token
 * ("1.125", "12,480": one mark, three digits) is not read at all (`parseNumberToken` with `sure` false).
 */
export function detectNumberStyle(text: string): StyleDecision {
  const strong = (text.match(EN_GROUPS)?.length ?? 0) + (text.match(EN_COUNT)?.length ?? 0);
  const en = strong + (text.match(EN_DECIMAL)?.length ?? 0);
  const vi = (text.match(VI_EVIDENCE)?.length ?? 0) + (text.match(VI_COUNT)?.length ?? 0);
  const style: NumberStyle = strong >= 1 && en >= 2 && en >= 2 * vi ? 'en' : 'vi';
  const [own, other] = style === 'en' ? [en, vi] : [vi, en];
  return { style, en, vi, sure: other === 0 || own >= 3 * other };
}

/** One mark, then three digits: "1.125" and "12,480" mean a thousand times apart in the two styles. */
export const AMBIGUOUS_TOKEN = /^\d{1,3}[.,]\d{3}$/;

/** A number a claim states ("gấp 1,5 lần", "tăng trên 12.5%"), for a cue pattern; read it with `readStatedDecimal`. */
export const STATED_DECIMAL = String.raw`\d+(?:[.,]\d+)?`;
/**
 * The precision of a multiple said in words ("gấp đôi", "gấp rưỡi"): a whole one ("đôi", "ba") is as loose as "gấp 2 lần"
 * written in digits, a half ("rưỡi") is told to one decimal.
 */
export const wordedMultipleDecimals = (value: number): number => (Number.isInteger(value) ? 0 : 1);
/**
 * A stated multiple or percent in the document's own style: the decimal mark is "," (Vietnamese) or "." (English), the
 * other mark is no decimal of this document, and an ambiguous token ("1,250") where the style is unsure is not read.
 */
export function readStatedDecimal(written: string, grammar: NumberGrammar = VIETNAMESE): { value: number; decimals: number } | null {
  const m = /^(\d+)(?:([.,])(\d+))?$/u.exec(written);
  if (!m || (m[2] !== undefined && m[2] !== (grammar.style === 'en' ? '.' : ','))) return null;
  if (!grammar.sure && AMBIGUOUS_TOKEN.test(written)) return null;
  return { value: Number(m[3] === undefined ? m[1] : `${m[1]}.${m[3]}`), decimals: m[3]?.length ?? 0 };
}

const WHOLE_NEXT = new RegExp(`^${WHOLE_AFTER}`, 'iu');
/**
 * An ambiguous token read by what it counts, whatever the style or how sure it is: before whole things ("4.256 hồ sơ",
 * "42,386 hộ") its mark groups thousands (42,386 households cannot be). Null when the token is not ambiguous or counts
 * something divisible ("1.125 ha", "12,480 tấn"), which the style decides.
 */
export function readWholeCount(token: string, text: string, to: number): ParsedNumber | null {
  if (!AMBIGUOUS_TOKEN.test(token) || !WHOLE_NEXT.test(text.slice(to, to + 30))) return null;
  return { value: Number(token.replace(/[.,]/, '')), decimals: 0, dotDecimal: false };
}

/**
 * A decimal comma of one or two digits before a percent, a scale word or a currency ("52,7 %", "3,5 tỷ đồng") in a document
 * written the English way, read as a decimal whatever the style: "," never groups fewer than three digits, and an amount is
 * no list of small numbers ("tổ 1,2 hộ" may be, and stays unread). A Vietnamese document reads "12.5%" so already
 * (`parseNumberToken`'s dot decimal). Null otherwise.
 */
export function readDecimalComma(token: string, text: string, to: number, style: NumberStyle): ParsedNumber | null {
  const m = style === 'en' ? /^\d+,(\d{1,2})$/u.exec(token) : null;
  if (!m || !(readPercent(text, to) ?? readScale(text, to) ?? readCurrency(text, to))) return null;
  return read(token, m[1], false);
}

const DOT_GROUPED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/u;
// Evidence counts a grouped number only when a unit, currency or "%" follows it: "120 350 480" with
// nothing after may be a pdf table row flattened into three numbers.
const QUANTIFIED = String.raw`(?=\s?(?:%|\p{Ll}))`;
const PLAIN_SPACE_GROUPED = new RegExp(String.raw`(?<![\d.,]|\d )[1-9]\d{0,2}(?: \d{3}){2,}(?:,\d+)?${QUANTIFIED}`, 'u');
const UNGROUPED_LARGE = /(?<![\d.,])(?<!\d[ \u00A0\u202F])[1-9]\d{4,}(?![\d]|[.,]\d)/u;
const UNGROUPED_LARGE_ALL = new RegExp(UNGROUPED_LARGE.source, 'gu');

/** Every large number written without grouping ("12500 người", "ISO 22000"), as [from, to) of `text`. */
export function ungroupedLargeSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  UNGROUPED_LARGE_ALL.lastIndex = 0;
  for (let m = UNGROUPED_LARGE_ALL.exec(text); m; m = UNGROUPED_LARGE_ALL.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const SPACE_CANDIDATES = new RegExp(String.raw`(?<!\d )${SPACE_GROUPED.source}${QUANTIFIED}`, 'gu');

// A space-grouped candidate right after a word that names by number ("thôn 3 250 hộ", "quý 2 150 hộ"): it may be a name
// and a count run together, so it tells nothing of the house style.
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS)})\s+$`, 'iu');

/**
 * Whether the document groups thousands with spaces. A no-break or narrow no-break space is
 * deliberate grouping; so is "12 345 000 đồng" (two groups, then what it counts). A document that
 * writes large numbers ungrouped ("12500 người") does not: a lone "215 251 thẻ" is then two numbers
 * run together, an editing slip. Otherwise the document's own figures decide: at least two numbers
 * of the shape ("2 650 hộ … 1 205 ha") in a document that never groups with dots; where it does group
 * some with dots (a house style that spaces the figures of its prose and dots its tables and money,
 * whose no-break spaces a pdf turns into plain ones), at least three, not outnumbered more than two to
 * one by the dotted ones, and at most one in four right after a word that names by number.
 */
export function groupsWithSpaces(text: string): boolean {
  if (/\d[\u00A0\u202F]\d{3}(?!\d)/u.test(text) || PLAIN_SPACE_GROUPED.test(text)) return true;
  if (UNGROUPED_LARGE.test(text)) return false;
  const dotted = DOT_GROUPED_THOUSANDS.test(text);
  let clean = 0;
  let named = 0;
  SPACE_CANDIDATES.lastIndex = 0;
  for (let m = SPACE_CANDIDATES.exec(text); m; m = SPACE_CANDIDATES.exec(text)) {
    if (NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) named++;
    else clean++;
  }
  if (!dotted) return clean + named >= 2;
  const dots = text.match(DOT_GROUPED_ALL)?.length ?? 0;
  return clean >= 3 && 2 * clean >= dots && 4 * named <= clean;
}
const DOT_GROUPED_ALL = new RegExp(DOT_GROUPED_THOUSANDS.source, 'gu');

/**
 * Whether a lone number grouped by one plain space may be read whole on its own shape ("Toàn xã có 2 650 hộ."): in a
 * Vietnamese document that never writes a large number ungrouped, so it groups its thousands (with dots or spaces) and
 * its own figures contradict no such grouping; a dotted document's lone "48 560 lượt" is the same grouping typed with a
 * space, as the run-together reading already holds. Which pairs are read so is `loneSpaceGroup`'s to tell (a counted noun
 * after, a lead sharing no digit with its group, no naming word before).
 */
export function loneSpaceGroupsAllowed(text: string): boolean {
  return !UNGROUPED_LARGE.test(text);
}

/**
 * A one- or two-digit lead, one plain space, a group of exactly three digits, and a decimal part maybe: "2 650", "48 560",
 * "1 342,7" (a pdf turns the no-break space of "1 342,7 ha" into a plain one).
 */
export const LONE_SPACE_GROUPED = String.raw`(?<![\d.,]|\d[ \u00A0\u202F])[1-9]\d? \d{3}(?:,\d+)?(?![\d\u00A0\u202F]|[.,]\d| \d)`;
const LONE_PARTS = /^(\d{1,2}) (\d{3})(?:,\d+)?$/u;
const NAMED_RIGHT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS)})\s*$`, 'iu');

/**
 * Whether the lone pair `token` at [from, to) of `text` is one number grouped by a space: a counted noun right after it
 * (`counted`), no word that names by number before it ("thôn 3 250 hộ" is a hamlet and its households), and a lead that
 * shares no digit with its group: two counts one edit leaves run together are of one size or share digits, the new one
 * retyped from the old ("11 126 đội viên"), and stay two numbers for the run-together check.
 */
export function loneSpaceGroup(token: string, text: string, from: number, counted: boolean): boolean {
  const m = LONE_PARTS.exec(token);
  if (!m || !counted) return false;
  if (!groupShaped(m[1], m[2])) return false;
  return !NAMED_RIGHT_BEFORE.test(text.slice(Math.max(0, from - 24), from));
}

/**
 * Whether a lead of one or two digits and a group of three ("2 271", "48 560") read as one number grouped by a space
 * rather than two counts one edit left run together. Two such counts are of one size or share digits, the new one retyped
 * from the old ("11 126"); a one-digit lead is of no size beside three digits, and one digit shared is chance (about one
 * group in four holds any given digit), so "2 271" is one number.
 */
export function groupShaped(lead: string, group: string): boolean {
  if (!/^[1-9]\d?$/.test(lead) || !/^\d{3}$/.test(group)) return false;
  return lead.length === 1 || ![...lead].some((d) => group.includes(d));
}

/** Whether a table cell's text is nothing but one number grouped by plain spaces ("12 450", "1 245 300", "85 450,5"). */
export function wholeCellSpaceGroup(cell: string): boolean {
  return /^\s*[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?\s*$/u.test(cell);
}

function read(token: string, fraction: string | undefined, dotDecimal: boolean): ParsedNumber {
  const value = Number(token.replace(',', '.'));
  return { value, decimals: fraction ? fraction.length : 0, dotDecimal };
}

/** Multipliers of the scale words; "tỷ lệ"/"tỉ lệ" ("rate") is excluded where they are read. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  trăm: 100,
  nghìn: 1e3,
  vạn: 1e4,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

// Scale words after a number: "1,5 triệu", "5 trăm triệu"; never "tỷ lệ"/"tỉ lệ".
const SCALE_RUN = new RegExp(String.raw`^\s*((?:(?:${alt(NUMBER_SCALE_WORDS)})(?!\s*lệ)(?![\p{L}\d])\s*)+)`, 'iu');

// "2.861 tr.đ/HTX", "450 trđ": a scale word shortened right before the currency (MONEY_SCALE_ABBREVIATIONS) is that word;
// never alone ("12 tr." may be a page), the currency after it makes it money.
const SCALE_SHORT = new RegExp(String.raw`^\s*(${alt(Object.keys(MONEY_SCALE_ABBREVIATIONS))})\.?\s?(?=(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})(?![\p{L}\d]))`, 'iu');

/** A money scale shortened right after a number ("tr." of "2.861 tr.đ"): its factor and the characters it takes, or null. */
export function readShortMoneyScale(text: string, from: number): { factor: number; end: number } | null {
  const m = SCALE_SHORT.exec(text.slice(from, from + 16));
  return m ? { factor: SCALE_WORDS[MONEY_SCALE_ABBREVIATIONS[m[1].toLowerCase()]], end: from + m[0].trimEnd().length } : null;
}

/** The scale words right after a number: their product and the characters they take, or null. */
export function readScale(text: string, from: number): { factor: number; end: number } | null {
  const m = SCALE_RUN.exec(text.slice(from, from + 40));
  if (!m) return null;
  let factor = 1;
  for (const word of m[1].trim().toLowerCase().split(/\s+/)) factor *= SCALE_WORDS[word] ?? 1;
  return { factor, end: from + m[0].trimEnd().length };
}

// Currency after a number or its scale: "đồng", "VNĐ", "VND", "đ", "₫" (not the start of a word such as "đạt").
const CURRENCY = new RegExp(String.raw`^\s*(${alt(CURRENCY_WORDS, CURRENCY_MARKS)})(?![\p{L}\d])`, 'iu');
// "96 đồng chí", "120 đồng bào": "đồng" opening a word of its own counts people, not money.
const DONG_WORD = new RegExp(String.raw`^\s+(?:${alt(DONG_WORD_TAILS)})(?![\p{L}])`, 'iu');

/** The currency word right after `from`, or null. */
export function readCurrency(text: string, from: number): { end: number } | null {
  const m = CURRENCY.exec(text.slice(from, from + 12));
  if (m && m[1].toLowerCase() === 'đồng' && DONG_WORD.test(text.slice(from + m[0].length, from + m[0].length + 12))) return null;
  return m ? { end: from + m[0].length } : null;
}

// A percent sign (one space allowed, "100 %") or the words "phần trăm".
const PERCENT = /^(?: ?%|\s+phần trăm(?![\p{L}]))/iu;

/** The percent sign right after `from`, or null. */
export function readPercent(text: string, from: number): { end: number } | null {
  const m = PERCENT.exec(text.slice(from, from + 14));
  return m ? { end: from + m[0].length } : null;
}

const NEGATIVE_WORD = new RegExp(String.raw`(?:^|[:(=,;]\s*|(?:^|\s)(?:${alt(NEGATIVE_VALUE_LEADS)})\s+)(âm\s+)$`, 'iu');

/**
 * A minus sign glued to the number at `from` ("-12,5%", "(−3)"), or "âm" before it: where the figure
 * starts, or null. A "-" opening a paragraph is a bullet; opening a table cell, a minus sign.
 */
export function readSign(text: string, from: number, inCell: boolean, to?: number): { from: number } | null {
  const c = text[from - 1];
  if (c === '−') return { from: from - 1 };
  if (c === ' ' && text[from - 2] === '−') return { from: from - 2 };
  if (c === '-' && (from >= 2 ? /[\s(:;=\t]/u.test(text[from - 2]) : inCell)) return { from: from - 1 };
  // "âm" is a sign only where a value is stated ("Kết quả: âm 3,2 tỷ", "chênh lệch âm 5"), never in "máy tăng âm 1000 W".
  const word = NEGATIVE_WORD.exec(text.slice(Math.max(0, from - 24), from));
  if (word) return { from: from - word[1].length };
  // "số thu thuần trong năm âm 1,2 tỷ đồng", "tăng trưởng cả năm âm 2,5%": before money or a percent, "âm" is a sign
  // whatever precedes it (no amplifier's watts nor sound's hertz are money).
  const bare = to === undefined ? null : BARE_NEGATIVE.exec(text.slice(Math.max(0, from - 8), from));
  return bare && SIGNED_AMOUNT_AFTER.test(text.slice(to!, to! + 24)) ? { from: from - bare[1].length } : null;
}
const BARE_NEGATIVE = /(?:^|\s)(âm\s+)$/iu;
const SIGNED_AMOUNT_AFTER = new RegExp(String.raw`^\s?(?:%|(?:(?:${alt(NUMBER_SCALE_WORDS)})\s+)?(?:${alt(CURRENCY_WORDS)})(?![\p{L}])|(?:${alt(NUMBER_SCALE_WORDS)})(?![\p{L}]))`, 'iu');
