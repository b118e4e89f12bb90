/**
 * The amount done of a plan restated with its unit, when the figure handed over to the rate counts something else:
 * "Tổ chức 18 lớp tập huấn … cho 1 080 lượt nông dân, đạt 90,0% kế hoạch năm (21 lớp)". The plan counts classes and
 * "1 080 lượt" attendances, so the rate is of the classes held: the one figure of the plan's unit in the rate's clause.
 * Read only when sure: exactly one figure of that unit in the clause before the rate, of the same noun as the plan,
 * nothing between it and the rate that could make the rate another's (a bracket, a comparison, a percent, a change).
 */
import type { Analysis, Figure } from '../model/index.js';
import { unitHead } from './quantities.js';
import { unitsAlike } from './labels.js';
import { COMPARED_WITH, EARLIER_PERIOD_WORDS, edgeAlt } from '../text/lexicon.js';

type Input = Pick<Analysis, 'source' | 'figures' | 'clauses'>;

// Between the amount done and the rate: no bracket (an aside or a breakdown), no comparison with another period.
const ASIDE = new RegExp(String.raw`[()]|${edgeAlt(COMPARED_WITH, EARLIER_PERIOD_WORDS)}(?![\p{L}])`, 'iu');
const MEASURED = new Set(['count', 'decimal']);

/**
 * The amount done a bracketed plan's unit names, when `near` (the figure handed to the rate `p`) counts another thing;
 * undefined when `near` is of the plan's unit (the plain reading), or when the clause holds no such figure or more than one.
 */
export function doneOfPlanUnit(input: Input, p: Figure, near: Figure, plan: Figure): Figure | undefined {
  if (!MEASURED.has(plan.kind) || plan.unit === null || near.unit === null || unitHead(near) === unitHead(plan)) return undefined;
  const block = input.source.blocks[p.block];
  const local = (f: Figure) => f.span.start - block.span.start;
  const clause = input.clauses.at(p.block, local(p));
  if (!clause) return undefined;
  let done: Figure | undefined;
  for (let k = near.index; k >= 0; k--) {
    const g = input.figures[k];
    if (g.block !== p.block || g.cell !== p.cell || local(g) < clause.from) break;
    if (unitHead(g) === unitHead(plan)) {
      if (done) return undefined;
      done = g;
    } else if (!done && (g.kind === 'percent' || g.change)) return undefined;
  }
  if (!done || done.change || !MEASURED.has(done.kind) || !unitsAlike(done.unit!, plan.unit)) return undefined;
  return ASIDE.test(block.text.slice(done.span.end - block.span.start, local(p))) ? undefined : done;
}
