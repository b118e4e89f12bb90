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

/** A word that is a rule read as one: only bars ("|", "||"). */
const BARS = /^\|+$/u;

/**
 * A rule read as a letter glued to a first cell of no letters ("I-" for "| - |", "l7" for "| 7 |"): the word is a rule's
 * height, where a dash alone is a few pixels and a digit a cap height, and its line holds two rules more.
 */
const GLUED_RULE = /^[Il!\[\]]([^\p{L}\s|]+)$/u;

/** A table's rules, as the page reads them: the median box of its lone "|" words (at least this many of them). */
const RULES_TO_MEASURE = 3;

/**
 * A table row whose left rule was read as a letter. Two shapes:
 *
 * - a line that closes on a rule ("… | 48 |") and holds at least two more, as a ruled or piped row does, yet opens
 *   with a lone "I", "II", "l" or "[" before its first cell ("I STT | Thôn |", "II Tổng cộng | 48 |") was opened by
 *   that rule (an empty first cell makes two): a row closing on a rule opens on one;
 * - a row that wraps before its closing rule ("I STT | Chỉ tiêu | … | Cùng", the rest of its cells on the next line),
 *   or a wrapped row's last piece ("I 103,9 |", a closing rule alone, "I"), opened by one glyph of any letter or digit
 *   ("I", "l", "1", "[") whose box is a rule's, not a letter's: as tall as the page's own "|" words (a rule runs from
 *   above the capitals to below the descenders; a capital I or a digit 1 is a cap height tall) and as thin. It is
 *   taken for a rule only where the line is a table's: another rule stands on it, or, a glyph alone or before cells
 *   set by column gaps, a line next to it opens with a rule at its place;
 * - such a glyph glued to a first cell of no letters ("I-" for "| - | Thôn …"), a word a rule's height on a line of
 *   two rules more.
 *
 * Read as a letter, it makes the row a heading "I" ("I STT ...") and its restart a numbering slip. A Roman heading
 * ("I. KẾT QUẢ", "I - TÌNH HÌNH") has no rule on its line, and its "I" is a capital's height. Each rule-like glyph of
 * the opening word becomes a rule. Returns how many words were rewritten.
 */
export function tableRuleBars(pages: OcrPage[]): number {
  let changed = 0;
  for (const p of pages) {
    const grouped = new Map<string, OcrWord[]>();
    for (const w of p.words) {
      const line = grouped.get(w.line);
      if (line) line.push(w);
      else grouped.set(w.line, [w]);
    }
    const lines = [...grouped.values()].map((ws) => [...ws].sort((a, b) => a.left - b.left));
    const rule = ruleBox(p);
    for (const words of lines) {
      const first = words[0];
      const rest = words.slice(1);
      if (words.length >= 4 && words[words.length - 1].text.endsWith('|') && RULE_LIKE.test(first.text) &&
        rest.reduce((n, w) => n + [...w.text].filter((c) => c === '|').length, 0) >= 3) {
        first.text = '|'.repeat(first.text.length);
        changed++;
        continue;
      }
      if (!rule) continue;
      const bars = rest.filter((w) => BARS.test(w.text)).length;
      const glued = GLUED_RULE.exec(first.text);
      if (glued && bars >= 2 && Math.abs(first.height - rule.height) <= 0.1 * rule.height) {
        first.text = `| ${glued[1]}`;
        changed++;
        continue;
      }
      if ([...first.text].length !== 1 || first.text === '|' || !ruleShaped(first, rule)) continue;
      if (bars > 0 || rowBeside(words, lines, rule)) {
        first.text = '|';
        changed++;
      }
    }
  }
  return changed;
}

/** The median box of a page's lone "|" words, or null when it has too few to measure. */
function ruleBox(p: OcrPage): { width: number; height: number } | null {
  const bars = p.words.filter((w) => w.text === '|');
  if (bars.length < RULES_TO_MEASURE) return null;
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { width: mid(bars.map((w) => w.width)), height: mid(bars.map((w) => w.height)) };
}

/**
 * A glyph boxed as the page's rules are: within a tenth of their height, and thin, no wider than twice their width and
 * a quarter of its own height (a capital I of a bold heading is a third of its height wide, a rule's box a tenth).
 */
function ruleShaped(w: OcrWord, rule: { width: number; height: number }): boolean {
  return Math.abs(w.height - rule.height) <= 0.1 * rule.height && w.width <= 2 * rule.width && w.width <= 0.25 * w.height;
}

/**
 * A line opening with a rule-shaped glyph that stands in a table: a line within two rows of it opens with a rule ("|",
 * "|1") where the glyph stands, and the glyph is alone on its line (a wrapped row's closing rule) or its line is that
 * table's row of cells set by column gaps: its next word starts where a word of that line does, and so does a later
 * word set off by more than a word space (by four fifths of a rule's height; a word space is under half of it, a
 * heading's words are a word space apart). Places agree within half a rule's height.
 */
