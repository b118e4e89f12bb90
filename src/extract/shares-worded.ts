/**
 * Shares said as a fraction in words: "Có 1.842 đối tượng nhận trợ cấp qua tài khoản, chiếm hơn một nửa tổng số đối tượng
 * hưởng trợ cấp", "… 356 hộ, chiếm gần một phần ba số hộ toàn xã". Read here, judged by claim-mismatch.
 *
 * - The claim: a share verb ("chiếm", "bằng"), a hedge or none, the fraction (SHARE_FRACTION_WORDS), then the whole named by
 *   "tổng số|số <noun phrase>" up to a clause mark (at most eight words, no figure).
 * - The part: the count right before the verb in its clause (its noun and a few words, one comma before the verb), a count
 *   of the noun the whole's phrase opens with.
 * - The wholes: every larger count of that noun in the part's paragraph before it, and in the paragraph before (same section),
 *   that no comparison sets aside as a yardstick ("so với cùng kỳ (…)", isReference) — the start and end of a period alike ("Đầu quý có
 *   3.945 đối tượng …; cuối quý còn 3.968 đối tượng"). At least one of them names the whole's phrase (its words after the
 *   noun stand around the count; for a bare noun, "số hộ", it stands in the part's paragraph). The rule judges only when
 *   every one of them gives the same verdict, so a whole left unsure says nothing.
 */
import type { Analysis, Comparison, Figure } from '../model/index.js';
import { isReference } from './claims-parts.js';
import { canonicalLabel, labelTokens } from './similarity.js';
import {
  alt, COMPARED_WITH, EARLIER_PERIOD_WORDS, PERIOD_NAME_WORDS, PERIOD_PLACE_WORDS, SHARE_ABOUT_HEDGES, SHARE_FRACTION_WORDS, SHARE_LESS_HEDGES, SHARE_MORE_HEDGES,
  SHARE_NEAR_HEDGES, SHARE_OF_WHOLE_VERBS, SHARE_WHOLE_LEADS, WHOLE_FRAME_WORDS, edgeAlt,
} from '../text/lexicon.js';

type PortionInput = Pick<Analysis, 'source' | 'figures' | 'blockSection'>;
type Portion = Extract<Comparison, { kind: 'portion' }>;

const HEDGE_OF = new Map<string, Portion['hedge']>([
  ...SHARE_MORE_HEDGES.map((w) => [w, 'more'] as const),
  ...SHARE_NEAR_HEDGES.map((w) => [w, 'near'] as const),
  ...SHARE_LESS_HEDGES.map((w) => [w, 'less'] as const),
  ...SHARE_ABOUT_HEDGES.map((w) => [w, 'about'] as const),
].map(([w, h]) => [canonicalLabel(w), h]));
const FRACTION_OF = new Map(Object.entries(SHARE_FRACTION_WORDS).map(([w, v]) => [canonicalLabel(w), v]));
const ALL_HEDGES = [...SHARE_MORE_HEDGES, ...SHARE_NEAR_HEDGES, ...SHARE_LESS_HEDGES, ...SHARE_ABOUT_HEDGES];

// "chiếm hơn một nửa tổng số đối tượng hưởng trợ cấp": verb, hedge (1), fraction (2), the whole's phrase (3) to a clause mark.
const PORTION = new RegExp(
  String.raw`${edgeAlt(SHARE_OF_WHOLE_VERBS)}\s+(?:(${alt(ALL_HEDGES)})\s+)?(${alt(Object.keys(SHARE_FRACTION_WORDS))})\s+(?:${alt(SHARE_WHOLE_LEADS)})\s+(\p{L}+(?:\s\p{L}+){0,7}?)\s*(?=[,;.:()]|$)`,
  'giu',
);
// Between the part and the verb: its noun and what it is, no figure, one comma right before the verb.
const PART_TO_VERB = /^[^\d,;:.()]{0,80},\s*$/u;
// A count set aside as a yardstick in its clause ("so với cùng kỳ (3.500 đối tượng)", "năm trước có …").
const YARDSTICK = new RegExp(String.raw`${edgeAlt(COMPARED_WITH, EARLIER_PERIOD_WORDS)}(?![\p{L}])`, 'iu');
// Words that only place the whole in time or frame it ("trong năm", "toàn xã", "trên địa bàn"): not what it counts.
const LOOSE_TOKENS = new Set(labelTokens([...PERIOD_NAME_WORDS, ...PERIOD_PLACE_WORDS, ...WHOLE_FRAME_WORDS].join(' ')));
const BEFORE = 40;
const AFTER = 60;
// The figures looked back over for the wholes: the part's paragraph and the one before.
const MAX_BACK = 60;

