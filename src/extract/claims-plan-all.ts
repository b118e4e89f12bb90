/**
 * All of a plan's items claimed done, with no figure of its own: "100% cơ sở theo kế hoạch đã được kiểm tra an toàn PCCC"
 * in an assessment, against the one statement of that deed and its plan ("Kiểm tra 172 cơ sở, đạt 96,6% kế hoạch (178
 * cơ sở)"): read as a `target` claim, the count done against the plan's count, judged by claim-mismatch (172 < 178 misses).
 *
 * The claim: "100% (các) <noun> theo|trong kế hoạch (đã) (được) <verb>", in a statement with no other figure, no
 * negation, partial or plan word ("còn lại", "phấn đấu"). The statement: a count named by the noun's very words
 * whose verb before it holds the claim's verb word for word, then its rate of the plan ("đạt X% kế hoạch"), then the plan
 * as a target count of the same unit, all in one statement; exactly one such count of the report, else nothing.
 */
import type { Comparison, Figure, FigureReading } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { unitHead, verbCore } from './quantities.js';
import { alt, CHANGE_CLAIM_ADVERBS, IN_PLAN_LINKS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_BASES, SHARE_REACH_VERBS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'>;
type Target = Extract<Comparison, { kind: 'target' }>;

// "100% cơ sở theo kế hoạch đã được kiểm tra": the noun (four words at most), the plan, the verb (two words at most).
const CLAIM = new RegExp(
  String.raw`(?<![\d.,])100\s?%\s+(?:các\s+)?(?<noun>\p{L}+(?:\s+\p{L}+){0,3}?)\s+(?:${alt(IN_PLAN_LINKS)})\s+(?:${alt(PLAN_BASES)})\s+(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(?<verb>\p{L}+(?:\s+\p{L}+)?)(?![\p{L}])`,
  'iu',
);
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS]);
// Between the done count and its rate: its noun and "đạt" ("172 cơ sở, đạt 96,6%"); between the rate and the plan: the plan word.
const RATE_AFTER = new RegExp(String.raw`^[^\d;:.]{0,40}(?:${alt(SHARE_REACH_VERBS)})\s*$`, 'iu');
const PLAN_AFTER = new RegExp(String.raw`^\s*(?:${alt(PLAN_BASES)})[^\d;:.]{0,20}$`, 'iu');

/** The claims of all of a plan done, against the one count of that deed stated with its plan. */
export function readPlannedAll(input: Input): Target[] {
  const out: Target[] = [];
  let done: Array<{ count: FigureReading; plan: Figure }> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !block.text.includes('100')) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(statement);
      if (!m || BLOCKED.test(statement) || /\d/u.test(statement.replace(m[0], ' ')) || /\d/u.test(m[0].replace(/^100/u, ''))) continue;
      done ??= plannedCounts(input);
      const noun = labelTokens(m.groups!.noun).join(' ');
      const verb = labelTokens(m.groups!.verb).join(' ');
      const fits = done.filter(({ count }) => count.tokens.join(' ') === noun && labelTokens(verbCore(count.pre) ?? '').join(' ').endsWith(verb));
      if (fits.length !== 1) continue;
      const { count, plan } = fits[0];
      out.push({ kind: 'target', block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0], negative: false, value: count.figure, target: plan });
    }
  }
  return out;
}

// Each prose count with its rate of the plan and the plan's count right after it ("172 cơ sở, đạt 96,6% kế hoạch (178 cơ sở)").
function plannedCounts(input: Input): Array<{ count: FigureReading; plan: Figure }> {
  const readings = new Map<number, FigureReading>(input.readings.map((r) => [r.figure.index, r]));
  const out: Array<{ count: FigureReading; plan: Figure }> = [];
  const figs = input.figures;
  for (let k = 0; k + 2 < figs.length; k++) {
    const [c, rate, plan] = [figs[k], figs[k + 1], figs[k + 2]];
    if (c.cell !== null || c.kind !== 'count' || rate.kind !== 'percent' || plan.kind !== 'count' || rate.block !== c.block || plan.block !== c.block) continue;
    const count = readings.get(c.index);
    const target = readings.get(plan.index);
    if (!count || count.role !== 'count' || !target || target.role !== 'target' || unitHead(plan) !== unitHead(c)) continue;
    const text = input.source.blocks[c.block].text;
    const at = (f: Figure) => f.span.start - input.source.blocks[c.block].span.start;
    const end = (f: Figure) => f.span.end - input.source.blocks[c.block].span.start;
    if (!RATE_AFTER.test(text.slice(end(c), at(rate))) || !PLAN_AFTER.test(text.slice(end(rate), at(plan)).replace(/\(\s*$/u, ''))) continue;
    out.push({ count, plan });
  }
  return out;
}
