import { findUnit } from './labels.js';
/** The path of the section holding a block, keys joined by " > " (as the store writes section paths). */
export function sectionPathAt(a, block) {
    const s = a.blockSection[block];
    return s === null || s === undefined ? '' : a.sections[s].path.join(' > ');
}
/** A percent-like reading of a figure: a percent's number, a fraction's stated percent or its ratio × 100. */
export function percentOf(kind, value, numerator, denominator, stated) {
    if (kind === 'percent')
        return value;
    if (kind !== 'fraction')
        return null;
    if (stated !== null)
        return stated;
    return numerator !== null && denominator ? round2((numerator / denominator) * 100) : null;
}
/** The amount a cell states: a count or amount as is, a rate as its percent; null for words or nothing. */
export function cellAmount(c) {
    if (!c)
        return null;
    if (c.kind === 'percent' || c.kind === 'fraction')
        return percentOf(c.kind, c.value, c.numerator, c.denominator, c.percent);
    return c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money' ? c.value : null;
}
/** True for a cell holding a rate. */
export const isRateCell = (c) => c?.kind === 'percent' || c?.kind === 'fraction';
export const round2 = (x) => Math.round(x * 100) / 100;
const LABEL_HEAD = /^(?:tổng\s+)?số(?:\s+lượng)?\s+/iu;
/** The counted noun a label names after "Số"/"Tổng số (lượng)": "Số hộ dân được …" → "hộ dân". */
export function unitFromLabel(label) {
    const m = LABEL_HEAD.exec(label.trim());
    if (!m)
        return null;
    return findUnit(label.trim(), m[0].length - 1)?.unit.toLowerCase() ?? null;
}
/** A draft with every measure empty. */
export function emptyDraft(name, block, span, sectionPath) {
    return {
        name, value: null, unit: null, numerator: null, denominator: null, percent: null, target: null, cumulative: null,
        sectionPath, block, span, matchable: true,
    };
}
//# sourceMappingURL=indicator-common.js.map