/**
 * A rate claimed above or below another rate written after the words that name it, the rate's own base words between it
 * and the claim: "đạt 53,9% kế hoạch vốn sau điều chỉnh, cao hơn tỷ lệ giải ngân bình quân chung của toàn huyện (58,6%)",
 * "tỷ lệ thu đạt 45,2%, vượt bình quân của tỉnh (40,1%)", "đạt 96,1% số trẻ trong độ tuổi, chưa bằng mức chung của huyện
 * (98,4%)", or with the other rate right after "so với" and its owner after it: "đạt 45,2% dự toán, cao hơn so với 47,8% của
 * bình quân toàn tỉnh". Read as a target the rate must pass (or stay under), judged by claim-mismatch as "đạt 74,2%, cao hơn
 * bình quân của tỉnh (76,8%)" is (comparisons.ts, readComparedAfter, which reads the claim right after the rate or its plan).
 *
 * Read only when: both are percents, neither a change, a reference or hedged; the rate is the only percent of its statement
 * before the claim (else which one is the subject is unsure) and no planned or earlier value; the words between the rate
 * and the comma are letters (a year at most) naming what it is of, none turning to another subject; a comma, at most two
 * adverbs, the comparative; then words of no digit but a year and a bracket holding the other rate alone, or "so với", the
 * other rate and its owner word. Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock } from './comparisons.js';
import { isReference } from './claims-parts.js';
import { alt, APPROXIMATE_WORDS, CHANGE_CLAIM_ADVERBS, COMPARED_WITH, OWNER_WORDS, RATE_ABOVE_WORDS, RATE_BASE_TURN_WORDS, RATE_BELOW_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'>;
type Target = Extract<Comparison, { kind: 'target' }>;

export const YEAR = String.raw`(?<!\d)(?:19|20)\d\d(?!\d)`;
// The comparative after a claim's lead: adverbs, then groups above, below.
export const COMPARATIVE = String.raw`(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(?:(${alt(RATE_ABOVE_WORDS)})|(${alt(RATE_BELOW_WORDS)}))(?![\p{L}])`;
// The rate's base words, a comma and the comparative: groups base words, above, below.
const CLAIM = String.raw`^((?:[\p{L} ]|${YEAR}){0,50}?)\s*,\s*${COMPARATIVE}`;
const CLOSED = /^\s*\)/u;
const OWNED = new RegExp(String.raw`^\s+(?:${alt(OWNER_WORDS)})\s+\p{L}`, 'iu');
export const TURNS = wordsRe(RATE_BASE_TURN_WORDS);
export const HEDGED = new RegExp(String.raw`(?:${alt(APPROXIMATE_WORDS)})\s*$`, 'iu');
export const NOT_ACHIEVED = new Set(['change', 'prior', 'target']);

/**
 * Matches a claim whose lead (a pattern with its own groups, the comparative last) names the other rate next:
 * words naming it (no digit but a year, no clause break) and a bracket opening on it, or "so với" right before it,
 * its owner word following it. `head` runs up to the other rate, `after` from its end.
 */
export function otherRateMatcher(lead: string): (head: string, after: string) => RegExpExecArray | null {
  const bracketed = new RegExp(String.raw`${lead}(?:[^\d();:.]|${YEAR}){1,80}\(\s*$`, 'iu');
  const compared = new RegExp(String.raw`${lead}\s+(?:${alt(COMPARED_WITH)})\s+$`, 'iu');
  return (head, after) => (CLOSED.test(after) ? bracketed.exec(head) : null) ?? (OWNED.test(after) ? compared.exec(head) : null);
}
const OTHER_RATE = otherRateMatcher(CLAIM);

/** The rates claimed above or below another rate named after the claim, the rate's own base words before it. */
export function readComparedRates(input: Input): Target[] {
  const out: Target[] = [];
  const byBlock = figuresByBlock(input.figures);
  const roles = new Map(input.readings.map((r) => [r.figure.index, r.role]));
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => f.kind === 'percent');
    if (figs.length < 2) continue;
    const at = (f: Figure) => f.span.start - block.span.start;
    const endOf = (f: Figure) => f.span.end - block.span.start;
    const text = block.text;
    for (const s of input.clauses.statements(block.index)) {
      const inside = figs.filter((f) => at(f) >= s.from && endOf(f) <= s.to);
      // The rate is the first percent of its statement, the other the next one.
      const [value, other] = inside;
      if (!other || value.change || other.change || NOT_ACHIEVED.has(roles.get(value.index) ?? '')) continue;
      if (isReference(block, value) || isReference(block, other)) continue;
      const between = text.slice(endOf(value), at(other));
      const after = text.slice(endOf(other), Math.min(s.to, endOf(other) + 40));
      const m = OTHER_RATE(between, after);
      if (!m || TURNS.test(m[1]) || HEDGED.test(text.slice(s.from, at(value))) || HEDGED.test(between)) continue;
      const word = m[2] ?? m[3];
      const from = endOf(value) + m[0].indexOf(word, m[1].length);
      const claim = word.toLowerCase();
      out.push({ kind: 'target', block: block.index, from, to: from + claim.length, claim, negative: m[3] !== undefined, value, target: other, exceed: m[2] !== undefined });
    }
  }
  return out;
}
