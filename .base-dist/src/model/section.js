import { z } from 'zod';
import { Span } from './source.js';
/**
 * The numbering styles of Vietnamese report headings: "PHẦN I", "PHỤ LỤC 1", "Mục 1" (`muc`),
 * "A." (`capital`), "I.", "1." / "1)" / "1-", "1.1", "a)", and an unnumbered title line in capitals (`title`,
 * number ""). Their levels come from each document.
 */
export const SectionStyle = z.enum(['part', 'appendix', 'muc', 'ordinal', 'capital', 'roman', 'arabic', 'multi', 'letter', 'title']);
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
/**
 * One item of a numbered list that is not a heading ("1. Giải quyết việc làm mới cho 2.400 lao
 * động."): the segmenter sets such lists aside from the tree, and their numbering is still checked.
 */
export const ListItem = z.object({
    /** The number as written: "1.", "4.2.", "a)". */
    number: z.string(),
    /** The number without trailing punctuation: "1", "4.2", "a". */
    key: z.string(),
    style: SectionStyle,
    /** Place in its list: 1 for "1.", "a)"; the last component of "4.2". */
    ordinal: z.number().int(),
    /** Block holding the item. */
    block: z.number().int(),
    /** The innermost section holding the list, or null before the first heading. */
    section: z.number().int().nullable(),
});
//# sourceMappingURL=section.js.map