/**
 * Words Tesseract ran together where the page shows a space, told by the word's own letters rather than by the report's
 * vocabulary (ocr.ts `splitGluedWords` does the latter): no Vietnamese word turns from lower case to a capital inside
 * itself, and no one types a letter right after a percent sign. A table header "% so KH" read "%soKH" hides the plan
 * abbreviation the column is known by; "XãLong Sơn" is a place no one wrote.
 */
import type { OcrPage, OcrWord } from './ocr.js';
import { isSyllable } from './legacy-score.js';

/** A piece of a run-together word that may stand alone: a syllable, an abbreviation in capitals ("KH", "HĐND"), a percent sign. */
function standsAlone(piece: string): boolean {
  if (piece === '%') return true;
  if (/^\p{Lu}{2,6}$/u.test(piece)) return true;
  // A syllable has a vowel: the list also holds abbreviations ("tp").
  return /[aeiouy]/u.test(piece.toLowerCase().normalize('NFD')) && isSyllable(piece);
}

/**
 * The pieces of `core` (letters and percent signs only) cut where a lower-case letter is followed by a capital or a
 * percent sign by a letter; null when there is no such place or a piece could not stand alone ("TpHCM", "iPhone" and
 * "mRNA" are left: "Tp", "Phone", "m" are no syllables).
 */
export function caseChangePieces(core: string): string[] | null {
  const chars = [...core];
  const pieces: string[] = [];
  let from = 0;
  for (let k = 1; k < chars.length; k++) {
    const a = chars[k - 1];
    const b = chars[k];
    const lowerToUpper = /\p{Ll}/u.test(a) && /\p{Lu}/u.test(b);
    if (lowerToUpper || (a === '%' && /\p{L}/u.test(b))) {
      pieces.push(chars.slice(from, k).join(''));
      from = k;
    }
  }
  if (!pieces.length) return null;
  pieces.push(chars.slice(from).join(''));
  return pieces.every(standsAlone) ? pieces : null;
}

/** `w` cut into words of `texts`, each taking its share of the box by its characters. */
function share(w: OcrWord, texts: string[]): OcrWord[] {
  const total = texts.reduce((n, t) => n + [...t].length, 0);
  let left = w.left;
  let used = 0;
  return texts.map((text, i) => {
    used += [...text].length;
    const right = i === texts.length - 1 ? w.left + w.width : w.left + Math.round((w.width * used) / total);
    const part: OcrWord = { ...w, text, left: i ? left + 2 : left, width: Math.max(1, right - left - 2) };
    left = right;
    return part;
  });
}

/** A numbering marker ("1.", "2.3.", "4)", "b)") and, with no space, a word opening with a capital and a small letter. */
const GLUED_MARKER = /^((?:\d{1,2}\.){1,3}|\d{1,2}\)|[a-zđ]\))(\p{Lu}\p{Ll}\p{L}*[.,;:)]?)$/u;

/**
 * Split each word of letters run together at a change of case or after a percent sign into its pieces, when every
 * piece may stand alone; what follows the letters (a comma, a bracket) stays on the last piece. Words with digits are
 * never touched, but for a line's numbering marker run into its first word, which is cut after the marker. Returns how
 * many words were split.
 */
export function splitAtCaseChange(pages: OcrPage[]): number {
  let split = 0;
  for (const p of pages) {
    for (let i = 0; i < p.words.length; i++) {
      const w = p.words[i];
      // A line's numbering marker run into the capital word after it ("1.Tiết", "2.3.Vận", "b)Chăn"): a table's group
      // row so read is no group row, and its children are summed with the rows of the group.
      const lead = i === 0 || p.words[i - 1].line !== w.line ? GLUED_MARKER.exec(w.text) : null;
      if (lead) {
        // Set a word space apart (a third of the line's height), or the line builder glues the pieces again.
        const [marker, word] = share(w, [lead[1], lead[2]]);
        const gap = Math.round(w.height / 3);
        p.words.splice(i, 1, marker, { ...word, left: word.left + gap, width: Math.max(1, word.width - gap) });
        i++;
        split++;
        continue;
      }
      if (/\d/u.test(w.text)) continue;
      const m = /^([\p{L}%]+?)([.,;:)]?)$/u.exec(w.text);
      const pieces = m ? caseChangePieces(m[1]) : null;
      if (!m || !pieces) continue;
      pieces[pieces.length - 1] += m[2];
      p.words.splice(i, 1, ...share(w, pieces));
      i += pieces.length - 1;
      split++;
    }
  }
  return split;
}

/** A word closing on a stop, comma, colon, semicolon or bracket ("(-27,6%).", "đồng,"). */
const CLOSES = /[.,;:)]$/u;

/**
 * Keep the space Tesseract saw between a word that closes on a stop or comma and the word of letters after it on the
 * same line: its box for the first may reach over the second ("(-27,6%)." drawn 90 px into "Nếu"), and the line
 * builder then runs the two together ("%).Nếu"), so two sentences read as one. The first box is cut back to a word space
 * (a third of the line's height) before the second. Returns how many were cut.
 */
export function keepSpaceAfterStops(pages: OcrPage[]): number {
  let cut = 0;
  for (const p of pages) {
    for (let i = 0; i + 1 < p.words.length; i++) {
      const [w, next] = [p.words[i], p.words[i + 1]];
      if (w.line !== next.line || !CLOSES.test(w.text) || !/^\p{L}/u.test(next.text)) continue;
      const end = next.left - Math.round(Math.max(w.height, next.height) / 3);
      if (w.left + w.width <= end || end <= w.left) continue;
      w.width = end - w.left;
      cut++;
    }
  }
  return cut;
}
