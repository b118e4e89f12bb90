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
  /**
   * The same number in words: beside the digits ("07 (bảy) hộ", "(Bằng chữ: …)"), or the figure's own
   * words when it is written only in words ("ba mươi hộ"); absent when the report gives no words.
   */
  spelled: z
    .object({
      value: z.number(),
      span: Span,
      /** The block holding the words: the figure's own, or the next paragraph when "Bằng chữ:" opens it. */
      block: z.number().int(),
    })
    .nullable()
    .optional(),
  /**
   * A change the figure states: "tăng 12%" → +12, "giảm 5%" → −5, "giảm 5 vụ" → −5 (vụ), "vượt 8% kế hoạch" → +8.
   * `value` above stays the number as written (5); this is its signed reading. Absent when no change verb stands
   * right before the figure.
   */
  change: z
    .object({
      /** The value with the sign the verb gives it. */
      value: z.number(),
      /** The verb as written, lower case ("tăng", "giảm", "vượt"). */
      verb: z.string(),
      /** A hedge stood between the verb and the figure ("tăng khoảng 5%"): the change is approximate. */
      hedged: z.boolean(),
    })
    .nullable()
    .optional(),
  /** For a figure read by OCR: the lowest confidence (0–100) of the words it was read from. */
  ocrConfidence: z.number().optional(),
  /**
   * Read from a number with a doubled mark ("12,,6 triệu đồng" as 12,6): the value is the mark said once, a guess at what the
   * writer meant. garbled-number reports the slip; no other rule judges by the figure (rules/run.ts drops their findings on it).
   */
  slip: z.literal(true).optional(),
  /**
   * A fraction whose denominator is written as a product ("36.572 ngày/180 giường x 182 ngày", a/(b·c)): its factors, and
   * `denominator` their product. A formula of a load against a capacity, no part over its whole.
   */
  factors: z.array(z.number()).optional(),
});
export type Figure = z.infer<typeof Figure>;

/** How a document writes its numbers, decided once from its own figures (see src/extract/numbers.ts). */
export const NumberReading = z.object({
  /** "vi": "." groups thousands, "," is the decimal mark; "en": the other way round. */
  style: z.enum(['vi', 'en']),
  /** Numbers whose shape only one style allows ("1,234,567" English; "1.234.567" Vietnamese). */
  evidence: z.object({ en: z.number().int(), vi: z.number().int() }),
  /**
   * The evidence leaves the style sure: the other style has none, or three times less. When not, an ambiguous token
   * ("1.125", "12,480") is not read, so no rule rests on a guess.
   */
  sure: z.boolean(),
  /** Thousands grouped by spaces ("2 650") are read as one number. */
  spaceGroups: z.boolean(),
  /**
   * Tables (their blocks' `table` numbers) of a Vietnamese document written whole in English style ("1,102,500,000",
   * "2,450.00": a contractor's table quoted as written); their cells are read in that style, surely. Absent when none.
   */
  enTables: z.array(z.number().int()).optional(),
});
export type NumberReading = z.infer<typeof NumberReading>;
