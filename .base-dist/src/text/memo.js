/**
 * Answers kept across documents (folded keys, canonical labels, unit heads, catalogue matches): a report's genre repeats
 * its labels in every document, so these maps live as long as the process, each emptied when it reaches its bound.
 * They are registered here so that a measurement can empty them all: `npm run stress` reads the same text round after
 * round, and without `clearMemos()` every round after the first timed a document whose every label was already
 * answered (10k characters: all of them; 100k: fewer, where the maps filled), not a first reading.
 */
const ALL = [];
/** A map kept across documents, emptied by `clearMemos`. */
export function memoMap() {
    const m = new Map();
    ALL.push(m);
    return m;
}
/** Empty every map kept across documents (the next document is read as by a fresh process). */
export function clearMemos() {
    for (const m of ALL)
        m.clear();
}
//# sourceMappingURL=memo.js.map