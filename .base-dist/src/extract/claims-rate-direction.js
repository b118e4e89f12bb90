import { foldKey } from '../text/normalize.js';
import { alt, CHANGE_VERBS, COMPARED_WITH, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, RATE_SUBJECT_FILLERS, RATE_WORDS, SUBJECT_VERB_ADVERBS, wordsRe } from '../text/lexicon.js';
// "tỷ lệ <subject> (tiếp tục) tăng so với cùng kỳ": the subject, the verb and the earlier period.
const CLAIM = new RegExp(String.raw `(?<![\p{L}])(?:${alt(RATE_WORDS)})\s+(\p{L}[^;:.!?()%,]{3,80}?)\s+(?:(?:${alt(SUBJECT_VERB_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})\s+(?:${alt(COMPARED_WITH)})\s+(${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])`, 'iu');
// Right after the current rate: "(cùng kỳ năm 2025 là 91,5%)", the earlier period's words opening the bracket.
const PRIOR_AFTER = new RegExp(String.raw `^\s*\(\s*(${alt(EARLIER_PERIOD_WORDS)})(?![\p{L}])[^()%\d]*(?:năm\s+\d{4}[^()%\d]*)?\d`, 'iu');
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS]);
const FILLERS = new Set([...RATE_WORDS, ...RATE_SUBJECT_FILLERS].flatMap((w) => foldKey(w).split(' ')));
const MIN_SHARED = 3;
const BRACKET_SPAN = 200;
const SENTENCE_SPAN = 400;
const COUNTED = /\d[\d.,]*\s+\p{L}+/gu;
const words = (s) => foldKey(s).split(/[^\p{L}]+/u).filter((w) => w !== '' && !FILLERS.has(w));
/** The claims of a rate's way of change with no figure, against the rate stated with its earlier value. */
export function readRateDirections(input) {
    const rates = input.figures.filter((f) => f.kind === 'percent' && f.cell === null);
    const pairs = priorPairs(input, rates);
    const out = [];
    if (pairs.length === 0)
        return out;
    for (const block of input.source.blocks) {
        if (block.kind === 'row' || !CLAIM.test(block.text))
            continue;
        for (const s of input.clauses.statements(block.index)) {
            const own = block.text.slice(s.from, s.to);
            const m = CLAIM.exec(own);
            // A figure of its own ("tăng 2,3 điểm so với cùng kỳ", "… (91,5%)") makes it another claim; an age or a grade in the subject does not.
            if (!m || own.includes('%') || /\d/u.test(own.slice(0, m.index) + own.slice(m.index + m[0].length)) || BLOCKED.test(own))
                continue;
            const subject = new Set(words(m[1]));
            const period = foldKey(m[3]);
            const found = pairs.filter((p) => p.period === period && p.words.length >= MIN_SHARED && p.words.every((w) => subject.has(w))
                && subject.size - p.words.length <= p.words.length / 2);
            if (found.length !== 1)
                continue;
            out.push({ kind: 'direction', block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, verb: m[2].toLowerCase(), current: found[0].current, base: found[0].base });
        }
    }
    return out;
}
// Each rate followed by its earlier value in brackets, with the words of its own sentence before it.
function priorPairs(input, rates) {
    const out = [];
    rates.forEach((f, k) => {
        const block = input.source.blocks[f.block];
        const end = f.span.end - block.span.start;
        const prior = PRIOR_AFTER.exec(block.text.slice(end, end + 60));
        const base = rates[k + 1];
        if (!prior || !base || base.block !== f.block)
            return;
        // The bracket closes within a short window, and the sentence before the rate is looked for within one too: a search
        // through the whole block per rate is quadratic on one long line.
        const close = block.text.slice(end, end + BRACKET_SPAN).indexOf(')');
        if (close < 0 || base.span.end - block.span.start > end + close)
            return;
        const at = f.span.start - block.span.start;
        const head = block.text.slice(Math.max(0, at - SENTENCE_SPAN), at);
        const from = Math.max(...['. ', '; ', ': ', '! ', '? ', '\n'].map((c) => head.lastIndexOf(c)));
        // A count's noun ("124 người", "171 em") is what it counts, not what the rate measures.
        out.push({ current: f, base, period: foldKey(prior[1]), words: [...new Set(words(head.slice(from + 1).replace(COUNTED, ' ')))] });
    });
    return out;
}
//# sourceMappingURL=claims-rate-direction.js.map