/**
 * Changes told respectively: "Tỷ lệ A là 9,8% và B là 13,5%, giảm lần lượt 0,8 và 1,2 điểm phần trăm so với năm 2024 (10,6%
 * và 14,7%)". Two changes after "lần lượt" pair, in order, with the two values before the claim and the two earlier values in
 * the bracket after it: 10,6 → 9,8 is the first change, 14,7 → 13,5 the second. Each pair is read as a `change` claim, in
 * percentage points or in percent as the changes are written, and judged by claim-mismatch as "giảm 0,8 điểm phần trăm so
 * với năm 2024 (10,6%)" is.
 *
 * Read only when: the statement states exactly two values before the claim of the bases' kind and unit (no change, no
 * earlier or planned value), the two changes are joined by "và" or a comma, "so với" and words naming the earlier period
 * (no digit but a year, no clause break) lead to a bracket holding the two bases alone, joined alike. Anything else is
 * unsure and gives nothing.
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { claimSites, sameUnit } from './comparisons.js';
import { parseNumberToken } from './numbers.js';
import { alt, CHANGE_JOINERS, CHANGE_VERBS, COMPARED_WITH, PERCENT_POINT_UNITS, RESPECTIVE_WORDS } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'numbers' | 'readings'>;
type Change = Extract<Comparison, { kind: 'change' }>;

// "giảm lần lượt " / "lần lượt tăng ": the verb (group 1 or 2), then the first change.
const CLAIM = new RegExp(String.raw`(?<![\p{L}])(?:(${alt(CHANGE_VERBS)})\s+(?:${alt(RESPECTIVE_WORDS)})|(?:${alt(RESPECTIVE_WORDS)})\s+(${alt(CHANGE_VERBS)}))\s+(?=\d)`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
// Between two members of a pair: a comma or "và", the first's unit at most.
const JOINT = new RegExp(String.raw`^\s*(?:%|(?:${alt(PERCENT_POINT_UNITS)}))?\s*(?:,|(?:${alt(CHANGE_JOINERS)}))\s*$`, 'iu');
// After the second change: its unit, "so với", the earlier period's words (a year allowed), the bracket's opening.
const POINTS_TO_BASES = new RegExp(String.raw`^\s*(?:${alt(PERCENT_POINT_UNITS)})\s+(?:${alt(COMPARED_WITH)})\s+(?:[\p{L}\s]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){2,60}\(\s*$`, 'iu');
const PERCENT_TO_BASES = new RegExp(String.raw`^\s*(?:${alt(COMPARED_WITH)})\s+(?:[\p{L}\s]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){2,60}\(\s*$`, 'iu');
const CLOSE = /^\s*\)/u;
// Roles a value reached never has.
const NOT_REACHED = new Set(['change', 'prior', 'target']);

/** The changes told respectively of the two values before them against the two bracketed after them. */
export function readRespectiveChanges(input: Input): Change[] {
  const out: Change[] = [];
  let roles: Map<number, string> | undefined;
  for (const { block, figs, text, at, endOf, m, statement } of claimSites(input, HAS_CLAIM, CLAIM)) {
    const k = figs.findIndex((f) => at(f) === m.index + m[0].length);
    const [first, second, b1, b2] = figs.slice(k, k + 4);
    if (k < 0 || !b2 || endOf(b2) > statement.to || !JOINT.test(text.slice(endOf(first), at(second))) || !JOINT.test(text.slice(endOf(b1), at(b2)))) continue;
    if (!CLOSE.test(text.slice(endOf(b2))) || !sameUnit(b1, b2) || b1.change || b2.change) continue;
    const tail = text.slice(endOf(second), at(b1));
    // In points both bases are percents; in percent the changes carry the sign and the bases any one unit.
    const points = POINTS_TO_BASES.test(tail) && b1.kind === 'percent';
    if (!points && !(PERCENT_TO_BASES.test(tail) && first.kind === 'percent' && second.kind === 'percent')) continue;
    roles ??= new Map(input.readings.map((r) => [r.figure.index, r.role]));
    const reached = (f: Figure) => !NOT_REACHED.has(roles!.get(f.index) ?? '');
    const values = figs.slice(0, k).filter((f) => at(f) >= statement.from && f.kind === b1.kind && sameUnit(f, b1) && !f.change && reached(f));
    if (values.length !== 2) continue;
    const verb = (m[1] ?? m[2]).toLowerCase();
    const down = verb === CHANGE_VERBS[1];
    // The changes as written ("0,8", "1,2"), read in the document's style; an ambiguous token where it is unsure is not read.
    const read = [first, second].map((f) => {
      const written = /^\d+(?:[.,]\d+)*/u.exec(f.raw)?.[0];
      const stated = written ? parseNumberToken(written, input.numbers?.style ?? 'vi', input.numbers?.sure ?? true) : null;
      return stated && written ? { written, stated } : null;
    });
    if (read.some((r) => r === null)) continue;
    ([[first, values[0], b1], [second, values[1], b2]] as const).forEach(([change, current, base], j) => {
      const { written, stated } = read[j]!;
      out.push({
        kind: 'change', block: block.index, from: m.index, to: endOf(change), verb, stated: stated.value, signed: down ? -stated.value : stated.value,
        decimals: stated.decimals, percent: !points, unit: points ? PERCENT_POINT_UNITS[0] : '%', written, figure: change,
        current, base, amount: current.value, scale: 1,
      });
    });
  }
  return out;
}
