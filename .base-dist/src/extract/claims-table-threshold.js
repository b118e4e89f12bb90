import { foldKey } from '../text/normalize.js';
import { alt, GENERIC_RATE_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLURAL_MARKERS, PURPOSE_WORDS, RATE_FLOOR_WORDS, STRICT_FLOOR_WORDS, UNIVERSAL_WORDS, wordsRe } from '../text/lexicon.js';
// "tất cả (11) (các) <noun> đều đạt (<measure>) trên 95%": the count, the noun, the measure, the bound word, the rate.
const CLAIM = new RegExp(String.raw `(?<![\p{L}])(?:${alt(UNIVERSAL_WORDS)})\s+(?:(\d{1,3})\s+)?(?:(?:${alt(PLURAL_MARKERS)})\s+)?(\p{L}[^\d;:.!?()%]{1,60}?)\s+đều\s+đạt\s+(?:(\p{L}[^\d;:.!?()%]{0,60}?)\s+)?(${alt(RATE_FLOOR_WORDS)})\s+(\d{1,3}(?:,\d{1,2})?)\s?%`, 'giud');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...NEGATION_WORDS, ...PURPOSE_WORDS]);
const STRICT = new Set(STRICT_FLOOR_WORDS);
const GENERIC = new Set(GENERIC_RATE_WORDS.flatMap((w) => w.split(' ')));
const words = (s) => foldKey(s).split(/[^\p{L}]+/u).filter((w) => w !== '');
/** The claims of every row passing a rate that a table of the report contradicts. */
export function readTableThresholds(input) {
    const out = [];
    const tables = (input.tables ?? []).filter((t) => t.labelColumn !== null && rateColumns(t).length === 1);
    if (tables.length === 0)
        return out;
    for (const block of input.source.blocks) {
        if (block.kind === 'row' || !block.text.includes('đều') || !block.text.includes('%'))
            continue;
        for (const s of input.clauses.statements(block.index)) {
            const own = block.text.slice(s.from, s.to);
            CLAIM.lastIndex = 0;
            const m = CLAIM.exec(own);
            if (!m || BLOCKED.test(own))
                continue;
            const [, count, noun, measure = '', bound] = m;
            const rateAt = m.indices?.[5];
            if (!rateAt)
                continue;
            const at = s.from + rateAt[0];
            const floor = input.figures.find((f) => f.block === block.index && f.kind === 'percent' && f.span.start - block.span.start === at);
            if (!floor)
                continue;
            for (const t of tables) {
                const short = shortRow(input, t, words(noun), words(measure), count === undefined ? null : Number(count), floor.value, STRICT.has(foldKey(bound)));
                if (!short)
                    continue;
                out.push({ kind: 'target', block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0], negative: false, value: short, target: floor, exceed: STRICT.has(foldKey(bound)) });
                break;
            }
        }
    }
    return out;
}
const rateColumns = (t) => t.columns.filter((c) => c.role === 'percent' || c.measure === 'rate' || c.measure === 'fulfilment');
// The table's first body row whose rate misses the floor, as its figure, when the table is the claim's; else null.
function shortRow(input, t, noun, measure, count, floor, strict) {
    const head = words(t.columns[t.labelColumn].header);
    if (head.length === 0 || !head.every((w, k) => noun[k] === w))
        return null;
    const caption = t.headerBlocks[0] > 0 ? input.source.blocks[t.headerBlocks[0] - 1] : undefined;
    const known = new Set([...(caption && caption.kind !== 'row' ? words(caption.text) : []), ...t.columns.flatMap((c) => words(c.header))]);
    if (![...noun.slice(head.length), ...measure].every((w) => GENERIC.has(w) || known.has(w)))
        return null;
    const column = rateColumns(t)[0].index;
    const cells = t.rows.filter((r) => !r.total && r.parent === null).map((r) => r.cells[column]).filter((c) => c && c.pure && c.value !== null && c.at !== null);
    if (cells.length < 2 || (count !== null && cells.length !== count))
        return null;
    const miss = cells.find((c) => (strict ? c.value <= floor : c.value < floor));
    if (!miss)
        return null;
    return input.figures.find((f) => f.block === miss.at.block && f.span.start - input.source.blocks[f.block].span.start === miss.at.from) ?? null;
}
//# sourceMappingURL=claims-table-threshold.js.map