/**
 * Where a mark last occurs before a place in a text, answered from the mark's positions found once per text: the
 * stages that ask this for every figure of a block ("is this figure in brackets?", "where does its clause start?")
 * stay linear on a line of a million characters, where `lastIndexOf` from each figure walked back to the line's start.
 */
// Per holder, per mark, the positions it starts at, in order. Keyed by the object, never by the string: a Map keyed
// by a text of a million characters compared the whole text on every look-up once a second, equal text (the same
// file read again, in the next batch or the next stress round) came in as another string (claims on one line of 1M
// characters: 0.1 s the first time, 8.4 s the second).
const CACHE = new WeakMap();
function positionsOf(of, mark) {
    let marks = CACHE.get(of);
    if (!marks)
        CACHE.set(of, (marks = new Map()));
    let at = marks.get(mark);
    if (!at) {
        const text = of.text;
        at = [];
        for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1))
            at.push(k);
        marks.set(mark, at);
    }
    return at;
}
/** The same as `of.text.lastIndexOf(mark, from)`, in logarithmic time after the first call on this holder and mark. */
export function lastIndexAtOrBefore(of, mark, from) {
    const text = of.text;
    const limit = Number.isNaN(from) ? text.length : Math.min(Math.max(from, 0), text.length);
    const at = positionsOf(of, mark);
    let lo = 0;
    let hi = at.length - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] <= limit) {
            found = at[mid];
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return found;
}
/** Whether the place `at` of a block's text is inside an open bracket: the last "(" at or before it comes after the last ")". */
export function insideBrackets(of, at) {
    return lastIndexAtOrBefore(of, '(', at) > lastIndexAtOrBefore(of, ')', at);
}
/**
 * Where the words of a clause before a place that can bear on it begin: the clause's start, or in a clause longer than
 * 1,000 characters (a line with no stop), the first word of its last 1,000 characters, so that reading every figure of
 * such a line stays linear. No report writes a period, "lũy kế" or "đầu năm" that far before the figure it scopes.
 */
export function clauseWindow(text, start, at) {
    if (at - start <= CLAUSE_WINDOW)
        return start;
    const space = text.slice(at - CLAUSE_WINDOW, at).search(/\s/u);
    return space < 0 ? at : at - CLAUSE_WINDOW + space + 1;
}
const CLAUSE_WINDOW = 1000;
//# sourceMappingURL=positions.js.map