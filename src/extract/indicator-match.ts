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
import { CATALOGUE, type IndicatorDef } from './catalogue.js';
import { canonicalLabel } from './similarity.js';

/** Tuned on the seeds (fixtures/gold/indicators.json): the lowest correct key scores 0.60 ("Số lượng máy tính kết nối"); names judged keyless score at most 0.60. */
export const MATCH_THRESHOLD = 0.6;

/** Abbreviations reports use for words of the catalogue. */
const EXPANSIONS: Record<string, string> = {
  tthc: 'thủ tục hành chính', cbcc: 'cán bộ công chức', cbccvc: 'cán bộ công chức viên chức', dvc: 'dịch vụ công',
  dvctt: 'dịch vụ công trực tuyến', hs: 'hồ sơ', cqdt: 'chính quyền điện tử', cqđt: 'chính quyền điện tử', cđs: 'chuyển đổi số',
  cds: 'chuyển đổi số', cntt: 'công nghệ thông tin', ttđt: 'thông tin điện tử', tmđt: 'thương mại điện tử', tỉ: 'tỷ',
};

/** Function words that carry no meaning for matching. */
const STOP = new Set(
  'của các và được trên tại có cho với theo những đã đạt là về để trong này đó hoặc thông qua đối khác nhằm'.split(' '),
);

/** The normalised syllables of a name, abbreviations spelled out and function words dropped. */
export function nameTokens(s: string): string[] {
  const words = canonicalLabel(s)
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  // A common slip: "tiêu thương" for "tiểu thương" (market traders).
  // "hộp thư điện tử", "hòm thư điện tử": the mailbox is the e-mail account.
  const joined = words.join(' ').replace(/tiêu thương/gu, 'tiểu thương').replace(/(?:hộp|hòm) thư điện tử/gu, 'thư điện tử');
  return joined
    .split(' ')
    .flatMap((w) => (EXPANSIONS[w] ?? w).split(' '))
    .filter((w) => w !== '' && !STOP.has(w));
}

/**
 * Qualifiers that change what is counted: a name that has one its indicator lacks
 * ("văn bản đi được ký số", "máy tính … diệt virus", "trả qua dịch vụ BCCI", "mức độ 2") is another quantity.
 */
const QUALIFIERS = ['ký số', 'không', 'một phần', 'toàn trình', 'virus', 'bcci', 'bưu chính', 'mức độ 2'];
const hasPhrase = (tokens: string[], q: string): boolean => ` ${tokens.join(' ')} `.includes(` ${q} `);

const pairs = (t: string[]): string[] => t.slice(1).map((w, i) => `${t[i]} ${w}`);

function overlap(a: string[], b: string[]): number {
  const pool = new Map<string, number>();
  for (const w of a) pool.set(w, (pool.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const k = pool.get(w) ?? 0;
    if (k > 0) {
      n++;
      pool.set(w, k - 1);
    }
  }
  return n;
}

// F-beta with recall (of the catalogue phrase) weighted twice as much as precision.
function fScore(common: number, nameLen: number, phraseLen: number): number {
  if (common === 0) return 0;
  const p = common / nameLen;
  const r = common / phraseLen;
  return (5 * p * r) / (4 * p + r);
}

/** Similarity of a name to one catalogue phrase, 0..1: syllables and syllable pairs averaged. */
export function phraseSimilarity(name: string[], phrase: string[]): number {
  if (name.length === 0 || phrase.length === 0) return 0;
  const uni = fScore(overlap(name, phrase), name.length, phrase.length);
  const np = pairs(name);
  const pp = pairs(phrase);
  const bi = np.length && pp.length ? fScore(overlap(np, pp), np.length, pp.length) : uni;
  return 0.4 * uni + 0.6 * bi;
}

/** A name's closest catalogue entry with its score, or a null key when nothing is close enough. */
export interface KeyMatch { key: string | null; score: number | null; def: IndicatorDef | null }

const PHRASES = CATALOGUE.map((def) => ({ def, phrases: [def.name, ...def.synonyms].map(nameTokens) }));

/** Match a name to the catalogue; `rate` tells whether the quantity is a percent (null: unknown). */
export function matchIndicator(name: string, rate: boolean | null, threshold = MATCH_THRESHOLD): KeyMatch {
  const tokens = nameTokens(name);
  let best: { def: IndicatorDef; score: number } | null = null;
  for (const { def, phrases } of PHRASES) {
    let score = Math.max(...phrases.map((p) => phraseSimilarity(tokens, p)));
    // A rate is never a count of the same things, nor "không kết nối" the same as "kết nối".
    if (rate !== null && rate !== (def.unit === 'percent')) score -= 0.45;
    if (QUALIFIERS.some((q) => hasPhrase(tokens, q) && !phrases.some((p) => hasPhrase(p, q)))) score -= 0.3;
    if (!best || score > best.score) best = { def, score };
  }
  // One or two syllables ("văn bản", "Số hóa") say too little to name an indicator unless they are one.
  const tooShort = tokens.length < 3 && (best?.score ?? 0) < 1;
  if (!best || best.score < threshold || (tooShort && threshold > 0)) return { key: null, score: null, def: null };
  return { key: best.def.key, score: Math.round(best.score * 1000) / 1000, def: best.def };
}

/** The best catalogue entry and score whatever the threshold (for tuning and the gold sample). */
export function closestIndicator(name: string, rate: boolean | null): { key: string; score: number } {
  const m = matchIndicator(name, rate, -Infinity);
  return { key: m.key!, score: m.score! };
}
