import { z } from 'zod';
import { FigureKind } from './figure.js';
import { Severity } from './finding.js';
import { FileError, Format } from './source.js';
import { DocumentMeta } from './meta.js';
import { PassageOut } from './passage.js';

/** A document's passages by block index, for looking up what figures, indicators and evidence point at. */
export function passagesByBlock(doc: { passages: PassageOut[] }): Map<number, PassageOut> {
  return new Map(doc.passages.map((p) => [p.block, p]));
}

/** Position fields as the CLI prints them. */
const Where = { line: z.number().int().nullable(), page: z.number().int().nullable() };
/**
 * Where a figure or indicator is written: its passage (`block`, see `passages`), characters [from, to) of
 * that passage's text, and a snippet of at most 200 characters around them (never the whole block).
 */
const At = { block: z.number().int(), from: z.number().int(), to: z.number().int(), snippet: z.string() };

export const SectionOut = z.object({
  number: z.string(), title: z.string(), level: z.number().int(), path: z.array(z.string()), ...Where,
});
export const FigureOut = z.object({
  raw: z.string(), kind: FigureKind, value: z.number(),
  numerator: z.number().nullable(), denominator: z.number().nullable(), percent: z.number().nullable(),
  unit: z.string().nullable(), label: z.string().nullable(), ...Where, ...At,
  /** For a range ("110.000 - 135.000 đồng/kg", `value` its low end): its high end; null for any other figure. */
  high: z.number().nullable(),
  /** For a figure read by OCR: the confidence (0–100) of its least sure word; absent for typed text. */
  confidence: z.number().optional(),
  /**
   * The same number in words ("(Bằng chữ: Ba tỷ, bảy trăm … triệu đồng)", "07 (bảy)"): the value they say and where they
   * stand, characters [from, to) of their passage `block`; absent when the report gives no words.
   */
  words: z.object({ value: z.number(), block: z.number().int(), from: z.number().int(), to: z.number().int() }).optional(),
});
/**
 * One place a finding points at: its passage (`block`, see `passages`), the exact characters concerned
 * (`quote`), where they start in the passage's text (`offset`; null when unknown, for findings stored
 * before offsets were kept) and a snippet of at most 200 characters around them.
 */
export const EvidenceOut = z.object({
  block: z.number().int(), quote: z.string(), offset: z.number().int().nonnegative().nullable(), snippet: z.string(), ...Where,
});
export const FindingOut = z.object({
  rule: z.string(), severity: Severity, messageId: z.string(), message: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  section: z.string(), evidence: z.array(EvidenceOut), suggestion: z.string().nullable(),
});

export type SectionOut = z.infer<typeof SectionOut>;
export type FigureOut = z.infer<typeof FigureOut>;
export type EvidenceOut = z.infer<typeof EvidenceOut>;

/**
 * Where an evidence's quote starts in its passage's `text`: the stored offset when it still points at
 * the quote, else the first equal text (older findings), else -1.
 */
export function quoteOffset(e: { quote: string; offset?: number | null }, text: string): number {
  if (e.offset !== null && e.offset !== undefined && text.startsWith(e.quote, e.offset)) return e.offset;
  return text.indexOf(e.quote);
}
export type FindingOut = z.infer<typeof FindingOut>;

export const IndicatorOut = z.object({
  section_path: z.string(), name: z.string(), key: z.string().nullable(), match_score: z.number().nullable(),
  value: z.number().nullable(), unit: z.string().nullable(), numerator: z.number().nullable(), denominator: z.number().nullable(),
  percent: z.number().nullable(), target: z.number().nullable(), cumulative: z.number().nullable(),
  period_start: z.string().nullable(), period_end: z.string().nullable(), ...Where, ...At,
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
  /** Each block that a figure, indicator or finding points at, once, in block order. */
  passages: z.array(PassageOut),
  figures: z.array(FigureOut),
  indicators: z.array(IndicatorOut),
  findings: z.array(FindingOut),
  error: FileError.nullable(),
});
export type DocumentOut = z.infer<typeof DocumentOut>;

/** A block's text and origin, for renderers that show the document itself (html); not printed by `--format json`. */
export const BlockOut = PassageOut;
export type BlockOut = PassageOut;

/** A document as `audit({ blocks: true })` returns it: the JSON form plus, when asked, all its blocks. */
export type DocumentView = DocumentOut & { blocks?: BlockOut[] };

/** The whole object `audit --format json` prints. */
export const AuditOut = z.object({ version: z.literal(1), documents: z.array(DocumentOut) });
export type AuditOut = z.infer<typeof AuditOut>;
