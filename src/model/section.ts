import { z } from 'zod';
import { Span } from './source.js';

/**
 * The numbering styles of Vietnamese report headings: "PHẦN I", "PHỤ LỤC 1", "Mục 1" (`muc`),
 * "A." (`capital`), "I.", "1." / "1)" / "1-", "1.1", "a)". Their levels come from each document.
 */
export const SectionStyle = z.enum(['part', 'appendix', 'muc', 'capital', 'roman', 'arabic', 'multi', 'letter']);
export type SectionStyle = z.infer<typeof SectionStyle>;

/** One heading of the report's own numbering, placed in the tree. */
export const Section = z.object({
  index: z.number().int(),
  /** The number as written, with its punctuation: "1.1.", "II.", "a)", "PHẦN I". */
  number: z.string(),
  /** The number without trailing punctuation, as used in paths: "1.1", "II", "a". */
  key: z.string(),
  title: z.string(),
  style: SectionStyle,
  /** Depth in the tree, 1 for top-level headings. */
  level: z.number().int(),
  /** Keys from the top section down to this one. */
  path: z.array(z.string()),
  parent: z.number().int().nullable(),
  /** Block holding the heading. */
  block: z.number().int(),
  span: Span,
});
export type Section = z.infer<typeof Section>;
