/**
 * What is left of a group once most of it has done a thing by a cut-off: "… tổ chức sơ tán 126 hộ với 412 nhân khẩu …,
 * trong đó 06 (sáu) hộ có người già … Đến ngày 03/11/2024 đã có 118 hộ trở về nhà, còn 06 hộ có nhà bị hư hỏng nặng đang ở
 * nhờ nhà người thân." (126 − 118 = 8). The status names the group by its noun only; the group is the one an earlier deed
 * counted. Read as a balance whose opening level is the group, whose one flow out is the part done, and whose closing level
 * is the rest (Claim.rest), as claims-remainder.ts reads a deed and its rest in one sentence.
 *
 * Read only when (precision first): a clause opens with a cut-off ("Đến ngày 03/11/2024", "tính đến nay") and says "đã có N
 * <noun> …" (lexicon STATUS_DONE_LEADS), the next figure of its sentence is "còn M <noun>" right after a comma, ";" or "và",
 * and no other count of the noun follows in that sentence (a rest split further); the group is the nearest count of the
 * noun before the status, in the sentence before it at most, outside brackets, larger than N. Counts a "trong đó" opens are
 * a subgroup of the group, passed over; a count told with what a place has ("toàn xã có 1.250 hộ") is a stock, not the
 * group a deed counted, and leaves the status unread.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { insideBrackets, lastIndexAtOrBefore } from '../text/positions.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { unitsAlike } from './labels.js';
import { alt, CUTOFF_TIMES, CUTOFF_WORDS, HAS_WORDS, LEFT_OVER_LEADS, OF_WHICH, PART_SEPARATOR_WORDS, STATUS_DONE_LEADS } from '../text/lexicon.js';

// "Đến ngày 03/11/2024, đã có ", "Tính đến nay đã có ": a cut-off, then the status lead right before the count.
const STATUS = new RegExp(
  String.raw`(?<![\p{L}])(?:${alt(CUTOFF_WORDS)})\s+(?:(?:hết\s+)?ngày\s+)?(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|(?:${alt(CUTOFF_TIMES)})(?![\p{L}]))[^.;!?\d]{0,40}?(?<![\p{L}])(?:${alt(STATUS_DONE_LEADS)})\s+$`,
  'iu',
);
// ", còn " right before the rest.
const REST_LEAD = new RegExp(String.raw`(?:[,;]|\s(?:${alt(PART_SEPARATOR_WORDS)}))\s*(?:${alt(LEFT_OVER_LEADS)})\s+$`, 'iu');
// "trong đó 06 (sáu) hộ": a subgroup, opened by "trong đó" in the count's own clause.
const SUBGROUP = new RegExp(String.raw`(?<![\p{L}])(?:${alt(OF_WHICH)})(?![\p{L}])[^,;.()]*$`, 'iu');
// "toàn xã có 1.250 hộ": a stock told with what a place has, the verb right before the count.
const HAS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(HAS_WORDS)})\s*$`, 'iu');
// How far before a status its cut-off may open (characters): "Đến ngày 03/11/2024 đã có " is 26.
const STATUS_REACH = 80;
// Figures walked back to find the group, and on after the rest to find it split further (a bound for hostile one-line input).
const LOOK_BACK = 40;
const LOOK_ON = 3;

/** Remainder claims of a group's status by a cut-off (see above). */
export function extractStatusRests(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row') continue;
    const figures = figuresOf.of(b);
    for (let k = 1; k + 1 < figures.length; k++) {
      const claim = statusAt(block, figures, k);
      if (claim) out.push(claim);
    }
  }
  return out;
}

function statusAt(block: Block, figures: readonly Figure[], k: number): Claim | null {
  const done = figures[k];
  const rest = figures[k + 1];
  if (!plainCount(block, done) || !plainCount(block, rest) || !unitsAlike(done.unit!, rest.unit!)) return null;
  const text = block.text;
  const [s, e] = localRange(block, done);
  if (!STATUS.test(text.slice(Math.max(0, s - STATUS_REACH), s))) return null;
  const [rs, re] = localRange(block, rest);
  if (!oneSentence(block, e, rs) || !REST_LEAD.test(text.slice(e, rs))) return null;
  // "còn 06 hộ ở nhờ nhà người thân, 02 hộ ở tại trường": the rest split further, not all of it told.
  let from = re;
  for (const f of figures.slice(k + 2, k + 2 + LOOK_ON)) {
    if (!oneSentence(block, from, localRange(block, f)[0])) break;
    if (f.kind === 'count' && f.unit !== null && unitsAlike(f.unit, done.unit!)) return null;
    from = localRange(block, f)[1];
  }
  const whole = groupOf(block, figures, k);
  if (!whole || whole.value <= done.value) return null;
  return makeClaim({
    relation: 'balance', whole: rest.index, parts: [whole.index, done.index], signs: [1, -1], rest: true,
    connector: 'còn lại', block: block.index,
    span: subSpan(block, localRange(block, whole)[0], localRange(block, rest)[1]),
  });
}

// The nearest count of the done part's noun before its sentence, in the sentence before at most; subgroups passed over.
function groupOf(block: Block, figures: readonly Figure[], k: number): Figure | null {
  const done = figures[k];
  const text = block.text;
  const own = sentenceStart(block, localRange(block, done)[0]);
  const from = own > 0 ? sentenceStart(block, own - 1) : 0;
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
    const g = figures[j];
    const [s] = localRange(block, g);
    if (s < from) return null;
    if (s >= own || g.kind !== 'count' || g.unit === null || !unitsAlike(g.unit, done.unit!) || insideBrackets(block, s)) continue;
    const before = text.slice(Math.max(from, s - STATUS_REACH), s);
    if (SUBGROUP.test(before)) continue;
    return HAS_BEFORE.test(before) ? null : g;
  }
  return null;
}

// A whole count of a noun outside brackets.
function plainCount(block: Block, f: Figure): boolean {
  return f.kind === 'count' && f.unit !== null && f.cell === null && Number.isInteger(f.value) && !insideBrackets(block, localRange(block, f)[0]);
}

// Where the sentence holding offset `at` starts: after the last ". " before it, or 0.
function sentenceStart(block: Block, at: number): number {
  return at >= 2 ? lastIndexAtOrBefore(block, '. ', at - 2) + 1 : 0;
}

// No sentence ends between two offsets: no stop followed by a space ("1.215" keeps its dot).
const oneSentence = (block: Block, from: number, to: number) => !/[.!?](?:\s|$)/u.test(block.text.slice(from, to));
