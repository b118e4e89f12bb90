/**
 * A plan its sentence opens with, then the value reached and a claim about that plan with no figure of its own: "Kế hoạch
 * thu Quỹ … năm 2024 là 1.375 triệu đồng; kết quả thu được 1.245 triệu đồng, vượt kế hoạch tỉnh giao". The sentence starts
 * with the plan word, its subject's words and "là" or ":" before the plan; the next clause (after ";" or ",") holds words
 * only (no plan, earlier-period or estimate word) before the value, which closes its phrase with its unit right before the
 * claim. Both of one unit, no other figure in the sentence before the claim and none in the claim's clause after it; not
 * read when hedged or an aim ("phấn đấu", "dự kiến"). Read as a `target` claim.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock, sameUnit } from './comparisons.js';
import { sentenceSpans } from './claims-plan-subject.js';
import {
  alt, APPROXIMATE_WORDS, EARLIER_PERIOD_WORDS, FULFILMENT_VERBS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_BASES, PLAN_RATE_BASES, PURPOSE_WORDS,
  edgeAlt, wordsRe,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'>;
type TargetClaim = Extract<Comparison, { kind: 'target' }>;

const CLAIM = new RegExp(String.raw`(${edgeAlt(FULFILMENT_VERBS)})\s+(?:mức\s+)?(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'giu');
const HAS_PLAN = new RegExp(alt(PLAN_RATE_BASES), 'iu');
// "Kế hoạch thu Quỹ phòng, chống thiên tai năm 2024 là": the plan word opens the sentence; a year may date its subject.
const PLAN_OPENING = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(PLAN_BASES)})(?![\p{L}])[^;:()\d]*?(?:(?:19|20)\d\d[^;:()\d]*?)?(?:\s+là|\s*:)\s*$`, 'iu');
// The plan's unit words, the clause break, then the words of the result before its value ("; kết quả thu được").
const RESULT_LEAD = /^[\p{L}\s]*[;,]\s*[\p{L}\s]{0,40}$/u;
// The value's unit words, a comma, then the claim ("…, đã vượt kế hoạch").
const VALUE_TAIL = /^[\p{L}\s]*,\s*(?:và\s+)?(?:đã\s+)?$/u;
const NOT_RESULT = new RegExp(String.raw`${edgeAlt(PLAN_BASES, EARLIER_PERIOD_WORDS, PARTIAL_CLAIM_WORDS, PURPOSE_WORDS, APPROXIMATE_WORDS)}(?![\p{L}])`, 'iu');
const NEGATIVE = new RegExp(`^(?:${alt(NEGATION_WORDS)})`, 'iu');
const EXCEED = wordsRe(['vượt']);
const NOT_REACHED = new Set(['change', 'prior', 'target', 'plan']);
const countable = (f: Figure) => f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money';

/** The plan claims about a plan their sentence opens with ("Kế hoạch … là P; kết quả … V, vượt kế hoạch"). */
export function readLeadPlans(input: Input): TargetClaim[] {
  const out: TargetClaim[] = [];
  const byBlock = figuresByBlock(input.figures);
  const roles = new Map(input.readings.map((r) => [r.figure.index, r.role]));
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_PLAN.test(block.text)) continue;
    const text = block.text;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => f.cell === null);
    const at = (f: Figure) => f.span.start - block.span.start;
    for (const s of sentenceSpans(input, block.index)) {
      if (!PLAN_OPENING_START.test(text.slice(s.from, s.to))) continue;
      for (const m of text.slice(s.from, s.to).matchAll(CLAIM)) {
        const [from, to] = [s.from + m.index, s.from + m.index + m[0].length];
        const clauseEnd = text.slice(to, s.to).search(/[,;:.]/u);
        if (/\d/u.test(text.slice(to, clauseEnd < 0 ? s.to : to + clauseEnd))) continue;
        const before = figs.filter((f) => at(f) >= s.from && at(f) < from);
        if (before.length !== 2) continue;
        const [plan, value] = before;
        if (!countable(plan) || !countable(value) || plan.change || value.change || plan.value <= 0 || !sameUnit(plan, value)) continue;
        if (NOT_REACHED.has(roles.get(value.index) ?? '')) continue;
        if (!PLAN_OPENING.test(text.slice(s.from, at(plan)))) continue;
        const lead = text.slice(at(plan) + plan.raw.length, at(value));
        if (!RESULT_LEAD.test(lead) || NOT_RESULT.test(lead.slice(lead.search(/[;,]/u)))) continue;
        if (!VALUE_TAIL.test(text.slice(at(value) + value.raw.length, from))) continue;
        out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative: NEGATIVE.test(m[1]), value, target: plan, exceed: EXCEED.test(m[1]) });
      }
    }
  }
  return out;
}

// A cheap test before the rest: the sentence opens with a plan word.
const PLAN_OPENING_START = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(PLAN_BASES)})(?![\p{L}])`, 'iu');
