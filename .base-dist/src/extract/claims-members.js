import { subSpan } from '../model/index.js';
import { isReference, localRange, makeClaim } from './claims-parts.js';
import { alt, SEPARATELY, GROUP_NAME_ENDS, GROUP_STOCK_HAS, GROUP_STOCK_MARKERS, GROUP_STOCK_UNSURE, MEMBER_ACTION_WORDS, RECIPIENT_WORDS, VISIT_UNITS } from '../text/lexicon.js';
const NAME = /^\s+([^\d,;.:()%/]+)/u;
const NAME_END = new RegExp(String.raw `\s(?:${alt(GROUP_NAME_ENDS)})(?:\s|$)`, 'iu');
const STOCK_BEFORE = new RegExp(String.raw `(?<![\p{L}])(${alt(GROUP_STOCK_MARKERS)})\s+$`, 'iu');
const HAS = new RegExp(String.raw `(?<![\p{L}])(?:${alt(GROUP_STOCK_HAS)})(?![\p{L}])`, 'iu');
const UNSURE = new RegExp(String.raw `(?<![\p{L}])(?:${alt(GROUP_STOCK_UNSURE, SEPARATELY)})(?![\p{L}])`, 'iu');
const RECIPIENT_BEFORE = new RegExp(String.raw `(?<![\p{L}])(?:${alt(RECIPIENT_WORDS)})\s+$`, 'iu');
const ACTION = MEMBER_ACTION_WORDS.map((w) => w.split(' '));
const VISIT = new Set(VISIT_UNITS);
const words = (s) => s.toLowerCase().split(/\s+/u).filter((w) => w !== '');
// The sentence around a figure (within a few hundred characters): from the last sentence end before it to the next one after it.
function sentenceAround(text, s, e) {
    const start = Math.max(0, s - 400);
    const before = text.slice(start, s);
    const from = start + Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
    const after = text.slice(e, e + 400);
    const stop = after.search(/\.(?:\s|$)/u);
    return text.slice(from, stop < 0 ? e + after.length : e + stop);
}
// Inside an unclosed bracket of its sentence.
function bracketed(text, s) {
    const before = text.slice(Math.max(0, s - 400), s);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
}
function stockOf(block, f) {
    const text = block.text;
    const [s, e] = localRange(block, f);
    const marker = STOCK_BEFORE.exec(text.slice(Math.max(0, s - 8), s));
    if (!marker || bracketed(text, s) || isReference(block, f))
        return null;
    const sentence = sentenceAround(text, s, e);
    if (!GROUP_STOCK_HAS.includes(marker[1].toLowerCase()) && !HAS.test(sentence))
        return null;
    if (UNSURE.test(sentence))
        return null;
    const m = NAME.exec(text.slice(e, e + 200));
    if (!m)
        return null;
    const cut = m[1].search(NAME_END);
    const phrase = cut < 0 ? m[1] : m[1].slice(0, cut);
    // The name ends at a separator: nothing but spaces between it and the next ",", ";", "." or bracket (or "và", "trong đó").
    const next = text.slice(e + m[0].length, e + m[0].length + 4);
    if (cut < 0 && !/^\s*(?:[,;.(]|$)/u.test(next))
        return null;
    const name = words(phrase);
    if (name.length < 2 || name.length > 4 || VISIT.has(name[0]))
        return null;
    return { figure: f, name };
}
function memberOf(block, f, stock) {
    const text = block.text;
    const [s, e] = localRange(block, f);
    if (bracketed(text, s) || isReference(block, f))
        return false;
    const m = NAME.exec(text.slice(e, e + 200));
    if (!m)
        return false;
    const after = words(m[1]);
    if (!stock.every((w, k) => after[k] === w))
        return false;
    const rest = after.slice(stock.length);
    // "Phấn đấu giải quyết việc làm cho 3 700 lao động": a goal or another time counts no member of the stock now.
    if (UNSURE.test(sentenceAround(text, s, e)))
        return false;
    if (ACTION.some((a) => a.every((w, k) => rest[k] === w)))
        return true;
    if (!RECIPIENT_BEFORE.test(text.slice(Math.max(0, s - 12), s)))
        return false;
    const tail = text.slice(e + m[0].length, e + m[0].length + 4);
    return (rest.length === 0 && /^\s*(?:[,;.]|$)/u.test(tail)) || (rest.length === 1 && rest[0] === 'của' && /^\s*\d/u.test(tail));
}
export function extractMemberClaims(blocks, figuresOf) {
    const stocks = new Map();
    blocks.forEach((block, i) => {
        if (block.kind === 'row')
            return;
        for (const f of figuresOf.of(i)) {
            if (f.cell !== null || f.kind !== 'count')
                continue;
            const stock = stockOf(block, f);
            if (!stock)
                continue;
            const key = stock.name.join(' ');
            const list = stocks.get(key) ?? [];
            list.push(stock);
            stocks.set(key, list);
        }
    });
    // Each count is looked up by the first two to four words after it, so the reading stays linear in the figures.
    const out = [];
    blocks.forEach((block, i) => {
        if (block.kind === 'row')
            return;
        for (const f of figuresOf.of(i)) {
            if (f.cell !== null || f.kind !== 'count')
                continue;
            const [, e] = localRange(block, f);
            const m = NAME.exec(block.text.slice(e, e + 200));
            if (!m)
                continue;
            const after = words(m[1]);
            for (let n = 2; n <= Math.min(4, after.length); n++) {
                const list = stocks.get(after.slice(0, n).join(' '));
                if (!list || new Set(list.map((s) => s.figure.value)).size !== 1)
                    continue;
                const whole = list[0].figure;
                if (whole.block >= i || !memberOf(block, f, list[0].name))
                    continue;
                out.push(makeClaim({
                    relation: 'subset', whole: whole.index, parts: [f.index], connector: 'nhóm', block: whole.block,
                    span: subSpan(block, 0, localRange(block, f)[1]), partBlocks: [block.index],
                }));
            }
        }
    });
    return out;
}
//# sourceMappingURL=claims-members.js.map