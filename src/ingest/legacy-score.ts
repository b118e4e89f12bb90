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

let syllables: Set<string> | null = null;

/** The syllable list, lower-cased with unified tone placement. */
function loadSyllables(): Set<string> {
  if (syllables) return syllables;
  // The package exports only its JS entry (which awaits at top level), so find the .dic next to it.
  const entry = createRequire(import.meta.url).resolve('dictionary-vi');
  const lines = readFileSync(join(dirname(entry), 'index.dic'), 'utf8').split('\n').slice(1);
  syllables = new Set();
  for (const line of lines) {
    const word = line.split('/')[0].trim();
    if (word) syllables.add(unifyTones(word.toLowerCase()));
  }
  return syllables;
}

/** How Vietnamese a text reads: `hits` of its `words` (letter runs) are in the syllable list; `score` is their share, 0 without words. */
export interface VietnameseScore {
  score: number;
  words: number;
  hits: number;
}

/** Score the first 20 000 characters of a text against the syllable list. */
export function scoreVietnamese(text: string): VietnameseScore {
  const known = loadSyllables();
  const sample = unifyTones(text.slice(0, SAMPLE_CHARS).normalize('NFC').toLowerCase());
  let words = 0;
  let hits = 0;
  for (const [word] of sample.matchAll(/[\p{L}\p{M}]+/gu)) {
    words += 1;
    if (known.has(word)) hits += 1;
  }
  return { score: words ? hits / words : 0, words, hits };
}

let byLetters: Map<string, string[]> | null = null;

/** A word's letters without tone or vowel marks, lower case ("Ưu" → "uu"), đ kept apart. */
const bareLetters = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');

/** Whether a word (any case) is a Vietnamese syllable of the list. */
export function isSyllable(word: string): boolean {
  return loadSyllables().has(unifyTones(word.normalize('NFC').toLowerCase()));
}

/** The syllables of the list spelled with the same letters as `word` once tone and vowel marks are set aside ("uu" → ["ưu"]). */
export function syllablesLike(word: string): string[] {
  if (!byLetters) {
    byLetters = new Map();
    for (const s of loadSyllables()) {
      const k = bareLetters(s);
      const list = byLetters.get(k);
      if (list) list.push(s);
      else byLetters.set(k, [s]);
    }
  }
  return byLetters.get(bareLetters(word)) ?? [];
}
