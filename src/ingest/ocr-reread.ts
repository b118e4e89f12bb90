/**
 * A second reading of every word with a digit: Tesseract's Vietnamese model is sometimes sure of a
 * wrong digit (a clear "84,0" read "34,0", confidence 90–97, on a noisy 200 dpi scan), and
 * confidence alone cannot tell. Each such word is cut from the page image with a margin, the cuts
 * are laid out in rows, a word's height apart, on one white sheet, and Tesseract reads the sheet once
 * (one process for all the pages of a file, up to `SHEET_WORDS` words a sheet: a process a page cost
 * a third more, most of it loading the model) with its English model, whose digits are trained on far more
 * text and which reads that "84,0" right, however the cut is enlarged, where the Vietnamese model
 * reads "34,0" at psm 6 and 7 (psm 8 and 13 read it right, but only one word a process). Where the
 * digits of the two readings differ, the word keeps the second (`OcrWord.alt`), and an error
 * resting on it is cautioned (rules/ocr-caution.ts) rather than reported. A word the second reading
 * misses (no digit read in its place) is left as it was: no judgement.
 */
import type { OcrPage, OcrWord } from './ocr.js';
import { isSyllable } from './legacy-score.js';

/** Grey pixels of a page. */
export interface Grey { w: number; h: number; px: Buffer }

interface Slot { word: OcrWord; x: number; y: number; w: number; h: number }

/**
 * The words a second reading is asked for: every word holding a digit, and every cell that may be a
 * number garbled out of its digits (`garbledCell`: "b)", "S" for a lone 5 or 3 among the numbers of a row).
 */
export function digitWords(page: OcrPage): OcrWord[] {
  joinScraps(page);
  return page.words.filter((w, i) => {
    if (w.height < 6 || w.width < 3) return false;
    const digit = /\d/u.test(w.text);
    if (!digit && !garbledCell(page.words, i)) return false;
    if (!digit || aloneAmongNumbers(page.words, i)) ALONE.add(w);
    if (!digit) COLUMN_DECIMALS.set(w, columnDecimals(page.words, w));
    return true;
  });
}

/** Words `digitWords` found alone like a table cell among numbers: only they may take their second reading. */
const ALONE = new WeakSet<OcrWord>();

/** For a cell read as no number: the decimals of the sure numbers of other lines in its column (`columnDecimals`). */
const COLUMN_DECIMALS = new WeakMap<OcrWord, number[]>();

/** Digits after a number's decimal mark ("3,3" 1, "80,25%" 2; "8" and "1.253", grouped by thousands, 0). */
const decimalsOf = (s: string) => /[.,](\d{1,2})%?$/u.exec(s)?.[1].length ?? 0;

/**
 * The decimals of each number read sure (85 or more) as a cell (a cell's gap either side, `apartInLine`) on another line
 * whose box spans `w`'s middle across, near it: a year in a sentence above the table ("năm 2025 (30 vụ)") is no cell of
 * its column. A bare zero is left out: a column of amounts with one decimal writes nothing as "0" (no shape of its own).
 */
function columnDecimals(words: OcrWord[], w: OcrWord): number[] {
  const mid = w.left + w.width / 2;
  return words.filter((o, k) => o.line !== w.line && o.conf >= SURE_SECOND && CELL_NUMBER.test(o.text) && !/^0%?$/u.test(o.text) && mid >= o.left && mid <= o.left + o.width &&
    Math.abs(o.top - w.top) <= 12 * w.height && apartInLine(words, k)).map((o) => decimalsOf(o.text));
}

/** Whether word `k` of `words` is set apart from the words either side on its line by more than its height. */
function apartInLine(words: OcrWord[], k: number): boolean {
  const w = words[k];
  const prev = k > 0 && words[k - 1].line === w.line ? words[k - 1] : undefined;
  const next = k + 1 < words.length && words[k + 1].line === w.line ? words[k + 1] : undefined;
  return (!prev || w.left - (prev.left + prev.width) > w.height) && (!next || next.left - (w.left + w.width) > w.height);
}

/**
 * Confidence under which a cell's first reading may be replaced by a second reading that is a clean number (a cell of
 * no number is read again only under 70, `garbledCell`): the Vietnamese model reads a clear "81,2" as "61,2" at 88 and
 * "131" as "151" at 88, which the second reading reads right at 96–97 (holdout97's scans).
 */
