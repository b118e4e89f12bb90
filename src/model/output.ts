import { z } from 'zod';
import { FigureKind } from './figure.js';
import { Severity } from './finding.js';
import { FileError, Format } from './source.js';
import { DocumentMeta } from './meta.js';

/** Position fields as the CLI prints them. */
const Where = { line: z.number().int().nullable(), page: z.number().int().nullable() };

export const SectionOut = z.object({
  number: z.string(), title: z.string(), level: z.number().int(), path: z.array(z.string()), ...Where,
});
export const FigureOut = z.object({
  raw: z.string(), kind: FigureKind, value: z.number(),
  numerator: z.number().nullable(), denominator: z.number().nullable(), percent: z.number().nullable(),
  unit: z.string().nullable(), label: z.string().nullable(), ...Where, text: z.string(),
  /** For a figure read by OCR: the confidence (0–100) of its least sure word; absent for typed text. */
  confidence: z.number().optional(),
});
/** `offset`: where the quote starts in `text` (characters); null when unknown (findings stored before offsets were kept). */
export const EvidenceOut = z.object({ text: z.string(), quote: z.string(), offset: z.number().int().nonnegative().nullable(), ...Where });
export const FindingOut = z.object({
  rule: z.string(), severity: Severity, messageId: z.string(), message: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  section: z.string(), evidence: z.array(EvidenceOut), suggestion: z.string().nullable(),
});

export type SectionOut = z.infer<typeof SectionOut>;
export type FigureOut = z.infer<typeof FigureOut>;
export type EvidenceOut = z.infer<typeof EvidenceOut>;

/**
 * Where an evidence's quote starts in its text: the stored offset when it still points at the quote,
 * else the first equal text (older findings), else -1.
 */
export function quoteOffset(e: { text: string; quote: string; offset?: number | null }): number {
  if (e.offset !== null && e.offset !== undefined && e.text.startsWith(e.quote, e.offset)) return e.offset;
  return e.text.indexOf(e.quote);
}
export type FindingOut = z.infer<typeof FindingOut>;

export const IndicatorOut = z.object({
  section_path: z.string(), name: z.string(), key: z.string().nullable(), match_score: z.number().nullable(),
  value: z.number().nullable(), unit: z.string().nullable(), numerator: z.number().nullable(), denominator: z.number().nullable(),
  percent: z.number().nullable(), target: z.number().nullable(), cumulative: z.number().nullable(),
  period_start: z.string().nullable(), period_end: z.string().nullable(), ...Where, text: z.string(),
});
export type IndicatorOut = z.infer<typeof IndicatorOut>;

/** One document of `audit --format json`. */
export const DocumentOut = z.object({
  source: z.string(),
  format: Format.nullable(),
  sha256: z.string().nullable(),
  encoding: z.string().nullable(),
  meta: DocumentMeta.nullable(),
  sections: z.array(SectionOut),
  figures: z.array(FigureOut),
  indicators: z.array(IndicatorOut),
  findings: z.array(FindingOut),
  error: FileError.nullable(),
});
export type DocumentOut = z.infer<typeof DocumentOut>;

/** A block's text and origin, for renderers that show the document itself (html); not printed by `--format json`. */
export const BlockOut = z.object({ text: z.string(), ...Where });
export type BlockOut = z.infer<typeof BlockOut>;

/** A document as `audit({ blocks: true })` returns it: the JSON form plus, when asked, its blocks. */
export type DocumentView = DocumentOut & { blocks?: BlockOut[] };

/** The whole object `audit --format json` prints. */
export const AuditOut = z.object({ version: z.literal(1), documents: z.array(DocumentOut) });
export type AuditOut = z.infer<typeof AuditOut>;
