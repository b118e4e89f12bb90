/**
 * The OCR confidence of each figure: the lowest confidence of the words its characters came from
 * (a number is as sure as its least sure part). Figures of typed text have none.
 */
import type { Figure, Source } from '../model/index.js';

/** Set `ocrConfidence` on every figure read from an OCR'd block. */
export function attachFigureConfidence(figures: Figure[], source: Source): void {
  if (!source.ocrPages?.length) return;
  for (const f of figures) {
    const words = source.blocks[f.block]?.ocr?.words;
    if (!words) continue;
    let low = Infinity;
    for (const w of words) if (w.start < f.span.end && w.end > f.span.start && w.conf < low) low = w.conf;
    // A figure whose words could not be placed (the block builder rewrote them) takes its block's confidence.
    f.ocrConfidence = low !== Infinity ? low : source.blocks[f.block].ocr!.confidence;
  }
}

// ——— unsure words ———
// Unsure: a word that holds a digit, or is a numbering marker ("II.", "b)"), read with confidence under `UNSURE_BELOW`,
// or a digit run with a letter OCR often confuses with a digit inside it ("1O5", "l5", "S0"), or a word whose second
// reading (cut out of the page and read again, ingest/ocr-reread.ts) gave other digits.

/** Tesseract confidence (0–100) under which a digit or marker may be misread. */
export const UNSURE_BELOW = 85;

const MARKER = /^(?:[IVXLC]{1,6}|[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.),_:-]*$/u;
const CONFUSABLE = /\d[OolISB]|[OolISB]\d/u;

export interface Unsure { start: number; end: number; text: string; conf: number; alt?: string }

/** The unsure words of a source's OCR'd blocks, in text order. */
export function unsureWords(source: Source): Unsure[] {
  const out: Unsure[] = [];
  for (const b of source.blocks) {
    for (const w of b.ocr?.words ?? []) {
      const text = source.text.slice(w.start, w.end);
      const digitish = /\d/.test(text) || MARKER.test(text);
      if ((digitish && w.conf < UNSURE_BELOW) || CONFUSABLE.test(text) || w.alt !== undefined) out.push({ ...w, text });
    }
  }
  return out;
}
