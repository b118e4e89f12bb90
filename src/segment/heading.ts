/**
 * The heading grammar: recognise one paragraph as a numbered heading of a
 * Vietnamese report ("PHẦN I", "Phần thứ hai", "Phần thứ II", "PHẦN A", "Mục 1", "A.", "II.", "II TITLE",
 * "1.", "1)", "1-", "1-Title", "1/", "2.1.1", "2.1/", "2.1)", "I/", "II.1.", "II.1.a)", "a)", "a-", "a/", "(ii)", "(b)",
 * and ordinal words opening a short title: "Thứ nhất, công tác tuyên truyền", "Hai là: …") or say it is not one. A marker's
 * dash may be a hyphen, an en dash or an em dash, spaced or not ("I – …", "1 — …", "a- …", "II-KẾT QUẢ", "b-Về …"). Which level each
 * style takes is not decided here but by the document's own nesting (tree.ts). Undotted markers ("1 Kết quả …", "a Hỗ
 * trợ …") are read apart (recogniseUndotted): only the document's own pattern makes them headings (candidates.ts).
 *
 * Conservative by design: bullets, figures opening a sentence ("100% cán bộ",
 * "4.256 hộ", "1,5 triệu"), dates and signature furniture ("TM. ỦY BAN NHÂN
 * DÂN") never match, because a false heading moves every later block.
 */
import type { SectionStyle } from '../model/index.js';
import { FOREIGN_LETTERS, VIETNAMESE_CAPITALS, VIETNAMESE_LETTERS, letterOrdinal, parseOrdinalWords, parsePartNumber, parseRoman } from './numbering.js';
import { alt, ORDINAL_HEADING_CARDINALS, SIGNER_TITLES, SIGNING_BODIES } from '../text/lexicon.js';

/** One heading line as the grammar reads it, before it is placed in the tree. */
export interface Heading {
  /** The number as written, with its punctuation: "1.1.", "II.", "a)", "PHẦN I". */
  number: string;
  /** The number without trailing punctuation: "1.1", "II", "a", "PHẦN I". */
  key: string;
  style: SectionStyle;
  /** Rest of the line, trimmed; "" when the line is only a number (then `bare`). */
  title: string;
  /** The title is on the next paragraph ("PHẦN I" alone, or a pdf's lone "1."). */
  bare: boolean;
  /** Place in its own sequence: 1 for "1.", "a)", "I.", "Phần thứ nhất"; the last component of "2.1.3". */
  ordinal: number;
  /** Components of the number: 2 for "2.1", 3 for "2.1.1", 1 for every other style. */
  depth: number;
  /** Why the numbering is odd though accepted (a letter outside the Vietnamese alphabet), else absent. */
  odd?: string;
  /** The punctuation after the number, "." ")" "-" "/" or "", "()" for a number in brackets ("(ii)"); "1." and "1)" are two styles of one document. */
  mark: string;
  /** A title glued to a hyphen ("1-Tình hình …"): a house style a document must repeat to count (candidates.ts). */
  glued?: boolean;
}

/** Text after a number: a title, nothing (bare), or not a heading at all (null). */
type Rest = { title: string; bare: boolean } | null;

const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const PART = new RegExp(`^(PHẦN|Phần)\\s+((?:thứ|THỨ|Thứ)\\s+(?:\\p{L}+|\\d{1,2})|[IVXL]+|\\d{1,2}|[${VIETNAMESE_CAPITALS}])(?![\\p{L}\\d])(.*)$`, 'u');
const MUC = /^(MỤC|Mục)\s+([IVXL]+|\d{1,2})(?![\p{L}\d])(.*)$/u;
/**
 * The dashes a marker may end in: the hyphen, the en dash and the em dash ("1- …", "I – …", "a — …"), house styles of one
 * kind; the mark is recorded as "-" whichever is typed.
 */
