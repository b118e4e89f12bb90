import { z } from 'zod';
/** How precise a date mention is. `months`: "9 tháng đầu năm"; `range`: "từ 15/9/2024 đến 14/10/2024". */
export const DateGranularity = z.enum(['day', 'month', 'quarter', 'half-year', 'months', 'year', 'range']);
/**
 * A date the text states, read once: "ngày 17/9/2023", "tháng 7/2024", "quý I/2024",
 * "6 tháng đầu năm 2024", "năm 2024", "từ ngày 1/1/2024 đến ngày 30/6/2024".
 */
export const DateMention = z.object({
    block: z.number().int(),
    /** Characters [from, to) of the block's text. */
    from: z.number().int(),
    to: z.number().int(),
    /** As written. */
    raw: z.string(),
    granularity: DateGranularity,
    /** First and last day it covers (ISO yyyy-mm-dd); equal for a day. */
    start: z.string(),
    end: z.string(),
    /**
     * What it dates, when the words just before it say (a document "Công văn số 04/UBND", an action "tổ chức
     * hội nghị"): the clause's words before the date, without "ngày", "vào", "sáng"; null when none.
     */
    dates: z.string().nullable(),
});
//# sourceMappingURL=date.js.map