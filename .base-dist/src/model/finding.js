import { z } from 'zod';
import { Span } from './source.js';
export const Severity = z.enum(['error', 'warning', 'info']);
/** One passage a finding points at; the first of a finding's evidence is its primary place. */
export const Evidence = z.object({
    /** Index of the block (the paragraph or table row) holding the passage. */
    block: z.number().int(),
    /** The exact characters concerned inside the block's text ("888", "118,40%"). */
    quote: z.string(),
    /** Where `quote` starts in the block's text (characters), so a place is never confused with an equal text earlier in the block. */
    offset: z.number().int().nonnegative(),
    span: Span,
});
/** A contradiction or doubt a rule found. */
export const Finding = z.object({
    rule: z.string(),
    severity: Severity,
    messageId: z.string(),
    message: z.string(),
    /** The values the message was built from: actual, expected, … */
    data: z.record(z.string(), z.union([z.string(), z.number()])),
    /** Section path of the primary evidence, joined with " > " ("II > 2"), or "" before any heading. */
    section: z.string(),
    evidence: z.array(Evidence).min(1),
    /** A likely correct value, when a single slip explains the conflict ("555 → 5"). */
    suggestion: z.string().nullable(),
});
//# sourceMappingURL=finding.js.map