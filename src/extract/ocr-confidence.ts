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
