import { SIGNATURE } from './heading.js';
import { styleOf } from './style-order.js';
/**
 * A full stop after four words or more, then a capital: the text runs on past its first sentence (a pdf
 * paragraph can take in the next line, "… minh bạch. Đầu mối liên hệ: …"). "TT. Huyện ủy" or "tại TP. Huế"
 * (an abbreviation in capitals) is no break.
 */
const SENTENCE_BREAK = /^(?:\S+\s+){3,}\S*\p{Ll}\.\s+\p{Lu}/u;
/** A short title run in before its body ("Ưu điểm: Phần lớn các chỉ tiêu đạt …"): a heading with its body on its line. */
const RUN_IN_TITLE = /^[^\d:;.]{1,60}:\s+\S/u;
const RUN_IN_WORDS = 6;
/** Whether the item opens with a run-in title: at most six words, no digit, then ":". */
function hasRunInTitle(title) {
    return RUN_IN_TITLE.test(title) && title.slice(0, title.indexOf(':')).trim().split(/\s+/).length <= RUN_IN_WORDS;
}
/**
 * Whether a numbered paragraph reads as a sentence rather than a title: a final "." or ";", a ";"
 * clause break, or a sentence break; one with a run-in title is a heading, however it ends.
 */
export function isSentenceItem(block, h) {
    if (h.bare || hasRunInTitle(h.title))
        return false;
    const text = block.text.trim();
    return /[.;]$/u.test(text) || /;\s/u.test(h.title) || SENTENCE_BREAK.test(h.title);
}
/** The number a multi-level heading hangs from: "4" for "4.2", "" for single numbers. */
const prefixOf = (h) => h.key.split('.').slice(0, -1).join('.');
/** Whether `next` carries on the numbering of `prev`: one style, one parent number, counting on (a slip or a repeat included). */
function continues(prev, next) {
    return next !== null && styleOf(next) === styleOf(prev) && prefixOf(next) === prefixOf(prev) && next.ordinal >= prev.ordinal && next.ordinal > 1;
}
/**
 * Whether `next` carries on a run whose last item is `last`: it counts on from it, or it steps back to
 * fill a number the run skipped ("1." "2." "4." "3.": two items swapped, nothing dropped or repeated).
 */
function carriesOn(last, run, next) {
    if (continues(last, next))
        return true;
    if (next === null || styleOf(next) !== styleOf(last) || prefixOf(next) !== prefixOf(last) || next.ordinal <= 1)
        return false;
    return next.ordinal < run.highest && !run.used.has(next.ordinal);
}
/** Styles that close everything: a later number of the run's style belongs to another division. */
const TOP = new Set(['part', 'appendix']);
/**
 * Whether a heading after the run `[start, end)` continues its numbering, looking past body text and
 * headings of styles first met inside or after the run (deeper ones), up to the first heading of
 * an outer style, the signature or the end.
 */
function continuedLater(blocks, read, firstSeen, start, end) {
    const last = read[end - 1];
    for (let k = end; k < blocks.length; k++) {
        const h = read[k];
        if (!h) {
            if (SIGNATURE.test(blocks[k].text.trim()))
                return false;
            continue;
        }
        if (styleOf(h) === styleOf(last))
            return continues(last, h);
        if (TOP.has(h.style) || (firstSeen.get(styleOf(h)) ?? k) < start)
            return false;
    }
    return false;
}
/** Null every heading reading that is an item of a numbered list of sentences; return those lists. */
export function dropSentenceLists(blocks, read, plain) {
    const lists = [];
    const item = (k) => {
        const h = read[k];
        return h && plain[k] && isSentenceItem(blocks[k], h) ? h : null;
    };
    const member = (k) => (read[k] && plain[k] && !read[k].bare ? read[k] : null);
    const firstSeen = new Map();
    read.forEach((h, k) => h && !firstSeen.has(styleOf(h)) && firstSeen.set(styleOf(h), k));
    for (let i = 0; i < blocks.length; i++) {
        const first = item(i);
        if (!first || first.ordinal !== 1)
            continue;
        let end = i + 1;
        let slip = false;
        const run = { used: new Set([first.ordinal]), highest: first.ordinal };
        const take = (h) => { run.used.add(h.ordinal); run.highest = Math.max(run.highest, h.ordinal); };
        for (; end < blocks.length && carriesOn(read[end - 1], run, member(end)); end++) {
            take(read[end]);
            if (item(end))
                continue;
            if (slip || !carriesOn(read[end], run, item(end + 1)))
                break;
            slip = true;
        }
        if (end - i < 2 || continuedLater(blocks, read, firstSeen, i, end))
            continue;
        const list = [];
        for (let k = i; k < end; k++) {
            list.push({ block: k, heading: read[k] });
            read[k] = null;
        }
        lists.push(list);
        i = end - 1;
    }
    return lists;
}
//# sourceMappingURL=sentence-list.js.map