/**
 * Spelled-out numbers in a passage: beside digits ("07 (bảy) hộ", "125.000.000 đồng
 * (Bằng chữ: Một trăm hai mươi lăm triệu đồng chẵn)") and alone ("ba mươi hộ").
 *
 * Precision first: "năm" is also "year", "một số" means "some", "thứ ba" is Tuesday,
 * "Ba" and "Hai" open names, "sáu bảy người" means six or seven. A run of number
 * words alone is a figure only when it cannot be anything else: it holds a word
 * only numbers use (mười, mươi, trăm after a digit, nghìn, triệu, linh, phẩy, …),
 * or it is one digit word (not "một", "không") before a counted noun, a currency
 * or "phần trăm"; never after a date or naming word ("tháng", "ngày", "thứ",
 * "năm", "số", "tổ"), never before a time word ("mười năm", "hai giờ").
 */
import { countedNounAt } from './counted.js';
import { NUMBER_WORDS, parseSpelled, type SpelledNumber } from './spelled.js';
import { alt, CURRENCY_WORDS, IN_WORDS_CUES, FRACTION_WORDS, PERCENT_WORDS, SPELLED_NAMING_WORDS, SPELLED_RELATION_WORDS, SPELLED_SCALE_WORDS, SPELLED_TIME_UNITS, YEAR_WORD_LEADS } from '../text/lexicon.js';

/** A run of number words that reads as one number, with offsets into its passage. */
export interface SpelledRun extends SpelledNumber {
  from: number;
  to: number;
  raw: string;
  /** Right after "Bằng chữ:". */
  inWords: boolean;
  /** After a date or naming word ("tháng", "thứ", "số"). */
  named: boolean;
  /** Beside other number words that are not part of it ("một chín bảy lăm"). */
  joined: boolean;
}

const SCALE_ALT = `(?:${alt(SPELLED_SCALE_WORDS)})`;
const WORD_ALT = [...new Set(NUMBER_WORDS)].sort((a, b) => b.length - a.length).join('|');
// Words are joined by spaces, or by a comma after a scale word ("Bốn mươi lăm tỷ, sáu trăm triệu đồng"): which commas
// join one number is decided in segment().
// Opens with a lookahead on the words' first letters: a pattern opening with a lookbehind is tried in full at every index.
const FIRST_LETTERS = [...new Set([...NUMBER_WORDS, 'âm'].map((w) => w[0]))].join('');
const RUN = new RegExp(String.raw`(?=[${FIRST_LETTERS}])(?<![\p{L}\d])(?:âm\s+)?(?:${WORD_ALT})(?:(?:(?<=${SCALE_ALT})\s*,\s*|\s+)(?:${WORD_ALT}))*(?![\p{L}\d])`, 'giu');
const MAX_WORDS = 30;
const STRUCTURAL = new Set(['mười', 'mươi', 'trăm', 'chục', 'linh', 'lẻ', 'phẩy', 'chấm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ', 'rưỡi']);
const DIGIT_WORDS = new Set(['không', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);
/** Units words that only follow a tens digit: "hai mốt" = 21, "chín lăm" = 95. */
const TENS_UNITS = new Set(['mốt', 'lăm']);
/**
 * Digit words that may stand alone before a counted noun. Not "một" ("một số" = some), "năm"
 * ("đầu năm xã đón …" = year), "tư" ("đầu tư thiết bị" = invest), "không" (= not).
 */
const ALONE = new Set(['hai', 'ba', 'bốn', 'sáu', 'bảy', 'bẩy', 'tám', 'chín']);
const CUE = `(?:${alt(IN_WORDS_CUES)})`;
const IN_WORDS = new RegExp(String.raw`${CUE}\s*:?\s*$`, 'iu');

/** Every run of number words in a passage that reads as one number, left to right. */
export function findSpelledRuns(text: string): SpelledRun[] {
  const out: SpelledRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const words: Word[] = [];
    if (!/[\s,]/u.test(m[0])) words.push({ w: m[0].toLowerCase(), at: m.index, comma: false });
    else {
      for (const w of m[0].matchAll(/[^\s,]+/gu)) {
        const at = m.index + w.index;
        const prev = words[words.length - 1];
        words.push({ w: w[0].toLowerCase(), at, comma: !!prev && text.slice(prev.at + prev.w.length, at).includes(',') });
      }
    }
    // "năm hai nghìn linh chín", "năm một chín tám tư": "năm" then digit words is a year.
    const year = words[0].w === 'năm' && words[1] && !STRUCTURAL.has(words[1].w) && !TENS_UNITS.has(words[1].w);
    const kept = year || (words.length === 1 && !mayMatter(text, words[0], m.index + m[0].length)) ? [] : words.slice(0, MAX_WORDS);
    const found: SpelledRun[] = [];
    segment(text, kept, 0, kept.length, found);
    // Tested only for a run that reads: most runs ("năm 2024", "một số") read as none.
    const named = found.length > 0 && NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    for (const r of found) {
      r.named = named;
      r.joined = found.length > 1 || kept.length < words.length;
    }
    out.push(...found.sort((x, y) => x.from - y.from));
  }
  return out;
}

