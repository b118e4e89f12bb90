/**
 * A total amount split into what is done of it and what is left: "Tổng số tiền xử phạt … là 469.500.000 đồng (…). Đến ngày
 * 15/3/2025, số tiền đã thu nộp vào ngân sách nhà nước … là 412.000.000 đồng; số tiền còn phải thu 47.500.000 đồng" (412 +
 * 47,5 = 459,5 ≠ 469,5 triệu). Read as an `exhaustive` claim: the part done and the part left make the total.
 *
 * A fund split the same way: "tổng nguồn Quỹ đạt 1.245 triệu đồng. Hiện đang cho vay 1.215 triệu đồng đối với 08 dự án (…)
 * với 96 hộ vay; tồn quỹ chưa giải ngân 45 triệu đồng" (1.215 + 45 = 1.260 ≠ 1.245).
 *
 * Read only when (precision first): the total is money named by a total word and a value word ("tổng số tiền", "tổng kinh
 * phí") or a fund's ("tổng nguồn vốn", "tổng nguồn Quỹ") in its clause, no hedge right before it; the next money amount, in
 * its sentence or the next, is told as done ("đã nộp", "đã thu", "đã giải ngân", "đã chi", "đang cho vay") with nothing but
 * words between; the next money amount after that is told as what is left ("còn phải thu", "còn lại", "chưa nộp", "còn
 * nợ", "tồn quỹ", a bare "còn" right before it), opening the next clause or sentence, the done part's own complement at
 * most between (words and counts, "cho 96 hộ vay", no clause mark outside brackets); no third term, subset, plan or other
 * year is named from the total to the end of the rest's sentence, and no further money follows the rest in it. A total written coarser than its parts ("245,5 triệu đồng" against "198.500.000 đồng") is
 * held to them only beyond its rounding: within it, the split is left unread.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { lastMark, localRange, makeClaim, markEnd, type BlockFigures } from './claims-parts.js';
import {
  alt, AND_OR_WORDS, HEDGES, PAID_SPLIT_BARE_LEFT, PAID_SPLIT_DONE_WORDS, PAID_SPLIT_LEFT_SUBJECTS, PAID_SPLIT_LEFT_WORDS, PAID_SPLIT_TOTAL_NAMES, RESULT_IS_WORDS, PAID_SPLIT_OTHER_TERMS, SCALE_VALUES, SCALE_WORDS, TOTAL_WORDS, wordsRe,
} from '../text/lexicon.js';

const TOTAL = new RegExp(String.raw`(?<![\p{L}])(?:${alt(TOTAL_WORDS)})\s+(?:${alt(PAID_SPLIT_TOTAL_NAMES)})(?![\p{L}])`, 'iu');
const HEDGED = new RegExp(String.raw`(?<![\p{L}])(?:${alt(HEDGES)})\s*$`, 'iu');
const DONE = wordsRe(PAID_SPLIT_DONE_WORDS);
const LEFT = wordsRe(PAID_SPLIT_LEFT_WORDS);
// Between the done part and the rest: the done part's own complement ("cho 96 hộ vay", "đối với 08 dự án"; no clause mark,
// its brackets taken out), a separator (a sentence's end too), maybe "số tiền", the words of what is left, a few more words,
// maybe "là".
const LEFT_LEAD = new RegExp(
  String.raw`^(?:\s+(?:[^,;.:!?()]|[.,](?=\d))*?)?\s*(?:[,;]|[.!?](?=\s))\s*(?:(?:${alt(AND_OR_WORDS)})\s+)?(?:(?:${alt(PAID_SPLIT_LEFT_SUBJECTS)})\s+)?(?:(?:${alt(PAID_SPLIT_BARE_LEFT)})|(?:${alt(PAID_SPLIT_LEFT_WORDS)})(?:\s+[^\s\d.;:!?()]+){0,6}?(?:\s+(?:${alt(RESULT_IS_WORDS)}))?\s*:?)\s*$`,
  'iu',
);
const OTHER = wordsRe(PAID_SPLIT_OTHER_TERMS);
const SCALE = new RegExp(String.raw`(?<![\p{L}])(${alt(SCALE_WORDS)})(?![\p{L}])`, 'iu');
const YEAR = /(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,])/gu;
// A sentence ends at ".", "!" or "?" before a space; a clause at ";" too.
const SENTENCE_END = /[.!?](?=\s)|\n/gu;
const CLAUSE_END = /[.!?;](?=\s)|\n/gu;
// A split is told close to its total: the done part this far after it at most, the rest this far after the done part.
const DONE_REACH = 400;
const LEFT_REACH = 120;
const BRACKETED = /\([^()]*\)/gu;

/** Exhaustive claims of a total amount split into its part done and its part left. */
export function extractPaidSplits(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row' || !TOTAL.test(block.text)) continue;
    const own = figuresOf.of(b);
    for (let k = 0; k + 2 < own.length; k++) {
      const claim = splitAt(block, own, k);
      if (claim) out.push(claim);
    }
  }
  return out;
}

