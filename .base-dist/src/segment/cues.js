import { styleOf } from './style-order.js';
/** Type this much larger than the body text marks a heading. */
const LARGER = 1.1;
/** The body text's font size: the median over paragraphs that carry one, else null. */
export function bodyFontSize(blocks) {
    const sizes = blocks.flatMap((b) => (b.kind === 'paragraph' && b.fontSize ? [b.fontSize] : [])).sort((a, b) => a - b);
    return sizes.length ? sizes[Math.floor(sizes.length / 2)] : null;
}
/** Whether the format marks a paragraph as a heading: bold, a heading style, an outline level, or larger type. */
export function isProminent(block, body) {
    return Boolean(block.emphasis) || block.outlineLevel !== undefined || (body !== null && (block.fontSize ?? 0) > LARGER * body);
}
/**
 * A cue places headings only when the document uses it as an outline: every marker style keeps
 * one value of it, and there are at least two values. One "Heading 1" style put on every level,
 * or headings typed in body size, say nothing about levels.
 */
export function trustCues(blocks, headings) {
    const consistent = (value) => {
        const byStyle = new Map();
        const all = new Set();
        headings.forEach((h, i) => {
            const v = h ? value(blocks[i]) : undefined;
            if (!h || v === undefined)
                return;
            byStyle.set(styleOf(h), (byStyle.get(styleOf(h)) ?? new Set()).add(v));
            all.add(v);
        });
        return all.size >= 2 && [...byStyle.values()].every((values) => values.size === 1);
    };
    return { outline: consistent((b) => b.outlineLevel), size: consistent((b) => b.fontSize) };
}
/** Whether the heading in `holder` cannot hold the one in `next`: an equal or deeper outline level, or clearly smaller type. */
export function cannotHold(holder, next, trusted) {
    const { outlineLevel: a, fontSize: x } = holder;
    const { outlineLevel: b, fontSize: y } = next;
    if (trusted.outline && a !== undefined && b !== undefined && a >= b)
        return true;
    return trusted.size && x !== undefined && y !== undefined && x * LARGER < y;
}
//# sourceMappingURL=cues.js.map