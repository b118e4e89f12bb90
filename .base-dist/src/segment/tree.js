import { SIGNATURE, recogniseHeading } from './heading.js';
import { readCandidates } from './candidates.js';
import { cannotHold, trustCues } from './cues.js';
import { VIETNAMESE_CAPITALS } from './numbering.js';
import { StyleOrder, styleOf } from './style-order.js';
/** Styles whose lists can restart inside a section of their own style. */
const NESTING_STYLES = new Set(['arabic', 'letter']);
/** Index in `stack` of the section the new heading goes under (-1: top level); pops nothing itself. */
function findParent(stack, h, style, block, order, cues) {
    // Backward scans without copying the stack: this runs once per heading (allocation-free, see README stress).
    let inner = -1;
    for (let i = stack.length - 1; i >= 0; i--)
        if (stack[i].style === style) {
            inner = i;
            break;
        }
    if (inner >= 0 && NESTING_STYLES.has(h.style) && h.ordinal === 1) {
        const open = stack[inner];
        if (open.heading.ordinal > 1 && open.children === 0)
            return inner;
    }
    if (inner >= 0) {
        let continued = -1;
        for (let i = inner; i >= 0; i--)
            if (stack[i].style === style && stack[i].heading.ordinal + 1 === h.ordinal) {
                continued = i;
                break;
            }
        return (continued >= 0 ? continued : inner) - 1;
    }
    let parent = stack.length - 1;
    const closes = (open) => order.above(style, open.style) || cannotHold(open.block, block, cues);
    while (parent >= 0 && closes(stack[parent]))
        parent--;
    if (parent >= 0)
        order.learn(style, stack[parent].style);
    return parent;
}
/** The title of a bare heading: the next paragraph, unless that is missing or itself a heading. */
function takeTitle(blocks, i) {
    const next = blocks[i + 1];
    if (!next || next.kind !== 'paragraph' || recogniseHeading(next.text))
        return null;
    return next.text.trim();
}
/** Build the section tree of a document's blocks; only paragraphs can be headings. */
export function buildSectionTree(blocks) {
    const sections = [];
    const blockSection = blocks.map(() => null);
    const warnings = [];
    const stack = [];
    const order = new StyleOrder();
    const { read: candidates, lists } = readCandidates(blocks);
    const cues = trustCues(blocks, candidates);
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const heading = candidates[i];
        // The signature block ends the body: what follows (an unheaded statistics table) is in no section.
        if (!heading && block.kind === 'paragraph' && SIGNATURE.test(block.text))
            stack.length = 0;
        if (!heading) {
            blockSection[i] = stack.at(-1)?.section.index ?? null;
            continue;
        }
        const title = heading.bare ? takeTitle(blocks, i) : heading.title;
        if (title === null)
            warnings.push(warn(`Đề mục "${heading.number}" không có tiêu đề`, block));
        if (heading.odd)
            warnings.push(warn(`Đánh số lạ ở đề mục "${heading.number}": ${heading.odd}`, block));
        const section = openSection(stack, asCapital(stack, heading), block, title ?? '', sections.length, order, cues);
        sections.push(section);
        blockSection[i] = section.index;
        // A bare heading's title paragraph is part of the heading, so it belongs to the new section.
        if (heading.bare && title !== null)
            blockSection[++i] = section.index;
    }
    const listItems = lists.map((list) => list.map(({ block, heading: h }) => ({ number: h.number, key: h.key, style: h.style, ordinal: h.ordinal, block: blocks[block].index, section: blockSection[block] })));
    return { sections, blockSection, lists: listItems, warnings };
}
/** "I.", "V.", "X.", "L." continue an open capital-letter list ("H." → "I.") rather than start Roman numerals. */
function asCapital(stack, h) {
    if (h.style !== 'roman' || h.key.length !== 1)
        return h;
    const open = innermost(stack, 'capital');
    const ordinal = open ? VIETNAMESE_CAPITALS.indexOf(h.key) + 1 : 0;
    if (!open || open.heading.ordinal + 1 !== ordinal)
        return h;
    return { ...h, style: 'capital', ordinal };
}
/**
 * A punctuation slip: "2)" or "2-" right after an open "1." when the document has no ")" or "-"
 * numbers yet continues that list rather than opening a new style under it.
 */
function slipStyle(stack, h, order) {
    if (h.style !== 'arabic' || h.ordinal === 1 || order.seen.has(styleOf(h)))
        return null;
    const open = innermost(stack, 'arabic');
    return open && open.heading.ordinal + 1 === h.ordinal ? open.style : null;
}
/** The innermost open section whose heading has `style` (a backward scan, no copy of the stack). */
function innermost(stack, style) {
    for (let i = stack.length - 1; i >= 0; i--)
        if (stack[i].heading.style === style)
            return stack[i];
    return undefined;
}
/** Close what the heading closes, then open its section on top of the stack. */
function openSection(stack, heading, block, title, index, order, cues) {
    const style = slipStyle(stack, heading, order) ?? styleOf(heading);
    order.seen.add(style);
    stack.length = findParent(stack, heading, style, block, order, cues) + 1;
    const parent = stack.at(-1);
    const section = {
        index,
        number: heading.number,
        key: heading.key,
        title,
        style: heading.style,
        level: stack.length + 1 - (stack[0]?.heading.style === 'appendix' ? 1 : 0),
        path: [...(parent?.section.path ?? []), heading.key],
        parent: parent?.section.index ?? null,
        block: block.index,
        span: block.span,
    };
    if (parent)
        parent.children++;
    stack.push({ section, heading, style, block, children: 0 });
    return section;
}
function warn(message, block) {
    return { stage: 'segment', message, span: block.span };
}
//# sourceMappingURL=tree.js.map