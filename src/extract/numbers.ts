/**
 * Vietnamese number grammar: "." groups thousands, "," is the decimal mark.
 *
 * Ambiguity of a dot: a "." followed by exactly three digits is always grouping
 * ("4.256" = 4256, "15.300.000"). A single "." followed by one or two digits
 * ("2.5 lần") is read as an English-style decimal mark, because grouping never
 * leaves fewer than three digits; the caller warns about it. Anything else
 * ("1.2345", "1.2.3", "1,234,567") is not read at all: guessing would put a
 * wrong value into an audit.
 */

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

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,(\d+))?$/;
const PLAIN = /^\d+(?:,(\d+))?$/;
const DOT_DECIMAL = /^\d{1,3}\.(\d{1,2})$/;

/** Read one token of digits and separators, or null when the grammar cannot tell its value. */
export function parseNumberToken(token: string): ParsedNumber | null {
  let m = GROUPED.exec(token);
  if (m) return read(token.replace(/\./g, ''), m[1], false);
  m = PLAIN.exec(token);
  if (m) return read(token, m[1], false);
  m = DOT_DECIMAL.exec(token);
  if (m) return read(token.replace('.', ','), m[1], true);
  return null;
}

function read(token: string, fraction: string | undefined, dotDecimal: boolean): ParsedNumber {
  const value = Number(token.replace(',', '.'));
  return { value, decimals: fraction ? fraction.length : 0, dotDecimal };
}

/** Multipliers of the scale words; "tỷ lệ"/"tỉ lệ" ("rate") is excluded where they are read. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  trăm: 100,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

// Scale words after a number: "1,5 triệu", "5 trăm triệu"; never "tỷ lệ"/"tỉ lệ".
const SCALE_RUN = /^\s*((?:(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?!\s*lệ)(?![\p{L}\d])\s*)+)/iu;

/** The scale words right after a number: their product and the characters they take, or null. */
export function readScale(text: string, from: number): { factor: number; end: number } | null {
  const m = SCALE_RUN.exec(text.slice(from, from + 40));
  if (!m) return null;
  let factor = 1;
  for (const word of m[1].trim().toLowerCase().split(/\s+/)) factor *= SCALE_WORDS[word] ?? 1;
  return { factor, end: from + m[0].trimEnd().length };
}

// Currency after a number or its scale: "đồng", "VNĐ", "VND", "đ" (not the start of a word such as "đạt").
const CURRENCY = /^\s*(đồng|vnđ|vnd|đ)(?![\p{L}\d])/iu;

/** The currency word right after `from`, or null. */
export function readCurrency(text: string, from: number): { end: number } | null {
  const m = CURRENCY.exec(text.slice(from, from + 12));
  return m ? { end: from + m[0].length } : null;
}

// A percent sign (one space allowed, "100 %") or the words "phần trăm".
const PERCENT = /^(?: ?%|\s+phần trăm(?![\p{L}]))/iu;

/** The percent sign right after `from`, or null. */
export function readPercent(text: string, from: number): { end: number } | null {
  const m = PERCENT.exec(text.slice(from, from + 14));
  return m ? { end: from + m[0].length } : null;
}
