/**
 * "nguồn vốn ngân sách huyện (kế hoạch 9.580 triệu đồng) giải ngân chậm", "kinh phí mua sắm thiết bị (dự toán 1.520 triệu
 * đồng)": an amount alone in a bracket opened by a plan word (lexicon PLAN_RATE_BASES, a few words of its stage or year
 * after it) right after a noun phrase is that phrase's plan. Read here with the other plans of the same phrase the document
 * states: a sentence amount tagged a target, or named by a plan word, or a member of a target's breakdown ("Tổng kế hoạch
 * vốn … là 28.650 triệu đồng, gồm: … vốn ngân sách huyện 9.850 triệu đồng"), and a table cell under a plan column of the
 * phrase's row. Same kind and unit, the same period and place, and no other stage of the plan ("sau điều chỉnh" against
 * "giao đầu năm") named on both sides; names equal once the words that only frame a planned amount are set aside
 * (PLAN_NAME_FRAME_WORDS: "nguồn vốn", "dự toán"). Values are in the bracket's own unit (a table's "triệu đồng" in đồng).
 */
import type { Analysis, BracketedPlan, Figure, FigureReading as Quantity, Table } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { unitHead } from './quantities.js';
import { readScale } from './numbers.js';
import { tableTitle } from './appendix-rows.js';
import { ADJUSTED_PLAN_WORDS, alt, CURRENCY_WORDS, ORIGINAL_PLAN_WORDS, PLAN_NAME_FRAME_WORDS, PLAN_RATE_BASES, TOTAL_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<Analysis, 'source' | 'figures' | 'claims' | 'readings' | 'tables' | 'meta'>;

// "(kế hoạch", "(dự toán năm 2025:", "(kế hoạch sau điều chỉnh là": the bracket's opening up to the amount, then nothing else.
const OPENING = new RegExp(String.raw`\(\s*(?:${alt(PLAN_RATE_BASES)})((?:\s+(?:\p{L}+|(?:19|20)\d\d)){0,4}?)\s*:?\s*(?:là\s+)?$`, 'iu');
const CLOSING = /^\s*\)/u;
// Where the noun phrase before the bracket starts: after the last clause mark or bullet.
const PHRASE_START = /[,;:.()!?+•*–]|\s-\s|^\s*-/gu;
const PHRASE_MAX_WORDS = 10;
const FRAME = wordsRe(PLAN_NAME_FRAME_WORDS, 'giu');
const ADJUSTED = wordsRe(ADJUSTED_PLAN_WORDS);
const ORIGINAL = wordsRe(ORIGINAL_PLAN_WORDS);
// A name opened by a plan word ("Dự toán kinh phí …", "Tổng kế hoạch vốn …"): the plan of what follows.
const PLAN_OPENING = new RegExp(String.raw`^\s*(?:(?:${alt(TOTAL_WORDS)})\s+)?(?:${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'iu');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// The words in the brackets closing a reading's name: "ha (chỉ tiêu diện tích lúa …)", "(vốn ngân sách huyện)".
const NAMED_WORDS = /\(([^()]*)\)\s*$/u;
const CURRENCY = new RegExp(String.raw`^(?:${alt(CURRENCY_WORDS)})$`, 'iu');
// Tags of a figure that make it another quantity than the plan itself: the next period's, an earlier value, a change, a
// remainder, a running total, an amount per unit, a negation, a bound.
const OTHER_TAGS = new Set(['ahead', 'prior', 'added', 'rest', 'cumulative', 'each', 'neg', 'bound', 'part', 'fulfil']);

type Stage = 'adjusted' | 'original' | null;
const stageOf = (words: string): Stage => (ORIGINAL.test(words) ? 'original' : ADJUSTED.test(words) ? 'adjusted' : null);

/** The name of a planned amount as a key: its words without the frame words, its years aside (read as its period). */
function planKey(words: string): string | null {
  const tokens = labelTokens(words.toLowerCase().replace(YEAR, ' ').replace(FRAME, ' '));
  return tokens.length >= 2 && !tokens.some((t) => /\d/u.test(t)) ? tokens.join(' ') : null;
}
// The years a name or title states.
const yearsIn = (s: string) => [...s.matchAll(YEAR)].map((m) => m[0]);

/** Each plan in brackets after its noun phrase, with the other plans of that phrase the document states. */
export function readBracketedPlans(input: Input): BracketedPlan[] {
  const readingOf = new Map(input.readings.map((q) => [q.figure.index, q] as const));
  const own = input.meta.period ? input.meta.period.end.slice(0, 4) : null;
  const plans: Array<{ q: Quantity; name: string; key: string; stage: Stage; at: string; periods: string }> = [];
  for (const q of input.readings) {
    const f = q.figure;
    if (f.cell !== null || (f.kind !== 'money' && f.kind !== 'count') || f.change) continue;
    const block = input.source.blocks[f.block];
    const [at, end] = [f.span.start - block.span.start, f.span.end - block.span.start];
    const rest = block.text.slice(end, end + 40);
    const unit = f.kind === 'count' ? f.unit ?? '' : '';
    if (f.kind === 'count' && (unit === '' || !rest.trimStart().toLowerCase().startsWith(unit.toLowerCase()))) continue;
    if (!CLOSING.test(rest.trimStart().slice(unit.length))) continue;
    const before = block.text.slice(Math.max(0, at - 160), at);
    const open = OPENING.exec(before);
    if (!open || yearsIn(open[1]).some((y) => y !== own)) continue;
    const lead = before.slice(0, open.index);
    let from = 0;
    for (const m of lead.matchAll(PHRASE_START)) from = m.index + m[0].length;
    const name = lead.slice(from).trim();
    const key = planKey(name);
    if (key === null || name.split(/\s+/u).length > PHRASE_MAX_WORDS || yearsIn(name).some((y) => y !== own)) continue;
    plans.push({ q, name, key, stage: stageOf(open[1]), ...scopeOf(q) });
  }
  if (plans.length === 0) return [];
  const others = otherPlans(input, readingOf, own);
  return plans.flatMap((p) => {
    const found = (others.get(p.key) ?? []).filter((o) => o.figure.index !== p.q.figure.index && o.figure.block !== p.q.figure.block
      && (p.stage === null || o.stage === p.stage) && o.at === p.at && o.periods === p.periods && sameKind(p.q, o));
    return found.length === 0 ? [] : [{ plan: p.q.figure, name: p.name, others: found.map((o) => ({ figure: o.figure, value: o.value })) }];
  });
}

// A figure's place and period tags, as comparable strings.
function scopeOf(q: Quantity): { at: string; periods: string } {
  const tags = q.scope.split('|');
  return { at: tags.filter((t) => t.startsWith('at:')).sort().join('|'), periods: tags.filter((t) => t.startsWith('period:')).sort().join('|') };
}

interface Other { figure: Figure; value: number; stage: Stage; at: string; periods: string; unit: string | null; money: boolean }

function sameKind(q: Quantity, o: Other): boolean {
  return q.figure.kind === 'money' ? o.money : !o.money && o.unit !== null && o.unit === unitHead(q.figure);
}

/** Per name key, the plans the sentences and the tables state. */
function otherPlans(input: Input, readingOf: Map<number, Quantity>, own: string | null): Map<string, Other[]> {
  const out = new Map<string, Other[]>();
  const add = (key: string | null, o: Other) => { if (key !== null) out.set(key, [...(out.get(key) ?? []), o]); };
  // A member of a breakdown whose whole is a plan is a plan too, of that whole's stage.
  const planWhole = new Map<number, Quantity>();
  for (const c of input.claims) {
    const whole = readingOf.get(c.whole);
    if ((c.relation !== 'exhaustive' && c.relation !== 'subset') || !whole || !isPlan(whole)) continue;
    for (const p of c.parts) planWhole.set(p, whole);
  }
  for (const q of input.readings) {
    const f = q.figure;
    if (f.cell !== null || (f.kind !== 'money' && f.kind !== 'count') || f.change || q.scope.split('|').some((t) => OTHER_TAGS.has(t))) continue;
    const whole = planWhole.get(f.index);
    if (!isPlan(q) && whole === undefined) continue;
    const words = `${f.label ?? ''} ${q.name}`;
    if (yearsIn(words).some((y) => y !== own)) continue;
    const stage = stageOf(words) ?? (whole ? stageOf(`${whole.figure.label ?? ''} ${whole.name}`) : null);
    // The name a figure was read by ("ha (chỉ tiêu diện tích lúa …)": the words in its brackets), else its label.
    const named = NAMED_WORDS.exec(q.name)?.[1] ?? q.name;
    const keys = new Set([planKey(named), planKey(f.label ?? '')]);
    for (const key of keys) add(key, { figure: f, value: f.value, stage, ...scopeOf(q), unit: unitHead(f), money: f.kind === 'money' });
  }
  for (const t of input.tables) addTablePlans(input, t, own, add);
  return out;
}

// A sentence figure stated as a plan: tagged a target (its own plan word before it), or named by a plan word opening its name.
function isPlan(q: Quantity): boolean {
  const tags = q.scope.split('|');
  const named = NAMED_WORDS.exec(q.name)?.[1] ?? q.name;
  return (tags.includes('target') || PLAN_OPENING.test(q.figure.label ?? '') || PLAN_OPENING.test(named)) && !tags.includes('ahead');
}

// The cells under a plan column of a table of the report's own year, valued in đồng for a money table.
function addTablePlans(input: Input, t: Table, own: string | null, add: (key: string | null, o: Other) => void): void {
  const title = tableTitle(input, t);
  if (yearsIn(title).some((y) => y !== own)) return;
  for (const c of t.columns) {
    if (c.role !== 'target' || yearsIn(c.header).some((y) => y !== own)) continue;
    const stage = stageOf(c.header);
    for (const r of t.rows) {
      if (r.total) continue;
      const blocks = new Set(r.blocks);
      const cells = input.figures.filter((g) => g.cell === c.index && blocks.has(g.block) && g.kind === 'count');
      if (cells.length !== 1) continue;
      const g = cells[0];
      const scale = moneyScale(g.unit);
      add(planKey(r.label), { figure: g, value: scale === null ? g.value : g.value * scale, stage, at: '', periods: '', unit: scale === null ? unitHead(g) : null, money: scale !== null });
    }
  }
}

// "triệu đồng" → 1 000 000; null for a unit that is no money.
function moneyScale(unit: string | null): number | null {
  if (unit === null) return null;
  const scale = readScale(unit, 0);
  const currency = unit.slice(scale?.end ?? 0).trim();
  return CURRENCY.test(currency) ? scale?.factor ?? 1 : null;
}
