import { labelTokens, spellInitials } from './similarity.js';
import { neighbourTables } from './claims-table-all.js';
import { alt, FLOOR_WORDS, MINIMUM_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_WORDS, PURPOSE_WORDS, STRICT_CEILING_WORDS, STRICT_FLOOR_WORDS, UNIVERSAL_WORDS, wordsRe } from '../text/lexicon.js';
const W = (ws) => String.raw `(?<![\p{L}])(?:${alt(ws)})(?![\p{L}])`;
const ALL = new RegExp(String.raw `${W(UNIVERSAL_WORDS)}|(?<![\p{L}])các\s[^;:.!?]{0,60}?(?<![\p{L}])đều(?![\p{L}])`, 'iu');
// The bound right before its figure: "đều dưới 30", "đều không dưới 90", "từ 25 … trở lên" (read with the tail below).
const BOUND = new RegExp(String.raw `(${W(FLOOR_WORDS)}|${W(STRICT_CEILING_WORDS)}|${W(STRICT_FLOOR_WORDS)}|(?<![\p{L}])từ)\s*$`, 'iu');
const CEILING = new RegExp(`^${W(STRICT_CEILING_WORDS)}$`, 'iu');
const STRICT_FLOOR = new RegExp(`^${W(STRICT_FLOOR_WORDS)}$`, 'iu');
const MINIMUM_TAIL = new RegExp(String.raw `^[^,;:.!?\d]{0,20}${W(MINIMUM_WORDS)}`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...NEGATION_WORDS, ...PURPOSE_WORDS, ...PLAN_WORDS]);
/** The claims of a bound every row of the table beside them keeps, held against the first row that does not. */
export function readTableBounds(input) {
    const out = [];
    for (const [b, t] of neighbourTables(input.tables ?? [])) {
        const block = input.source.blocks[b];
        if (!block || block.kind === 'row' || t.labelColumn === null)
            continue;
        const rowsWord = labelTokens(t.columns[t.labelColumn].header);
        if (rowsWord.length === 0)
            continue;
        for (const s of input.clauses.statements(b)) {
            const own = block.text.slice(s.from, s.to);
            const words = new Set(labelTokens(own));
            if (!ALL.test(own) || BLOCKED.test(own) || !rowsWord.every((w) => words.has(w)))
                continue;
            const figs = input.figures.filter((f) => f.block === b && f.span.start - block.span.start >= s.from && f.span.start - block.span.start < s.to);
            if (figs.length !== 1)
                continue;
            const bound = figs[0];
            const before = block.text.slice(s.from, bound.span.start - block.span.start);
            const m = BOUND.exec(before);
            if (!m)
                continue;
            const word = m[1].toLowerCase();
            if (word === 'từ' && !MINIMUM_TAIL.test(block.text.slice(bound.span.end - block.span.start, s.to)))
                continue;
            const column = namedColumn(t, words);
            if (column === undefined)
                continue;
            const breaking = firstBreaking(input, t, column, bound.value, word);
            if (!breaking)
                continue;
            const ceiling = CEILING.test(word);
            out.push({ kind: 'target', block: b, from: s.from + m.index, to: bound.span.end - block.span.start, claim: own.slice(m.index, bound.span.end - block.span.start - s.from).trim(), negative: false, value: breaking, target: bound, ...(ceiling ? { ceiling } : STRICT_FLOOR.test(word) ? { exceed: true } : {}) });
            break;
        }
    }
    return out;
}
// The value column the claim names by every word of its header (initials spelled out: "HS" = học sinh), the one naming most.
function namedColumn(t, words) {
    const named = t.columns.map((c) => ({ c, ws: spellInitials(labelTokens(c.header), [...words]) }))
        .filter(({ c, ws }) => c.index !== t.labelColumn && c.role !== 'stt' && ws.length >= 2 && ws.every((w) => words.has(w)));
    const most = Math.max(0, ...named.map((n) => n.ws.length));
    const best = named.filter((n) => n.ws.length === most);
    return best.length === 1 ? best[0].c.index : undefined;
}
// The first body row whose cell in the column breaks the bound, as its figure; only when most rows keep it (a bound no row
// keeps was read against the wrong column).
function firstBreaking(input, t, column, bound, word) {
    const breaks = CEILING.test(word) ? (v) => v >= bound : STRICT_FLOOR.test(word) ? (v) => v <= bound : (v) => v < bound;
    const cells = t.rows.map((r) => (r.total || r.head ? undefined : r.cells[column]))
        .filter((c) => !!c && c.pure && c.value !== null && c.at !== null && ['count', 'decimal', 'percent', 'money'].includes(c.kind));
    const broken = cells.filter((c) => breaks(c.value));
    if (broken.length === 0 || broken.length * 2 >= cells.length)
        return undefined;
    const at = broken[0].at;
    const start = input.source.blocks[at.block].span.start;
    return input.figures.find((f) => f.block === at.block && f.span.start - start === at.from);
}
//# sourceMappingURL=claims-table-bounds.js.map