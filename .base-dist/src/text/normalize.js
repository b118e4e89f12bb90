/**
 * Vietnamese text normalisation shared by every stage (ingest, extract, rules, report).
 * Neutral: imports no stage module.
 */
import { memoMap } from './memo.js';
// Characters normalizeText maps: eth → Đ/đ, odd spaces → space, invisible ones → nothing.
const ODD_CHARS = /[\u00D0\u00F0\u00A0\u00AD\u2000-\u200D\u202F\u205F\u3000\uFEFF]/g;
const ODD_TO = { '\u00D0': 'Đ', '\u00F0': 'đ', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '' };
// A number grouped by no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) spaces between a
// 1–3 digit lead and groups of exactly three digits ("3 786", "12 345 000"): the typist's deliberate
// thousands grouping, never two numbers. Its spaces are kept as U+00A0 so extract reads one number.
const NO_BREAK_SPACES = /[\u00A0\u202F\u2009]/g;
const ODD_OR_GROUPED = new RegExp(String.raw `(?<![\d.,])\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d)|${ODD_CHARS.source}`, 'g');
/**
 * NFC, "Ð" (U+00D0, Icelandic eth) → "Đ", non-breaking and odd spaces → space (except between the
 * digit groups of a no-break-grouped number: one U+00A0), collapsed runs of spaces.
 */
export function normalizeText(s) {
    // One pass per concern; a run of spaces and tabs becomes one tab when it holds one, else one
    // space. Each run is matched once: `[ \t]*\t[ \t]*` rescanned a run of spaces holding no tab
    // from each of its spaces (100,000 spaces: 41 s).
    return s
        .normalize('NFC')
        .replace(ODD_OR_GROUPED, (m) => (m.length > 1 ? m.replace(NO_BREAK_SPACES, '\u00A0') : ODD_TO[m] ?? ' '))
        .replace(/[ \t]{2,}/g, (run) => (run.includes('\t') ? '\t' : ' '))
        .trim();
}
/** Old-style tone placement on the second vowel of oa/oe/uy → new style, as NFC syllables ("hoà" → "hòa"). */
const TONE_MOVES = new Map();
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
for (const tone of TONES) {
    for (const [a, b] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y']]) {
        // "oà" (tone on second vowel, syllable-final) → "òa"
        TONE_MOVES.set(`${a}${(b + tone).normalize('NFC')}`, `${(a + tone).normalize('NFC')}${b}`);
    }
}
// Every move in one pass: matches end at a syllable's end, so they never overlap, and a
// moved tone never makes a new match.
const TONE_MOVE = new RegExp(`(?:${[...TONE_MOVES.keys()].join('|')})(?![\\p{L}])`, 'gu');
/** Unify tone placement so "hoà"/"hòa", "thuý"/"thúy", "uỷ"/"ủy" compare equal (NFC in, NFC out). */
export function unifyTones(s) {
    return s.normalize('NFC').replace(TONE_MOVE, (m) => TONE_MOVES.get(m));
}
// Keys of short strings (labels, names: the same few hundred come back per document), kept until the map fills.
const FOLDED = memoMap();
/** A key for matching labels and place names: NFC, unified tones, lower case, single spaces. */
export function foldKey(s) {
    if (s.length > 200)
        return unifyTones(normalizeText(s)).toLowerCase().replace(/\s+/g, ' ');
    let key = FOLDED.get(s);
    if (key === undefined) {
        if (FOLDED.size >= 20000)
            FOLDED.clear();
        FOLDED.set(s, (key = unifyTones(normalizeText(s)).toLowerCase().replace(/\s+/g, ' ')));
    }
    return key;
}
/** Strip every diacritic (and đ → d): for loose matching only, never for display. */
export function stripDiacritics(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Digits → superscript digits ("12" → "¹²"): footnote marks that must never read as numbers. */
export function toSuperscript(s) {
    return s.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}
/** Old-style tone placement of a text's oa/oe/uy syllables ("hòa" → "hoà"): the inverse of unifyTones. */
export function oldStyleTones(s) {
    return unifyTones(s).replace(OLD_STYLE_MOVE, (m) => OLD_STYLE.get(m));
}
const OLD_STYLE = new Map([...TONE_MOVES].map(([from, to]) => [to, from]));
const OLD_STYLE_MOVE = new RegExp(`(?:${[...OLD_STYLE.keys()].join('|')})(?![\\p{L}])`, 'gu');
//# sourceMappingURL=normalize.js.map