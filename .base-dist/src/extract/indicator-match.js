/**
 * Matching an indicator's name as written to a canonical key of the catalogue.
 *
 * Names are compared as bags of normalised syllables (similarity.ts's
 * canonicalLabel: NFC, unified tone placement, lower case, the genre's
 * abbreviations spelled out; then function words dropped) plus their adjacent
 * pairs. similarity.ts's own labelSimilarity is not used for the score: it
 * drops "đến" ("văn bản đến" vs "văn bản đi") and the leading "Tỷ lệ"/"Số",
 * and its symmetric Dice underrates a long table row that holds a whole
 * catalogue phrase. Pairs matter since a Vietnamese word is usually two
 * syllables and "số hóa hồ sơ" must not equal "hồ sơ số". The score leans on
 * how much of a catalogue phrase the name covers (F-beta, recall weighted):
 * report rows append places and portals ("… trên cổng DVC Quảng Ninh") that
 * should not push a name away from its indicator. A rate never takes a count
 * key or the reverse without a penalty. Below the threshold the key stays null.
 */
import { CATALOGUE } from './catalogue.js';
import { canonicalLabel } from './similarity.js';
import { alt, MAILBOX_WORDS } from '../text/lexicon.js';
import { memoMap } from '../text/memo.js';
/** Tuned on the seeds (fixtures/gold/indicators.json): the lowest correct key scores 0.60 ("Số lượng máy tính kết nối"); names judged keyless score at most 0.60. */
export const MATCH_THRESHOLD = 0.6;
/** Abbreviations reports use for words of the catalogue. */
const EXPANSIONS = {
    tthc: 'thủ tục hành chính', cbcc: 'cán bộ công chức', cbccvc: 'cán bộ công chức viên chức', dvc: 'dịch vụ công',
    dvctt: 'dịch vụ công trực tuyến', hs: 'hồ sơ', cqdt: 'chính quyền điện tử', cqđt: 'chính quyền điện tử', cđs: 'chuyển đổi số',
    cds: 'chuyển đổi số', cntt: 'công nghệ thông tin', ttđt: 'thông tin điện tử', tmđt: 'thương mại điện tử', tỉ: 'tỷ',
    bhyt: 'bảo hiểm y tế', bhxh: 'bảo hiểm xã hội', thcs: 'trung học cơ sở', thpt: 'trung học phổ thông',
    ntm: 'nông thôn mới', gtnt: 'giao thông nông thôn', attp: 'an toàn thực phẩm', nsnn: 'ngân sách nhà nước',
    xdcb: 'xây dựng cơ bản', htx: 'hợp tác xã',
};
/** Function words that carry no meaning for matching. */
const STOP = new Set('của các và được trên tại có cho với theo những đã đạt là về để trong này đó hoặc thông qua đối khác nhằm'.split(' '));
const MAILBOX = new RegExp(`(?:${alt(MAILBOX_WORDS)}) thư điện tử`, 'gu');
/** The normalised syllables of a name, abbreviations spelled out and function words dropped. */
export function nameTokens(s) {
    const words = canonicalLabel(s)
        .replace(/\([^)]*\)/gu, ' ')
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter((w) => w !== '');
    // A common slip: "tiêu thương" for "tiểu thương" (market traders).
    // "hộp thư điện tử", "hòm thư điện tử": the mailbox is the e-mail account.
    const joined = words.join(' ').replace(/tiêu thương/gu, 'tiểu thương').replace(MAILBOX, 'thư điện tử');
    return joined
        .split(' ')
        .flatMap((w) => (EXPANSIONS[w] ?? w).split(' '))
        .filter((w) => w !== '' && !STOP.has(w));
}
/**
 * Qualifiers that change what is counted: a name that has one its indicator lacks
 * ("văn bản đi được ký số", "máy tính … diệt virus", "trả qua dịch vụ BCCI", "mức độ 2") is another quantity.
 */
