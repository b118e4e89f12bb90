/**
 * A rate restated as the subject of the statement after it and claimed above or below another rate there: "Tổng giá trị giải
 * ngân là 254,872 tỷ đồng, đạt 61,77% kế hoạch, tăng 6,29 điểm phần trăm so với cùng kỳ năm 2024 (55,48%). Tỷ lệ giải ngân
 * toàn huyện cao hơn tỷ lệ bình quân chung của tỉnh (64,30%)": the subject "Tỷ lệ giải ngân" has no rate of its own, so its
 * value is the one rate of "giải ngân" the statement before gave, 61,77%, which is not above 64,30%. Read as a target the
 * rate must pass (or stay under), judged by claim-mismatch as claims-compared-rate.ts's are.
 *
 * Read only when: the statement opens with "Tỷ lệ <X>", X letters only (its noun, then at most a scope: "toàn huyện", "của
 * xã", "chung"), none turning to another subject, then at most two adverbs and the comparative, then words of no digit but a
 * year and a bracket holding the other rate alone (or "so với", the other rate and its owner word); no rate before it. The
 * statement right before it in the same paragraph holds exactly one rate that may be the subject's: a percent, no change,
 * earlier value, target, reference, bracketed aside, hedge or aim (aimed.ts); its words before it hold every word of X's
 * noun (two at least) and every word of X's scope but unit words ("huyện", "xã"), and name no unit of their own ("xã Tân
 * An"). Anything else is unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock } from './comparisons.js';
import { isReference } from './claims-parts.js';
import { COMPARATIVE, HEDGED, NOT_ACHIEVED, otherRateMatcher, TURNS } from './claims-compared-rate.js';
import { aimedFigure } from './aimed.js';
import { labelTokens } from './similarity.js';
import {
  alt, altInitialCase, BULLET_CHARS, RATE_SUBJECT_SCOPE_LEADS, RATE_WORDS, UNIT_LEVEL_WORDS, wordsRe,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections'>>;
type Target = Extract<Comparison, { kind: 'target' }>;

// "Tỷ lệ <X>" and the comparative: groups X, above, below.
const SUBJECT = String.raw`^[\s${BULLET_CHARS}]*(?:${alt(RATE_WORDS)})\s+(\p{L}[\p{L} ]{0,60}?)\s+${COMPARATIVE}`;
const OTHER_RATE = otherRateMatcher(SUBJECT);
const SCOPE = wordsRe(RATE_SUBJECT_SCOPE_LEADS);
// "xã Tân An", "Huyện Quỳ Hợp": a unit named in the statement before, maybe not the subject's.
const NAMED_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:${altInitialCase(UNIT_LEVEL_WORDS)})\s+\p{Lu}`, 'u');
const UNIT_SYLLABLES = new Set(UNIT_LEVEL_WORDS.flatMap((w) => w.split(' ')));
const MIN_WORDS = 2;

/** The rates a "Tỷ lệ <X>" subject with no rate of its own claims above or below another, read from the statement before. */
export function readRestatedRates(input: Input): Target[] {
  const out: Target[] = [];
  const byBlock = figuresByBlock(input.figures);
  const roles = new Map(input.readings.map((r) => [r.figure.index, r.role]));
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => f.kind === 'percent');
    if (figs.length < 2) continue;
    const at = (f: Figure) => f.span.start - block.span.start;
    const text = block.text;
    const statements = input.clauses.statements(block.index);
    for (let k = 1; k < statements.length; k++) {
      const s = statements[k];
      const other = figs.find((f) => at(f) >= s.from && at(f) < s.to);
      if (!other || other.change || isReference(block, other)) continue;
      const head = text.slice(s.from, at(other));
      const after = text.slice(at(other) + other.raw.length, Math.min(s.to, at(other) + other.raw.length + 40));
      const m = OTHER_RATE(head, after);
      if (!m || TURNS.test(m[1]) || HEDGED.test(head)) continue;
      const value = restatedRate(input, block.index, statements[k - 1], m[1], figs, roles);
      if (!value) continue;
      const word = m[2] ?? m[3];
      const from = s.from + m[0].indexOf(word, m[0].indexOf(m[1]) + m[1].length);
      out.push({ kind: 'target', block: block.index, from, to: from + word.length, claim: word.toLowerCase(), negative: m[3] !== undefined, value, target: other, exceed: m[2] !== undefined });
    }
  }
  return out;
}

/** The one rate of the statement before that the subject X restates, or null when none or several may be. */
function restatedRate(input: Input, b: number, prev: { from: number; to: number }, subject: string, figs: Figure[], roles: Map<number, string>): Figure | null {
  const block = input.source.blocks[b];
  const at = (f: Figure) => f.span.start - block.span.start;
  const text = block.text;
  const cut = SCOPE.exec(subject);
  const noun = labelTokens(cut ? subject.slice(0, cut.index) : subject);
  const scope = cut ? labelTokens(subject.slice(cut.index)).filter((w) => !UNIT_SYLLABLES.has(w)) : [];
  if (noun.length < MIN_WORDS) return null;
  const rates = figs.filter((f) => {
    if (at(f) < prev.from || at(f) >= prev.to || f.change || NOT_ACHIEVED.has(roles.get(f.index) ?? '')) return false;
    const lead = text.slice(prev.from, at(f));
    // A bracketed aside ("so với cùng kỳ năm 2024 (55,48%)") is no value of the subject.
    if ((lead.match(/\(/gu) ?? []).length > (lead.match(/\)/gu) ?? []).length) return false;
    return !isReference(block, f) && !HEDGED.test(lead) && !aimedFigure(input, f);
  });
  if (rates.length !== 1) return null;
  const lead = text.slice(prev.from, at(rates[0]));
  if (NAMED_UNIT.test(lead)) return null;
  const words = new Set(labelTokens(lead));
  return [...noun, ...scope].every((w) => words.has(w)) ? rates[0] : null;
}
