/**
 * OCR caution: a finding that rests on characters Tesseract was unsure of is reported as a warning
 * that says so, never as an error. Applied after the rules, like severity options: rules judge the
 * text as read; this step knows how the text was read.
 *
 * Unsure: a word that holds a digit, or is a numbering marker ("II.", "b)"), read with confidence
 * under `UNSURE_BELOW`, or a digit run with a letter OCR often confuses with a digit inside it
 * ("1O5", "l5", "S0"). Such a word inside any evidence passage of an error turns it into a warning.
 */
import type { Finding, Source } from '../model/index.js';
import { unsureWords } from '../extract/ocr-confidence.js';

/** Downgrade the errors whose evidence holds an unsure OCR word; other findings are returned as they are. */
export function cautionOcr(findings: Finding[], source: Source): Finding[] {
  if (!source.ocrPages?.length) return findings;
  const unsure = unsureWords(source);
  if (unsure.length === 0) return findings;
  return findings.map((f) => {
    if (f.severity !== 'error') return f;
    const hit = unsure.find((u) => f.evidence.some((e) => u.start < e.span.end && u.end > e.span.start));
    if (!hit) return f;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message} (đọc bằng OCR: "${hit.text}" có thể bị nhận dạng sai, độ tin cậy ${Math.round(hit.conf)}%)`,
      data: { ...f.data, ocrUnsure: hit.text, ocrConfidence: Math.round(hit.conf) },
    };
  });
}
