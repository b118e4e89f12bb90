/**
 * The number systems of report headings: Roman numerals, the Vietnamese letter
 * sequence and the ordinal words of parts ("thứ nhất", "thứ hai", …), and a
 * heading's place in its own sequence read from (and written back into) its key.
 */
import { ORDINAL_HEADING_CARDINALS } from '../text/lexicon.js';
/** Letters in Vietnamese alphabetical order: no f, j, w, z, and "đ" follows "d". */
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** Capital letters in Vietnamese alphabetical order, for "A.", "B." headings and "PHẦN A". */
export const VIETNAMESE_CAPITALS = VIETNAMESE_LETTERS.toUpperCase();
/** Latin letters outside the Vietnamese alphabet that reports still use as list markers. */
export const FOREIGN_LETTERS = 'fjwz';
const ROMAN_VALUES = { I: 1, V: 5, X: 10, L: 50 };
const ROMAN_DIGITS = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
/** Ordinal words of "Phần thứ …", lower case. */
const PART_ORDINALS = {
    'nhất': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5,
    'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};
/** Value of a canonical Roman numeral up to 49 ("XIV" → 14), null for anything else ("IIII", "VX"). */
export function parseRoman(s) {
    let value = 0;
    for (let i = 0; i < s.length; i++) {
        const here = ROMAN_VALUES[s[i]];
        const next = ROMAN_VALUES[s[i + 1]] ?? 0;
        if (here === undefined)
            return null;
        value += here < next ? -here : here;
    }
    // Only the canonical spelling counts, so stray capitals are not read as numerals.
    return value > 0 && value < 50 && toRoman(value) === s ? value : null;
}
/** Canonical Roman numeral of 1…49. */
export function toRoman(n) {
    let out = '';
    let rest = n;
    for (const [value, digits] of ROMAN_DIGITS) {
        while (rest >= value) {
            out += digits;
            rest -= value;
        }
    }
    return out;
}
/** 1-based position of a list letter in Vietnamese order; foreign letters (f, j, w, z) sort after "y". */
export function letterOrdinal(letter) {
    const i = VIETNAMESE_LETTERS.indexOf(letter);
    if (i >= 0)
        return i + 1;
    return VIETNAMESE_LETTERS.length + 1 + FOREIGN_LETTERS.indexOf(letter);
}
/** Value of a part number as written after "Phần" or "Mục": "I", "2", "A", "thứ hai" or "thứ II"; null when unknown. */
export function parsePartNumber(s) {
    const ordinal = /^thứ\s+(\p{L}+|\d{1,2})$/iu.exec(s);
    if (ordinal)
        return PART_ORDINALS[ordinal[1].toLowerCase()] ?? parseRoman(ordinal[1]) ?? (/^\d+$/.test(ordinal[1]) ? Number(ordinal[1]) || null : null);
    if (/^\d{1,2}$/.test(s))
        return Number(s) || null;
    const roman = parseRoman(s);
    if (roman !== null || s.length !== 1)
        return roman;
    return VIETNAMESE_CAPITALS.indexOf(s) + 1 || null;
}
/** The words "là" follows in "Một là", "Hai là" …: the cardinal numbers one to ten. */
const CARDINAL_WORDS = Object.fromEntries(ORDINAL_HEADING_CARDINALS.map((w, i) => [w, i + 1]));
/** Place of an ordinal word heading: "Thứ nhất" → 1, "thứ tư" → 4, "Hai là" → 2; null for anything else. */
export function parseOrdinalWords(key) {
    const k = key.toLowerCase().replace(/\s+/gu, ' ');
    const ordinal = /^thứ (\p{L}+)$/u.exec(k);
    if (ordinal)
        return PART_ORDINALS[ordinal[1]] ?? null;
    const cardinal = /^(\p{L}+) là$/u.exec(k);
    return cardinal ? CARDINAL_WORDS[cardinal[1]] ?? null : null;
}
/** An ordinal word heading's key with another place, written like `like` ("Thứ hai" → "Thứ ba", "HAI LÀ" → "BA LÀ"). */
function writeOrdinalWords(like, ordinal) {
    const upper = like === like.toUpperCase();
    const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1);
    let out;
    if (/^thứ\s/iu.test(like)) {
        const word = Object.keys(PART_ORDINALS).find((w) => PART_ORDINALS[w] === ordinal && w !== 'bốn') ?? String(ordinal);
        out = `Thứ ${word}`;
    }
    else {
        const word = Object.keys(CARDINAL_WORDS).find((w) => CARDINAL_WORDS[w] === ordinal) ?? String(ordinal);
        out = `${capital(word)} là`;
    }
    return upper ? out.toUpperCase() : out;
}
/** A part number written the way `like` is ("thứ hai" → ordinal 3 as "thứ ba", "II" → "III", "B" → "C"). */
export function writePartNumber(like, ordinal) {
    const numeral = /^(thứ\s+)(\S+)$/iu.exec(like);
    if (numeral && PART_ORDINALS[numeral[2].toLowerCase()] === undefined)
        return numeral[1] + writePartNumber(numeral[2], ordinal);
    const words = /^(thứ\s+)\p{L}+$/iu.exec(like);
    if (words) {
        const word = Object.keys(PART_ORDINALS).find((w) => PART_ORDINALS[w] === ordinal && w !== 'bốn') ?? String(ordinal);
        const upper = like === like.toUpperCase();
        return upper ? `${words[1]}${word}`.toUpperCase() : `${words[1]}${word}`;
    }
    if (/^\d+$/.test(like))
        return String(ordinal);
    if (parseRoman(like) !== null)
        return toRoman(ordinal);
    return VIETNAMESE_CAPITALS[ordinal - 1] ?? String(ordinal);
}
/** The place of an appendix in its sequence, from its key ("PHỤ LỤC 2" → 2, "Phụ lục II" → 2), or null. */
export function parseAppendixNumber(key) {
    const n = /\s(\S+)$/u.exec(key.replace(/^(PHỤ LỤC|Phụ lục)/u, ''))?.[1];
    return n ? (parseRoman(n) ?? (/^\d+$/.test(n) ? Number(n) : null)) : null;
}
// ——— a heading's place in its sequence ———
/** The Latin alphabet, for documents that letter their items a, b, c … without đ. */
export const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Place of a heading in its own sequence (1-based), read from its key. */
export function headingOrdinal(s, alphabet) {
    if (s.style === 'title')
        return null;
    if (s.style === 'letter' || s.style === 'capital')
        return alphabet.indexOf(s.key.toLowerCase()) + 1 || null;
    if (s.style === 'roman')
        return parseRoman(s.key.toUpperCase());
    if (s.style === 'part' || s.style === 'muc')
        return parsePartNumber(s.key.replace(/^\S+\s+/u, ''));
    if (s.style === 'ordinal')
        return parseOrdinalWords(s.key);
    if (s.style === 'appendix')
        return parseAppendixNumber(s.key);
    const end = s.key.split('.').at(-1) ?? '';
    // "II.1.a": a multi-level number closed by a letter counts by the alphabet.
    if (/^\p{Ll}$/u.test(end))
        return alphabet.indexOf(end) + 1 || null;
    const last = Number(end);
    return Number.isFinite(last) ? last : null;
}
/** The number a heading should have carried, written like the one it has ("2.5.", "đ)", "III."). */
export function writeHeadingNumber(s, ordinal, alphabet) {
    // What is written around the key: "(" before "ii" in "(ii)", ")" or "." after it.
    const at = Math.max(0, s.number.indexOf(s.key));
    const head = s.number.slice(0, at);
    return head + writeKeyNumber(s, ordinal, alphabet, s.number.slice(at + s.key.length));
}
function writeKeyNumber(s, ordinal, alphabet, tail) {
    if (s.style === 'letter')
        return alphabet[ordinal - 1] + tail;
    if (s.style === 'capital')
        return alphabet[ordinal - 1].toUpperCase() + tail;
    if (s.style === 'part' || s.style === 'muc') {
        const [word, ...rest] = s.key.split(' ');
        return `${word} ${writePartNumber(rest.join(' '), ordinal)}${tail}`;
    }
    if (s.style === 'ordinal')
        return writeOrdinalWords(s.key, ordinal) + tail;
    if (s.style === 'roman')
        return (/^[ivxl]+$/u.test(s.key) ? toRoman(ordinal).toLowerCase() : toRoman(ordinal)) + tail;
    if (s.style === 'multi') {
        const parts = s.key.split('.');
        const end = /^\p{Ll}$/u.test(parts.at(-1) ?? '') ? (alphabet[ordinal - 1] ?? String(ordinal)) : String(ordinal);
        return parts.slice(0, -1).concat(end).join('.') + tail;
    }
    if (s.style === 'arabic')
        return String(ordinal) + tail;
    if (s.style === 'appendix')
        return s.key.replace(/\S+$/u, /^[IVXL]+$/.test(s.key.split(' ').at(-1) ?? '') ? toRoman(ordinal) : String(ordinal));
    return String(ordinal);
}
//# sourceMappingURL=numbering.js.map