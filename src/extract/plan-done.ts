/**
 * The amount a plan's rate is of, when the rate closes a list of amounts of one measure. "chuyển đổi 27,5 ha …, sang rau
 * màu 21,0 ha và cây ăn quả 6,5 ha, bằng 110,0% kế hoạch (25,0 ha)", "thu 3,2 tỷ đồng, gồm thuế 2,1 tỷ và phí 1,1 tỷ đồng,
 * đạt 106,7% dự toán (3,0 tỷ đồng)": the rate sits right after the last part, but is of the whole stated before the parts.
 *
 * The amounts the rate may be of are the one read right before it, the amounts of its measure stated before that in the
 * rate's clause at the rate's bracket depth (not a change, not a plan named right before it: "kế hoạch giao 25 ha"), and the sums of the parts listed last.
 * - One of them gives the rate of the plan: the rate is of it (a sum of parts naming no figure: nothing read, as it agrees).
 * - None does, and the whole is clear (a "gồm"/"trong đó" breakdown's whole, or an amount its listed parts add up to): the
 *   rate is read of that whole, and judged against it.
 * - None does, and no whole is clear: which amount the rate is of is unsure, and nothing is read.
 * A rate with no other amount of its measure before it in its clause keeps the amount read.
 */
import type { Analysis, Figure } from '../model/index.js';
import { percentAgrees } from './percent-arith.js';
import { unitHead } from './quantities.js';
import { sameMeasure } from './shares.js';
import { edgeAlt, PLAN_BASES } from '../text/lexicon.js';
import { bracketsBalanced } from '../text/normalize.js';

type PlanDoneInput = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'claims'>;

/** The amount a plan's rate is of (see the module's note): `done` as read, another amount of its list, or undefined when unsure. */
export function readPlanDone(input: PlanDoneInput, done: Figure, rate: Figure, plan: Figure): Figure | undefined {
  if (done.index !== rate.index - 1) return done;
  const listed = listedBefore(input, done, rate);
  const head = breakdownHead(input, done, rate);
  if (!head && listed.length === 0) return done;
  const fits = (value: number) => percentAgrees(value, plan.value, rate.value, rate.decimals);
  const fit = [done, ...(head ? [head] : []), ...listed.slice().reverse()].find((f) => fits(f.value));
  if (fit) return fit;
  const run = [...listed, done];
  if (suffixSums(run).some(fits)) return undefined;
  return head ?? listed.find((w) => suffixSums(run.slice(run.indexOf(w) + 1)).some((sum) => equal(sum, w.value)));
}

// A plan named right before an amount, no number nor clause mark between: "kế hoạch giao 25 ha", "so với dự toán 3,0 tỷ".
const PLAN_NAMED = new RegExp(String.raw`${edgeAlt(PLAN_BASES)}(?![\p{L}])[^\d,;()]{0,25}$`, 'iu');

// Same-measure amounts before the rate's own amount, in the rate's clause, at the rate's bracket depth and after any other
// percent (what stands before one is that rate's): what a rate closing a list may be of. A change ("tăng 2,5 ha") and the plan
// named right before it ("kế hoạch giao 25 ha", "so với dự toán 3,0 tỷ đồng") are none.
function listedBefore(input: PlanDoneInput, done: Figure, rate: Figure): Figure[] {
  const block = input.source.blocks[rate.block];
  const at = (offset: number) => offset - block.span.start;
  const clause = input.clauses.at(rate.block, at(rate.span.start));
  if (!clause) return [];
  const out: Figure[] = [];
  for (let k = done.index - 1; k >= 0; k--) {
    const f = input.figures[k];
    if (f.block !== rate.block || at(f.span.start) < clause.from || f.kind === 'percent') break;
    if (f.cell !== rate.cell || f.change || f.value <= 0 || !sameMeasure(f, done) || unitHead(f) !== unitHead(done)) continue;
    const lead = block.text.slice(Math.max(clause.from, k > 0 && input.figures[k - 1].block === f.block ? at(input.figures[k - 1].span.end) : 0), at(f.span.start));
    if (!PLAN_NAMED.test(lead) && bracketsBalanced(block.text.slice(at(f.span.end), at(rate.span.start)))) out.unshift(f);
  }
  return out;
}

// The sums of the last two amounts of a run, the last three, and so on: what a list of parts ending at the rate adds up to.
function suffixSums(run: readonly Figure[]): number[] {
  const out: number[] = [];
  let sum = run.at(-1)?.value ?? 0;
  for (let k = run.length - 2; k >= 0; k--) out.push((sum += run[k].value));
  return out;
}

const equal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * "tổng số … là 1.433 người, gồm 1.046 người … và 387 người …, đạt 102,4% chỉ tiêu (1.400 người)": a rate right after the
 * last part of a breakdown ("gồm", "trong đó"), outside any bracket the whole is not in, is the whole's; the amount done
 * is the whole, of the same measure.
 */
function breakdownHead(input: PlanDoneInput, done: Figure, rate: Figure): Figure | undefined {
  for (const c of input.claims) {
    if ((c.relation !== 'exhaustive' && c.relation !== 'subset') || c.parts.length < 2 || c.bound !== undefined || c.parts[c.parts.length - 1] !== done.index) continue;
    const whole = input.figures[c.whole];
    if (!whole || whole.block !== done.block || whole.index >= done.index || whole.kind !== done.kind || whole.change || unitHead(whole) !== unitHead(done)) continue;
    const block = input.source.blocks[done.block];
    if (bracketsBalanced(block.text.slice(whole.span.end - block.span.start, rate.span.start - block.span.start))) return whole;
  }
  return undefined;
}

