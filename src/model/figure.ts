import { z } from 'zod';
import { Span } from './source.js';

export const FigureKind = z.enum(['count', 'decimal', 'percent', 'fraction', 'money', 'range']);
export type FigureKind = z.infer<typeof FigureKind>;

/** A number the report states, read with Vietnamese number grammar. */
export const Figure = z.object({
  index: z.number().int(),
  /** The characters as written in the normalised text ("4.256/5.768", "73,70%", "1,5 triệu đồng"). */
  raw: z.string(),
  kind: FigureKind,
  /** percent: the number before "%"; money: amount in đồng; fraction: numerator/denominator; range: its low end. */
  value: z.number(),
  /** Digits after the decimal comma as written ("73,70%" → 2); used for rounding tolerance. */
  decimals: z.number().int(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** The high end of a range. */
  high: z.number().nullable(),
  /** For a fraction: the percent stated beside it ("= 73,7%", "đạt 95,5%"), else null. */
  percent: z.number().nullable(),
  /** Unit or counted noun ("hồ sơ", "máy tính", "đồng", "%"), null when the text gives none. */
  unit: z.string().nullable(),
  /** The phrase the figure quantifies, as written, null when none can be told. */
  label: z.string().nullable(),
  block: z.number().int(),
  /** Index of the innermost section holding the figure, null before the first heading. */
  section: z.number().int().nullable(),
  /** For a table row: the cell index the figure is in. */
  cell: z.number().int().nullable(),
  span: Span,
  /** For a figure read by OCR: the lowest confidence (0–100) of the words it was read from. */
  ocrConfidence: z.number().optional(),
});
export type Figure = z.infer<typeof Figure>;
