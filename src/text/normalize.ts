/**
 * Vietnamese text normalisation shared by every stage (ingest, extract, rules, report).
 * Neutral: imports no stage module.
 */
import { memoMap, MEMO_KEY_MAX, remembered } from './memo.js';

// Characters normalizeText maps: eth → Đ/đ, odd spaces → space, invisible ones → nothing.
const ODD_CHARS = /[\u00D0\u00F0\u00A0\u00AD\u2000-\u200D\u202F\u205F\u3000\uFEFF]/g;
const ODD_TO: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '' };

// A number grouped by no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) spaces between a
// 1–3 digit lead and groups of exactly three digits ("3 786", "12 345 000"): the typist's deliberate
// thousands grouping, never two numbers. Its spaces are kept as U+00A0 so extract reads one number.
const NO_BREAK_SPACES = /[\u00A0\u202F\u2009]/g;
const ODD_OR_GROUPED = new RegExp(String.raw`(?<![\d.,])\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d)|${ODD_CHARS.source}`, 'g');

/**
 * NFC, "Ð" (U+00D0, Icelandic eth) → "Đ", non-breaking and odd spaces → space (except between the
 * digit groups of a no-break-grouped number: one U+00A0), collapsed runs of spaces.
 */
export function normalizeText(s: string): string {
  // One pass per concern; a run of spaces and tabs becomes one tab when it holds one, else one
  // space. Each run is matched once: `[ \t]*\t[ \t]*` rescanned a run of spaces holding no tab
  // from each of its spaces (100,000 spaces: 41 s). Each replacement runs only when the text holds
  // what it could replace (a label or a name mostly holds neither: the grouped-number pattern opens
  // with a lookbehind, so it is tried at every index, where the test is one scan of a character class).
  let t = s.normalize('NFC');
  if (ODD_CHAR.test(t)) t = t.replace(ODD_OR_GROUPED, (m) => (m.length > 1 ? m.replace(NO_BREAK_SPACES, '\u00A0') : ODD_TO[m] ?? ' '));
  if (SPACE_RUN.test(t)) t = t.replace(/[ \t]{2,}/g, (run) => (run.includes('\t') ? '\t' : ' '));
  return t.trim();
}
// Every match of ODD_OR_GROUPED holds one of ODD_CHARS (the grouping spaces are among them); every run replaced, two of " \t".
const ODD_CHAR = new RegExp(ODD_CHARS.source);
const SPACE_RUN = /[ \t]{2}/;

/** Old-style tone placement on the second vowel of oa/oe/uy → new style, as NFC syllables ("hoà" → "hòa"). */
const TONE_MOVES = new Map<string, string>();
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
export function unifyTones(s: string): string {
  const t = s.normalize('NFC');
  return TONE_PAIR.test(t) ? t.replace(TONE_MOVE, (m) => TONE_MOVES.get(m)!) : t;
}
// What every move holds, without the lookahead: most text holds none of them, and the test is cheaper than the replace.
const TONE_PAIR = new RegExp(`(?:${[...TONE_MOVES.keys()].join('|')})`, 'u');

// Keys of short strings (labels, names: the same few hundred come back per document), kept until the map fills.
const FOLDED = memoMap<string, string>();

/** A key for matching labels and place names: NFC, unified tones, lower case, single spaces. */
export function foldKey(s: string): string {
  return s.length > MEMO_KEY_MAX ? foldOnce(s) : remembered(FOLDED, s, foldOnce);
}
function foldOnce(s: string): string {
  return singleSpaced(unifyTones(normalizeText(s)).toLowerCase());
}

// Every run of white space as one space. A text whose only white space is single spaces is already so: the test (two
// white-space characters in a row, or one that is not a space) spares the copy the replace makes of nearly every label.
const WIDE_SPACE = /\s\s|[^\S ]/;
export function singleSpaced(s: string): string {
  return WIDE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Strip every diacritic (and đ → d): for loose matching only, never for display. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

// A metric length symbol raised to a power: "m²", "km²", "dm³", "cm²", also "m2", "km3" typed flat.
const AREA_VOLUME = /(?<![\p{L}\d])([kdc]?m)([²³])(?![\p{L}\d])/gu;

/**
 * A unit of area or volume written with a superscript ("m²", "km²", "m³", "người/km²") in the flat form the lexicon and
 * the reports also use ("m2", "km2", "m3"), so the two spellings are one unit; every other text is returned unchanged.
 */
export function flatPowers(unit: string): string {
  return unit.includes('²') || unit.includes('³') ? unit.replace(AREA_VOLUME, (_, m: string, p: string) => m + (p === '²' ? '2' : '3')) : unit;
}

/** Digits → superscript digits ("12" → "¹²"): footnote marks that must never read as numbers. */
export function toSuperscript(s: string): string {
  return s.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** Old-style tone placement of a text's oa/oe/uy syllables ("hòa" → "hoà"): the inverse of unifyTones. */
export function oldStyleTones(s: string): string {
  return unifyTones(s).replace(OLD_STYLE_MOVE, (m) => OLD_STYLE.get(m)!);
}
const OLD_STYLE = new Map([...TONE_MOVES].map(([from, to]) => [to, from]));
const OLD_STYLE_MOVE = new RegExp(`(?:${[...OLD_STYLE.keys()].join('|')})(?![\\p{L}])`, 'gu');

/** Whether `text` closes every bracket it opens and closes none it did not open: a span that stays at one bracket depth. */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