const REPLACE_BELOW = 90;
/** Confidence under which a short scrap of no digit alone among numbers may be a number garbled (`garbledCell`). */
const GARBLED_BELOW = 70;
/**
 * Confidence the second reading needs to replace the first: the English model reads a clear cut-out cell at 85–97 (a
 * "3" read "&" at 53 the first time was read "8" at 78 the second: neither sure).
 */
const SURE_SECOND = 85;

/** A number as typed: digits, maybe grouped by stops, commas or spaces' absence, a decimal part, a percent sign. */
const CLEAN_NUMBER = /^\d{1,3}(?:([.,])\d{3}(?:\1\d{3})*)?(?:[.,]\d{1,3})?%?$|^\d+(?:[.,]\d+)?%?$/u;

/**
 * Whether word `i` of `words` (a page's, in Tesseract's order) stands alone like a table cell among
 * numbers: another word of its line holds a digit, and it is set apart from the words either side
 * by more than its height (a cell's gap, not a word's), or is the line's last.
 */
function aloneAmongNumbers(words: OcrWord[], i: number): boolean {
  const w = words[i];
  const prev = i > 0 && words[i - 1].line === w.line ? words[i - 1] : undefined;
  const next = i + 1 < words.length && words[i + 1].line === w.line ? words[i + 1] : undefined;
  const apart = (a: OcrWord, b: OcrWord) => b.left - (a.left + a.width) > w.height;
  if (!prev) return next !== undefined && apart(w, next) && firstCellOfRow(words, w);
  if (!apart(prev, w) || (next && !apart(w, next))) return false;
  return words.some((o) => o !== w && o.line === w.line && /\d/u.test(o.text));
}

/** A number alone as a table's cell: digits maybe grouped or with a decimal part ("12", "1.253", "80,0"), nothing else. */
const CELL_NUMBER = /^[-+]?\d[\d.,]*%?$/u;

/**
 * Whether `w`, the first word of its line and a cell's gap before the next, is the first cell of a table row (the
 * row's number, "STT"): at least two other words of its line are numbers, and it sits in a column of numbers (the rows
 * above and below give theirs there). A list's marker ("b)" before its text) has no numbers for a row, nor a column.
 */
function firstCellOfRow(words: OcrWord[], w: OcrWord): boolean {
  let numbers = 0;
  for (const o of words) if (o !== w && o.line === w.line && CELL_NUMBER.test(o.text)) numbers++;
  return numbers >= 2 && inNumberColumn(words, w);
}

/**
 * An unsure scrap of at most four characters, no digit, alone like a cell among numbers: maybe a number garbled. A
 * syllable read fairly sure ("Cộng", "Tổng" at 60) is a word, unless it sits in a column of numbers: two other lines
 * hold a number whose box spans its own across ("và," read at 36 where the rows above and below read 412, 21, 18); there
 * a scrap read under 90 is one too ("VÀI" read at 75 for "71" under 74 and over 68).
 */
function garbledCell(words: OcrWord[], i: number): boolean {
  const w = words[i];
  if (JOINED.has(w)) return aloneAmongNumbers(words, i) && inNumberColumn(words, w);
  if (w.conf >= REPLACE_BELOW || [...w.text].length > 4 || !aloneAmongNumbers(words, i)) return false;
  if (w.conf >= GARBLED_BELOW) return inNumberColumn(words, w);
  // Only a scrap read at under 30 may be one anyway ("cÓC:").
  const letters = w.text.toLowerCase().replace(/[^\p{L}]/gu, '');
  return !(letters.length >= 2 && isSyllable(letters) && w.conf >= 30) || inNumberColumn(words, w);
}

/** Confidence under which a scrap of no digit may be a piece of one garbled cell (`joinScraps`). */
const SCRAP_BELOW = 30;

/** Words `joinScraps` made of scraps: a cell garbled into pieces, read again as one when it sits in a column of numbers. */
const JOINED = new WeakSet<OcrWord>();

/**
 * Scraps of no digit read under `SCRAP_BELOW`, side by side on a line with their boxes touching or overlapping ("Kà"
 * and "ĐUẬNS" over one cell's "312.5", each too unsure and the second too long to be taken for a garbled number), are
 * one word: its box theirs together, its confidence their least. Only when the line holds a number elsewhere: a cell.
 */
