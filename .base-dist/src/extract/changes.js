import { alt, CHANGE_JOINERS, CHANGE_VERBS, HEDGES } from '../text/lexicon.js';
/** Verbs of change and the sign each gives ("vượt": above a plan or a past value). */
const SIGN = [
    [new RegExp(`^(?:${alt(['giảm'])})$`, 'iu'), -1],
    [new RegExp(`^(?:${alt(CHANGE_VERBS, ['vượt'])})$`, 'iu'), 1],
];
const BEFORE = new RegExp(String.raw `(?<![\p{L}])(${alt(CHANGE_VERBS, ['vượt'])})\s+(?:thêm\s+)?(?:(${alt(HEDGES)})\s+)?$`, 'iu');
/** The signed change a figure states, read from the words right before it in its block, or null. */
export function changeOf(block, f) {
    if (f.kind === 'fraction' || f.kind === 'range')
        return null;
    const at = f.span.start - block.span.start;
    const m = BEFORE.exec(block.text.slice(Math.max(0, at - 40), at));
    if (!m)
        return null;
    const verb = m[1].toLowerCase();
    const sign = SIGN.find(([re]) => re.test(verb))?.[1] ?? 1;
    return { value: sign * f.value, verb, hedged: m[2] !== undefined };
}
/**
 * Mark every figure a change verb stands right before with its signed change. The verb also governs a second amount
 * joined to its own by "và" right after the first's unit: "giảm 01 vụ và 01 người bị nạn" is a change of −1 case and of
 * −1 victim, never a count of one victim.
 */
export function attachChanges(figures, blocks) {
    let previous = null;
    for (const f of figures) {
        const change = changeOf(blocks[f.block], f) ?? sharedChange(blocks[f.block], previous, f);
        if (change)
            f.change = change;
        previous = f;
    }
}
function sharedChange(block, p, f) {
    if (!p?.change || p.block !== f.block || p.cell !== f.cell || p.kind !== f.kind || p.unit === null || f.kind === 'fraction' || f.kind === 'range')
        return null;
    const between = block.text.slice(p.span.end - block.span.start, f.span.start - block.span.start).replace(/\s+/gu, ' ').toLowerCase();
    if (!CHANGE_JOINERS.some((w) => between === ` ${p.unit.toLowerCase()} ${w} `))
        return null;
    const sign = SIGN.find(([re]) => re.test(p.change.verb))?.[1] ?? 1;
    return { value: sign * f.value, verb: p.change.verb, hedged: p.change.hedged };
}
//# sourceMappingURL=changes.js.map