/** The style key of a heading: its style, the punctuation of a single arabic number, the depth of a multi-level one. */
export function styleOf(h) {
    // A bracketed marker ("(ii)", "(b)") is a style apart from "ii)" and "b)".
    if (h.mark === '()')
        return `${h.style === 'roman' ? 'lroman' : h.style}()`;
    if (h.style === 'arabic')
        return `arabic${h.mark || '.'}`;
    if (h.style === 'multi')
        return `multi${h.depth}`;
    if (h.style === 'roman' && /^[ivxl]+$/u.test(h.key))
        return 'lroman';
    return h.style;
}
/** Styles that close every open section, one another's too: the word says it is a top division. */
const TOP = new Set(['part', 'appendix']);
/** Whether the number alone puts `a` above `b`: "2.1" under "2." and "2.1.1" under "2.1". */
function fixedAbove(a, b) {
    if (TOP.has(a))
        return true;
    const depth = (s) => (s.startsWith('multi') ? Number(s.slice(5)) : s === 'arabic.' || s === 'arabic/' ? 1 : 0);
    return depth(b) > 1 && depth(a) >= 1 && depth(a) < depth(b);
}
/** The learned "is above" relation between styles of one document. */
export class StyleOrder {
    /** For each style, the styles it was first seen directly under. */
    parents = new Map();
    /** Every style met so far. */
    seen = new Set();
    /** Whether style `a` is above style `b`, fixed or learned (transitively). */
    above(a, b, seen = new Set()) {
        if (a === b || seen.has(b))
            return false;
        if (fixedAbove(a, b))
            return true;
        seen.add(b);
        for (const p of this.parents.get(b) ?? [])
            if (p === a || this.above(a, p, seen))
                return true;
        return false;
    }
    /** Record that `child` was seen under `parent`, unless their order is already known. */
    learn(child, parent) {
        if (child === parent || this.above(child, parent) || this.above(parent, child))
            return;
        this.parents.set(child, new Set([...(this.parents.get(child) ?? []), parent]));
    }
}
//# sourceMappingURL=style-order.js.map