import { ABBREVIATIONS, BULLET_CHARS } from '../text/lexicon.js';
const SENTENCE_END = new RegExp(String.raw `[!?]|\.(?=\s+(?:[\p{Lu}${BULLET_CHARS}(]|$))|\.$`, 'gu');
const ABBREVIATION = new RegExp(`(?:^|[^\\p{L}/])(?:${ABBREVIATIONS.map((a) => a.replace(/[./]/g, '\\$&')).join('|')})$`, 'u');
// A list marker opening the block: "1.", "1.2.", "II.", "a.".
const LEAD_MARKER = /^\s*(?:[\dIVXLC]{1,4}(?:\.\d{1,2})*|[a-zđ])$/u;
const CLAUSE_END = /;|:(?!\s*[\d\-+−])/gu;
/** [from, to) of each sentence of a text, with the mark that ends it. */
export function splitSentences(text) {
    const t = scratch();
    t.walk(text, false);
    const out = new Array(t.sentences);
    for (let k = 0; k < t.sentences; k++)
        out[k] = { from: t.sFrom[k], to: t.sTo[k], end: ENDS[t.sEnd[k]] };
    return out;
}
/** The sentences and clauses of one block, as objects. */
export function readSentences(block) {
    const t = scratch();
    t.walk(block.text, true);
    const sentences = new Array(t.sentences);
    for (let k = 0; k < t.sentences; k++)
        sentences[k] = { block: block.index, index: k, from: t.sFrom[k], to: t.sTo[k] };
    const clauses = new Array(t.clauses);
    for (let k = 0; k < t.clauses; k++)
        clauses[k] = { block: block.index, sentence: t.cSentence[k], from: t.cFrom[k], to: t.cTo[k], end: ENDS[t.cEnd[k]] };
    return { sentences, clauses };
}
// The marks that end a sentence or a clause, by code: a span keeps one byte for its end.
const ENDS = ['', '.', '!', '?', ';', ':'];
const COLON = 5;
/** The code of the one-character mark at `at` of a text (in ENDS). */
function endCode(text, at) {
    switch (text.charCodeAt(at)) {
        case 0x2e: return 1; // .
        case 0x21: return 2; // !
        case 0x3f: return 3; // ?
        case 0x3b: return 4; // ;
        case 0x3a: return COLON;
        default: return 0;
    }
}
/**
 * Sentences and clauses of every block, indexed by block: flat columns of numbers (where each sentence and clause starts
 * and ends, its sentence, its closing mark) and where each block's run of them begins. Before, every block kept two
 * arrays and an object per sentence and per clause (~440 bytes a block): at 1M characters of short paragraphs (33,286
 * blocks) 14.7 MB retained, most of it on pages touched for the first time (~3,400 page faults). Now ~40 bytes a block.
 */
export function extractSentences(blocks) {
    const t = new SpanTable(indexCount(blocks), blocks.length);
    for (const b of blocks)
        t.read(b);
    return { sentences: new SentencesView(t), clauses: new ClausesView(t) };
}
/**
 * The columns the splitter fills, grown by doubling. Every walk writes into one of these (a document's, or the scratch
 * one of a single text): one kind of receiver, so the splitter's calls stay monomorphic.
 */
