import { pairPercents } from './figures.js';
import { SPACE_GROUPED, VIETNAMESE } from './numbers.js';
import { readPassage } from './read-figures.js';
// A cell holding one space-grouped number ("2 650", "12 345 000 đồng", "1 205,5%"): grouping whatever the document does elsewhere.
const ONE_SPACE_GROUPED = new RegExp(String.raw `^-?${SPACE_GROUPED.source}\s*(?:%|\p{L}[\p{L}\s]*)?$`, 'u');
// Marks that say "nothing here": "_", "-", "x" (not applicable), "…".
const EMPTY = /^(?:[-–—_.…x×/]*|không có)$/iu;
/** A cell's text without the markup ingesters may leave: italics, inline math, escaped "%". */
export function cleanCellText(raw) {
    let t = raw.replace(/<\/?(?:i|b|em|strong|u)>/giu, '').replace(/\\%/g, '%').replace(/\$/g, '').replace(/\\_/g, '_');
    t = t.replace(/\s+/g, ' ').trim();
    // A pdf wraps a formula cell mid-number ("4.256/5. 768=73," + "7%"): inside a formula, spaces are line breaks.
    if (/^[\d\s.,/=%]+$/u.test(t) && /[/=]/.test(t))
        t = t.replace(/(?<=[\d.,/=])\s+(?=[\d.,/=%])/gu, '');
    return t;
}
/** Parse a cell's text; `at` is where the cell sits in its block (null for a cell the row lacks). */
export function readCell(raw, at, blockText, grammar = VIETNAMESE) {
    const { style, sure } = grammar;
    const text = cleanCellText(raw);
    const base = {
        text, kind: 'empty', value: null, decimals: 0, numerator: null, denominator: null,
        percent: null, percentDecimals: null, pure: false, at,
    };
    if (EMPTY.test(text))
        return base;
    const { figures } = readPassage(text, { atBlockStart: true, inCell: true, style, sure, spaceGroups: style === 'vi' && ONE_SPACE_GROUPED.test(text) });
    pairPercents(text, figures);
    // A fraction's own percent belongs to the fraction ("875/875 = 100%"), not a second figure.
    const own = figures.filter((f, i) => !(i > 0 && f.kind === 'percent' && figures[i - 1].kind === 'fraction' && figures[i - 1].percent === f.value));
    if (own.length === 0)
        return { ...base, kind: 'text' };
    if (own.length > 1)
        return { ...base, kind: 'mixed' };
    const f = own[0];
    const k = figures.indexOf(f);
    const paired = f.kind === 'fraction' && f.percent !== null ? figures[k + 1] : undefined;
    const end = paired ? paired.to : f.to;
    // A sign before the figure is part of it ("-12,5", "+3").
    const residue = (text.slice(0, f.from).replace(/^[-−–+]\s?$/u, '') + ' ' + text.slice(end)).replace(/[\s.,;:=()%]/gu, '');
    const unitOnly = f.unit !== null && residue.replace(/\s/g, '') === f.unit.replace(/[\s%]/g, '');
    return {
        ...base,
        kind: f.kind === 'range' ? 'mixed' : f.kind,
        value: f.kind === 'range' ? null : negative(text, f.from, f.value),
        decimals: f.decimals,
        numerator: f.numerator,
        denominator: f.denominator,
        percent: f.percent,
        percentDecimals: paired ? paired.decimals : null,
        pure: residue === '' || unitOnly,
        at: locate(at, blockText, text.slice(f.from, end)),
    };
}
// A minus written before a cell's figure ("-12,5", "−3") when the figure reader kept only the amount.
function negative(text, from, value) {
    return value !== null && value > 0 && /^[-−–]\s?$/u.test(text.slice(0, from)) ? -value : value;
}
// Narrow a cell's range to its figure's characters when they are written as read.
function locate(at, blockText, raw) {
    if (!at || blockText === undefined)
        return at;
    const i = blockText.slice(at.from, at.to).indexOf(raw);
    return i < 0 ? at : { block: at.block, from: at.from + i, to: at.from + i + raw.length };
}
/** True for a cell holding a number (not words, not empty). */
export function isNumeric(cell) {
    return cell.kind !== 'empty' && cell.kind !== 'text' && cell.kind !== 'mixed';
}
//# sourceMappingURL=table-cells.js.map