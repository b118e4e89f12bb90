import { z } from 'zod';
import { Span } from './source.js';
/** One measured quantity a report states, as a queryable row (the `indicators` table). */
export const Indicator = z.object({
    /** The name as written (a table row's "Nội dung" cell, a sentence's label). */
    name: z.string(),
    /** Canonical key from the catalogue (src/extract/catalogue.ts), null when nothing is close. */
    key: z.string().nullable(),
    /** Similarity of the name to the key's name or synonyms, 0..1; null without a key. */
    matchScore: z.number().nullable(),
    /** The period value: a count, an amount, or for a rate the percent (96,56% → 96.56). */
    value: z.number().nullable(),
    /** 'percent' for rates, else the counted noun, null when unknown. */
    unit: z.string().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    /** The stated percent, as the number before "%". */
    percent: z.number().nullable(),
    /** The target ("mục tiêu", "chỉ tiêu"), as the number before "%" when a rate. */
    target: z.number().nullable(),
    /** The cumulative value ("Lũy kế"). */
    cumulative: z.number().nullable(),
    /** The period the value refers to (ISO), by default the report's. */
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    sectionPath: z.string(),
    block: z.number().int(),
    span: Span,
});
//# sourceMappingURL=indicator.js.map