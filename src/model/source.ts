import { z } from 'zod';

/** Where a passage sits: offsets into the normalised document text plus its origin in the file. */
export const Span = z.object({
  /** Offset of the first character in `Source.text`. */
  start: z.number().int(),
  /** Offset one past the last character in `Source.text`. */
  end: z.number().int(),
  /** Line of the file (txt), paragraph number (docx, 1-based), or line on the page (pdf). */
  line: z.number().int().nullable(),
  /** Page number (pdf), otherwise null. */
  page: z.number().int().nullable(),
});
export type Span = z.infer<typeof Span>;

/**
 * A word read by OCR: where it lies in `Source.text`, Tesseract's confidence in it (0–100), and, for
 * a word with digits read otherwise when cut out and enlarged, that second reading.
 */
export const OcrWordSpan = z.object({ start: z.number().int(), end: z.number().int(), conf: z.number(), alt: z.string().optional() });
export type OcrWordSpan = z.infer<typeof OcrWordSpan>;

/** The kinds of block every ingester produces. */
export const BlockKind = z.enum(['paragraph', 'row', 'footnote']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One paragraph, table row or footnote of a document, after normalisation. */
export const Block = z.object({
  index: z.number().int(),
  kind: BlockKind,
  /** Normalised text; for a row, its cells joined by a tab, or the row as written between its `|` borders (then `cellStarts`). */
  text: z.string(),
  /** Cells of a table row (normalised), else absent. */
  cells: z.array(z.string()).optional(),
  /** Where each cell starts in the text, for a row written with `|` borders; absent when the cells are joined by a tab. */
  cellStarts: z.array(z.number().int()).optional(),
  /** Table number (0-based, per document) for rows. */
  table: z.number().int().optional(),
  /** Row number within its table (0-based). */
  row: z.number().int().optional(),
  /** True when the format marks this block as a heading or bold line (a hint, never required). */
  emphasis: z.boolean().optional(),
  /** Word outline level of a docx paragraph (0 = top), from its own `w:outlineLvl` or its heading style; a hint for the section tree. */
  outlineLevel: z.number().int().min(0).max(8).optional(),
  /** Main font size of a pdf paragraph's first line, in points; a hint for the section tree. */
  fontSize: z.number().positive().optional(),
  span: Span,
  /** For text read by OCR: the mean confidence of its words (0–100) and each word found in the text. */
  ocr: z.object({ confidence: z.number(), words: z.array(OcrWordSpan) }).optional(),
});
export type Block = z.infer<typeof Block>;

/** What a file was: 'image' is a scan read by OCR (PNG, JPEG, TIFF); a scanned PDF stays 'pdf' (see `Source.ocrPages`). */
export const Format = z.enum(['txt', 'docx', 'pdf', 'odt', 'doc', 'rtf', 'image']);
export type Format = z.infer<typeof Format>;

/** A positioned problem a stage met but recovered from (mammoth's Result idea). */
export const Warning = z.object({
  stage: z.string(),
  message: z.string(),
  span: Span.nullable(),
});
export type Warning = z.infer<typeof Warning>;

/** A document read into blocks: what every later stage works on, whatever the format. */
export const Source = z.object({
  path: z.string(),
  format: Format,
  sha256: z.string(),
  /** Detected text encoding (txt) or "utf-8" for docx/pdf. */
  encoding: z.string(),
  /** All blocks' text joined with "\n"; every Span indexes into this. */
  text: z.string(),
  blocks: z.array(Block),
  pages: z.number().int().nullable(),
  warnings: z.array(Warning),
  /** Pages whose text was read by OCR (1-based), absent when none was. */
  ocrPages: z.array(z.number().int()).optional(),
});
export type Source = z.infer<typeof Source>;

/** A per-file failure: the file could not be read at all; the batch goes on. */
export const FileError = z.object({
  code: z.string(),
  message: z.string(),
});
export type FileError = z.infer<typeof FileError>;
