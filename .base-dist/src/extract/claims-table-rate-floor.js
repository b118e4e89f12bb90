import { neighbourTables } from './claims-table-all.js';
import { labelTokens } from './similarity.js';
import { alt, MINIMUM_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, RATE_WORDS, REMAINDER_WORDS, TABLE_CAPTION_WORDS, UNIVERSAL_WORDS, wordsRe } from '../text/lexicon.js';
// "tất cả …" or "các … đều", then a rate's name, then its floor: "(từ|trên|ít nhất|tối thiểu) X%( trở lên)" or "X% trở lên".
const FLOOR_LEADS = ['từ', 'trên', ...MINIMUM_WORDS.filter((w) => w !== 'trở lên')];
const CLAIM = new RegExp(String.raw `(?:(?<![\p{L}])(?:${alt(UNIVERSAL_WORDS)})|(?<![\p{L}])các\s[^\d;:.!?]{0,60}?(?<![\p{L}])đều)(?![\p{L}])[^\d;:.!?]{0,20}?(?<![\p{L}])(?:${alt(RATE_WORDS)})\s+(\p{L}[\p{L}\s]{0,40}?)\s+(?:(?:${alt(FLOOR_LEADS)})\s+)?(\d{1,3}(?:,\d+)?\s?%)(\s+(?:${alt(MINIMUM_WORDS)}))?`, 'iu');
const FLOORED = new RegExp(String.raw `(?<![\p{L}])(?:${alt(FLOOR_LEADS)})\s+$`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS.filter((w) => !REMAINDER_WORDS.includes(w)), ...NEGATION_WORDS]);
const REST = wordsRe(REMAINDER_WORDS);
const CAPTION = new RegExp(String.raw `^\s*(?:${alt(TABLE_CAPTION_WORDS)})\s+\d`, 'iu');
const FRAME = new Set(labelTokens(RATE_WORDS.join(' ')));
const pureRate = (c) => !!c && c.pure && c.value !== null && c.at !== null;
/** The claims that every row of a table reaches a rate, each with the first row below it. */
export function readTableRateFloors(input) {
    const out = [];
    if (!input.tables || input.tables.length === 0)
        return out;
    const seen = new Set();
    for (const [next, t] of neighbourTables(input.tables)) {
        // The paragraph the table follows may be its caption ("Bảng 1. …"): the claim is in the paragraph before that.
        const b = next === t.headerBlocks[0] - 1 && CAPTION.test(input.source.blocks[next]?.text ?? '') ? next - 1 : next;
        const block = input.source.blocks[b];
        if (!block || block.kind === 'row' || seen.has(b))
            continue;
        const statements = input.clauses.statements(b);
        statements.forEach((s, k) => {
            const own = block.text.slice(s.from, s.to);
            const m = CLAIM.exec(own);
            if (!m || BLOCKED.test(own) || (m[3] === undefined && !FLOORED.test(own.slice(0, m.index + m[0].length - m[2].length))))
                return;
            const floor = figureAt(input, b, s.from + m.index + m[0].length - (m[3]?.length ?? 0) - m[2].length);
            const column = rateColumn(t, labelTokens(m[1]));
            if (!floor || floor.kind !== 'percent' || column === null)
                return;
            const rest = REST.test(own.slice(0, m.index + m[0].length));
            const apart = rest ? setApart(input, block.text, statements[k - 1], s, b, floor) : null;
            if (rest && apart === null)
                return;
            const low = belowRow(input, t, column, floor.value, apart);
            if (!low)
                return;
            seen.add(b);
            out.push({ kind: 'target', block: b, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0].trim(), negative: false, value: low, target: floor });
        });
    }
    return out;
}
// The one rate column whose header names, besides "tỷ lệ" and its unit, only words of the claim's rate (one word at least).
function rateColumn(t, words) {
    const fits = t.columns.filter((c) => {
        if (c.role !== 'percent' && c.measure !== 'rate')
            return false;
        const own = labelTokens(c.header.replace(/\([^()]*\)/gu, ' ')).filter((w) => !FRAME.has(w));
        return own.length > 0 && own.every((w) => words.includes(w));
    });
    return fits.length === 1 ? fits[0].index : null;
}
// "Có 06 dự án đã hoàn thành bàn giao 100% mặt bằng; các dự án còn lại …": the statement before, in the same sentence,
// with one count and one rate at or above the floor: the rows set apart are those that many at that rate.
function setApart(input, text, prev, s, b, floor) {
    if (!prev || /[.!?]\s*$/u.test(text.slice(prev.from, s.from)))
        return null;
    const inside = input.figures.filter((f) => f.block === b && f.span.start - input.source.blocks[b].span.start >= prev.from && f.span.start - input.source.blocks[b].span.start < prev.to);
    const counts = inside.filter((f) => f.kind === 'count');
    const rates = inside.filter((f) => f.kind === 'percent');
    if (counts.length !== 1 || rates.length !== 1 || rates[0].value < floor.value)
        return null;
    return { count: counts[0].value, rate: rates[0].value };
}
// The first body row whose rate is below the floor, the rows set apart left out (exactly their count at their rate).
function belowRow(input, t, column, floor, apart) {
    const body = t.rows.filter((r) => !r.total && !r.head);
    // A row whose words spill into a value column ("Trạm biến áp 110 | kV Lương Sơn | 0,85 …" of a pdf) has its values shifted:
    // its rate cell holds another column's number, so the table is not read.
    const values = t.columns.filter((c) => c.role === 'value' || c.role === 'percent').map((c) => c.index);
    if (body.some((r) => values.some((k) => r.cells[k] && r.cells[k].text.trim() !== '' && !r.cells[k].pure)))
        return null;
    const rates = body.map((r) => r.cells[column]).filter(pureRate);
    if (rates.length !== body.length)
        return null;
    if (apart && rates.filter((c) => c.value === apart.rate).length !== apart.count)
        return null;
    const low = rates.find((c) => c.value < floor && (!apart || c.value !== apart.rate));
    return low ? figureAt(input, low.at.block, low.at.from) ?? null : null;
}
function figureAt(input, block, from) {
    const start = input.source.blocks[block].span.start;
    return input.figures.find((f) => f.block === block && f.span.start - start === from);
}
//# sourceMappingURL=claims-table-rate-floor.js.map