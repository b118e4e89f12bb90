/**
 * Vietnamese-aware similarity of labels ("Tổng số máy tính kết nối internet",
 * "34 trạm BTS" / "9 trạm phát sóng"): normalise (NFC, unified tones, lower
 * case), spell out the domain's abbreviations (BTS, CBCC, TTHC, DVC, CCCD …),
 * pull numbers out ("04" = "4"), tokenise the words, drop function words, then
 * compare token sets (with a diacritic-free fallback for sloppy typing) and
 * the strings' letter pairs.
 */
import { createRequire } from 'node:module';
import { foldKey, singleSpaced, stripDiacritics } from '../text/normalize.js';
import { ACT_RECORD_UNITS, alt, LABEL_LEADING_WORDS, MEASURE_NOUN_UNITS, NAME_SHORT_FORMS, PHRASE_FRAME_WORDS, TOTAL_OPENING_WORDS, MACHINE_KIND_WORDS, SEA_CATCH_WORDS, SEA_DEED_VERBS, WORKLOAD_STAGES, wordsRe } from '../text/lexicon.js';
import { memoMap, MEMO_KEY_MAX, remembered } from '../text/memo.js';

// Deep paths only: natural's index pulls dotenv, which prints to stdout.
const require = createRequire(import.meta.url);
type Tokenizer = { tokenize(text: string): string[] };
const TokenizerVi = require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi.js') as new () => Tokenizer;
const diceCoefficient = require('natural/lib/natural/distance/dice_coefficient.js') as (a: string, b: string) => number;
const tokenizer = new TokenizerVi();

// Word edges for Vietnamese letters (\\b in JS regexes knows only ASCII).
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const word = (source: string) => new RegExp(B + source + E, 'gu');

/**
 * Abbreviations and synonyms of the genre, as folded text → the words they stand for, each with a literal every match of
 * its pattern holds (a label without it is left as it is, without running the pattern: same output, most labels hold none).
 */
const SYNONYMS: ReadonlyArray<[RegExp, string, string]> = [
  [word('trạm (?:bts|btss|thu phát sóng(?: di động)?)'), 'trạm phát sóng', 'trạm '],
  [word('(?:bts|btss)'), 'trạm phát sóng', 'bts'],
  [word('cbccvc'), 'cán bộ công chức viên chức', 'cbccvc'],
  [word('cbcc'), 'cán bộ công chức', 'cbcc'],
  [word('tthc'), 'thủ tục hành chính', 'tthc'],
  [word('dvctt'), 'dịch vụ công trực tuyến', 'dvctt'],
  [word('dvc'), 'dịch vụ công', 'dvc'],
  [word('cccd'), 'căn cước công dân', 'cccd'],
  [word('ubnd'), 'ủy ban nhân dân', 'ubnd'],
  [word('hđnd'), 'hội đồng nhân dân', 'hđnd'],
  [word('cntt'), 'công nghệ thông tin', 'cntt'],
  [word('hs'), 'hồ sơ', 'hs'],
  [word('wi-fi'), 'wifi', 'wi-fi'],
  [word('tỉ lệ'), 'tỷ lệ', 'tỉ lệ'],
  [word('máy vi tính'), 'máy tính', 'máy vi tính'],
  // Tourism reports name the same places "điểm đến" and "điểm du lịch".
  [word('điểm đến(?: du lịch)?'), 'điểm du lịch', 'điểm đến'],
  // One deed told two ways: fisheries reports name the same workers "lao động đi biển" and "lao động (làm nghề) khai thác
  // (hải sản) trên biển" ("đánh bắt" alike); a deed ashore by the sea ("làm muối ven biển") is another.
  [word(`(?:làm nghề )?(?:${alt(SEA_DEED_VERBS)})(?: (?:${alt(SEA_CATCH_WORDS)}))? trên biển`), 'đi biển', 'trên biển'],
  // "21 máy" in a report means computers unless another kind of machine is named.
  [word(`máy(?! (?:${alt(MACHINE_KIND_WORDS)}))`), 'máy tính', 'máy'],
];