export function joinScraps(page: OcrPage): number {
  const out: OcrWord[] = [];
  let joined = 0;
  const scrap = (w: OcrWord) => w.conf < SCRAP_BELOW && !/\d/u.test(w.text);
  for (const w of page.words) {
    const prev = out[out.length - 1];
    if (prev && prev.line === w.line && scrap(prev) && scrap(w) && w.left - (prev.left + prev.width) <= 0.3 * Math.max(prev.height, w.height) &&
      page.words.some((o) => o.line === w.line && /\d/u.test(o.text))) {
      const right = Math.max(prev.left + prev.width, w.left + w.width);
      const bottom = Math.max(prev.top + prev.height, w.top + w.height);
      const top = Math.min(prev.top, w.top);
      const one: OcrWord = { ...prev, text: prev.text + w.text, width: right - prev.left, top, height: bottom - top, conf: Math.min(prev.conf, w.conf) };
      JOINED.add(one);
      out[out.length - 1] = one;
      joined++;
    } else out.push(w);
  }
  if (joined) page.words = out;
  return joined;
}

/** Whether numbers of at least two other lines span `w` across: `w` sits in a column of numbers. */
export function inNumberColumn(words: OcrWord[], w: OcrWord): boolean {
  const mid = w.left + w.width / 2;
  const lines = new Set<string>();
  for (const o of words) {
    if (o.line === w.line || !/^[-+]?\d[\d.,%]*$/u.test(o.text) || mid < o.left || mid > o.left + o.width) continue;
    if (Math.abs(o.top - w.top) > 12 * w.height) continue;
    lines.add(o.line);
    if (lines.size >= 2) return true;
  }
  return false;
}

/** A word with a digit cut from its page image with a margin, kept until its second reading. */
export interface Cut { word: OcrWord; w: number; h: number; px: Buffer; pageWidth: number }

/**
 * Grey at or above which a cut's pixel is paper and is made white. A scan's paper is a light grey (a noisy page's
 * ~230–250), and a cut of it is a grey box on the sheet's white: Tesseract's English model read a clear "81,2" cut so
 * as "Si"; with the paper white, "81,2". Ink and its anti-aliased edge are darker.
 */
const PAPER = 200;

/** Cut each of `words` out of `img` with a margin (0.35 of its height left and right, 0.2 above and below), its paper made white. */
export function cutWords(img: Grey, words: OcrWord[]): Cut[] {
  return words.map((word) => {
    const padX = Math.round(0.35 * word.height);
    const padY = Math.round(0.2 * word.height);
    const x0 = Math.max(0, word.left - padX);
    const y0 = Math.max(0, word.top - padY);
    const w = Math.min(img.w, word.left + word.width + padX) - x0;
    const h = Math.min(img.h, word.top + word.height + padY) - y0;
    const px = Buffer.alloc(Math.max(0, w * h));
    for (let dy = 0; dy < h; dy++) img.px.copy(px, dy * w, (y0 + dy) * img.w + x0, (y0 + dy) * img.w + x0 + w);
    for (let i = 0; i < px.length; i++) if (px[i] >= PAPER) px[i] = 255;
    return { word, w, h, px, pageWidth: img.w };
  });
}

/**
 * The sheet (an 8-bit PGM) holding every word of `words` cut from `img`, in rows, and
 * where each one lies on it.
 */
export function digitSheet(img: Grey, words: OcrWord[]): { pgm: Buffer; slots: Slot[] } {
  return sheetOf(cutWords(img, words));
}

/**
 * The sheet holding `cuts` in rows, as wide as their widest page, and where each one lies on it.
 * Written into the start of what `take` gives for its length (a pooled buffer, ocr-pool.ts: a sheet
 * is ~5 MB, memory touched for the first time costs more than writing it), header and pixels in one.
 */
export function sheetOf(cuts: Cut[], take: (length: number) => Buffer = Buffer.allocUnsafe): { pgm: Buffer; slots: Slot[] } {
  // Cuts a word's height apart: closer, Tesseract joins neighbours into one word (measured at half).
  const tall = Math.max(...cuts.map((c) => c.h));
  const gap = tall;
  const width = Math.max(...cuts.map((c) => Math.max(c.pageWidth, c.w + 2 * gap)));
  const slots: Slot[] = [];
  let x = gap;
  let y = tall;
  for (const c of cuts) {
    if (x + c.w + gap > width) {
      x = gap;
      y += 2 * tall;
    }
    slots.push({ word: c.word, x, y, w: c.w, h: c.h });
    x += c.w + gap;
  }
  const height = y + 2 * tall;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const pgm = take(header.length + width * height).subarray(0, header.length + width * height);
  header.copy(pgm);
  const px = pgm.subarray(header.length).fill(255);
  cuts.forEach((c, i) => {
    const s = slots[i];
    for (let dy = 0; dy < c.h; dy++) c.px.copy(px, (s.y + dy) * width + s.x, dy * c.w, (dy + 1) * c.w);
  });
  return { pgm, slots };
}

