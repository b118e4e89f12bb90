/**
 * One way of change claimed of a list of counts, with no figure of its own: "tai nạn giao thông được kiềm chế, kéo giảm cả 03
 * tiêu chí về số vụ, số người chết và số người bị thương so với cùng kỳ năm 2024", against the one paragraph of the report
 * that states each listed count's own change ("So với cùng kỳ năm 2024 (…): giảm 4 vụ, giảm 3 người chết, tăng 2 người bị
 * thương"). Read as a `trend` claim of the first count whose stated change goes the other way, judged by claim-mismatch.
 *
 * The claim: a change verb, optionally "cả N <criteria word> (về)", then two "số X" items or more (joined by commas and
 * "và", each of six words at most), then "so với <earlier period> (năm Y)". Not read: a statement with another figure (the
 * number of criteria and the year aside), a negation, a partial or plan word ("cơ bản", "phấn đấu"). The paragraph: every
 * item named by exactly one signed change of it (the change's name, its verb aside, the item's words exactly), the claim's
 * earlier-period word and year in its text, exactly one such paragraph besides the claim's own.
 *
 * The comparison may open the statement instead ("So với cùng kỳ năm 2024, tai nạn giao thông giảm cả 03 (ba) tiêu chí về số
 * vụ, số người chết và số người bị thương"), the items closing it; the number of criteria may be spelled after it in brackets.
 * With no such paragraph, the changes may be those of the table right beside the claim (its caption between): every item
 * names exactly one body row (all the item's words in its label), the table has a column of the claim's year (with no year,
 * one of its earlier period), and each such row's signed change cells (the change columns holding a negative cell) agree in
 * sign; read against the first item whose row went the other way.
 */
import type { Comparison, Figure, FigureReading, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { besideTables } from './claims-table-trend.js';
import { alt, AND_OR_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EVERY_ITEM_WORDS, LISTED_MEASURE_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'> & Partial<Pick<ComparisonInput, 'tables'>>;
type Trend = Extract<Comparison, { kind: 'trend' }>;

// "cả 03 (ba) tiêu chí về": every item, their number (spelled after it in brackets at most) and the measure word.
const CRITERIA = String.raw`(?:(?:${alt(EVERY_ITEM_WORDS)})\s+(?<criteria>\d{1,2})(?:\s*\(\p{L}+(?:\s\p{L}+)*\))?\s+(?:${alt(LISTED_MEASURE_WORDS)})\s+(?:về\s+)?)?`;
// The verb, "cả N tiêu chí (về)" at most, the items, the comparison with an earlier period (and its year).
// The items, plain or in brackets after "cả N tiêu chí" ("giảm cả 03 tiêu chí (số vụ, số người chết, số người bị thương)").
const LIST = String.raw`(?:\((?<blist>(?:${alt(COUNT_WORDS)})\s[^\d;:.()]{3,200}?)\)|(?<list>(?:${alt(COUNT_WORDS)})\s[^\d;:.()]{3,200}?))`;
const CLAIM = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>${alt(CHANGE_VERBS)})\s+${CRITERIA}${LIST}\s+(?:${alt(COMPARED_WITH)})\s+(?<period>${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])`,
  'iu',
);
// The comparison first, then a subject of words, the verb, "cả N tiêu chí (về)" at most and the items closing the statement.
const FRONTED = new RegExp(
  String.raw`^[\s\-+•*–]*(?:${alt(COMPARED_WITH)})\s+(?<period>${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+(?<year>(?:19|20)\d\d))?\s*,\s*(?:\p{L}+\s+){0,8}?(?<verb>${alt(CHANGE_VERBS)})\s+${CRITERIA}${LIST}[\s.;]*$`,
  'diu',
);
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS, ...PLAN_WORDS]);
const ITEM = new RegExp(String.raw`^(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s+\p{L}+){0,5})$`, 'iu');
const JOINER = new RegExp(String.raw`\s*,\s*|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'u');
const VERB_TOKENS = new Set(CHANGE_VERBS.flatMap((v) => labelTokens(v)));
const MIN_ITEMS = 2;
// The comparison every claim holds, fronted with a capital too: a cheap test before the claim's patterns.
const SO_VOI = /[sS]o với/u;

