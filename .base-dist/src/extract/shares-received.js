import { canonicalLabel } from './similarity.js';
import { shareClause } from './shares.js';
import { alt, COMPARED_WITH, DONE_WORDS, EARLIER_PERIOD_WORDS, RECEIVED_WORDS, TOTAL_WORDS } from '../text/lexicon.js';
// "Đã giải quyết", "đã trả kết quả", "đã được cấp giấy chứng nhận": the aspect word and a verb phrase, no figure, up to the part.
const DONE_LEAD = new RegExp(String.raw `^[\s\-+•*–]*(?:${alt(DONE_WORDS)})\s+(?:\p{L}+\s+){1,4}$`, 'iu');
// The received count's statement opens with what came in ("Tiếp nhận", "Thụ lý", "Tổng số hồ sơ tiếp nhận").
const RECEIVED_LEAD = new RegExp(String.raw `^[\s\-+•*–]*(?:(?:${alt(TOTAL_WORDS)})[\p{L}\s]{0,40}?)?(?<![\p{L}])(?:${alt(RECEIVED_WORDS)})(?![\p{L}])[^\d;]{0,60}$`, 'iu');
// A clause comparing with another period: its figures are asides, no count of the period's work.
const ASIDE = new RegExp(String.raw `(?<![\p{L}])(?:${alt(COMPARED_WITH, EARLIER_PERIOD_WORDS)})(?![\p{L}])`, 'iu');
// How many figures back the received count is looked for, and how far in characters.
const MAX_FIGURES = 16;
const MAX_CHARS = 600;
/** The part done and the count received its share is of, for a share stated right after a part whose statement opens with what was done. */
export function receivedThenDone(context, p) {
    const part = context.figures[p.index - 1];
    if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || part.cell !== null || p.value > 100)
        return undefined;
    const block = context.source.blocks[p.block];
    if (block.kind === 'row')
        return undefined;
    const local = (f) => f.span.start - block.span.start;
    const own = context.clauses.at(p.block, local(part));
    if (!own || local(p) >= own.to || !DONE_LEAD.test(block.text.slice(own.from, local(part))))
        return undefined;
    if (!shareClause(context, p, block.text.slice(part.span.end - block.span.start, local(p)).replace(part.unit, '')))
        return undefined;
    const between = [];
    for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_FIGURES; k--) {
        const g = context.figures[k];
        if (g.block !== p.block || local(part) - local(g) > MAX_CHARS)
            return undefined;
        if (isReceived(context, g, part))
            return between.every((x) => partOf(context, x, g) || aside(context, x)) ? { part, whole: g } : undefined;
        between.push(g);
    }
    return undefined;
}
// A count of the part's noun, no smaller, that opens its statement with what came in.
function isReceived(context, g, part) {
    if (g.kind !== 'count' || g.unit === null || g.change || g.value < part.value || canonicalLabel(g.unit) !== canonicalLabel(part.unit))
        return false;
    const block = context.source.blocks[g.block];
    const s = context.clauses.at(g.block, g.span.start - block.span.start, true);
    return s !== undefined && RECEIVED_LEAD.test(block.text.slice(s.from, g.span.start - block.span.start));
}
// One of the parts of a breakdown of the received count ("gồm cấp mới 180 hồ sơ, gia hạn 70 hồ sơ").
function partOf(context, x, whole) {
    return wholesOf(context.claims).get(x.index)?.has(whole.index) === true;
}
// For each part of a breakdown (lists aside), the wholes it is a part of: read once per document, not once per share.
const WHOLES = new WeakMap();
function wholesOf(claims) {
    let out = WHOLES.get(claims);
    if (out)
        return out;
    out = new Map();
    for (const c of claims) {
        if (c.relation === 'list')
            continue;
        for (const i of c.parts)
            out.set(i, (out.get(i) ?? new Set()).add(c.whole));
    }
    WHOLES.set(claims, out);
    return out;
}
// A figure of a clause comparing with an earlier period ("so với cùng kỳ năm 2024 (231 hồ sơ) tăng 8,2%").
function aside(context, x) {
    const block = context.source.blocks[x.block];
    const c = context.clauses.at(x.block, x.span.start - block.span.start);
    return c !== undefined && ASIDE.test(block.text.slice(c.from, c.to));
}
//# sourceMappingURL=shares-received.js.map