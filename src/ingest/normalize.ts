/**
 * Vietnamese text normalisation shared by every ingester and by matching.
 */

/** NFC, "Ð" (U+00D0, Icelandic eth) → "Đ", non-breaking and odd spaces → space, collapsed runs of spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200C\u200D\uFEFF\u00AD]/g, '')
    .replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' '))
    .trim();
}

/** Old-style tone placement on the second vowel of oa/oe/uy → new style, as NFC syllables ("hoà" → "hòa"). */
const TONE_MOVES: Array<[RegExp, string]> = [];
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
for (const tone of TONES) {
  for (const [a, b] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y']]) {
    // "oà" (tone on second vowel, syllable-final) → "òa"
    TONE_MOVES.push([new RegExp(`${a}${(b + tone).normalize('NFC')}(?![\\p{L}])`, 'gu'), `${(a + tone).normalize('NFC')}${b}`]);
  }
}

/** Unify tone placement so "hoà"/"hòa", "thuý"/"thúy", "uỷ"/"ủy" compare equal (NFC in, NFC out). */
export function unifyTones(s: string): string {
  let out = s.normalize('NFC');
  for (const [re, to] of TONE_MOVES) out = out.replace(re, to);
  return out;
}

/** A key for matching labels and place names: NFC, unified tones, lower case, single spaces. */
export function foldKey(s: string): string {
  return unifyTones(normalizeText(s)).toLowerCase().replace(/\s+/g, ' ');
}

/** Strip every diacritic (and đ → d): for loose matching only, never for display. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
