import { alt, ALL_TARGET_NOUNS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PURPOSE_WORDS, TARGET_MET_VERBS, UNIVERSAL_WORDS, wordsRe } from '../text/lexicon.js';
const W = (ws) => String.raw `(?<![\p{L}])(?:${alt(ws)})(?![\p{L}])`;
const VERB = W(TARGET_MET_VERBS);
const NOUN = W(ALL_TARGET_NOUNS);
// "hoàn thành (và vượt) 100% (các) chỉ tiêu", "đạt và vượt tất cả các chỉ tiêu": the verb, then the targets.
const VERB_FIRST = new RegExp(String.raw `${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(?:100\s?%\s+)?(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?(?:các\s+)?${NOUN}`, 'iu');
// "tất cả các chỉ tiêu … đều đạt", "các chỉ tiêu kế hoạch đều hoàn thành": the targets, then "đều" and the verb.
const NOUN_FIRST = new RegExp(String.raw `(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?(?:các\s+)${NOUN}[^\d;:.!?]{0,40}?(?<![\p{L}])đều\s+${VERB}`, 'iu');
// "đều" claims all only of a plural its clause opened with "các" ("các mặt hàng … đều"): after things it names itself
// ("Trồng lúa và trồng ngô đều vượt kế hoạch") it speaks of those rows, not of the table.
const ALL = new RegExp(String.raw `${W(UNIVERSAL_WORDS)}|(?<![\p{L}])các\s[^;:.!?]{0,60}?(?<![\p{L}])đều(?![\p{L}])`, 'iu');
const BLOCKED = wordsRe(PARTIAL_CLAIM_WORDS);
// A negation or purpose denies the claim only up to the comma after it ("…, không để xảy ra khan hiếm" is another
// statement); an exception ("riêng", "trừ") or a plan word anywhere in the sentence still leaves it unread.
const NEGATED = wordsRe([...NEGATION_WORDS, ...PURPOSE_WORDS]);
const CLAUSE_END = /[,;]/u;
const HUNDRED = /^100\s?%$/u;
const pureCount = (c) => !!c && c.pure && c.value !== null && c.at !== null && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money');
/** The claims of all targets met that the table right after their paragraph contradicts. */
export function readTableAllTargets(input) {
    const out = [];
    if (!input.tables || input.tables.length === 0)
        return out;
    for (const [b, t] of neighbourTables(input.tables)) {
        const block = input.source.blocks[b];
        if (!block || block.kind === 'row')
            continue;
        const short = shortRow(input, t);
        if (!short)
            continue;
        const figs = input.figures.filter((f) => f.block === b);
        for (const s of input.clauses.statements(b)) {
            const own = block.text.slice(s.from, s.to);
            const m = VERB_FIRST.exec(own) ?? NOUN_FIRST.exec(own);
            if (!m || !ALL.test(own) || BLOCKED.test(own))
                continue;
            const close = own.slice(m.index + m[0].length).search(CLAUSE_END);
            if (NEGATED.test(close < 0 ? own : own.slice(0, m.index + m[0].length + close)))
                continue;
            const inside = figs.filter((f) => f.span.start - block.span.start >= s.from && f.span.start - block.span.start < s.to);
            if (inside.some((f) => !HUNDRED.test(f.raw.trim())))
                continue;
            out.push({ kind: 'target', block: b, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0], negative: false, value: short[0], target: short[1] });
            break;
        }
    }
    return out;
}
/** The paragraph right before each table (which announces it) and the one right after it (which sums it up), with the table. */
export function neighbourTables(tables) {
    const next = new Map();
    for (const t of tables) {
        if (t.headerBlocks.length === 0)
            continue;
        next.set(t.headerBlocks[0] - 1, t);
        const last = Math.max(...t.headerBlocks, ...t.rows.flatMap((r) => r.blocks));
        if (!next.has(last + 1))
            next.set(last + 1, t);
    }
    return next;
}
/**
 * The first body row of a table whose result is below its plan, as [result, plan] figures: the table has exactly one plan
 * and one result column of counts, and, with one fulfilment column, the row's rate is below 100 as well.
 */
function shortRow(input, t) {
    const plans = t.columns.filter((c) => c.measure === 'plan');
    const results = t.columns.filter((c) => c.measure === 'result');
    const rates = t.columns.filter((c) => c.measure === 'fulfilment');
    if (plans.length !== 1 || results.length !== 1 || rates.length > 1)
        return null;
    const cellFigure = (c) => input.figures.find((f) => f.block === c.at.block && f.span.start - input.source.blocks[f.block].span.start === c.at.from);
    for (const r of t.rows) {
        if (r.total || r.head)
            continue;
        const plan = r.cells[plans[0].index];
        const done = r.cells[results[0].index];
        if (!pureCount(plan) || !pureCount(done) || plan.value <= 0 || done.value >= plan.value)
            continue;
        if (rates.length === 1) {
            const rate = r.cells[rates[0].index];
            if (!rate || rate.value === null || rate.value >= 100)
                continue;
        }
        const a = cellFigure(done);
        const p = cellFigure(plan);
        if (a && p && a.kind === p.kind)
            return [a, p];
    }
    return null;
}
//# sourceMappingURL=claims-table-all.js.map