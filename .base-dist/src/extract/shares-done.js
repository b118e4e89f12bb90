import { sameMeasure, shareClause } from './shares.js';
import { unitHead } from './quantities.js';
import { ACTION_TARGET_WORDS, alt, DONE_WORDS, PENDING_ACTION_WORDS, RATE_WORDS, SHARE_VERBS } from '../text/lexicon.js';
// The words before the amount to be done, in its clause: a pending word, then the action (one to three words).
// "kiến nghị thu hồi cho Nhà nước 40 triệu": for whom or into what may follow the action, before the amount.
const PENDING = new RegExp(String.raw `(?<![\p{L}])(?:${alt(PENDING_ACTION_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,2}?)(?:\s+(?:${alt(ACTION_TARGET_WORDS)})(?:\s\p{L}+){1,3})?\s*$`, 'iu');
// "…, đã thu hồi 30 triệu đồng (đạt 75%)": the share alone in a bracket after the amount done.
const BRACKET_SHARE = new RegExp(String.raw `^\s*\(\s*(?:${alt(SHARE_VERBS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// The words between the amounts: the first's unit, a clause mark, "đã" and an action of a few words (checked against the first).
const DONE = new RegExp(String.raw `^[^\d,;:()]{0,20}[,;]\s*(?:${alt(DONE_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,6})\s*$`, 'iu');
/** The amount done of an action stated as still to be done just before it, and that amount, for the share after them. */
export function pendingThenDone(input, p) {
    const [whole, part] = [input.figures[p.index - 2], input.figures[p.index - 1]];
    if (!whole || !part || whole.block !== p.block || part.block !== p.block || p.value > 100 || whole.change || part.change)
        return undefined;
    if (!sameMeasure(whole, part) || !['count', 'money', 'decimal'].includes(whole.kind) || whole.unit === null || unitHead(whole) !== unitHead(part) || !(whole.value > 0))
        return undefined;
    const block = input.source.blocks[p.block];
    const at = (offset) => offset - block.span.start;
    const lead = block.text.slice(Math.max(0, at(whole.span.start) - 60), at(whole.span.start));
    const clause = lead.slice(Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => lead.lastIndexOf(c))) + 1);
    const pending = PENDING.exec(clause);
    const done = DONE.exec(block.text.slice(at(whole.span.end), at(part.span.start)));
    if (!pending || !done)
        return undefined;
    const action = pending[1].toLowerCase();
    const doneWords = done[1].toLowerCase();
    if (doneWords !== action && !doneWords.startsWith(`${action} `))
        return undefined;
    const between = block.text.slice(at(part.span.end), at(p.span.start)).replace(part.unit ?? '\u0000', '');
    // A bracketed share closes its bracket right after the percent ("(đạt 75%)", never "(đạt 75% kế hoạch)").
    const bracketed = BRACKET_SHARE.test(between) && /^\s*\)/u.test(block.text.slice(at(p.span.end), at(p.span.end) + 3));
    return bracketed || shareClause(input, p, between) ? { part, whole } : undefined;
}
//# sourceMappingURL=shares-done.js.map