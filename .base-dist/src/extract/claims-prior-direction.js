import { labelTokens } from './similarity.js';
import { unitsAlike } from './labels.js';
import { alt, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, DONE_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, wordsRe } from '../text/lexicon.js';
const CLAIM = new RegExp(String.raw `^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L}\s]{1,60}?)\s+(?:(?:${alt(DONE_WORDS)})\s+)?(${alt(CHANGE_VERBS)})((?:\s+\p{Ll}+){0,2}?)\s+(?:${alt(COMPARED_WITH)})\s+(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+((?:19|20)\d\d))?(?![\p{L}\d])`, 'iu');
// Between a current figure and its base: the figure's noun (no clause mark, no figure), then a bracket opened by an
// earlier-period word and its year ("46 hồ sơ (cùng kỳ năm 2024: 38 hồ sơ)").
const PRIOR_BRACKET = new RegExp(String.raw `^[^()\d;.:]{0,40}\(\s*(?:${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+((?:19|20)\d\d))?\s*[:,]?\s*$`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
/** The direction claims with no figure of their own, each with the one current and earlier value of its subject. */
export function readPriorDirections(input) {
    const pairs = priorPairs(input);
    if (pairs.length === 0)
        return [];
    const out = [];
    for (const block of input.source.blocks) {
        if (block.kind === 'row')
            continue;
        for (const s of input.clauses.statements(block.index)) {
            const statement = block.text.slice(s.from, s.to);
            const m = CLAIM.exec(statement);
            if (!m || /\d/u.test(statement.replace(m[4] ?? '\u0000', '')) || NEGATED.test(m[1]) || NEGATED.test(m[3]))
                continue;
            const wanted = new Set(labelTokens(m[1]));
            const fit = pairs.filter((p) => p.tokens.size === wanted.size && [...wanted].every((t) => p.tokens.has(t)) && (m[4] === undefined || p.year === m[4]));
            if (fit.length === 0 || new Set(fit.map((p) => `${p.current.value}/${p.base.value}`)).size !== 1)
                continue;
            const verbAt = s.from + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
            out.push({ kind: 'direction', block: block.index, from: verbAt, to: s.from + m[0].length, verb: m[2].toLowerCase(), current: fit[0].current, base: fit[0].base });
        }
    }
    return out;
}
// Each count of the prose followed by its earlier period's value in a bracket of its own, of the same unit.
function priorPairs(input) {
    const readings = new Map(input.readings.map((r) => [r.figure.index, r]));
    const out = [];
    for (let k = 0; k + 1 < input.figures.length; k++) {
        const f = input.figures[k];
        const g = input.figures[k + 1];
        if (g.block !== f.block || f.cell !== null || f.change || g.change || f.unit === null || g.unit === null || (f.kind !== 'count' && f.kind !== 'decimal') || g.kind !== f.kind)
            continue;
        const block = input.source.blocks[f.block];
        if (block.kind === 'row' || !unitsAlike(f.unit, g.unit))
            continue;
        const m = PRIOR_BRACKET.exec(block.text.slice(f.span.end - block.span.start, g.span.start - block.span.start));
        if (!m || !/^[^()]{0,30}\)/u.test(block.text.slice(g.span.end - block.span.start)))
            continue;
        const reading = readings.get(f.index);
        if (reading)
            out.push({ current: f, base: g, tokens: new Set(reading.tokens), year: m[1] ?? null });
    }
    return out;
}
//# sourceMappingURL=claims-prior-direction.js.map