/**
 * How Vietnamese a decoded text reads: the share of its words found in a
 * Vietnamese syllable list.
 *
 * Why a syllable list rather than a bad-character ratio: every candidate
 * decoding of legacy bytes yields "valid" characters — TCVN3 read as
 * Windows-1258 is as clean as the real thing to a character counter — but
 * only the right one spells syllables ("báo cáo" vs "b¸o c¸o" vs "baựo").
 * The list is hunspell's Vietnamese dictionary (npm dictionary-vi), loaded
 * once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unifyTones } from '../text/normalize.js';
/** Characters scored per candidate: enough to decide, cheap on long reports. */
const SAMPLE_CHARS = 20_000;
let syllables = null;
/** The list's syllables by their bare letters (`bareLetters`), built with the list. */
let byLetters = null;
/**
 * The syllable list, lower-cased with unified tone placement. Loaded on first use, never at import.
 * Each step runs once over the whole file (40 KB, one syllable a line, no affix flags) rather than a
 * word at a time: lower case, tone placement (its moves end at a syllable's end, and a line break
 * ends one as the end of a word does) and the bare letters of `syllablesLike` (marks taken off the
 * decomposed text, line breaks untouched, so its lines stay the syllables' lines).
 */
function loadSyllables() {
    if (syllables)
        return syllables;
    // The package exports only its JS entry (which awaits at top level), so find the .dic next to it.
    const entry = createRequire(import.meta.url).resolve('dictionary-vi');
    const lower = readFileSync(join(dirname(entry), 'index.dic'), 'utf8').toLowerCase();
    const words = unifyTones(lower).split('\n');
    const bare = bareLetters(lower).split('\n');
    syllables = new Set();
    byLetters = new Map();
    // The first line is the count of words.
    for (let i = 1; i < words.length; i++) {
        const word = words[i].split('/')[0].trim();
        if (!word || syllables.has(word))
            continue;
        syllables.add(word);
        const k = bare.length === words.length ? bare[i].split('/')[0].trim() : bareLetters(word);
        const list = byLetters.get(k);
        if (list)
            list.push(word);
        else
            byLetters.set(k, [word]);
    }
    return syllables;
}
/** Score the first 20 000 characters of a text against the syllable list. */
export function scoreVietnamese(text) {
    const known = loadSyllables();
    const sample = unifyTones(text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase());
    let words = 0;
    let hits = 0;
    for (const [word] of sample.matchAll(/[\p{L}\p{M}]+/gu)) {
        words += 1;
        if (known.has(word))
            hits += 1;
    }
    return { score: words ? hits / words : 0, words, hits };
}
/** A word's letters without tone or vowel marks, lower case ("Ưu" → "uu"), đ kept apart. */
const bareLetters = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');
/** Whether a word (any case) is a Vietnamese syllable of the list. */
export function isSyllable(word) {
    return loadSyllables().has(unifyTones(word.normalize('NFC').toLowerCase()));
}
/** The syllables of the list spelled with the same letters as `word` once tone and vowel marks are set aside ("uu" → ["ưu"]). */
export function syllablesLike(word) {
    loadSyllables();
    return byLetters.get(bareLetters(word)) ?? [];
}
//# sourceMappingURL=legacy-score.js.map