interface Word {
  w: string;
  at: number;
  /** A comma stands between this word and the one before it. */
  comma: boolean;
}

/**
 * Whether the commas inside a slice of words join one number: only after a scale word and before a group of two words
 * or more ("bốn mươi lăm tỷ, sáu trăm triệu" = 45 600 000 000); "ba, bốn hộ" is a list and "hai tỷ, ba dự án" ends the
 * amount at the comma.
 */
function commasJoin(slice: readonly Word[]): boolean {
  return slice.every((x, k) => !x.comma || k === 0 || (SCALES.has(slice[k - 1].w) && slice.length - k >= 2));
}
const SCALES = new Set(['nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ']);

/**
 * Whether a single number word can be a figure or the words of one: it may stand alone, follows a
 * bracket or "Bằng chữ:", or opens a fraction. Most single words ("không có", "một số") fail this
 * cheap test and are never parsed.
 */
function mayMatter(text: string, word: Word, end: number): boolean {
  if (ALONE.has(word.w) || STRUCTURAL.has(word.w)) return true;
  const before = text.slice(Math.max(0, word.at - 12), word.at);
  return /[(:]\s*$/u.test(before) || FRACTION_WORD.test(text.slice(end, end + 12)) || DIGITS_IN_BRACKETS.test(text.slice(end, end + 12));
}

/**
 * The longest stretch of words[lo, hi) that reads as one number, then the same on each side of it. Whether a stretch reads
 * depends on its words alone, so a side is searched only for stretches not already refused: none longer than `longest`
 * (every longer one failed in the caller's search, as did, left of the found stretch, every one as long as it). Without the
 * bound a run of words that reads as no number was parsed again at every depth of the search.
 */
function segment(text: string, words: Word[], lo: number, hi: number, out: SpelledRun[], longest = hi - lo): void {
  for (let len = Math.min(hi - lo, longest); len > 0; len--) {
    for (let s = lo; s + len <= hi; s++) {
      const slice = words.slice(s, s + len);
      if (slice[slice.length - 1].w === 'âm' || !commasJoin(slice)) continue;
      const parsed = parseSpelled(slice.map((x) => x.w).join(' '));
      if (!parsed) continue;
      const from = slice[0].at;
      const last = slice[slice.length - 1];
      const to = last.at + last.w.length;
      const inWords = IN_WORDS.test(text.slice(Math.max(0, from - 14), from));
      out.push({ ...parsed, from, to, raw: text.slice(from, to), inWords, named: false, joined: false });
      segment(text, words, lo, s, out, len - 1);
      segment(text, words, s + len, hi, out, len);
      return;
    }
  }
}

// Words after which a number names or dates rather than counts.
const NAMING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(SPELLED_NAMING_WORDS)})\s+$`, 'iu');
// "giữa hai phường": the parties of a relation, no quantity measured.
const RELATION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(SPELLED_RELATION_WORDS)})\s+$`, 'iu');
// Time words after a number: a duration or a clock time, not a figure (as with digits).
const TIME_AFTER = new RegExp(String.raw`^\s+(?:${alt(SPELLED_TIME_UNITS)})(?![\p{L}])`, 'iu');
const MONEY_OR_PERCENT_AFTER = new RegExp(String.raw`^\s+(?:${alt(CURRENCY_WORDS, PERCENT_WORDS)})(?![\p{L}])`, 'iu');

// "hai phần ba", "một trên hai", "hai ba chia mười hai": a fraction of two spelled numbers.
const FRACTION_WORD = new RegExp(String.raw`^\s+(?:${alt(FRACTION_WORDS)})\s+(?!trăm)`, 'iu');

/** The run that is the denominator of a spelled fraction starting with `run`, or null. */
export function spelledDenominator(text: string, run: SpelledRun, runs: SpelledRun[]): SpelledRun | null {
  const m = FRACTION_WORD.exec(text.slice(run.to, run.to + 12));
  return m ? runs.find((r) => r.from === run.to + m[0].length) ?? null : null;
}

/** True when a run of number words standing alone is a figure (see the module comment). */
export function isLoneFigure(text: string, run: SpelledRun, runs: SpelledRun[]): boolean {
  if (run.inWords) return true;
  const before = text.slice(Math.max(0, run.from - 20), run.from);
  const after = text.slice(run.to, run.to + 24);
  if (run.named || NAMING_BEFORE.test(before) || RELATION_BEFORE.test(before) || TIME_AFTER.test(after)) return false;
  if (run.joined && !run.structured) return false;
  const words = run.raw.toLowerCase().split(/\s+/).filter((w) => w !== 'âm');
  // "Ba Đình", "Hai Bà Trưng": a capitalised run before a capitalised word is a name.
  if (/^\p{Lu}/u.test(run.raw) && /^\s+\p{Lu}/u.test(after)) return false;
  if (!words.some((w) => DIGIT_WORDS.has(w))) return false;
  if (words.length <= 2 && spelledDenominator(text, run, runs)) return true;
  if (run.structured && words.some((w) => STRUCTURAL.has(w))) return true;
  if (words.length === 2 && TENS_UNITS.has(words[1])) return true;
  if (words.length !== 1 || !(ALONE.has(words[0]) || (words[0] === 'không' && /^\s+phần trăm/iu.test(after)))) return false;
  return countedNounAt(text, run.to) !== null || MONEY_OR_PERCENT_AFTER.test(after);
}