// The first amount of money from `from` on: counts before it ("cho vay 1.215 triệu đồng đối với 08 dự án … với 96 hộ vay")
// are the done part's complement (LEFT_LEAD holds them there).
function restAt(own: Figure[], from: number): number {
  let r = from;
  while (r < own.length && own[r].kind !== 'money' && own[r].unit !== 'đồng') r++;
  return r;
}

function splitAt(block: Block, own: Figure[], k: number): Claim | null {
  const r = restAt(own, k + 2);
  const [whole, done, left] = [own[k], own[k + 1], own[r]];
  if (!left || ![whole, done, left].every((f) => f.kind === 'money' && f.cell === null)) return null;
  const text = block.text;
  const [ws, we] = localRange(block, whole);
  const [ds, de] = localRange(block, done);
  const [ls, le] = localRange(block, left);
  // The total's own words: since its clause opens or the figure before it ends, whichever is later.
  const lead = text.slice(Math.max(lastMark(text, ws, CLAUSE_END), k > 0 ? localRange(block, own[k - 1])[1] : 0), ws);
  if (!TOTAL.test(lead) || HEDGED.test(lead)) return null;
  // The done part: in the total's sentence or the next, told as done in its own clause.
  const between = text.slice(we, ds);
  if (ds - we > DONE_REACH || [...between.matchAll(SENTENCE_END)].length > 1) return null;
  if (!DONE.test(text.slice(Math.max(we, lastMark(text, ds, CLAUSE_END)), ds)) || LEFT.test(between)) return null;
  // The rest: right after the done part and its complement, in its sentence or the next.
  const gap = text.slice(de, ls);
  const told = gap.replace(BRACKETED, '');
  if (told.length > LEFT_REACH || gap.length > 3 * LEFT_REACH || !LEFT_LEAD.test(told)) return null;
  const end = markEnd(text, le);
  if (own.slice(r + 1).some((f) => localRange(block, f)[0] < end && (f.kind === 'money' || f.unit === 'đồng'))) return null;
  const split = text.slice(we, end);
  if (OTHER.test(split) || otherYear(text.slice(lastMark(text, ws, SENTENCE_END), ws), split)) return null;
  if (withinRounding(whole, [done, left])) return null;
  return makeClaim({
    relation: 'exhaustive', whole: whole.index, parts: [done.index, left.index], connector: 'đã / còn', block: block.index,
    span: subSpan(block, ws, le),
  });
}


// A year named by the split that the total's sentence does not name: the split may be of another period.
function otherYear(totalSentence: string, told: string): boolean {
  const years = new Set(totalSentence.match(YEAR) ?? []);
  return (told.match(YEAR) ?? []).some((y) => !years.has(y));
}

// A total written coarser than its parts (its last digit's unit more than theirs) that they match within its rounding.
function withinRounding(whole: Figure, parts: Figure[]): boolean {
  const scale = SCALE.exec(whole.raw)?.[1]?.toLowerCase();
  const step = (scale ? SCALE_VALUES[scale] ?? 1 : 1) * 10 ** -whole.decimals;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  return step > 1 && Math.abs(sum - whole.value) <= step / 2 + 1e-6;
}
