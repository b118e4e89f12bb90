/**
 * The word-level repairs every OCR reading goes through before its lines are built, in one order, whether the words
 * came from a scanned PDF page or an image file: run-together words, unsure digits, numbering markers, and a table's
 * ruled edge read as a letter.
 */
import { keepSpaceAfterStops, splitAtCaseChange } from './ocr-glued.js';
import { doubtOtherMarks } from './ocr-reread.js';
import { repairUnsureWords, restoreLostMarkers, romanPeriodParts, romanSeriesFirst, splitGluedWords, tidyNumberWords, tidyStrayMarkers, type OcrPage, type OcrWord } from './ocr.js';

/** Glyphs Tesseract makes of a thin upright rule: a capital I, a small l, an exclamation mark, a square bracket. */
const RULE_LIKE = /^[Il!\[\]]{1,3}$/u;

/**
 * A table row whose left rule was read as a letter: a line that closes on a rule ("… | 48 |") and holds at least two
 * more, as a ruled or piped row does, yet opens with a lone "I", "II", "l" or "[" before its first cell ("I STT | Thôn |",
 * "II Tổng cộng | 48 |") was opened by that rule (an empty first cell makes two): a row closing on a rule opens on one.
 * Read as a letter, it makes the row a heading "I" ("I STT ...") and its restart a numbering slip. Each rule-like glyph
 * of the opening word becomes a rule. Returns how many words were rewritten.
 */
export function tableRuleBars(pages: OcrPage[]): number {
  let changed = 0;
  for (const p of pages) {
    const lines = new Map<string, OcrWord[]>();
    for (const w of p.words) {
      const line = lines.get(w.line);
      if (line) line.push(w);
      else lines.set(w.line, [w]);
    }
    for (const words of lines.values()) {
      if (words.length < 4) continue;
      const first = words[0];
      const rules = words.slice(1).reduce((n, w) => n + [...w.text].filter((c) => c === '|').length, 0);
      if (!words[words.length - 1].text.endsWith('|') || rules < 3 || !RULE_LIKE.test(first.text)) continue;
      first.text = '|'.repeat(first.text.length);
      changed++;
    }
  }
  return changed;
}

/** Every word-level repair, in order, on the pages of one file; returns how many repairs were made. */
export function tidyReadPages(pages: OcrPage[]): number {
  return (
    splitAtCaseChange(pages) +
    keepSpaceAfterStops(pages) +
    splitGluedWords(pages) +
    repairUnsureWords(pages) +
    tidyNumberWords(pages) +
    doubtOtherMarks(pages) +
    romanPeriodParts(pages) +
    romanSeriesFirst(pages) +
    restoreLostMarkers(pages) +
    tidyStrayMarkers(pages) +
    tableRuleBars(pages)
  );
}
