import { z } from 'zod';
/**
 * A sentence of a block: characters [from, to) of the block's text, ended by
 * ".", "!" or "?" (not the point of "4.256", nor of an abbreviation "TP. Hạ
 * Long", nor of a list marker "1."), or by the end of the block.
 */
export const Sentence = z.object({
    block: z.number().int(),
    /** Position among the block's sentences. */
    index: z.number().int(),
    from: z.number().int(),
    to: z.number().int(),
});
/**
 * A clause: part of a sentence, characters [from, to) of the block's text, ended by ";" or by a ":" that
 * opens words (not a value: "Số: 12/BC-UBND", "tiếp nhận: 120"), or by its sentence's end.
 */
export const Clause = z.object({
    block: z.number().int(),
    /** Index of its sentence among the block's sentences. */
    sentence: z.number().int(),
    from: z.number().int(),
    to: z.number().int(),
    /** The mark that closes it (";", ":", ".", "!", "?"), or "" at the end of the block. */
    end: z.string(),
});
//# sourceMappingURL=sentence.js.map