function expandOnce(s: string): string {
  let out = s;
  for (const [re, to, literal] of SYNONYMS) if (out.includes(literal)) out = out.replace(re, to);
  return out;
}

// Rules and readings ask for the same labels many times per document: answers kept until the map fills.
const CANONICAL = memoMap<string, string>();

/** A label folded and with the genre's abbreviations spelled out ("Trạm BTS" → "trạm phát sóng"). */
export function canonicalLabel(s: string): string {
  return s.length > MEMO_KEY_MAX ? canonicalOnce(s) : remembered(CANONICAL, s, canonicalOnce);
}
function canonicalOnce(s: string): string {
  return singleSpaced(expandOnce(foldKey(s).replace(/[“”"'‘’]/g, ' '))).trim();
}

// Function words that carry no meaning of their own in a label.
const STOP = new Set(
  ('các những của được đã và là có với trên tại cho theo về để này đó thì mà hoặc hay bị do vì nhằm qua ' +
    'như đang sẽ vẫn cũng đều thuộc khi nếu tổng toàn bộ hiện nay đảm bảo cụ thể gồm bao').split(' '),
);
// Words that also open a label without adding to it ("Tổng số …", "Số …", "Tỷ lệ …").
const LEADING = new RegExp(String.raw`^(?:(?:${alt(LABEL_LEADING_WORDS)})\s+)+`, 'u');

/** The meaningful tokens of a label: abbreviations spelled out, numbers read ("04" → "4"), function words dropped. */
export function labelTokens(s: string): string[] {
  if (s.length > MEMO_KEY_MAX) return readTokens(s);
  // A copy: callers may sort or extend what they get.
  return remembered(TOKENS, s, readTokens).slice();
}
// Labels come back many times per document (names, units, the words before a figure), as for `canonicalLabel`.
const TOKENS = memoMap<string, string[]>();

function readTokens(s: string): string[] {
  const canon = canonicalLabel(s).replace(LEADING, '');
  const numbers: string[] = [];
  const words = canon.replace(/\d+(?:[.,]\d+)*/g, (m) => {
    numbers.push(String(Number(m.replace(/\./g, '').replace(',', '.'))));
    return ' ';
  });
  const tokens = tokenizer.tokenize(words).map((t) => t.toLowerCase()).filter((t) => t.length > 0 && !STOP.has(t));
  return [...tokens, ...numbers];
}

/**
 * The tokens of the measures a unit states ("ha" → "diện tích", "tấn" → "sản lượng"; lexicon MEASURE_NOUN_UNITS): a figure
 * "Rau các loại: 65,4 ha" is the "diện tích rau" a share names though its label never says "diện tích".
 */
export function measureNounTokens(unit: string | null): string[] {
  if (unit === null) return [];
  const u = canonicalLabel(unit);
  return MEASURE_NOUN_UNITS.filter((m) => m.units.includes(unit) || m.units.includes(u)).flatMap((m) => labelTokens(m.noun));
}

/**
 * "Cấp giấy chứng nhận lần đầu | hồ sơ" beside "cấp 123 giấy chứng nhận lần đầu": a row that counts the records of an act
 * (ACT_RECORD_UNITS), labelled by that act (the last one or two words before the sentence's figure) then, word for word, the
 * noun phrase the sentence counts (three words at least, opening with its counted noun), counts the same things, one record
 * each. `label` and `tokens` are the two names' tokens, `pre` the words before the sentence's figure.
 */
export function recordsOfAct(recordUnit: string | null, label: readonly string[], unit: string | null, tokens: readonly string[], pre: string | null | undefined): boolean {
  if (recordUnit === null || unit === null || !pre || tokens.length < 3) return false;
  if (!ACT_RECORD_UNITS.some((u) => foldKey(u) === foldKey(recordUnit).trim())) return false;
  const counted = labelTokens(unit);
  if (counted.length === 0 || counted.some((t, k) => tokens[k] !== t)) return false;
  const act = label.length - tokens.length;
  if (act < 1 || act > 2 || tokens.some((t, k) => label[act + k] !== t)) return false;
  const before = labelTokens(pre);
  return label.slice(0, act).every((t, k) => before[before.length - act + k] === t);
}

/**
 * A name's tokens with each long form the lexicon pairs with a short one (NAME_SHORT_FORMS: "ngân sách nhà nước" / "ngân
 * sách") read as the short form, when `other` holds that short form as its last words and not the long one: "kiến nghị thu hồi
 * về ngân sách nhà nước" and "… về ngân sách" then hold the same words; "… ngân sách xã" names another budget and is left so.
 */
export function shortFormTokens(tokens: readonly string[], other: readonly string[]): string[] {
  SHORT_FORMS ??= NAME_SHORT_FORMS.map(([long, short]) => [labelTokens(long), labelTokens(short)] as const);
  let out = [...tokens];
  const runAt = (ts: readonly string[], run: readonly string[]) => ts.findIndex((_, k) => run.every((w, j) => ts[k + j] === w));
  for (const [long, short] of SHORT_FORMS) {
    const at = runAt(out, long);
    if (at < 0 || runAt(other, long) >= 0 || other.length < short.length || !short.every((w, j) => other[other.length - short.length + j] === w)) continue;
    out = [...out.slice(0, at), ...short, ...out.slice(at + long.length)];
  }
  return out;
}
// Read on first use: the tokenizer is set up below this module's top.
let SHORT_FORMS: ReadonlyArray<readonly [string[], string[]]> | undefined;

/** How much of the smaller token set the larger holds, 0..1 (1: one label refines the other). */
export function tokenContainment(a: readonly string[], b: readonly string[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  const set = new Set(large.map(loose));
  return small.filter((t) => set.has(loose(t))).length / small.length;
}

/**
 * Whether the shorter token list keeps its order inside the longer (which may add words anywhere): each two neighbours
 * of the shorter, the k-th use of a word read as the longer's k-th use of it, come in that order in the longer too. A
 * name refined by more words keeps its words' order, while the same syllables reordered make other Vietnamese words:
 * "chương trình lớp học" (a grade's programme) is no part of "chương trình tiểu học vào lớp 6", though every syllable
 * is — its second "học" comes before "lớp" there. A word used more often in the shorter than in the longer ("máy … các
 * máy được kết nối") tells no order.
 */
export function tokensInOrder(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a.map(loose), b.map(loose)] : [b.map(loose), a.map(loose)];
  const uses = (tokens: string[]) => {
    const seen = new Map<string, number>();
    return tokens.map((t) => {
      const k = seen.get(t) ?? 0;
      seen.set(t, k + 1);
      return `${t}#${k}`;
    });
  };
  const at = new Map(uses(large).map((u, k) => [u, k]));
  const placed = uses(small).map((u) => at.get(u));
  for (let k = 1; k < placed.length; k++) {
    const [x, y] = [placed[k - 1], placed[k]];
    if (x !== undefined && y !== undefined && x > y) return false;
  }
  return true;
}

/** Similarity of two labels in 0..1: token overlap (Dice) blended with letter-pair overlap of the canonical strings. */
export function labelSimilarity(a: string, b: string): number {
  const ta = labelTokens(a);
  const tb = labelTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const sb = new Set(tb.map(loose));
  const shared = new Set(ta.map(loose).filter((t) => sb.has(t))).size;
  const tokenDice = (2 * shared) / (new Set(ta.map(loose)).size + sb.size);
  const letters = diceCoefficient(loose(ta.join(' ')), loose(tb.join(' ')));
  return Math.min(1, 0.75 * tokenDice + 0.25 * letters);
}

const LOOSE = memoMap<string, string>();
// Diacritics dropped, for typists who leave tones out ("ho so" = "hồ sơ"). Tokens are a few syllables, compared again and
// again (every pair of names): the answer kept per token.
function loose(t: string): string {
  return t.length > MEMO_KEY_MAX ? stripDiacritics(t) : remembered(LOOSE, t, stripDiacritics);
}

/**
 * `short`'s tokens with an abbreviation spelled out by the words of `long` it stands for: "hcđb" in "Trẻ em có HCĐB"
 * read against "trẻ em có hoàn cảnh đặc biệt" becomes "hoàn cảnh đặc biệt" — a token of two letters or more that is
 * the first letters of a run of `long`'s tokens, in order. Other tokens are kept as they are.
 */
export function spellInitials(short: readonly string[], long: readonly string[]): string[] {
  const initials = long.map((t) => [...t][0] ?? '');
  return short.flatMap((t) => {
    const letters = [...t];
    if (letters.length < 2 || letters.some((c) => !/\p{L}/u.test(c))) return [t];
    for (let i = 0; i + letters.length <= long.length; i++) {
      if (letters.every((c, k) => initials[i + k] === c)) return long.slice(i, i + letters.length);
    }
    return [t];
  });
}

/**
 * The stages of one workload a text names (lexicon WORKLOAD_STAGES: carried in, received, to be dealt with, settled, left
 * over), as a key: "" when it names none. "phải giải quyết" and "Đã giải quyết" are two keys, two quantities.
 */
export function workloadStages(text: string): string {
  return text.length > MEMO_KEY_MAX ? stagesOnce(text) : remembered(STAGE_KEYS, text, stagesOnce);
}
function stagesOnce(text: string): string {
  return STAGES.flatMap((re, k) => (re.test(text) ? [k] : [])).join(',');
}
// Rules and appendix rows ask for the stages of the same headers and names again and again (as for `canonicalLabel`).
const STAGE_KEYS = memoMap<string, string>();
const STAGES = WORKLOAD_STAGES.map((words) => wordsRe(words));

/** A label's words, lower-cased, split at anything but letters and digits. */
export function labelWords(label: string): string[] {
  return label.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w !== '');
}
/** Whether a token holds a digit. */
export const hasDigit = (t: string): boolean => /\d/u.test(t);
/** The unit a column header names in its closing brackets ("Kinh phí (triệu đồng)"), '' when none. */
export function headerUnitOf(header: string): string {
  return /\(([^()\d]{1,15})\)\s*$/u.exec(header)?.[1] ?? '';
}

// Words that frame a noun phrase without narrowing it ("Số người …", "Tổng số hộ …").
const PHRASE_FRAME = new Set<string>(PHRASE_FRAME_WORDS);
const INITIALISM = /^\p{L}{2,5}$/u;

/**
 * A row label's words (or a sentence's), an initialism spelled out when the other side writes it in full ("TDTT" beside
 * "thể dục thể thao"), the framing words, years and the counted unit left out: the noun phrase the two must share.
 */
export function phraseWords(label: string, otherWords: readonly string[], units: readonly string[]): Set<string> {
  const words = label.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w !== '');
  const spelled = words.flatMap((w) => (INITIALISM.test(w) && !/[aeiouyăâêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/u.test(w.normalize('NFC')) ? spellInitials([w], otherWords) : [w]));
  const drop = new Set(units.flatMap((u) => labelTokens(u)));
  return new Set(labelTokens(spelled.join(' ')).filter((t) => !PHRASE_FRAME.has(t) && !drop.has(t) && !/^(?:19|20)\d\d$/u.test(t)));
}


const TOTAL_OPENING = new RegExp(String.raw`^(?:${alt(TOTAL_OPENING_WORDS)})\s+(\p{L}+(?:\s+\p{L}+)*)$`, 'iu');
/** A name opened by a total's words ("tổng số hộ bị ảnh hưởng"): the noun phrase after them, or null when the name is no total's. */
export function totalOpeningName(name: string): string | null {
  return TOTAL_OPENING.exec(name)?.[1] ?? null;
}