/** The claims of one way for a list of counts, against the one paragraph stating each count's change. */
export function readListedDirections(input: Input): Trend[] {
  const out: Trend[] = [];
  let changes: Map<number, Array<{ key: string; figure: Figure }>> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !SO_VOI.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const fronted = FRONTED.exec(statement);
      const m = fronted ?? CLAIM.exec(statement);
      if (!m || BLOCKED.test(statement)) continue;
      // A fronted comparison's claim is quoted from its verb on.
      const from = s.from + (fronted ? fronted.indices!.groups!.verb[0] : m.index);
      const to = s.from + m.index + m[0].replace(/[\s.;]+$/u, '').length;
      const { verb, criteria, period, year } = m.groups!;
      const list = m.groups!.list ?? m.groups!.blist;
      // No figure but the number of criteria and the year; items in brackets only after their number ("cả 03 tiêu chí (…)").
      if (/\d/u.test(statement.replace(m[0], ' ')) || /\d/u.test(list) || (m.groups!.blist !== undefined && criteria === undefined)) continue;
      const items = list.split(JOINER).map((w) => ITEM.exec(w.trim()));
      if (items.length < MIN_ITEMS || items.some((x) => x === null) || (criteria !== undefined && Number(criteria) !== items.length)) continue;
      const keys = items.map((x) => keyOf(labelTokens(x![1])));
      changes ??= changesByBlock(input);
      const found: Figure[][] = [];
      for (const [b, list] of changes) {
        if (b === block.index) continue;
        const text = input.source.blocks[b].text.toLowerCase();
        if (!text.includes(period.toLowerCase()) || (year !== undefined && !text.includes(year))) continue;
        const per = keys.map((k) => list.filter((c) => c.key === k).map((c) => c.figure));
        if (per.every((fs) => fs.length === 1)) found.push(per.map((fs) => fs[0]));
        if (found.length > 1) break;
      }
      const down = verb.toLowerCase() === CHANGE_VERBS[1];
      if (found.length === 0) {
        // No paragraph states the changes: the table beside the claim may.
        const subject = fronted ? labelTokens(statement.slice(statement.indexOf(',') + 1, fronted.indices!.groups!.verb[0])) : [];
        const rows = tableChanges(input, block.index, items.map((x) => labelTokens(x![1])), period, year, subject);
        const k = rows?.findIndex((r) => r.change.value !== 0 && r.change.value < 0 !== down) ?? -1;
        if (rows && k >= 0) out.push({ kind: 'trend', block: block.index, from, to, verb: verb.toLowerCase(), row: rows[k].row, column: rows[k].column, change: rows[k].change });
        continue;
      }
      if (found.length !== 1) continue;
      const k = found[0].findIndex((f) => f.change!.value !== 0 && f.change!.value < 0 !== down);
      if (k < 0) continue;
      const change = found[0][k];
      // The change as the figure of its signed value ("tăng 2 người" is +2), so the rule reads its way from its sign.
      out.push({ kind: 'trend', block: block.index, from, to, verb: verb.toLowerCase(), row: items[k]![0], column: '', change: { ...change, value: change.change!.value } });
    }
  }
  return out;
}

const keyOf = (tokens: readonly string[]) => [...new Set(tokens.filter((t) => !VERB_TOKENS.has(t)))].sort().join(' ');

// Per block, its prose counts stated with a sign of change ("giảm 4 vụ", "tăng 2 người bị thương"), keyed by their names.
function changesByBlock(input: Input): Map<number, Array<{ key: string; figure: Figure }>> {
  const readings = new Map<number, FigureReading>(input.readings.map((r) => [r.figure.index, r]));
  const out = new Map<number, Array<{ key: string; figure: Figure }>>();
  for (const f of input.figures) {
    const r = f.cell === null && f.change && !f.change.hedged && f.kind === 'count' ? readings.get(f.index) : undefined;
    if (!r) continue;
    const list = out.get(f.block) ?? [];
    list.push({ key: keyOf(r.tokens), figure: f });
    out.set(f.block, list);
  }
  return out;
}

/**
 * The change of each item in the table beside the claim's block (with none beside it, the one table of the report that reads
 * them all and names the claim's subject), in the items' order: the one body row every item word of
 * which its label holds, and its cell of the first signed change column (a column holding a negative cell), every such
 * column of the row agreeing in sign. Null when the table is not of the claim's base (no column of its year; with no year,
 * none of its earlier period) or any item has no such row or cell.
 */
function tableChanges(input: Input, block: number, items: string[][], period: string, year: string | undefined, subject: string[]): Array<{ row: string; column: string; change: Figure }> | null {
  if (!input.tables || input.tables.length === 0) return null;
  const beside = besideTables(input).get(block);
  if (beside) return changesIn(input, beside, items, period, year, subject);
  // Far from every table: the one table of the report that reads every item, its rows naming each word of the claim's
  // subject ("tai nạn giao thông" of "Số vụ tai nạn giao thông"); none without a subject.
  if (subject.length === 0) return null;
  const read = input.tables.filter((t) => {
    const words = new Set(t.rows.flatMap((r) => labelTokens(r.label)));
    return subject.every((w) => words.has(w));
  }).map((t) => changesIn(input, t, items, period, year, subject)).filter((r) => r !== null);
  return read.length === 1 ? read[0] : null;
}

// The change of each item in table t (see tableChanges).
function changesIn(input: Input, t: Table, items: string[][], period: string, year: string | undefined, subject: string[]): Array<{ row: string; column: string; change: Figure }> | null {
  if (t.labelColumn === null) return null;
  const base = year !== undefined
    ? t.columns.some((c) => c.year === Number(year)) && t.columns.some((c) => c.year !== null && c.year > Number(year))
    : t.columns.some((c) => c.time === 'earlier' || c.header.toLowerCase().includes(period.toLowerCase()));
  const signed = t.columns.filter((c) => c.measure === 'change' && t.rows.some((r) => (r.cells[c.index]?.value ?? 0) < 0));
  if (!base || signed.length === 0) return null;
  const out: Array<{ row: string; column: string; change: Figure }> = [];
  for (const item of items) {
    if (item.length === 0) return null;
    const named = t.rows.filter((r) => !r.total && r.label !== '' && item.every((w) => labelTokens(r.label).includes(w)));
    // Of several ("Số vụ tai nạn giao thông", "Số vụ va chạm giao thông"), the one naming the claim's subject too.
    const rows = named.length > 1 && subject.length > 0 ? named.filter((r) => subject.every((w) => labelTokens(r.label).includes(w))) : named;
    if (rows.length !== 1) return null;
    const cells = signed.map((c) => rows[0].cells[c.index]);
    if (cells.some((c) => !c?.at || c.value === null) || new Set(cells.map((c) => Math.sign(c!.value!))).size !== 1) return null;
    const at = cells[0]!.at!;
    const start = input.source.blocks[at.block].span.start;
    const change = input.figures.find((f) => f.block === at.block && f.span.start - start === at.from);
    if (!change) return null;
    out.push({ row: rows[0].label, column: signed[0].header, change: { ...change, value: cells[0]!.value! } });
  }
  return out;
}
