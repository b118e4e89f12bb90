import { labelTokens } from './similarity.js';
import { unitHead } from './quantities.js';
import { CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EARLIER_PERIOD_WORDS, YEAR_WORDS } from '../text/lexicon.js';
// Between the change amount and its rate: the unit's words and an opening bracket, a plus sign at most.
const TO_RATE = /^[^\d()[\].,;:]{0,40}\(\s*\+?\s*$/u;
const SEPARATOR = /[,;:.]/gu;
const NOISE = new Set([...CHANGE_VERBS, ...COMPARED_WITH, ...COUNT_WORDS, ...EARLIER_PERIOD_WORDS, ...YEAR_WORDS].flatMap((w) => labelTokens(w)));
const CURRENT_ROLES = new Set(['count', 'money']);
/** Every change amount with its bracketed rate and the values the rate is of (see the module comment). */
export function readChangeRates(input) {
    const reading = new Map(input.readings.map((q) => [q.figure.index, q]));
    const out = [];
    const figs = input.figures;
    for (let i = 0; i + 1 < figs.length; i++) {
        const change = figs[i];
        const rate = figs[i + 1];
        const block = input.source.blocks[change.block];
        if (!change.change || change.change.hedged || change.cell !== null || block.kind === 'row' || rate.kind !== 'percent' || rate.block !== change.block)
            continue;
        if (change.kind !== 'count' && change.kind !== 'money' && change.kind !== 'decimal')
            continue;
        const text = block.text;
        const offset = (f) => f.span.start - block.span.start;
        const end = (f) => f.span.end - block.span.start;
        const between = text.slice(end(change), offset(rate));
        if (!TO_RATE.test(between))
            continue;
        const unit = unitHead(change);
        const before = [];
        for (let k = i - 1; k >= 0 && figs[k].block === change.block; k--)
            before.push(figs[k]);
        const sameUnit = before.filter((f) => f.kind === change.kind && !f.change && unitHead(f) === unit && f.cell === null);
        const earlier = sameUnit.filter((f) => reading.get(f.index)?.role === 'prior');
        const current = sameUnit.filter((f) => CURRENT_ROLES.has(reading.get(f.index)?.role ?? ''));
        const own = ownWords(text, before[0] ? end(before[0]) : 0, offset(change), between, change);
        const fitting = own.length === 0 ? current : current.filter((f) => {
            const words = new Set(wordsAround(text, f, block.span.start, figs));
            return own.some((t) => words.has(t));
        });
        if (fitting.length !== 1 || earlier.length > 1)
            continue;
        const base = earlier[0] ?? null;
        // A stated earlier value the change does not lead from is another comparison: not read.
        if (base && Math.abs(fitting[0].value - base.value - change.change.value) > 1e-6 * Math.max(1, Math.abs(base.value)))
            continue;
        out.push({ rate, change, current: fitting[0], base });
    }
    return out;
}
// The change's own words: from the last stop before it (after the figure before it) to its bracket, less its number,
// unit, change verb, "so với", "cùng kỳ" and "số" ("số người chết giảm 01 người (": chết).
function ownWords(text, from, at, between, change) {
    const head = text.slice(from, at);
    const stops = [...head.matchAll(SEPARATOR)];
    const start = stops.length ? stops[stops.length - 1].index + 1 : 0;
    const unit = new Set(labelTokens(change.unit ?? ''));
    return labelTokens(`${head.slice(start)} ${between.replace('(', ' ')}`).filter((t) => !unit.has(t) && !NOISE.has(t) && !/^\d/u.test(t));
}
// The words of a figure's clause piece: from the stop or figure before it to the stop or figure after it.
function wordsAround(text, f, base, figs) {
    const prev = figs[f.index - 1];
    const next = figs[f.index + 1];
    const from = prev && prev.block === f.block ? prev.span.end - base : 0;
    const to = next && next.block === f.block ? next.span.start - base : text.length;
    const head = text.slice(from, f.span.start - base);
    const stops = [...head.matchAll(SEPARATOR)];
    const start = stops.length ? from + stops[stops.length - 1].index + 1 : from;
    const tail = text.slice(f.span.end - base, to);
    const stop = tail.search(SEPARATOR);
    return labelTokens(`${text.slice(start, f.span.start - base)} ${stop >= 0 ? tail.slice(0, stop) : tail}`);
}
//# sourceMappingURL=change-rates.js.map