class SpanTable {
    /** Per block index: its first sentence and clause, and how many it has (0 for an index no block has). */
    sFirst;
    sCount;
    cFirst;
    cCount;
    sFrom;
    sTo;
    sEnd;
    sentences = 0;
    cFrom;
    cTo;
    /** The clause's sentence, counted from its block's first. */
    cSentence;
    cEnd;
    /**
     * For each clause, the first and last clause of its run joined by ":" in its sentence, found once (a line of a
     * thousand "http://" links is a thousand clauses joined by colons: walking the run from each figure was quadratic).
     */
    cLo;
    cHi;
    clauses = 0;
    constructor(indices, size) {
        this.sFirst = new Int32Array(indices);
        this.sCount = new Int32Array(indices);
        this.cFirst = new Int32Array(indices);
        this.cCount = new Int32Array(indices);
        const cap = size + 16;
        this.sFrom = new Int32Array(cap);
        this.sTo = new Int32Array(cap);
        this.sEnd = new Uint8Array(cap);
        this.cFrom = new Int32Array(cap);
        this.cTo = new Int32Array(cap);
        this.cSentence = new Int32Array(cap);
        this.cEnd = new Uint8Array(cap);
        this.cLo = new Int32Array(cap);
        this.cHi = new Int32Array(cap);
    }
    read(block) {
        const s0 = this.sentences;
        const c0 = this.clauses;
        this.walk(block.text, true);
        this.sFirst[block.index] = s0;
        this.sCount[block.index] = this.sentences - s0;
        this.cFirst[block.index] = c0;
        this.cCount[block.index] = this.clauses - c0;
        const c1 = this.clauses;
        const { cEnd, cSentence, cLo, cHi } = this;
        for (let k = c0; k < c1; k++)
            cLo[k] = k > c0 && cEnd[k - 1] === COLON && cSentence[k - 1] === cSentence[k] ? cLo[k - 1] : k;
        for (let k = c1 - 1; k >= c0; k--)
            cHi[k] = k < c1 - 1 && cEnd[k] === COLON && cSentence[k + 1] === cSentence[k] ? cHi[k + 1] : k;
    }
    /** Append the sentences of a text (and, `withClauses`, their clauses), in order: no object per span. */
    walk(text, withClauses) {
        let from = 0;
        let index = 0;
        SENTENCE_END.lastIndex = 0;
        for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
            const at = m.index;
            if (text.charCodeAt(at) === 0x2e) {
                const before = text.slice(from, at);
                if (ABBREVIATION.test(before) || LEAD_MARKER.test(before))
                    continue;
            }
            const end = endCode(text, at);
            this.sentence(from, at + 1, end);
            if (withClauses)
                this.walkClauses(text, index, from, at + 1, end);
            index++;
            from = at + 1;
        }
        if (from < text.length) {
            this.sentence(from, text.length, 0);
            if (withClauses)
                this.walkClauses(text, index, from, text.length, 0);
        }
    }
    /** The clauses of the sentence [sFrom, sTo) of a text, the `index`-th of the text, ended by the mark coded `end`. */
    walkClauses(text, index, sFrom, sTo, end) {
        let from = sFrom;
        const last = sTo - (end ? 1 : 0);
        CLAUSE_END.lastIndex = sFrom;
        for (let m = CLAUSE_END.exec(text); m && m.index < last; m = CLAUSE_END.exec(text)) {
            const at = m.index;
            const code = endCode(text, at);
            // A colon between digits is a time or a ratio ("7:30"), never a clause break.
            if (code === COLON && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)))
                continue;
            this.clause(index, from, at + 1, code);
            from = at + 1;
        }
        if (from < sTo)
            this.clause(index, from, sTo, end);
    }
    sentence(from, to, end) {
        if (this.sentences === this.sFrom.length) {
            this.sFrom = grown(this.sFrom);
            this.sTo = grown(this.sTo);
            this.sEnd = grown(this.sEnd);
        }
        const k = this.sentences++;
        this.sFrom[k] = from;
        this.sTo[k] = to;
        this.sEnd[k] = end;
    }
    clause(sentence, from, to, end) {
        if (this.clauses === this.cFrom.length) {
            this.cFrom = grown(this.cFrom);
            this.cTo = grown(this.cTo);
            this.cSentence = grown(this.cSentence);
            this.cEnd = grown(this.cEnd);
            this.cLo = grown(this.cLo);
            this.cHi = grown(this.cHi);
        }
        const k = this.clauses++;
        this.cFrom[k] = from;
        this.cTo[k] = to;
        this.cSentence[k] = sentence;
        this.cEnd[k] = end;
    }
    /** The clause of `block` holding character `offset` (its index in the columns), -1 for none: a binary search. */
    clauseIndex(block, offset) {
        let lo = this.cFirst[block];
        let hi = lo + this.cCount[block] - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (offset < this.cFrom[mid])
                hi = mid - 1;
            else if (offset >= this.cTo[mid])
                lo = mid + 1;
            else
                return mid;
        }
        return -1;
    }
}
/** An ASCII digit ("\d" without the u flag: the same for a code unit). NaN (before the start, past the end) is none. */
const isDigit = (c) => c >= 0x30 && c <= 0x39;
/** The table single texts are split into (splitSentences, readSentences), emptied before each use; a large one is let go. */
let SCRATCH;
function scratch() {
    if (!SCRATCH || SCRATCH.sFrom.length > 4096 || SCRATCH.cFrom.length > 4096)
        SCRATCH = new SpanTable(0, 48);
    SCRATCH.sentences = 0;
    SCRATCH.clauses = 0;
    return SCRATCH;
}
function grown(a) {
    const b = new a.constructor(a.length * 2);
    b.set(a);
    return b;
}
class SentencesView {
    t;
    constructor(t) {
        this.t = t;
    }
    of(block) {
        const { t } = this;
        const n = t.sCount[block] ?? 0;
        const first = t.sFirst[block];
        const out = new Array(n);
        for (let i = 0; i < n; i++)
            out[i] = { block, index: i, from: t.sFrom[first + i], to: t.sTo[first + i] };
        return out;
    }
}
class ClausesView {
    t;
    constructor(t) {
        this.t = t;
    }
    of(block) {
        const { t } = this;
        const n = t.cCount[block] ?? 0;
        const first = t.cFirst[block];
        const out = new Array(n);
        for (let i = 0; i < n; i++) {
            const k = first + i;
            out[i] = { block, sentence: t.cSentence[k], from: t.cFrom[k], to: t.cTo[k], end: ENDS[t.cEnd[k]] };
        }
        return out;
    }
    at(block, offset, throughColons = false) {
        const { t } = this;
        const n = t.cCount[block] ?? 0;
        if (n === 0)
            return undefined;
        let k = t.clauseIndex(block, offset);
        if (k < 0) {
            const last = t.cFirst[block] + n - 1;
            if (offset < t.cTo[last])
                return undefined;
            k = last;
        }
        if (!throughColons)
            return { from: t.cFrom[k], to: t.cTo[k] };
        return { from: t.cFrom[t.cLo[k]], to: t.cTo[t.cHi[k]] };
    }
    statements(block) {
        const { t } = this;
        const out = [];
        const n = t.cCount[block] ?? 0;
        const first = t.cFirst[block];
        let from = -1;
        for (let k = first; k < first + n; k++) {
            if (from < 0 || t.cSentence[k] !== t.cSentence[k - 1])
                from = t.cFrom[k];
            if (t.cEnd[k] !== COLON) {
                out.push({ from, to: t.cTo[k] });
                from = -1;
            }
        }
        if (from >= 0)
            out.push({ from, to: t.cTo[first + n - 1] });
        return out;
    }
    sentenceStart(block, from) {
        const { t } = this;
        if (!(t.cCount[block] > 0))
            return from;
        const k = t.clauseIndex(block, from);
        // A sentence's first clause starts where it does.
        return k >= 0 && t.cFrom[k] === from ? t.sFrom[t.sFirst[block] + t.cSentence[k]] : from;
    }
}
/** One more than the largest block index: the length of an array indexed by block. */
export function indexCount(blocks) {
    let n = 0;
    for (const b of blocks)
        if (b.index + 1 > n)
            n = b.index + 1;
    return n;
}
//# sourceMappingURL=sentences.js.map