// The digits in brackets right after a number's words, then a counted noun: "năm (05) vụ", "mười hai (12) hộ".
const DIGITS_IN_BRACKETS = /^\s*\(\s*\d/u;
const PAIR_DIGITS = /^\s*\(\s*(\d+(?:[.,]\d+)*)\s*\)/u;
// "trong năm (2) …", "cả năm (…)": "năm" after a word of a period is the year, never five.
const YEAR_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(YEAR_WORD_LEADS)})\s+$`, 'iu');

/** A number written in words first, its digits in brackets after them ("năm (06) vụ"): the run and where the digits are. */
export interface WordsFirstPair { run: SpelledRun; digitsFrom: number; bracket: readonly [number, number] }

/**
 * Every number of a passage written words first, its digits in brackets right after them and a counted noun right after the
 * bracket ("ghi nhận năm (06) vụ", "thành lập mười hai (12) tổ"): the words and the digits are one count said twice. Never
 * after a naming or date word ("tháng ba (3)", "tổ năm (05) hộ"), nor "năm" after a word of a period ("trong năm (1) …").
 */
export function findWordsFirstPairs(text: string, runs: readonly SpelledRun[]): WordsFirstPair[] {
  const out: WordsFirstPair[] = [];
  for (const run of runs) {
    const m = PAIR_DIGITS.exec(text.slice(run.to, run.to + 24));
    if (!m || run.named || run.inWords || (run.joined && !run.structured)) continue;
    const before = text.slice(Math.max(0, run.from - 20), run.from);
    if (NAMING_BEFORE.test(before) || (/^năm$/iu.test(run.raw) && YEAR_LEAD.test(before))) continue;
    const close = run.to + m[0].length;
    if (countedNounAt(text, close) === null) continue;
    out.push({ run, digitsFrom: run.to + m[0].indexOf(m[1]), bracket: [run.to + m[0].indexOf('('), close] });
  }
  return out;
}

// Spelled words in brackets right after a figure: "07 (bảy)", "(Bằng chữ: Một trăm … đồng chẵn)".
const OPEN = new RegExp(String.raw`^[\s,;:–-]*\(\s*(?:${CUE}\s*:?\s*)?`, 'iu');
const OPEN_BARE = new RegExp(String.raw`^[\s,;.–-]*${CUE}\s*:?\s*`, 'iu');
// After the words: anything short up to ")" under "Bằng chữ:"; otherwise only a currency, "phần trăm" or the counted noun.
const CLOSE_IN_WORDS = /^[^()\d]{0,40}?\)/u;
const CLOSE_BARE = new RegExp(String.raw`^\s*(?:${alt(PERCENT_WORDS)}|đồng(?:\s+chẵn)?)?\s*\)`, 'iu');

/** The spelled run standing beside a figure that ends at `at`, and where its brackets end; null when none. */
export function spelledBeside(text: string, at: number, runs: SpelledRun[]): { run: SpelledRun; end: number } | null {
  const rest = text.slice(at, at + 60);
  const open = OPEN.exec(rest) ?? OPEN_BARE.exec(rest);
  if (!open) return null;
  const start = at + open[0].length;
  const run = runs.find((r) => r.from === start);
  if (!run) return null;
  if (!open[0].includes('(')) return { run, end: run.to };
  const after = text.slice(run.to, run.to + 50);
  if (/bằng chữ/iu.test(open[0])) {
    const close = CLOSE_IN_WORDS.exec(after);
    return close ? { run, end: run.to + close[0].length } : null;
  }
  // "(không có hồ sơ trễ hạn)" is a remark, not the number in words.
  const noun = countedNounAt(text, run.to);
  const close = CLOSE_BARE.exec(noun ? text.slice(run.to + 1 + noun.length, run.to + 50) : after);
  return close ? { run, end: run.to + (noun ? 1 + noun.length : 0) + close[0].length } : null;
}

// "05 (năm) vụ vi phạm": the figure's own value spelled out in a bracket right after it.
const SPELLED_ASIDE = /^\s*\(\s*(\p{L}[\p{L}\s]{0,40}?)\s*\)/u;
/** The text after a figure past the bracket that spells out its own value ("05 (năm) vụ …" → " vụ …"); else the text as it is. */
export function unspelled(after: string, value: number): string {
  const m = SPELLED_ASIDE.exec(after);
  return m && parseSpelled(m[1])?.value === value ? after.slice(m[0].length) : after;
}