/**
 * Whether two readings of the same digits place a stop and a comma differently before three digits ("1,730" and
 * "1.730"): a thousands stop read as a decimal comma makes 1.73 of 1730, and the mark is a few pixels a noisy scan
 * blurs. Before one or two digits ("11.7" and "11,7") both are read as the same decimal: no doubt about the value.
 */
function otherSeparators(a: string, b: string): boolean {
  const marks = (s: string) => s.replace(/\s+/gu, '').replace(/\d+/gu, 'd').replace(/[^d.,]/gu, '');
  const thousands = /\d[.,]\d{3}(?!\d)/u;
  return marks(a) !== marks(b) && (thousands.test(a) || thousands.test(b)) && /\d[.,]\d/u.test(a) && /\d[.,]\d/u.test(b);
}

/** The digits of a reading, in order ("84,0%" → "840"). */
const digitsOf = (s: string) => s.replace(/\D+/gu, '');

/**
 * Give each word of the sheet its second reading from the sheet's recognised words (`read`, in
 * sheet pixels): the words whose centre falls in its slot, left to right. A word whose second
 * reading holds digits, and not the same digits as its first, keeps it as `alt`; returns how many did.
 */
export function applySecondReading(slots: Slot[], read: OcrWord[]): number {
  const digitWidth = usualDigitWidth(slots);
  const texts = slots.map(() => [] as OcrWord[]);
  for (const r of read) {
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const i = slots.findIndex((s) => cx >= s.x && cx < s.x + s.w && cy >= s.y && cy < s.y + s.h);
    if (i >= 0) texts[i].push(r);
  }
  let differ = 0;
  slots.forEach((s, i) => {
    const again = texts[i].sort((a, b) => a.left - b.left).map((r) => r.text).join(' ');
    const sure = texts[i].length > 0 && texts[i].every((r) => r.conf >= SURE_SECOND);
    // A cell read unsure (under 90), as no number ("b)", "+0", "3)") or as another number ("62" for a
    // lone "2", "109,0" for "100,0"), that the second reading reads surely as a clean number takes that
    // number; the first reading stays as `alt`, so a finding on it is cautioned.
    // A clean number read again with more digits around its own ("5" → "15") may have caught a neighbour: no judgement.
    // A garbled one lost a digit to a mark ("Đ;5" for "8,5").
    // Unless the first reading's own box holds the digits the second gives ("2" read in a box two digits wide, "23"
    // read again): those were lost inside it, not caught from the margin.
    const holds = boxHolds(s.word, again, digitWidth);
    const grown = CLEAN_NUMBER.test(s.word.text) && digitsOf(again).includes(digitsOf(s.word.text)) && !holds;
    // A line's numbering marker read again without its stop or bracket ("1." → "1": the English model drops a stop set
    // apart before a heading's words, and a heading holding two numbers, "6 THÁNG … 2025", looks like a row) is the same
    // number: the mark is the first reading's, and a heading lost with it.
    const marker = /^\d{1,2}[.)]$/u.test(s.word.text) && again === s.word.text.slice(0, -1);
    if (s.word.conf < REPLACE_BELOW && sure && !grown && !marker && CLEAN_NUMBER.test(again) && ALONE.has(s.word)) {
      // A first reading of no digit at all ("na" at 0 for "3,3", "lộ)" for "8") holds no other number: like a second
      // reading that finds no digit, it is no judgement, and the cell rests on the one reading that read it, as sure as
      // that reading (its least sure piece, 85 or more), when the number is shaped like its column's: two sure numbers
      // of other rows in it or more, all with its decimals ("27" read for "27,5" in a column of "15,0", "4,5" stays in
      // doubt). A first reading with digits ("11,2" for "171,5") stays the doubt.
      const column = COLUMN_DECIMALS.get(s.word) ?? [];
      // And when its box is as wide as the number's digits take: a box too narrow for them ("ai" 39 pixels wide over
      // "212", read "21" again, a digit 29 wide) holds part of the cell only, and the number may go on past it.
      if (!/\d/u.test(s.word.text) && column.length >= 2 && column.every((d) => d === decimalsOf(again)) && fits(s.word, again, digitWidth)) s.word.conf = Math.min(...texts[i].map((r) => r.conf));
      else s.word.alt = s.word.text;
      s.word.text = again;
      differ++;
      return;
    }
    // An O beside a digit is a 0 ("O38").
    const d2 = digitsOf(again.replace(/[Oo](?=\d)|(?<=\d)[Oo]/gu, '0'));
    const d1 = digitsOf(s.word.text);
    // Nothing read, or the same digits with more around them (a neighbour's digit caught in the
    // cut's margin: "79,5" → "79,55"): no judgement. Other digits, or another count of them ("81,8"
    // read "601,8" the first time): the word is in doubt either way.
    if (!d2 || (d2.includes(d1) && !(d2 === d1 && otherSeparators(s.word.text, again)) && !(d2 !== d1 && holds))) return;
    s.word.alt = again;
    differ++;
  });
  return differ;
}