const DASH = '-–—';
/**
 * What parts the first word of a title glued to its marker from the next ("1-Tình hình", "b-Phòng, chống thiên tai",
 * "I/KẾT QUẢ, PHƯƠNG HƯỚNG"): a space, after a comma when the title opens on a pair of words. A lone word glued on
 * ("e-Office", "V-League", "I/O") is still no heading.
 */
const GLUED_GAP = ',?\\s+';
/** "II.", "II -", "II – ", "II —", a title glued to the dash ("II-KẾT QUẢ", kept when repeated), and undotted "II ĐÁNH GIÁ". */
const ROMAN = new RegExp(`^([IVXL]+)(\\.|\\)|\\/|\\s*[${DASH}](?=\\s)|[${DASH}](?=\\p{Lu}\\p{L}*${GLUED_GAP}\\p{L})|(?=\\s+\\p{Lu}))(.*)$`, 'u');
/** After "1/" a space and a letter, or a capitalised word glued on, then more words ("1/Công tác"); never a digit ("1/2", "21/02", "30/6/2025"). */
const NUMBERS = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(?![\\d,])(\\.|\\)|\\s?[${DASH}](?=\\s+\\p{L})|[${DASH}](?=\\p{Lu}\\p{Ll}*${GLUED_GAP}\\p{L})|\\/(?=\\s+\\p{L}|\\p{Lu}\\p{Ll}\\p{L}*${GLUED_GAP}\\p{L})|)(.*)$`, 'u');
/**
 * A multi-level number under a Roman numeral ("II.1.", "II.1 Kết quả", "II.1.2.", "II.1.a)"): the Roman part is the
 * first component, a letter may close it. Undotted, a capital must open the title, as for "2.1 Kết quả".
 */
const ROMAN_MULTI = new RegExp(`^([IVXL]+)((?:\\.\\d{1,2}){1,3})(?:\\.([${VIETNAMESE_LETTERS}]))?(?![\\d,\\p{L}])(\\.|\\)|\\s?[${DASH}](?=\\s+\\p{Lu})|)(.*)$`, 'u');
/**
 * "a)", "a.", "a-", a dash set off by spaces ("a - Nội dung", "a – Về …"), as "1 - " is, and a title glued to the dash
 * ("a-Về giáo dục": kept only in a run a, b, c …, since "e-Office" is a word; candidates.ts).
 */
const LETTER = new RegExp(`^([${VIETNAMESE_LETTERS}${FOREIGN_LETTERS}])([.),/]|\\s?[${DASH}](?=\\s)|[${DASH}](?=\\p{Lu}\\p{Ll}*${GLUED_GAP}\\p{L}))(.*)$`, 'u');
/** A title glued to "I/" ("I/KẾT QUẢ ĐẠT ĐƯỢC"): a word of two or more letters opening in a capital, then more words; "I/O", "V/v" are not. */
const GLUED_SLASH_TITLE = new RegExp(`^\\p{Lu}\\p{L}+${GLUED_GAP}\\p{L}`, 'u');
const CAPITAL = new RegExp(`^([${VIETNAMESE_CAPITALS}])(\\.|\\)|\\s?[${DASH}](?=\\s))(.*)$`, 'u');
/** Titles that make "Q. CHỦ TỊCH" or "T. GIÁM ĐỐC" a signature line, not a capital-letter heading. */
const SIGNATURE_TITLE = new RegExp(`^(?:${alt(SIGNER_TITLES.map((w) => w.toUpperCase()))})`, 'u');

/** The lines that open a report's signature block and distribution list ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:"): the body ends there. */
export const SIGNATURE = new RegExp(String.raw`^(?:(?:TM|T\/M|KT|TL|TUQ|Q)\s*\.\s*(?:${alt(SIGNING_BODIES.map((w) => w.toUpperCase()))})|Nơi nhận\s*:)`, 'u');

/** The punctuation after a number with any dash written as "-": "–", " — " and "-" are one house style. */
const dashMark = (p: string): string => p.trim().replace(/^[–—]$/u, '-');

/**
 * Read what follows a number. After its punctuation a title needs a space, or
 * starts in capitals at once ("1.Triển khai"); it must hold a letter.
 */
function readRest(rest: string, allowGlued: boolean): Rest {
  if (rest.trim() === '') return { title: '', bare: true };
  const spaced = /^\s/.test(rest);
  if (!spaced && !(allowGlued && UPPER_START.test(rest))) return null;
  const title = rest.trim();
  return HAS_LETTER.test(title) ? { title, bare: false } : null;
}

/** "PHẦN I", "Phần thứ hai: …", "MỤC 1. …": a word, a number, then a separator, a title in capitals, or nothing. */
function readWordNumber(text: string, pattern: RegExp, style: 'part' | 'muc'): Heading | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const ordinal = parsePartNumber(m[2]);
  if (ordinal === null) return null;
  const key = `${m[1]} ${m[2].replace(/\s+/g, ' ')}`;
  const sep = /^\s*([.:\-–—])\s*(.*)$/u.exec(m[3]);
  let title: string;
  if (sep) title = sep[2].trim();
  else if (m[3].trim() === '') title = '';
  else if (/^\s+\p{Lu}/u.test(m[3])) title = m[3].trim();
  else return null; // "Phần II của báo cáo …" is prose
  const number = sep?.[1] === '.' ? `${key}.` : key;
  return { number, key, style, title, bare: title === '', ordinal, depth: 1, mark: sep?.[1] ?? '' };
}

const readPart = (text: string) => readWordNumber(text, PART, 'part');
const readMuc = (text: string) => readWordNumber(text, MUC, 'muc');

/**
 * "Thứ nhất, …", "THỨ HAI: …", "Một là, …", "Hai là: …": an ordinal word, a comma, colon, dot or dash, then the rest.
 * The same words open the items of a list of tasks written as sentences ("Thứ hai, tiếp tục rà soát … ."), so only a
 * short title-like rest counts (TITLE_LIKE), and only when the document writes the style twice (candidates.ts).
 */
const ORDINAL_WORDS = new RegExp(String.raw`^(thứ\s+\p{L}+|(?:${alt(ORDINAL_HEADING_CARDINALS)})\s+là)\s*([,:.\-–—])\s*(\S.*)$`, 'iu');
/** At most twelve words, no sentence mark at its end or inside, no bracket left open: a title, not a sentence. */
export const TITLE_WORDS = 12;

/** "Thứ nhất, công tác chuẩn bị": an ordinal word heading; never a sentence ("Thứ hai, phát hiện 07 ổ dịch …; …"). */
function readOrdinalWords(text: string): Heading | null {
  const m = ORDINAL_WORDS.exec(text);
  if (!m) return null;
  const key = m[1].replace(/\s+/gu, ' ');
  const ordinal = parseOrdinalWords(key);
  if (ordinal === null) return null;
  const title = m[3].trim().replace(/:$/u, '').trim();
  // "Thứ Hai, ngày 16/3" is a weekday.
  if (/^ngày\s*\d/iu.test(title)) return null;
  if (!HAS_LETTER.test(title) || /[.;!?]$|[;!?]|\.\s/u.test(title) || title.split(/\s+/u).length > TITLE_WORDS) return null;
  return { number: key, key, style: 'ordinal', title, bare: false, ordinal, depth: 1, mark: m[2] };
}

const APPENDIX = /^(PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([IVXL]+|\d{1,2}|[A-Z])(?![\p{L}\d]))?(.*)$/u;

/** "PHỤ LỤC", "Phụ lục 1: …", "PHỤ LỤC II" alone (title on the next line), "PHỤ LỤC KẾT QUẢ …" in capitals. */
function readAppendix(text: string): Heading | null {
  const m = APPENDIX.exec(text);
  if (!m) return null;
  const key = m[2] ? `${m[1]} ${m[2]}` : m[1];
  const sep = /^\s*([.:\-–—])\s*(.*)$/u.exec(m[3]);
  let title: string;
  if (sep) title = sep[2].trim();
  else if (m[3].trim() === '') title = '';
  else if (/^\s+[^\p{Ll}]+$/u.test(m[3])) title = m[3].trim(); // a title in capitals
  else return null; // "Phụ lục kèm theo …" is prose
  const ordinal = m[2] ? (parseRoman(m[2]) ?? (/^\d+$/.test(m[2]) ? Number(m[2]) : letterOrdinal(m[2].toLowerCase()))) : 1;
  return { number: sep?.[1] === '.' ? `${key}.` : key, key, style: 'appendix', title, bare: title === '', ordinal, depth: 1, mark: sep?.[1] ?? '' };
}

/**
 * "II.", "II -" and, undotted, "II ĐÁNH GIÁ CHUNG" (a space, then a capital). An undotted numeral
 * is kept only when the document numbers several headings so (candidates.ts).
 */
function readRomanHeading(text: string): Heading | null {
  const m = ROMAN.exec(text);
  const ordinal = m ? parseRoman(m[1]) : null;
  if (!m || ordinal === null) return null;
  if (m[2] === '') {
    const rest = readRest(m[3], false);
    return rest && !rest.bare ? { number: m[1], key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: '' } : null;
  }
  if (m[2] === '/') {
    // "I/ KẾT QUẢ", "I/KẾT QUẢ": a house style; "I/2025" (a quarter) and "V/v" (về việc) are not headings.
    const rest = /^\s/.test(m[3]) ? readRest(m[3], false) : GLUED_SLASH_TITLE.test(m[3]) ? readRest(m[3], true) : null;
    return rest && !rest.bare ? { number: `${m[1]}/`, key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: '/' } : null;
  }
  if (m[2] === ')') {
    // "I) KẾT QUẢ": a house style like "1)" and "a)"; a space must follow ("I)2" is not a heading).
    const rest = /^\s/.test(m[3]) ? readRest(m[3], false) : null;
    return rest && !rest.bare ? { number: `${m[1]})`, key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: ')' } : null;
  }
  const dashed = m[2] !== '.';
  if (dashed && !/^\s/u.test(m[3]) && !/\s/u.test(m[2])) {
    // "I-KẾT QUẢ": a title glued to the dash, a house style the document must repeat in a run (candidates.ts).
    return { number: m[1] + m[2], key: m[1], style: 'roman', title: m[3].trim(), bare: false, ordinal, depth: 1, mark: '-', glued: true };
  }
  const rest = readRest(m[3], !dashed);
  if (!rest || (dashed && rest.bare)) return null;
  const number = dashed ? `${m[1]} ${m[2].trim()}` : `${m[1]}.`;
  return { number, key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: dashed ? '-' : '.' };
}

/** "A. KẾT QUẢ", "B) …", "C - …": a capital letter heading, usually a level above the Roman numerals. */
function readCapital(text: string): Heading | null {
  const m = CAPITAL.exec(text);
  if (!m) return null;
  const dashed = !/^[.)]$/.test(m[2]);
  const rest = m[3] === '' && m[2] === '.' ? { title: '', bare: true } : /^\s+\p{L}/u.test(m[3]) ? readRest(m[3], false) : null;
  if (!rest || SIGNATURE_TITLE.test(rest.title)) return null;
  const number = dashed ? `${m[1]} ${m[2].trim()}` : m[1] + m[2];
  const ordinal = VIETNAMESE_CAPITALS.indexOf(m[1]) + 1;
  return { number, key: m[1], style: 'capital', ...rest, ordinal, depth: 1, mark: dashed ? '-' : m[2] };
}

function readNumbered(text: string): Heading | null {
  const m = NUMBERS.exec(text);
  if (!m) return null;
  const parts = m[1].split('.').map(Number);
  if (parts[0] === 0) return null;
  const mark = dashMark(m[2]);
  // "1-Tình hình …": a capitalised word glued to the hyphen (a house style; kept when repeated, candidates.ts).
  const glued = mark === '-' && m[2].length === 1 && !/^\s/.test(m[3]);
  if (glued) {
    const title = m[3].trim();
    return { number: m[1] + m[2], key: m[1], style: parts.length === 1 ? 'arabic' : 'multi', title, bare: false, ordinal: parts[parts.length - 1], depth: parts.length, mark, glued };
  }
  // "1 Số lượng" (a pdf table row) and "1.5 triệu" (a decimal) are not headings:
  // an undotted number is a heading only when multi-level and followed by a capital.
  if (mark === '' && (parts.length === 1 || !/^\s+\p{Lu}/u.test(m[3]))) return null;
  // "1)" and "1-" mark single numbers; "1.2)" is left alone, "1.2- Công tác …" is a house style when a capital
  // opens its title. "1/" and "2.1/" (a slash, then a space and a title) are one house style; "1/2", "21/02",
  // "30/6/2025" never match (a digit follows).
  // "1.1) Công tác …", "1.1.1) …": the bracket closes a multi-level number too when a space and a capital open the
  // title; "2.5) là …" is prose.
  if ((mark === ')' || mark === '-') && parts.length > 1 && !/^\s+\p{Lu}/u.test(m[3])) return null;
  const rest = readRest(m[3], mark === '.' || mark === '/');
  if (!rest || (mark !== '.' && mark !== ')' && rest.bare)) return null;
  const style: SectionStyle = parts.length === 1 ? 'arabic' : 'multi';
  const ordinal = parts[parts.length - 1];
  return { number: m[1] + m[2].trim(), key: m[1], style, ...rest, ordinal, depth: parts.length, mark };
}

/** "II.1.", "II.1.2 Kết quả", "II.1.a)": a multi-level number whose first component is a Roman numeral; key "II.1.a". */
function readRomanMulti(text: string): Heading | null {
  const m = ROMAN_MULTI.exec(text);
  if (!m || parseRoman(m[1]) === null) return null;
  const numbers = m[2].slice(1).split('.').map(Number);
  if (numbers.some((n) => n === 0)) return null;
  const mark = dashMark(m[4]);
  // Undotted: a space and a capital must follow ("II.1 Kết quả"), as for "2.1 Kết quả".
  if (mark === '' && !/^\s+\p{Lu}/u.test(m[5])) return null;
  const rest = readRest(m[5], mark === '.');
  if (!rest || rest.bare) return null;
  const key = m[1] + m[2] + (m[3] ? `.${m[3]}` : '');
  const ordinal = m[3] ? letterOrdinal(m[3]) : numbers[numbers.length - 1];
  return { number: key + m[4].trim(), key, style: 'multi', ...rest, ordinal, depth: 1 + numbers.length + (m[3] ? 1 : 0), mark };
}

/**
 * "ii) …", "iv. …", "(ii) …": lowercase Roman numerals of two letters or more, a level of their own (often under "a)");
 * a lone "i)" or "(i)" is read by context (candidates.ts).
 */
const LOWER_ROMAN = /^([ivxl]{2,})([.)])(\s+\p{L}.*)$/u;
/** "(ii) …", "(a) …", "(2) …": a lowercase Roman numeral, a letter or a number in brackets, then a space and a title. */
const BRACKETED = new RegExp(`^\\(([ivxl]{2,}|[${VIETNAMESE_LETTERS}${FOREIGN_LETTERS}]|[1-9]\\d?)\\)(\\s+\\p{L}.*)$`, 'u');

function readLowerRoman(text: string): Heading | null {
  const m = LOWER_ROMAN.exec(text);
  const ordinal = m ? parseRoman(m[1].toUpperCase()) : null;
  if (!m || ordinal === null) return null;
  const rest = readRest(m[3], false);
  return rest && !rest.bare ? { number: m[1] + m[2], key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: m[2] } : null;
}

/**
 * "(ii) Kết quả", "(b) Kết quả", "(2) Về vật tư": a bracketed marker, a style apart from "ii)", "b)" and "2)" (mark "()").
 * A bracketed number needs a capital opening its title ("(12) hộ nghèo" is a count in brackets) and a document that writes
 * the style twice (candidates.ts).
 */
function readBracketed(text: string): Heading | null {
  const m = BRACKETED.exec(text);
  if (!m) return null;
  const rest = readRest(m[2], false);
  if (!rest || rest.bare) return null;
  const number = `(${m[1]})`;
  if (/^\d/u.test(m[1])) {
    return UPPER_START.test(rest.title) ? { number, key: m[1], style: 'arabic', ...rest, ordinal: Number(m[1]), depth: 1, mark: '()' } : null;
  }
  if (m[1].length > 1) {
    const ordinal = parseRoman(m[1].toUpperCase());
    return ordinal === null ? null : { number, key: m[1], style: 'roman', ...rest, ordinal, depth: 1, mark: '()' };
  }
  const heading: Heading = { number, key: m[1], style: 'letter', ...rest, ordinal: letterOrdinal(m[1]), depth: 1, mark: '()' };
  if (FOREIGN_LETTERS.includes(m[1])) heading.odd = `chữ "${m[1]}" không có trong bảng chữ cái tiếng Việt`;
  return heading;
}

/** A letter heading "i)", "v)", "x)" read as the lowercase Roman numeral it may also be: the caller decides from its siblings. */
export function asLowerRoman(h: Heading): Heading | null {
  const ordinal = h.style === 'letter' ? parseRoman(h.key.toUpperCase()) : null;
  return ordinal === null ? null : { ...h, style: 'roman', ordinal };
}

/** Whether a heading is a lowercase Roman numeral ("ii)"), a style apart from "II.". */
export const isLowerRoman = (h: Pick<Heading, 'style' | 'key'>): boolean => h.style === 'roman' && /^[ivxl]+$/u.test(h.key);

function readLetter(text: string): Heading | null {
  const m = LETTER.exec(text);
  if (!m) return null;
  const mark = dashMark(m[2]);
  // "a-Về …": a capitalised word glued to the dash, a house style kept only in a run (candidates.ts).
  const glued = mark === '-' && m[2].length === 1 && !/^\s/u.test(m[3]);
  // Otherwise a letter heading needs a space then a letter: "a.m." and "e-mail" are words.
  const rest = glued ? { title: m[3].trim(), bare: false } : m[3] === '' && /[.)]/.test(m[2]) ? { title: '', bare: true } : /^\s+\p{L}/u.exec(m[3]) ? readRest(m[3], false) : null;
  if (!rest) return null;
  const heading: Heading = { number: m[1] + m[2].trim(), key: m[1], style: 'letter', ...rest, ordinal: letterOrdinal(m[1]), depth: 1, mark };
  if (glued) heading.glued = true;
  if (FOREIGN_LETTERS.includes(m[1])) heading.odd = `chữ "${m[1]}" không có trong bảng chữ cái tiếng Việt`;
  return heading;
}

/**
 * "1 Kết quả thực hiện", "a Hỗ trợ nhà ở": a number or a letter with no punctuation at all, a space, then a title opening
 * in a capital. A house style of its own (Word numbering "%1" with a space, or typed so), and the look of a body line
 * ("2 xã đã hoàn thành", "15 hộ được hỗ trợ") or a table row read as text ("1 Nà Tấu 212 68"), so the grammar never
 * takes it alone: only the document's own pattern makes it a heading (candidates.ts, readUndotted). Read here is the
 * line's shape: the title is title-like (UNDOTTED_WORDS words at most, no sentence mark at its end or inside) and its
 * numbers are years or labels ("Kết quả năm 2024", "Dự án 3: …"), since a count, an amount or a table's cells are body.
 */
const UNDOTTED = new RegExp(`^([1-9]\\d?|[${VIETNAMESE_LETTERS}])\\s+(\\p{Lu}.*)$`, 'u');
/** A title in this style may be long (the full name of a programme), yet a sentence is longer still. */
export const UNDOTTED_WORDS = 30;
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu;

/**
 * Whether every number in a title (years aside) labels a name, as in "Dự án 3: Phát triển sản xuất" or "Tiểu dự án 2",
 * rather than counting or measuring: a whole number of at most three digits, not followed by a word in lower case (a
 * counted noun, "36 con bò", "2 xã"), not beside another number (the cells of a table row, "212 68"), with no decimal
 * mark, grouping or percent sign ("98,2%", "1.200").
 */
function labelNumbersOnly(title: string): boolean {
  for (const m of title.matchAll(/\d[\d.,/%]*/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!/^\d{1,3}$/u.test(m[0]) || /^\s*(?:\p{Ll}|\d|\()/u.test(title.slice(end)) || /\d\s*$/u.test(title.slice(0, m.index))) return false;
  }
  return true;
}

/** Read a paragraph as an undotted marker heading ("1 Kết quả …", "a Hỗ trợ …"), or null; the caller decides whether the document supports it. */
export function recogniseUndotted(text: string): Heading | null {
  const m = UNDOTTED.exec(text.trim());
  if (!m) return null;
  const title = m[2].trim();
  if (/[.;,!?]$|[;!?\t|]|\.\s/u.test(title) || title.split(/\s+/u).length > UNDOTTED_WORDS) return null;
  if (!labelNumbersOnly(title.replace(YEAR, 'năm'))) return null;
  if (SIGNATURE.test(title) || SIGNATURE_TITLE.test(title)) return null;
  const key = m[1];
  if (/^\d/u.test(key)) return { number: key, key, style: 'arabic', title, bare: false, ordinal: Number(key), depth: 1, mark: '' };
  return { number: key, key, style: 'letter', title, bare: false, ordinal: letterOrdinal(key), depth: 1, mark: '' };
}

/** Readers tried in order; multi-level numbers and arabic share one reader so "1.1." never reads as "1.". */
const READERS: Array<(text: string) => Heading | null> = [readPart, readMuc, readAppendix, readOrdinalWords, readRomanMulti, readRomanHeading, readCapital, readNumbered, readLowerRoman, readBracketed, readLetter];

/**
 * A marker whose text opens on a figure ("b) 100% đám cưới …", "3 - 05 xã …", "c. 1.250 hộ …"): never a heading, since a
 * figure opens a sentence, yet the marker holds its place among its numbered siblings (sentence-list.ts reads such runs as
 * one). The marker is read as a heading's would be (style, key, ordinal, mark), the title is the text after it. Division
 * words ("Phần 2 …", "Phụ lục 3 …") and undotted markers ("I 100 …") are not markers of a run.
 */
export function recogniseFigureLed(text: string): Heading | null {
  const line = text.trim();
  const m = /^(\S{1,8}?(?:\s[-–—])?)\s+(?=[\d%])/u.exec(line);
  if (!m) return null;
  const h = recogniseHeading(`${m[1]} X ${line.slice(m[0].length)}`);
  if (!h || h.mark === '' || h.bare || !FIGURE_LED_STYLES.has(h.style) || !h.title.startsWith('X ')) return null;
  return { ...h, title: h.title.slice(2) };
}
const FIGURE_LED_STYLES = new Set<SectionStyle>(['letter', 'arabic', 'multi', 'roman', 'capital']);

/** Read a paragraph's text as a numbered heading, or null when it is not one. */
export function recogniseHeading(text: string): Heading | null {
  const line = text.trim();
  for (const read of READERS) {
    const heading = read(line);
    if (heading) return heading;
  }
  return null;
}
