/**
 * Counted nouns and measure units: the words that make the number before them a
 * quantity. They tell "7/7 thôn" (a fraction) from "đến 15/10" (a date), and
 * "ba mươi hộ" (a count) from "thứ ba" (a weekday). A closed list on purpose:
 * any lowercase word after a number is not a counted noun ("đến 15/10 hoàn thành").
 */
import { COUNTED_NOUNS, spellings } from '../text/lexicon.js';
const SET = new Set(COUNTED_NOUNS.flatMap(spellings));
/** Acronyms counted as things: "TTHC", "CBCC", "HS". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The counted noun or unit starting at `at` (after optional spaces), as written; null when none. */
export function countedNounAt(text, at) {
    const m = /^[ \u00A0\u202F]?((?:\p{L}+)(?: \p{L}+){0,3})/u.exec(text.slice(at, at + 40));
    if (!m)
        return null;
    const words = m[1].split(' ');
    if (ACRONYM.test(words[0]))
        return words[0];
    for (let n = Math.min(3, words.length); n >= 1; n--) {
        const phrase = words.slice(0, n).join(' ').toLowerCase();
        if (SET.has(phrase) && (n > 1 || !/^\p{Lu}\p{Ll}/u.test(words[0]) || at === 0))
            return words.slice(0, n).join(' ');
    }
    return null;
}
//# sourceMappingURL=counted.js.map