const QUALIFIER_PHRASES = [
    'ký số', 'không', 'một phần', 'toàn trình', 'virus', 'bcci', 'bưu chính', 'mức độ 2',
    // "hồ sơ đã giải quyết" is neither "… đúng hạn" nor "… quá hạn"; "chi ngân sách cho công nghệ thông tin" is a part of "tổng chi".
    'đúng hạn', 'quá hạn', 'trễ hạn', 'công nghệ thông tin', 'chuyển đổi số',
];
// Compared as names are: normalised, function words dropped ("công nghệ thông tin" → "công nghệ tin").
const QUALIFIERS = QUALIFIER_PHRASES.map((q) => nameTokens(q).join(' '));
const hasPhrase = (tokens, q) => ` ${tokens.join(' ')} `.includes(` ${q} `);
const pairs = (t) => t.slice(1).map((w, i) => `${t[i]} ${w}`);
/** How many times each item occurs. */
function counts(items) {
    const m = new Map();
    for (const w of items)
        m.set(w, (m.get(w) ?? 0) + 1);
    return m;
}
// The multiset intersection's size: Σ min(count in a, count in b).
function overlap(a, b) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let n = 0;
    for (const [w, k] of small) {
        const j = large.get(w);
        if (j !== undefined)
            n += k < j ? k : j;
    }
    return n;
}
// F-beta with recall (of the catalogue phrase) weighted twice as much as precision.
function fScore(common, nameLen, phraseLen) {
    if (common === 0)
        return 0;
    const p = common / nameLen;
    const r = common / phraseLen;
    return (5 * p * r) / (4 * p + r);
}
function bagOf(tokens) {
    const p = pairs(tokens);
    return { length: tokens.length, uni: counts(tokens), pairLength: p.length, bi: counts(p) };
}
function bagSimilarity(name, phrase) {
    if (name.length === 0 || phrase.length === 0)
        return 0;
    const uni = fScore(overlap(name.uni, phrase.uni), name.length, phrase.length);
    const bi = name.pairLength && phrase.pairLength ? fScore(overlap(name.bi, phrase.bi), name.pairLength, phrase.pairLength) : uni;
    return 0.4 * uni + 0.6 * bi;
}
/** Similarity of a name to one catalogue phrase, 0..1: syllables and syllable pairs averaged. */
export function phraseSimilarity(name, phrase) {
    return bagSimilarity(bagOf(name), bagOf(phrase));
}
// Every catalogue phrase tokenised and counted once, with the qualifiers any of its entry's phrases holds;
// an entry's phrases are PHRASES[from] to PHRASES[to - 1].
const PHRASES = [];
const ENTRIES = CATALOGUE.map((def) => {
    const phrases = [def.name, ...def.synonyms].map(nameTokens);
    const from = PHRASES.length;
    PHRASES.push(...phrases.map(bagOf));
    return { def, rate: def.unit === 'percent', from, to: PHRASES.length, qualifiers: new Set(QUALIFIERS.filter((q) => phrases.some((p) => hasPhrase(p, q)))) };
});
/** For each syllable (or pair), the phrases holding it and how many times, flat: [phrase, count, phrase, count, …]. */
function postings(of) {
    const index = new Map();
    PHRASES.forEach((bag, p) => {
        for (const [w, k] of of(bag)) {
            const list = index.get(w);
            if (list)
                list.push(p, k);
            else
                index.set(w, [p, k]);
        }
    });
    return index;
}
const UNI_POSTINGS = postings((b) => b.uni);
const BI_POSTINGS = postings((b) => b.bi);
/** Add a name's multiset intersection with every phrase into `into` (indexed by phrase): Σ min(count in name, count in phrase). */
function addOverlaps(name, index, into) {
    for (const [w, k] of name) {
        const list = index.get(w);
        if (!list)
            continue;
        for (let i = 0; i < list.length; i += 2)
            into[list[i]] += k < list[i + 1] ? k : list[i + 1];
    }
}
const UNI_COMMON = new Int32Array(PHRASES.length);
const BI_COMMON = new Int32Array(PHRASES.length);
/** bagSimilarity with the overlaps already counted (the same arithmetic, so the same score to the last bit). */
function similarityFrom(name, phrase, uniCommon, biCommon) {
    if (name.length === 0 || phrase.length === 0)
        return 0;
    const uni = fScore(uniCommon, name.length, phrase.length);
    const bi = name.pairLength && phrase.pairLength ? fScore(biCommon, name.pairLength, phrase.pairLength) : uni;
    return 0.4 * uni + 0.6 * bi;
}
const NO_MATCH = Object.freeze({ key: null, score: null, def: null });
// Reports repeat their indicator names (every row of a recurring table, every copy of a template):
// answers are kept per (threshold, rate, name), the cache emptied when it grows past its bound.
const CACHE_LIMIT = 20_000;
const cache = memoMap();
/** Match a name to the catalogue; `rate` tells whether the quantity is a percent (null: unknown). */
export function matchIndicator(name, rate, threshold = MATCH_THRESHOLD) {
    const id = `${threshold}\u0000${rate}\u0000${name}`;
    let m = cache.get(id);
    if (m === undefined) {
        if (cache.size >= CACHE_LIMIT)
            cache.clear();
        m = computeMatch(name, rate, threshold);
        cache.set(id, m);
    }
    return { ...m };
}
function computeMatch(name, rate, threshold) {
    const tokens = nameTokens(name);
    const bag = bagOf(tokens);
    const held = QUALIFIERS.filter((q) => hasPhrase(tokens, q));
    // Overlaps with every phrase through the postings of the name's syllables and pairs: a phrase sharing none scores 0,
    // as bagSimilarity gives it, without a look at its bag (one pass over 600 phrases' maps cost ~0.2 ms per new name).
    UNI_COMMON.fill(0);
    BI_COMMON.fill(0);
    addOverlaps(bag.uni, UNI_POSTINGS, UNI_COMMON);
    addOverlaps(bag.bi, BI_POSTINGS, BI_COMMON);
    let best = null;
    for (const entry of ENTRIES) {
        let score = -Infinity;
        for (let p = entry.from; p < entry.to; p++) {
            const s = similarityFrom(bag, PHRASES[p], UNI_COMMON[p], BI_COMMON[p]);
            if (s > score)
                score = s;
        }
        // A rate is never a count of the same things, nor "không kết nối" the same as "kết nối".
        if (rate !== null && rate !== entry.rate)
            score -= 0.45;
        if (held.some((q) => !entry.qualifiers.has(q)))
            score -= 0.3;
        if (!best || score > best.score)
            best = { def: entry.def, score };
    }
    // One or two syllables ("văn bản", "Số hóa") say too little to name an indicator unless they are one.
    const tooShort = tokens.length < 3 && (best?.score ?? 0) < 1;
    if (!best || best.score < threshold || (tooShort && threshold > 0))
        return NO_MATCH;
    return { key: best.def.key, score: Math.round(best.score * 1000) / 1000, def: best.def };
}
/** The best catalogue entry and score whatever the threshold (for tuning and the gold sample). */
export function closestIndicator(name, rate) {
    const m = matchIndicator(name, rate, -Infinity);
    return { key: m.key, score: m.score };
}
//# sourceMappingURL=indicator-match.js.map