/** How wide a number's characters are, in digits: a stop or comma counts half ("94,4" 3.5, "1.253" 4.5). */
const widthUnits = (s: string) => s.replace(/[^\d.,]/gu, '').length - s.replace(/[^.,]/gu, '').length / 2;

/**
 * The usual width of a digit on the sheet's pages: the median, over the words read sure (95 or more) as a clean number
 * of two digits or more, of their box's width by their `widthUnits`. NaN when fewer than five such words.
 */
function usualDigitWidth(slots: Slot[]): number {
  const per = slots.filter((s) => s.word.conf >= 95 && CLEAN_NUMBER.test(s.word.text) && digitsOf(s.word.text).length >= 2)
    .map((s) => s.word.width / widthUnits(s.word.text)).sort((a, b) => a - b);
  return per.length >= 5 ? per[per.length >> 1] : NaN;
}

/**
 * Whether the box of `w`'s first reading is wide enough for the digits of `again`, a reading with more of them, and too
 * wide for its own: its width by its own characters is half again the usual digit's or more, and by `again`'s within a
 * quarter of it (a "2" read in a box 57 pixels wide, where a digit takes 29: "23" fits it, "2" does not).
 */
function boxHolds(w: OcrWord, again: string, digitWidth: number): boolean {
  if (!(digitWidth > 0) || !CLEAN_NUMBER.test(again) || digitsOf(again).length <= digitsOf(w.text).length) return false;
  const own = widthUnits(w.text);
  const more = widthUnits(again);
  return own > 0 && w.width / own >= 1.5 * digitWidth && fits(w, again, digitWidth);
}

/** Whether `w`'s box is as wide as `text`'s digits take, within a quarter of the usual digit (unknown: taken as fitting). */
function fits(w: OcrWord, text: string, digitWidth: number): boolean {
  return !(digitWidth > 0) || Math.abs(w.width / widthUnits(text) - digitWidth) <= 0.25 * digitWidth;
}

/** A number with one mark before three digits: a thousands mark in one style, a decimal one in the other ("1,525"). */
const ONE_MARK_THOUSANDS = /^\d{1,3}([.,])\d{3}%?$/u;
/** A number grouped in thousands by one mark, in either style ("1.496", "12,203,000"). */
const GROUPED = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*%?$/u;

/**
 * A number whose one mark before three digits is not the mark its column groups thousands with ("1,525" under "1.496",
 * "1.203", "1.054": a speck or a blurred stop read as a comma makes 1,525 of 1525, and the sums of the column go
 * wrong by a thousand) is in doubt: it keeps its reading and takes the one with its column's mark as `alt`, so a
 * finding resting on it is a warning naming both. Its column: numbers of two other lines or more spanning its middle
 * within twelve of its heights, every one grouped with the other mark. A word already in doubt keeps its doubt.
 * Returns how many words were put in doubt.
 */
export function doubtOtherMarks(pages: OcrPage[]): number {
  let doubted = 0;
  for (const p of pages) {
    for (const w of p.words) {
      const m = ONE_MARK_THOUSANDS.exec(w.text);
      if (!m || w.alt !== undefined) continue;
      const mid = w.left + w.width / 2;
      const marks = new Map<string, string>();
      for (const o of p.words) {
        if (o.line === w.line || mid < o.left || mid > o.left + o.width || Math.abs(o.top - w.top) > 12 * w.height) continue;
        const g = GROUPED.exec(o.text);
        if (g && !marks.has(o.line)) marks.set(o.line, g[1]);
      }
      if (marks.size < 2 || [...marks.values()].some((mark) => mark === m[1])) continue;
      w.alt = w.text.replace(m[1], m[1] === ',' ? '.' : ',');
      doubted++;
    }
  }
  return doubted;
}
