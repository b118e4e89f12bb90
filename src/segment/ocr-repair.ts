/**
 * Numbering markers OCR misread, put right by the numbering itself: Tesseract reads a Roman "III."
 * as "II." (or an arabic "3." as "2.") often enough, and with low confidence. When an unsure marker
 * repeats its previous sibling's number and the next sibling carries on as if it had not
 * ("II.", "II.", "IV."), the marker was the missing number; the last of a list is repaired too. An arabic one is
 * repaired only when its second reading reads the next number. A Roman marker of strokes only is never repaired: its
 * strokes were counted in the image. Only markers of OCR'd blocks read with
 * confidence under `UNSURE_BELOW` are touched; a sure duplicate stays for heading-numbering.
 */
import type { Section, Source } from '../model/index.js';
import { parseRoman, toRoman } from './numbering.js';

/** Tesseract confidence (0–100) under which a marker may be misread (as in rules/ocr-caution.ts). */
const UNSURE_BELOW = 85;

// A lower-case Roman marker ("(ii)", "iii.") is read and written in lower case.
const lower = (s: Section) => s.key !== s.key.toUpperCase();
const valueOf = (s: Section): number | null =>
  s.style === 'roman' ? parseRoman(s.key.toUpperCase()) : s.style === 'arabic' && /^\d{1,2}$/.test(s.key) ? Number(s.key) : null;
const write = (s: Section, n: number): string => (s.style === 'roman' ? (lower(s) ? toRoman(n).toLowerCase() : toRoman(n)) : String(n));

/** The confidence of the word a heading's block starts with (its marker), or null for typed text. */
function markerConfidence(source: Source, s: Section): number | null {
  const words = source.blocks[s.block]?.ocr?.words;
  return words && words.length ? words[0].conf : null;
}

/** Whether the second reading of a heading's marker word (ingest/ocr-reread.ts) gives the number `n`. */
function secondReadingIs(source: Source, s: Section, n: number): boolean {
  const alt = source.blocks[s.block]?.ocr?.words[0]?.alt;
  return alt !== undefined && alt.replace(/\D+/gu, '') === String(n);
}

/** Repair misread markers in place; returns how many were repaired. Paths are rebuilt after. */
export function repairOcrNumbers(sections: Section[], source: Source): number {
  if (!source.ocrPages?.length) return 0;
  const siblings = new Map<string, Section[]>();
  for (const s of sections) {
    const k = `${s.parent ?? -1}|${s.style}`;
    const list = siblings.get(k);
    if (list) list.push(s);
    else siblings.set(k, [s]);
  }
  let repaired = 0;
  for (const list of siblings.values()) {
    for (let i = 1; i < list.length; i++) {
      const s = list[i];
      const prev = valueOf(list[i - 1]);
      const here = valueOf(s);
      const next = i + 1 < list.length ? valueOf(list[i + 1]) : null;
      const conf = markerConfidence(source, s);
      if (prev === null || here !== prev || conf === null || conf >= UNSURE_BELOW) continue;
      if (i + 1 < list.length && next !== prev + 2) continue;
      // A Roman marker of upright strokes only closed by a stop or bracket ("II.", "II)") has its strokes counted in the
      // image (ingest/ocr.ts recountRomanMarkers), so its number is what the page shows, wherever it stands in its list
      // (a report that types "I., II., II., IV." repeats "II." on the page): a duplicate heading-numbering may judge (a
      // warning there, its marker being unsure). A marker with a dash after it ("II -") is repaired as before (measured:
      // holdout59 reads a "III -" as "II -").
      if (s.style === 'roman' && /^I{1,3}$/u.test(s.key) && /^I{1,3}[.)]$/u.test(s.number.trim())) continue;
      // So is an arabic one, read a second time as every word with a digit is: unless that reading gives the next number
      // ("2." read again "3."), the page shows the number repeated, and a duplicate the report typed must not be renumbered
      // away (heading-numbering reports it, a warning while its marker is unsure), at the end of its list or before a
      // sibling that skips one ("2.", "2.", "4.": a report's duplicate and skip read as typed twice over).
      if (s.style === 'arabic' && !secondReadingIs(source, s, prev + 1)) continue;
      const key = write(s, prev + 1);
      s.number = s.number.replace(s.key, key);
      s.key = key;
      repaired++;
    }
  }
  if (repaired) for (const s of sections) s.path = s.parent === null ? [s.key] : [...sections[s.parent].path, s.key];
  return repaired;
}