function rowBeside(words: OcrWord[], lines: OcrWord[][], rule: { width: number; height: number }): boolean {
  const [first, next] = words;
  const near = 0.5 * rule.height;
  const at = (line: OcrWord[], w: OcrWord) => line.slice(1).some((o) => Math.abs(o.left - w.left) <= near);
  return lines.some((other) => {
    if (other === words || Math.abs(other[0].top - first.top) > 2.5 * rule.height) return false;
    if (!other[0].text.startsWith('|') || Math.abs(other[0].left - first.left) > near) return false;
    if (!next) return true;
    return at(other, next) && words.slice(2).some((w, i) => w.left - (words[i + 1].left + words[i + 1].width) > 0.8 * rule.height && at(other, w));
  });
}

/** Glyphs Tesseract makes of a rule line's dashes and bars when it reads them as marks ("[—l=-l-l--l-~|"). */
const RULE_MARKS = /^[|Il!\[\]\-‐‑–—―~=_<>:.,'"`]+$/u;

/** A row's first word as it opens on its rule, read as a rule or as a glyph of one ("|1", "I", "l7"; tableRuleBars). */
const OPENS_ON_RULE = /^[|Il!\[\]]/u;

/** Under this confidence a word of letters is garbage Tesseract made of marks ("TH nnnnn" for "|---|---|---|"). */
const GARBLE_BELOW = 50;

/**
 * The rule line under a piped table's header (`|---|---|---|`), read as marks ("[—l=-l-l--l-~|", "E~ll—l--l—~|") or as
 * unsure letters ("TH nnnnn", "Thun nnn"): a line of no digit, every word of it marks only or read under 50, one rule
 * high, that opens where the next line's row opens on its rule (that row holding three rules or more), a header's line
 * (one holding a rule) right above it. Garbled, it stood between the header and the rows as a paragraph and no table was
 * read. Its words become one rule line with a cell for each of the row's (at least two), and a header line above it
 * that opens where it does with two rules or more but lost its closing rule ("I STT | … | Tỷ lệ (%)") gets it back,
 * so the header, the rule line and the rows read as the table they print. Returns how many lines were rewritten.
 */
export function garbledRuleLines(pages: OcrPage[]): number {
  let changed = 0;
  const bars = (ws: OcrWord[]) => ws.reduce((n, w) => n + [...w.text].filter((c) => c === '|').length, 0);
  for (const p of pages) {
    const rule = ruleBox(p);
    if (!rule) continue;
    const grouped = new Map<string, OcrWord[]>();
    for (const w of p.words) {
      const line = grouped.get(w.line);
      if (line) line.push(w);
      else grouped.set(w.line, [w]);
    }
    const top = (ws: OcrWord[]) => Math.min(...ws.map((w) => w.top));
    const lines = [...grouped.values()].map((ws) => [...ws].sort((a, b) => a.left - b.left)).sort((a, b) => top(a) - top(b));
    const near = 0.5 * rule.height;
    for (let i = 1; i < lines.length - 1; i++) {
      const words = lines[i];
      if (words.some((w) => /\d/u.test(w.text))) continue;
      if (!words.every((w) => RULE_MARKS.test(w.text) || w.conf < GARBLE_BELOW)) continue;
      if (words.every((w) => BARS.test(w.text))) continue;
      // Its widest word is one rule high (a speck may join it: "n" 110 px high beside "Than").
      const widest = words.reduce((a, b) => (b.width > a.width ? b : a));
      if (Math.abs(widest.height - rule.height) > 0.25 * rule.height) continue;
      const [above, below] = [lines[i - 1], lines[i + 1]];
      if (top(below) - top(words) > 2.5 * rule.height || top(words) - top(above) > 3.5 * rule.height) continue;
      if (!OPENS_ON_RULE.test(below[0].text) || Math.abs(below[0].left - words[0].left) > near || bars(below) < 3) continue;
      // The header's last line holds a rule, or is its closing rule alone read as a glyph ("I").
      if (bars(above) < 1 && !(above.length === 1 && RULE_LIKE.test(above[0].text) && ruleShaped(above[0], rule))) continue;
      const left = words[0].left;
      const right = Math.max(...words.map((w) => w.left + w.width));
      const cells = Math.max(2, bars(below) - 1);
      const ruleLine: OcrWord = { text: `|${'---|'.repeat(cells)}`, left, top: widest.top, width: right - left, height: widest.height, conf: Math.max(...words.map((w) => w.conf)), line: words[0].line };
      // In the place of the line's first word: the words keep Tesseract's order.
      const at = p.words.indexOf(words[0]);
      p.words = p.words.flatMap((w, k) => (k === at ? [ruleLine] : words.includes(w) ? [] : [w]));
      lines[i] = [ruleLine];
      changed++;
      const last = above[above.length - 1];
      if (Math.abs(above[0].left - left) <= near && bars(above) >= 2 && !last.text.endsWith('|')) {
        const barTop = above.filter((w) => BARS.test(w.text)).map((w) => w.top).sort((a, b) => a - b)[0] ?? last.top;
        const closing: OcrWord = { text: '|', left: last.left + last.width + Math.round(near), top: barTop, width: rule.width, height: rule.height, conf: last.conf, line: last.line };
        p.words.splice(p.words.indexOf(last) + 1, 0, closing);
        above.push(closing);
      }
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
    garbledRuleLines(pages) +
    tableRuleBars(pages)
  );
}
