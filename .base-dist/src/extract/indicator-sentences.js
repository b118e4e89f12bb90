import { emptyDraft, percentOf, sectionPathAt, unitFromLabel } from './indicator-common.js';
import { alt, DURATION_UNITS, PERCENT_JOIN_VERBS, RATE_WORDS, TARGET_SECTION_OPENERS, TARGET_TAILS, TARGET_WORDS } from '../text/lexicon.js';
const PLAN = new RegExp(`^(?:${alt(TARGET_SECTION_OPENERS)})`, 'iu');
const TARGET_BEFORE = new RegExp(String.raw `(?:${alt(TARGET_WORDS, ['phấn đấu'])})(?:\s+(?:${alt(TARGET_TAILS)}))*\s*(?:là)?\s*[:=]?\s*$`, 'iu');
const JOINS_PERCENT = new RegExp(String.raw `^[\s,]*(?:\S+\s+){0,3}?(?:${alt(PERCENT_JOIN_VERBS)}|=)\s*(?:${alt(RATE_WORDS)})?\s*$`, 'iu');
const DURATION = new RegExp(`^(?:${alt(DURATION_UNITS)})$`, 'iu');
const HEADED = new RegExp(String.raw `^(?:tổng\s+)?(?:số|${alt(RATE_WORDS)})(?![\p{L}])`, 'iu');
const PHRASE_END = new RegExp(String.raw `[;.()]|\s(?:${alt(PERCENT_JOIN_VERBS)})\s`, 'iu');
const PHRASE_WINDOW = 400;
/** Indicators stated in paragraphs and footnotes outside plan sections. */
export function readSentenceIndicators(a) {
    const byBlock = new Map();
    for (const f of a.figures) {
        const kind = a.source.blocks[f.block].kind;
        if (kind === 'row' || inPlan(a.sections, f.section))
            continue;
        if (!byBlock.has(f.block))
            byBlock.set(f.block, []);
        byBlock.get(f.block).push(f);
    }
    return [...byBlock.values()].flatMap((figs) => readBlock(a, figs.sort((x, y) => x.span.start - y.span.start)));
}
function inPlan(sections, at) {
    for (let s = at; s !== null; s = sections[s].parent)
        if (PLAN.test(sections[s].title.trim()))
            return true;
    return false;
}
function readBlock(a, figs) {
    const block = a.source.blocks[figs[0].block];
    const at = (f) => f.span.start - block.span.start;
    const out = [];
    let last = null;
    figs.forEach((f, i) => {
        const prevEnd = i > 0 ? figs[i - 1].span.end - block.span.start : 0;
        const between = block.text.slice(prevEnd, at(f));
        if (f.kind === 'percent' && last && last.fig === figs[i - 1]) {
            if (last.fig.kind === 'fraction' && last.fig.percent === f.value)
                return;
            if (last.fig.kind !== 'fraction' && last.fig.kind !== 'percent' && JOINS_PERCENT.test(between) && last.draft.percent === null) {
                last.draft.percent = f.value;
                return;
            }
        }
        if (f.kind === 'percent' && TARGET_BEFORE.test(block.text.slice(Math.max(0, at(f) - 40), at(f)))) {
            if (last && last.draft.target === null)
                last.draft.target = f.value;
            return;
        }
        const draft = readFigure(a, f, block.text, f.span.end - block.span.start);
        if (draft) {
            out.push(draft);
            last = { draft, fig: f };
        }
    });
    return out;
}
function readFigure(a, f, text, end) {
    if (f.kind === 'range')
        return null;
    const rate = f.kind === 'percent' || f.kind === 'fraction';
    const name = rate ? rateName(f, text, end) : countName(f);
    if (!name)
        return null;
    const d = emptyDraft(name, f.block, f.span, sectionPathAt(a, f.block));
    d.value = rate ? percentOf(f.kind, f.value, f.numerator, f.denominator, f.percent) : f.value;
    d.numerator = f.numerator;
    d.denominator = f.denominator;
    d.percent = f.kind === 'percent' ? f.value : f.percent;
    d.unit = rate ? 'percent' : f.unit ?? unitFromLabel(name);
    return d;
}
const words = (s) => (s ? s.trim().split(/\s+/).length : 0);
// A rate's name: its label when it says more than the counted noun, else the phrase after the figure.
function rateName(f, text, end) {
    const label = f.label?.trim() ?? null;
    const after = phraseAfter(text, end);
    // A label read from the words after the figure is cut short ("100% dịch vụ công trực"): the whole phrase is better.
    const labelAfter = label !== null && after !== null && after.startsWith(label);
    if (label && !labelAfter && (HEADED.test(label) || words(label) >= 3) && label.toLowerCase() !== f.unit?.toLowerCase())
        return label;
    if (after && words(after) >= 3)
        return after;
    return label && words(label) >= 2 ? label : null;
}
// A count's name: a "Số …"/"X: 277" label, or a label that says more than its unit; never a duration or frequency.
function countName(f) {
    const label = f.label?.trim() ?? null;
    if (!label || (f.unit && (f.unit.includes('/') || DURATION.test(f.unit))))
        return null;
    if (HEADED.test(label) && words(label) >= 2)
        return label;
    if (!f.unit || words(label) < 2 || label.toLowerCase() === f.unit.toLowerCase())
        return null;
    return label;
}
// "21/22 cán bộ, công chức được trang bị máy tính, đạt …" → "cán bộ, công chức được trang bị máy tính".
function phraseAfter(text, from) {
    // The phrase ends at its first stop: read a window after the figure when the stop is surely the first one in it (no
    // stop, at most 7 characters, starts earlier and runs past the window), else the whole rest of the block.
    const window = text.slice(from, from + PHRASE_WINDOW);
    const lead = /^\s*%?\s*/u.exec(window)[0].length;
    const near = PHRASE_END.exec(window.slice(lead));
    const sure = near !== null && lead + near.index + 7 <= window.length && lead < window.length - 1;
    const rest = sure ? window.slice(lead) : text.slice(from).replace(/^\s*%?\s*/u, '');
    const end = sure ? near : PHRASE_END.exec(rest);
    // Clauses up to the first comma that leaves at least three words ("cán bộ, công chức được trang bị máy tính").
    let phrase = '';
    for (const part of (end ? rest.slice(0, end.index) : rest).split(',')) {
        phrase = phrase ? `${phrase},${part}` : part;
        if (words(phrase) >= 3)
            break;
    }
    phrase = phrase.replace(/[\s,:]+$/u, '').trim();
    if (!/^\p{L}/u.test(phrase) || words(phrase) > 18)
        return null;
    return phrase;
}
//# sourceMappingURL=indicator-sentences.js.map