/**
 * A claim to pass a plan said beside its own result but with no plan written ("Thu phí vệ sinh môi trường quý I đạt 246,5
 * triệu đồng, vượt kế hoạch quý"; "… vượt kế hoạch đề ra, tiếp nhận 812 đơn vị máu") against the one table row that holds
 * that very result: a table of one plan column (headed by the claim's plan word, a "chỉ tiêu" claimed a "Kế hoạch" column
 * too) and one result column, whose body row's result cell is the statement's figure, value for value, and whose label's
 * telling words (an initialism spelled out by the statement's words) are all words of the statement, two at least. Every
 * period the plan's own words name ("kế hoạch quý") is in the plan column's header or the row's label.
 *
 * The claim's own clause holds no figure (a plan written there is another reader's); its statement no partial, plan or
 * purpose word ("cơ bản", "phấn đấu", "để"), nor a figure an aim or a task sets. Exactly one figure of the statement (no
 * percent, no change) may name a row so; else nothing. Read only when the row is certainly short of its plan (the result
 * below it, and its rate cell, if any, below 100): a `target` claim that claim-mismatch then flags.
 */
import type { Comparison, Figure, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock } from './comparisons.js';
import { labelTokens, labelWords, spellInitials } from './similarity.js';
import { cellFigure } from './table-bound.js';
import { aimedFigure } from './aimed.js';
import { readScale } from './numbers.js';
import {
  alt, AND_OR_WORDS, ASSIGNED_WORDS, EXCEED_WORDS, PARTIAL_CLAIM_WORDS, PERIOD_UNITS, PLAN_KIN_HEADERS, PLAN_NAME_FRAME_WORDS, PLAN_RATE_BASES,
  PURPOSE_WORDS, SUBJECT_FRAME_WORDS, TARGET_SETTING_VERBS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & Partial<Pick<ComparisonInput, 'tables'>>;
type Target = Extract<Comparison, { kind: 'target' }>;

// "vượt kế hoạch", "hoàn thành vượt chỉ tiêu": a claim to pass the plan only (a claim to miss it is read elsewhere).
const CLAIM = new RegExp(String.raw`(?:${edgeAlt(EXCEED_WORDS.slice(0, 1))})\s+(?:mức\s+)?(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'giu');
const HAS_PLAN = new RegExp(alt(PLAN_RATE_BASES), 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...PURPOSE_WORDS]);
const CLAUSE_END = new RegExp(String.raw`[,;(]|\s(?:${alt(AND_OR_WORDS)})\s`, 'iu');
const PERIOD = new Set<string>(PERIOD_UNITS.flatMap((w) => w.split(' ')));
// Words of a row label that tell no indicator: frame, plan and period words ("Thu phí … (kế hoạch quý)").
const UNTELLING = new Set([...SUBJECT_FRAME_WORDS, ...PLAN_NAME_FRAME_WORDS, ...ASSIGNED_WORDS, ...TARGET_SETTING_VERBS, ...PERIOD_UNITS].flatMap((w) => labelTokens(w)));
const INITIALISM = /^[b-df-hj-np-tv-zđ]{2,5}$/u;
const MIN_WORDS = 2;

/** The claims to pass a plan beside a result of the one table row holding that result, when that row is short of its plan. */
export function readValuedRowPlans(input: Input): Target[] {
  const out: Target[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  const tables = input.tables.filter((t) => planColumns(t) !== null);
  if (tables.length === 0) return out;
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_PLAN.test(block.text)) continue;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => f.cell === null);
    if (figs.length === 0) continue;
    const at = (f: Figure) => f.span.start - block.span.start;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      if (BLOCKED.test(own)) continue;
      for (const m of own.matchAll(CLAIM)) {
        const from = s.from + m.index;
        const to = from + m[0].length;
        const head = own.slice(0, m.index);
        const clauseFrom = s.from + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
        const tail = block.text.slice(to, s.to);
        const end = tail.search(CLAUSE_END);
        const clauseTo = to + (end < 0 ? tail.length : end);
        if (figs.some((f) => at(f) >= clauseFrom && at(f) < clauseTo)) continue;
        const said = labelWords(own);
        const periods = labelWords(block.text.slice(to, clauseTo)).filter((w) => PERIOD.has(w));
        const values = figs.filter((f) => at(f) >= s.from && at(f) < s.to && (f.kind === 'count' || f.kind === 'money') && !f.change && !aimedFigure(input, f));
        const found = values.flatMap((v) => rowsHolding(input, tables, v, said, m[1].toLowerCase(), periods).map((r) => ({ v, r })));
        if (found.length !== 1 || found[0].r === null) continue;
        const [result, target] = found[0].r;
        // The statement's own figure when of the row's scale ("1.240 cây"), else the row's result cell ("246,5" triệu đồng).
        const value = found[0].v.value === result.value ? found[0].v : result;
        out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative: false, value, target, exceed: true });
      }
    }
  }
  return out;
}

// The plan and result column of a table, one of each, and its rate column when it has one; null otherwise.
function planColumns(t: Table): { plan: number; result: number; rate: number | null; header: string } | null {
  if (t.labelColumn === null) return null;
  const plans = t.columns.filter((c) => c.measure === 'plan');
  const results = t.columns.filter((c) => c.measure === 'result');
  const rates = t.columns.filter((c) => c.measure === 'rate' || c.measure === 'fulfilment');
  if (plans.length !== 1 || results.length !== 1 || rates.length > 1) return null;
  return { plan: plans[0].index, result: results[0].index, rate: rates[0]?.index ?? null, header: plans[0].header.toLowerCase() };
}

/**
 * The rows of the tables whose result cell holds v's value and whose label the statement's words name, each as its result
 * and plan figures when short of the plan, null when not certainly short.
 */
function rowsHolding(input: Input, tables: Table[], v: Figure, said: string[], plan: string, periods: string[]): Array<[Figure, Figure] | null> {
  const out: Array<[Figure, Figure] | null> = [];
  const saidTokens = new Set(labelTokens(said.join(' ')));
  for (const t of tables) {
    const cols = planColumns(t)!;
    if (!(PLAN_KIN_HEADERS[plan] ?? [plan]).some((p) => cols.header.includes(p))) continue;
    for (const r of t.rows) {
      const done = r.cells[cols.result];
      const result = done?.pure && done.value !== null ? cellFigure(input, done) : undefined;
      if (r.total || result === undefined || !sameValue(result, v)) continue;
      const words = labelTokens(labelWords(r.label).flatMap((w) => (INITIALISM.test(w) ? spellInitials([w], said) : [w])).join(' ')).filter((w) => !UNTELLING.has(w));
      if (words.length < MIN_WORDS || !words.every((w) => saidTokens.has(w))) continue;
      const named = (w: string, text: string) => new RegExp(String.raw`(?<![\p{L}])${w}(?![\p{L}])`, 'u').test(text);
      if (!periods.every((w) => named(w, cols.header) || named(w, r.label.toLowerCase()))) continue;
      const p = r.cells[cols.plan];
      const rate = cols.rate === null ? null : r.cells[cols.rate];
      const target = p?.pure && p.value !== null ? cellFigure(input, p) : undefined;
      // Held cell to cell: the row's two cells are of one scale, the statement's money may be of another.
      const short = target !== undefined && target.value > 0 && result.value < target.value && (rate === null || (rate !== undefined && rate.value !== null && rate.value < 100));
      out.push(short ? [result, target] : null);
    }
  }
  return out;
}

// A cell's figure and the statement's of one value: alike, or the cell's scaled by its unit's scale words ("246,5" under
// "triệu đồng" is the statement's "246,5 triệu đồng", read as 246 500 000 đồng).
function sameValue(cell: Figure, v: Figure): boolean {
  if (cell.value === v.value) return true;
  const scale = v.kind === 'money' && cell.kind !== 'money' && cell.unit ? readScale(cell.unit, 0)?.factor ?? 1 : 1;
  return scale !== 1 && Math.abs(cell.value * scale - v.value) < 1e-6 * Math.abs(v.value);
}