/** The worded shares of a document, in reading order. */
export function readWordedShares(input: PortionInput): Portion[] {
  const out: Portion[] = [];
  const { figures, source } = input;
  // The first figure of each block, for the figures before a match (figures are in text order).
  let k = 0;
  for (let b = 0; b < source.blocks.length; b++) {
    const block = source.blocks[b];
    while (k < figures.length && figures[k].block < b) k++;
    const first = k;
    if (block.kind === 'row') continue;
    let last = first;
    while (last < figures.length && figures[last].block === b) last++;
    if (last === first) continue;
    PORTION.lastIndex = 0;
    let j = first;
    for (let m = PORTION.exec(block.text); m !== null; m = PORTION.exec(block.text)) {
      const at = m.index + block.span.start;
      while (j < last && figures[j].span.end <= at) j++;
      const part = j > first ? figures[j - 1] : undefined;
      if (!part) continue;
      const read = portionOf(input, part, m);
      if (read) out.push({ ...read, block: b, from: m.index, to: m.index + m[0].length });
    }
  }
  return out;
}

function portionOf(input: PortionInput, part: Figure, m: RegExpExecArray): Omit<Portion, 'block' | 'from' | 'to'> | undefined {
  const block = input.source.blocks[part.block];
  if (part.kind !== 'count' || part.unit === null || part.change || part.cell !== null || part.value <= 0) return undefined;
  if (!PART_TO_VERB.test(block.text.slice(part.span.end - block.span.start, m.index))) return undefined;
  const hedge = m[1] === undefined ? 'about' : HEDGE_OF.get(canonicalLabel(m[1]));
  const stated = FRACTION_OF.get(canonicalLabel(m[2]));
  if (hedge === undefined || stated === undefined) return undefined;
  // The whole's phrase opens with the part's noun ("đối tượng hưởng trợ cấp" for "1.842 đối tượng").
  const noun = canonicalLabel(part.unit);
  const phrase = canonicalLabel(m[3]);
  if (phrase !== noun && !phrase.startsWith(`${noun} `)) return undefined;
  const nounTokens = new Set(labelTokens(part.unit));
  const named = labelTokens(phrase.slice(noun.length)).filter((t) => !nounTokens.has(t) && !LOOSE_TOKENS.has(t));
  const wholes: Figure[] = [];
  let naming: Figure | undefined;
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.block < part.block - 1 || input.blockSection[g.block] !== input.blockSection[part.block]) break;
    const home = input.source.blocks[g.block];
    if (home.kind === 'row' || g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || canonicalLabel(g.unit) !== noun || g.value <= part.value) continue;
    const start = g.span.start - home.span.start;
    const before = clauseBefore(home.text.slice(Math.max(0, start - BEFORE), start));
    if (YARDSTICK.test(before) || isReference(home, g)) continue;
    wholes.push(g);
    if (naming) continue;
    const after = /^[^\d,;:.()]*/u.exec(home.text.slice(g.span.end - home.span.start, g.span.end - home.span.start + AFTER))![0];
    const around = new Set([...labelTokens(before), ...labelTokens(g.unit), ...labelTokens(after)]);
    // A bare noun ("số hộ") names any count of it: only one of the part's own paragraph is taken for it.
    if (named.length === 0 ? g.block === part.block : named.every((t) => around.has(t))) naming = g;
  }
  if (!naming) return undefined;
  return { kind: 'portion', written: m[0].trim(), stated, hedge, part, wholes: [naming, ...wholes.filter((g) => g !== naming)] };
}

// The words of a count's own clause before it (back to the last clause mark).
function clauseBefore(head: string): string {
  const cut = Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}
