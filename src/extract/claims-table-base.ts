/**
 * A change whose base only a table gives: "toàn huyện có 3.962 đối tượng hưởng trợ cấp …, tăng 12% so với năm 2023" beside a
 * table whose total row holds 3.962 under "Năm 2024" and 3.655 under "Năm 2023" (+8,4%, not 12%). The sentence states the
 * current value and the percent change; the earlier value is the same row's cell of the earlier column. Read as a `change`
 * claim whose current and base are the row's two cells, judged by claim-mismatch as a bracketed base is.
 *
 * Read only when (precision first): the percent's verb is "tăng"/"giảm" with no hedge ("khoảng", "hơn"), and right after it
 * "so với" an earlier period — a year, "cùng kỳ (năm trước|năm Y)", "năm trước" — and nothing else but a joiner or a cause;
 * the current value is the last figure before the verb in its statement (a bracketed restatement, "(khoảng 2,15 tỷ đồng)",
 * aside), a count, decimal or amount with only its noun between it and the verb, no plan word and no "so với" before it;
 * the table lies in the claim's section, at most NEAR paragraphs away (or, where no such table holds the value, anywhere
 * in the report, if exactly one non-total row there holds it and every word of its label, three at least, is in the
 * statement: a row named by the claim's noun); the value (at the table's unit note's scale) is
 * the cell of exactly one row in exactly one current column (a header year Y or "Kỳ này", not a plan), which has exactly one
 * earlier column (header year Y − 1, or "Cùng kỳ", "Năm trước"; a plan never is one); the claim's year is that column's; every
 * year the statement names before the verb is the current column's, and a quarter or a run of months it names is in that
 * column's header; the row is named by the sentence — every word of its label (two at least) in the statement, or, for the
 * total row, two words at least of the table's caption, label header or current header in it. A percent current value
 * (a rate, whose change may be in points) is not read.
 *
 * The change may also be an amount ("có 1.532 lao động có việc làm, tăng 307 người so với năm 2023"): a count or decimal
 * whose noun is written and counts the current value's things (not money, told at scales of its own), read the same way;
 * claim-mismatch holds it against the two cells' difference exactly (or at its written decimals).
 */
import type { Block, Comparison, Figure, Table, TableCell, TableColumn } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { sameUnit } from './comparisons.js';
import { SCALE_WORDS, STATED_DECIMAL, readStatedDecimal, wordedMultipleDecimals } from './numbers.js';
import { unitKindOf } from './labels.js';
import { noteUnit } from './table-unit-notes.js';
import { markerOf } from './claims-bullets.js';
import {
  alt, CAUSE_WORDS, CHANGE_CLAIM_ADVERBS, CHANGE_DEGREE_WORDS, COUNT_WORDS, CHANGE_VERBS, LABEL_HEAD_WORDS, LABEL_START_WORDS, PLAN_RATE_BASES, PLAN_RATE_VERBS, MULTIPLE_NUMBER_WORDS, CLAIM_JOINERS, COMPARED_WITH, CURRENCY_WORDS, PLAN_ABBREVIATIONS, PLAN_WORDS, PREVIOUS_PERIOD_BASE_WORDS, PREVIOUS_YEAR_BASE_WORDS, QUARTER_WORDS, MONTH_WORDS,
  SAME_PERIOD_BASE_WORDS, TABLE_CAPTION_WORDS, UNIT_NOTE_WORDS, YEAR_WORDS, edgeAlt,
} from '../text/lexicon.js';
import type { Analysis } from '../model/index.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'blockSection' | 'numbers'> & { tables?: Analysis['tables'] };

/** Paragraphs (not rows) between the claim and its table at most: a caption and a unit note, one more. */
const NEAR = 3;
const YEAR = String.raw`((?:19|20)\d\d)`;
// Right after the percent: "so với" and the earlier period — "cùng kỳ (năm trước | năm 2023)", "năm trước", "(năm) 2023" —
// then the statement's end, a joiner or a cause (group 1 same-period words, 2 its year, 3 previous-year words, 4 a bare year, 5 the rest).
const BASE = new RegExp(
  String.raw`^\s*(?:${alt(COMPARED_WITH)})\s+(?:(${alt(SAME_PERIOD_BASE_WORDS)})(?:\s+(?:(?:${alt(PREVIOUS_YEAR_BASE_WORDS)})|(?:${alt(YEAR_WORDS)})\s+${YEAR}))?|(${alt(PREVIOUS_YEAR_BASE_WORDS)})|(?:${alt(YEAR_WORDS)})\s+${YEAR})(?![\p{L}\d])\s*([^,;.()]*)`,
  'iu',
);
const REST = new RegExp(String.raw`^(?:$|(?:${alt(CLAIM_JOINERS, CAUSE_WORDS)})(?![\p{L}]))`, 'iu');
const VERB_BEFORE = new RegExp(String.raw`(${edgeAlt(CHANGE_VERBS)})\s*$`, 'iu');
// Between the current value and the verb: its noun, a comma ("3.962 đối tượng hưởng trợ cấp …, tăng").
const NOUN_GAP = /^[\p{L}\s,]{0,90}$/u;
// Words that may stand between a comma and the verb of the value before it ("…, đã tăng"): adverbs of the claim only.
const ADVERBS_ONLY = new RegExp(String.raw`^\s*(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})(?:\s+|$))*$`, 'iu');
// ", bằng 17,6% dự toán", ", đạt 104,2% kế hoạch năm": the value's rate of its plan, an aside of its own between the value
// and a multiple after it; the plan is no value of the statement's.
const withoutPlanRates = (text: string) => text.replace(PLAN_RATE_ASIDE, (a) => ','.padEnd(a.length, ' '));
const PLAN_RATE_ASIDE = new RegExp(String.raw`,\s*(?:${alt(PLAN_RATE_VERBS)})\s+\d+(?:[.,]\d+)?\s*%\s+(?:so với\s+)?(?:${alt(PLAN_RATE_BASES)})(?:\s+năm(?:\s+(?:19|20)\d\d)?)?(?=\s*,)`, 'giu');
// A plan, in words or its abbreviation as written ("Kế hoạch", "KH 2024"; "kh" lower case is no abbreviation).
const PLAN = new RegExp(String.raw`${edgeAlt(PLAN_WORDS)}(?![\p{L}])`, 'iu');
const PLAN_ABBREVIATION = new RegExp(String.raw`(?<![\p{L}])(?:${PLAN_ABBREVIATIONS.join('|')})(?![\p{L}])`, 'u');
const planned = (s: string) => PLAN.test(s) || PLAN_ABBREVIATION.test(s);
const COMPARED = new RegExp(String.raw`${edgeAlt(COMPARED_WITH)}(?![\p{L}])`, 'iu');
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
// A period the statement names besides a year: "quý III", "6 tháng (đầu năm)", "9 tháng".
const PERIOD_NAMED = new RegExp(String.raw`${edgeAlt(QUARTER_WORDS)}\s+(?:IV|III|II|I|[1-4])(?![\p{L}\d])|(?<![\d/.,])\d{1,2}\s+(?:${alt(MONTH_WORDS)})(?![\p{L}])`, 'giu');
const PREVIOUS_PERIOD = new RegExp(String.raw`${edgeAlt(PREVIOUS_PERIOD_BASE_WORDS)}(?![\p{L}])`, 'iu');
const CAPTION_WORDS: ReadonlySet<string> = new Set([...TABLE_CAPTION_WORDS, ...YEAR_WORDS]);
const UNIT_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:`, 'iu');
const SCALED_MONEY = new RegExp(String.raw`^(${Object.keys(SCALE_WORDS).join('|')})\s+(?:${alt(CURRENCY_WORDS)})$`, 'iu');
// Columns that hold the period's amounts: never a plan, a rate of it, a change, a rank or a rate.
const AMOUNT_ROLES = new Set(['value', 'period', 'total', 'cumulative']);
const AMOUNT_MEASURES = new Set(['result', 'money', 'count', 'amount']);

const countable = (f: Figure) => f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money';
const cellOk = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money');
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A current column and its earlier one; `ratio` when the earlier is a column of the current's percent of it ("% cùng kỳ"). */
interface Pair { now: TableColumn; then: TableColumn; ratio?: boolean }

/** The percent changes of a stated value whose earlier value only a nearby table's row gives (see the module comment). */
export function readTableBaseChanges(input: Input): Comparison[] {
  const out: Comparison[] = [];
  const tables = (input.tables ?? []).filter((t) => t.headerBlocks.length > 0 && t.rows.length > 0 && (pairsOf(t).size > 0 || ratioPairOf(t) !== null));
  if (tables.length === 0) return out;
  const { blocks } = input.source;
  const figures = input.figures;
  const ctx = context(input, tables);
  // Figures come block by block in reading order: the figures before the percent in its block run back from it.
  for (let k = 0; k < figures.length; k++) {
    const change = figures[k];
    // A percent change, or an amount of the current value's own noun ("tăng 307 người so với năm 2023"): a count or decimal
    // with its noun written (an amount of money is told at a scale of its own, not read).
    const percent = change.kind === 'percent';
    if (!percent && !((change.kind === 'count' || change.kind === 'decimal') && change.unit !== null)) continue;
    if (change.cell !== null || !change.change || change.change.hedged) continue;
    const block = blocks[change.block];
    if (block.kind === 'row') continue;
    const start = block.span.start;
    const pos = change.span.start - start;
    const text = block.text;
    const verb = VERB_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos));
    if (!verb || verb[1].toLowerCase() !== change.change.verb) continue;
    // An amount's noun stands between it and "so với" ("tăng 307 người so với …").
    const tail = change.span.end - start + (percent ? 0 : nounAfter(text.slice(change.span.end - start), change.unit!));
    if (tail < change.span.end - start) continue;
    const base = BASE.exec(text.slice(tail, tail + 80));
    if (!base || !REST.test(base[5].trim())) continue;
    const verbAt = pos - verb[0].length;
    const located = locate(ctx, k, change.block, pos, verbAt, base, null, percent);
    if (!located) continue;
    const { a, b, current, ratio } = located;
    // An amount changed counts the current value's noun, neither of them money.
    if (!percent && (a.kind === 'money' || current.kind === 'money' || !countsAlike(change, current))) continue;
    // The row's own change column states the same change ("| 7.764.200 | 8.245.368 | +6,4 |" beside "tăng 6,4%"): the text
    // restates the table's figure, and the table's own arithmetic is table-total-mismatch's to judge, not the sentence's.
    if (percent && restatesRowChange(ctx, a, change.value)) continue;
    const down = change.change.value < 0;
    out.push({
      kind: 'change', block: change.block, from: verbAt, to: tail + base[0].slice(0, base[0].length - base[5].length).trimEnd().length, verb: verb[1].toLowerCase(),
      stated: change.value, signed: down ? -change.value : change.value, decimals: change.decimals, percent, unit: percent ? '%' : change.unit!,
      written: percent ? change.raw.replace(/\s*%$/u, '') : change.raw, figure: change, current: a, base: b, amount: a.value, scale: 1,
      // A ratio column gives the earlier value as the current over its percent: the change is that percent less 100.
      ...(ratio ? { implied: Number(((a.value * 100) / b.value).toFixed(Math.min(a.decimals + 2, 10))) } : {}),
    });
  }
  out.push(...readTableBaseMultiples(ctx), ...readTableBaseDirections(ctx));
  return out;
}

// ", tăng so với cùng kỳ năm 2024 nhờ …", ", giảm nhẹ so với năm 2023": a way of change with no amount right after the value's
// comma, a word of degree at most after the verb (group 1 the verb).
const DIRECTION = new RegExp(String.raw`,\s*(?:(?:${alt(CHANGE_CLAIM_ADVERBS)})\s+){0,2}(${alt(CHANGE_VERBS)})(?:\s+(?:${alt(CHANGE_DEGREE_WORDS)}))?\s+(?=(?:${alt(COMPARED_WITH)})\s)`, 'giud');
const HAS_DIRECTION = new RegExp(DIRECTION.source, 'iu');

/**
 * A way of change with no amount whose earlier value only a nearby table gives: "Tổng mức bán lẻ … Quý I/2025 ước đạt 38,6 tỷ
 * đồng, tăng so với cùng kỳ năm 2024 nhờ …" above a row "Tổng mức bán lẻ … | 40,2 | 38,6" (a fall). Read under the conditions
 * of a percent change (the module comment), the verb (a word of degree at most after it: "tăng nhẹ", "giảm mạnh") right
 * after the value, its noun and a comma; nothing but a joiner or a cause after the period (a bracketed base is
 * claims-own-direction's); a `direction` claim of the row's two cells.
 */
function readTableBaseDirections(ctx: Context): Comparison[] {
  const out: Comparison[] = [];
  const { input, figures } = ctx;
  let k = 0;
  for (const block of input.source.blocks) {
    while (k < figures.length && figures[k].block < block.index) k++;
    if (block.kind === 'row' || !HAS_DIRECTION.test(block.text)) continue;
    for (const m of block.text.matchAll(DIRECTION)) {
      const verbAt = m.indices![1]![0];
      const after = m.index + m[0].length;
      const base = BASE.exec(block.text.slice(after, after + 80));
      if (!base || !REST.test(base[5].trim()) || /^\s*\(/u.test(block.text.slice(after + base[0].length))) continue;
      const at = block.span.start + m.index;
      let next = k;
      while (next < figures.length && figures[next].block === block.index && figures[next].span.start < at) next++;
      const located = locate(ctx, next, block.index, verbAt, verbAt, base);
      if (!located) continue;
      out.push({ kind: 'direction', block: block.index, from: verbAt, to: after + base[0].length - base[5].length, verb: m[1].toLowerCase(), current: located.a, base: located.b });
    }
  }
  return out;
}

// Whether the row holding cell figure `a` has a change column ("Tăng (+), giảm (-) (%)") whose cell states `value` (either sign).
function restatesRowChange(ctx: Context, a: Figure, value: number): boolean {
  for (const t of ctx.input.tables ?? []) {
    const row = t.rows.find((r) => r.blocks.includes(a.block));
    if (!row) continue;
    return t.columns.some((c) => c.measure === 'change' && row.cells[c.index]?.value != null && Math.abs(Math.abs(row.cells[c.index].value!) - Math.abs(value)) < 1e-9);
  }
  return false;
}

interface Context { input: Input; figures: readonly Figure[]; bySection: Map<number | null, Table[]>; at: () => FigureAt; far: () => FarRows }
/** Every table's rows by the value of their current cell (a pair's "now"), for a statement whose table is far off. */
type FarRows = Map<number, Array<{ table: Table; row: number; pair: Pair }>>;

function context(input: Input, tables: Table[]): Context {
  let figureAt: FigureAt | null = null;
  const bySection = new Map<number | null, Table[]>();
  for (const t of tables) {
    const key = input.blockSection[t.headerBlocks[0]] ?? null;
    bySection.set(key, [...(bySection.get(key) ?? []), t]);
  }
  let far: FarRows | null = null;
  const at = () => (figureAt ??= cellFigures(input));
  return { input, figures: input.figures, bySection, at, far: () => (far ??= farRows(tables, at())) };
}

/**
 * The row of a nearby table that gives the earlier value of the one the statement states before its verb (at `verbAt`, the
 * claim's figures before `k` in reading order): the row's current and earlier cells and the stated value, or null.
 */
function locate(ctx: Context, k: number, blockIndex: number, pos: number, verbAt: number, base: RegExpExecArray, asideFree: string | null = null, withRatio = false): { a: Figure; b: Figure; current: Figure; ratio?: boolean } | null {
  const { input, figures, bySection } = ctx;
  const block = input.source.blocks[blockIndex];
  const start = block.span.start;
  // A multiple may follow the value's rate of its plan ("26,45 tỷ đồng, bằng 17,6% dự toán, gấp 2 lần cùng kỳ"): its block's
  // text with such asides blanked (withoutPlanRates), passed over as a bracket is.
  const multiple = asideFree !== null;
  const text = asideFree ?? block.text;
  const s = input.clauses.at(blockIndex, pos, true);
  if (!s) return null;
  const current = currentBefore(figures, k, blockIndex, start, text, s.from, verbAt, multiple ? block.text : null);
  if (!current) return null;
  const lead = text.slice(s.from, verbAt);
  if (planned(lead) || COMPARED.test(lead.slice(0, current.span.start - start - s.from))) return null;
  const words = new Set(labelTokens(lead.replace(/\([^()]*\)/gu, ' ')).filter((w) => !/^\d/u.test(w) && !CAPTION_WORDS.has(w)));
  const named = [...lead.matchAll(PERIOD_NAMED)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' '));
  const years = new Set((lead.match(YEARS) ?? []).map(Number));
  const claimYear = (base[2] ?? base[4]) !== undefined ? Number(base[2] ?? base[4]) : null;
  const at = ctx.at();
  let found: Array<{ table: Table; row: number; pair: Pair }> = [];
  for (const t of bySection.get(input.blockSection[blockIndex] ?? null) ?? []) {
    if (!nearby(input, t, blockIndex)) continue;
    const ratio = withRatio ? ratioPairOf(t) : null;
    for (const pair of [...pairsOf(t).values(), ...(ratio ? [ratio] : [])]) {
      t.rows.forEach((row, r) => {
        const cell = row.cells[pair.now.index];
        if (cellOk(cell) && sameAmount(input, current, cell, at, row.unit)) found.push({ table: t, row: r, pair });
      });
    }
  }
  // No table nearby gives the value: a table elsewhere whose one row holds it and is named by the statement's own words
  // ("đạt tổng số 27 huy chương, gấp đôi cùng kỳ" in 3.2, the row "Huy chương tại các giải cấp tỉnh | 18 | 27" in 2.2). Rows
  // are looked up by value (not money, whose scales differ), so the stage stays linear.
  // A ratio column's row is looked up so for money too: its label of three words or more, all in the statement, and the
  // value at the table's scale pin it.
  if (found.length === 0) {
    found = (ctx.far().get(farKey(current.value)) ?? []).filter(({ table, row, pair }) => {
      if (pair.ratio ? !withRatio : current.kind === 'money' && !multiple) return false;
      const r = table.rows[row];
      return sameAmount(input, current, r.cells[pair.now.index], at, r.unit) && !r.total && farNamed(r.label, words);
    });
  }
  if (found.length !== 1) return null;
  const { table, row: r, pair } = found[0];
  const row = table.rows[r];
  const { now, then } = pair;
  // The claim's year is the earlier column's (or, for an unyeared "Cùng kỳ", the year before the current column's).
  if (claimYear !== null && !(then.year === claimYear || (then.year === null && now.year === claimYear + 1))) return null;
  if (claimYear === null && then.year === null && PREVIOUS_PERIOD.test(then.header)) return null;
  // A year the statement names before the verb is the current column's; with an unyeared column, none may be named.
  if (now.year !== null ? [...years].some((y) => y !== now.year) : years.size > 0) return null;
  const header = now.header.toLowerCase().replace(/\s+/gu, ' ');
  if (named.some((p) => !header.includes(p))) return null;
  if (!rowNamed(input, table, row, now, words)) return null;
  const [a, b] = [at(row.cells[now.index]), at(row.cells[then.index])];
  if (pair.ratio) return a && b && countable(a) && b.value > 0 ? { a, b, current, ratio: true } : null;
  if (!a || !b || !cellOk(row.cells[then.index]) || b.value <= 0 || !countable(a) || !countable(b)) return null;
  return { a, b, current };
}

// ", gấp đôi cùng kỳ năm 2024", ", tăng gấp 1,5 lần so với cùng kỳ": a multiple with no hedge (digits with "lần", or a word of
// MULTIPLE_NUMBER_WORDS), "so với" perhaps left out before the earlier period (the BASE groups after it).
const MULTIPLE = new RegExp(
  String.raw`(?<![\p{L}])(?:(tăng)\s+)?gấp\s+(?:(${STATED_DECIMAL})\s+lần|(${alt(Object.keys(MULTIPLE_NUMBER_WORDS))})(?:\s+lần)?)(?![\p{L}\d])(?=(\s*(?:(?:${alt(COMPARED_WITH)})\s+)?))`,
  'giu',
);
const HAS_MULTIPLE = /gấp/u;

/**
 * A multiple of the stated value over its earlier one that only a nearby table gives: "đạt tổng số 27 huy chương, gấp đôi cùng
 * kỳ năm 2024" beside a row "Huy chương … | 18 | 27" (1,5 times). Read under the conditions of a percent change (the module
 * comment), the multiple right after the current value and its noun; a `ratio` claim of the row's two cells.
 */
function readTableBaseMultiples(ctx: Context): Comparison[] {
  const out: Comparison[] = [];
  const { input, figures } = ctx;
  let k = 0;
  for (const block of input.source.blocks) {
    while (k < figures.length && figures[k].block < block.index) k++;
    if (block.kind === 'row' || !HAS_MULTIPLE.test(block.text)) continue;
    // The block's text with plan-rate asides blanked, read once per block (not once per multiple).
    let asideFree: string | null = null;
    for (const m of block.text.matchAll(MULTIPLE)) {
      const after = m.index + m[0].length + m[4].length;
      const base = BASE.exec(`so với ${block.text.slice(after, after + 80)}`);
      if (!base || !REST.test(base[5].trim())) continue;
      const at = block.span.start + m.index;
      // The figures of the block before the multiple: the statement's value is the last of them.
      let next = k;
      while (next < figures.length && figures[next].block === block.index && figures[next].span.start < at) next++;
      asideFree ??= withoutPlanRates(block.text);
      const located = locate(ctx, next, block.index, m.index, m.index, base, asideFree) ?? locateNamed(ctx, k, next, block.index, m.index, base);
      if (!located) continue;
      const { a, b } = located;
      // A multiple is a ratio of the row's two cells: money at the table's scale divides as any amount.
      if (a.value <= b.value) continue;
      const digits = m[2];
      // Digits as the document's number style reads them ("1,5" or, written the English way, "1.5"); another mark, unread.
      const read = digits !== undefined ? readStatedDecimal(digits, input.numbers) : null;
      const stated = read?.value ?? (digits === undefined ? MULTIPLE_NUMBER_WORDS[m[3].toLowerCase()] : undefined);
      if (stated === undefined) continue;
      out.push({
        kind: 'ratio', block: block.index, from: m.index, to: after + base[0].length - 'so với '.length - base[5].length,
        stated, decimals: read?.decimals ?? wordedMultipleDecimals(stated), written: digits ?? m[3],
        increase: m[1] !== undefined && digits !== undefined, pair: [a, b],
      });
    }
  }
  return out;
}

/**
 * "Riêng xã Tân Phú, số ca mắc tăng gấp 2 lần cùng kỳ" beside a table "Đơn vị | Cùng kỳ | Kỳ này" with a row "Xã Tân Phú |
 * 22 | 34": a statement that gives no value of its own before its multiple but names one row of a nearby table. Read only
 * when (precision first) the statement has no figure before the multiple, no plan word and no "so với" there; exactly one
 * non-total row of the nearby tables (in the claim's section, NEAR paragraphs at most) is named, every word of its label
 * (two at least) in the statement, and its table has exactly one current column with one earlier one; the statement
 * names what the table counts (a word of it besides the row's, and besides "số"/"tổng", in the caption, the unit note or
 * the header of the table's labels); years and periods as for a stated value.
 */
function locateNamed(ctx: Context, first: number, next: number, blockIndex: number, pos: number, base: RegExpExecArray): { a: Figure; b: Figure; current: Figure } | null {
  const { input, figures, bySection } = ctx;
  const block = input.source.blocks[blockIndex];
  const start = block.span.start;
  const s = input.clauses.at(blockIndex, pos, true);
  if (!s) return null;
  for (let j = first; j < next; j++) if (figures[j].span.start - start >= s.from) return null;
  const lead = block.text.slice(s.from, pos);
  if (planned(lead) || COMPARED.test(lead)) return null;
  const words = new Set(labelTokens(lead.replace(/\([^()]*\)/gu, ' ')).filter((w) => !/^\d/u.test(w) && !CAPTION_WORDS.has(w)));
  const found: Array<{ table: Table; row: number; pair: Pair }> = [];
  for (const t of bySection.get(input.blockSection[blockIndex] ?? null) ?? []) {
    if (!nearby(input, t, blockIndex)) continue;
    const pairs = [...pairsOf(t).values()];
    t.rows.forEach((row, r) => {
      if (row.total) return;
      const label = labelTokens(row.label).filter((w) => !/^\d/u.test(w));
      if (label.length >= 2 && label.every((w) => words.has(w))) found.push({ table: t, row: r, pair: pairs[0] });
    });
    if (found.some((f) => f.table === t) && pairs.length !== 1) return null;
  }
  if (found.length === 0) found.push(...farSubjectRows(ctx, lead));
  if (found.length !== 1) return null;
  const { table, row: r, pair } = found[0];
  const row = table.rows[r];
  // What the row counts: its ĐVT cell, else the table's unit note; the statement names it ("số ca mắc" under "(ĐVT: ca)").
  const above = aboveHeader(input, table);
  const unit = labelTokens(row.unit.trim() || (above.map(noteUnit).find((u) => u !== null) ?? ''));
  if (unit.length === 0 || !unit.every((w) => words.has(w))) return null;
  // Other words of what it counts after the row's name ("tăng gấp 2 lần" of "số vụ cháy rừng" beside a table of "vụ vi phạm"):
  // with two or more, one at least is the caption's or the label column's.
  const label = new Set(labelTokens(row.label));
  const named = new Set([...unit, ...label, ...FRAME_WORDS, ...CHANGE_VERBS.flatMap((v) => v.split(' '))]);
  const own = labelTokens(lead.slice(lastLabelEnd(lead, label))).filter((w) => !/^\d/u.test(w) && !named.has(w));
  const about = new Set([...above.flatMap((t) => labelTokens(t)), ...(table.labelColumn !== null ? labelTokens(table.columns[table.labelColumn].header) : [])]);
  if (own.length >= 2 && !own.some((w) => about.has(w))) return null;
  const { now, then } = pair;
  const claimYear = (base[2] ?? base[4]) !== undefined ? Number(base[2] ?? base[4]) : null;
  if (claimYear !== null && !(then.year === claimYear || (then.year === null && now.year === claimYear + 1))) return null;
  if (claimYear === null && then.year === null && PREVIOUS_PERIOD.test(then.header)) return null;
  const years = new Set((lead.match(YEARS) ?? []).map(Number));
  if (now.year !== null ? [...years].some((y) => y !== now.year) : years.size > 0) return null;
  const header = now.header.toLowerCase().replace(/\s+/gu, ' ');
  if ([...lead.matchAll(PERIOD_NAMED)].some((m) => !header.includes(m[0].toLowerCase().replace(/\s+/gu, ' ')))) return null;
  const at = ctx.at();
  const [a, b] = [at(row.cells[now.index]), at(row.cells[then.index])];
  if (!a || !b || !cellOk(row.cells[now.index]) || !cellOk(row.cells[then.index]) || b.value <= 0 || !countable(a) || !countable(b)) return null;
  return { a, b, current: a };
}
/**
 * "…; số tin, bài tự sản xuất gấp 3 lần năm 2023" in a closing section, the row "Tin, bài tự sản xuất phát trên hệ thống
 * truyền thanh | tin, bài | 412 | 824" in a table of another: a statement that is nothing but a bare "Số X" subject (three
 * words at least) before its multiple names the one non-total row in the whole report whose label opens with X's words, in
 * order, in a table with exactly one current column and its earlier one. The checks of locateNamed (unit, years, periods)
 * follow. Two such rows, or none: nothing.
 */
function farSubjectRows(ctx: Context, lead: string): Array<{ table: Table; row: number; pair: Pair }> {
  const subject = BARE_SUBJECT.exec(lead);
  const wanted = subject ? labelTokens(subject[1]).filter((w) => !/^\d/u.test(w)) : [];
  if (wanted.length < FAR_LABEL_WORDS) return [];
  const found: Array<{ table: Table; row: number; pair: Pair }> = [];
  for (const tables of ctx.bySection.values()) {
    for (const t of tables) {
      const pairs = [...pairsOf(t).values()];
      t.rows.forEach((row, r) => {
        if (row.total) return;
        const label = labelTokens(row.label).filter((w) => !/^\d/u.test(w));
        if (wanted.every((w, i) => label[i] === w)) found.push({ table: t, row: r, pair: pairs[0] });
      });
      if (found.some((f) => f.table === t) && pairs.length !== 1) return [];
    }
  }
  return found.length === 1 ? found : [];
}
const BARE_SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L},\s]*?)\s*$`, 'iu');

// Words that frame a name without telling what is counted ("số", "tổng số").
const FRAME_WORDS: ReadonlySet<string> = new Set([...LABEL_START_WORDS, ...LABEL_HEAD_WORDS].flatMap((w) => w.split(' ')));

// The paragraphs just above a table's header, its unit note and caption ("(ĐVT: ca)", "Bảng 2. Số ca … theo đơn vị").
function aboveHeader(input: Input, t: Table): string[] {
  const { blocks } = input.source;
  const out: string[] = [];
  for (let b = t.headerBlocks[0] - 1, seen = 0; b >= 0 && seen < 2; b--, seen++) {
    const block: Block = blocks[b];
    if (block.kind === 'row' || block.text.length > 200) break;
    out.push(block.text);
    if (!UNIT_NOTE.test(block.text)) break;
  }
  return out;
}

// Where the last word of the row's name ends in the statement (0 when none is found): what it counts is said after.
function lastLabelEnd(lead: string, label: ReadonlySet<string>): number {
  let end = 0;
  for (const m of lead.matchAll(/[\p{L}\d]+/gu)) if (label.has(labelTokens(m[0])[0] ?? '')) end = m.index + m[0].length;
  return end;
}

// The last figure before the verb in the statement, not in brackets, with only its noun between: the value that changed.
function currentBefore(figures: readonly Figure[], k: number, block: number, start: number, text: string, from: number, verbAt: number, written: string | null = null): Figure | null {
  for (let j = k - 1; j >= 0 && figures[j].block === block; j--) {
    const f = figures[j];
    const fAt = f.span.start - start;
    if (fAt < from) return null;
    // A figure of a blanked aside (its digits no longer in `text`): passed over.
    if (written !== null && text.slice(fAt, f.span.end - start) !== written.slice(fAt, f.span.end - start)) continue;
    const before = text.slice(from, fAt);
    // Inside a bracket: a restatement ("(khoảng 2,15 tỷ đồng)"), passed over.
    if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) continue;
    if (!countable(f) || f.change) return null;
    const gap = text.slice(f.span.end - start, verbAt).replace(/\([^()]*\)/gu, ' ');
    // After a comma only adverbs may stand before the verb: "1.830 người, số ngày điều trị giảm" is another thing's change.
    const comma = gap.lastIndexOf(',');
    return NOUN_GAP.test(gap) && (comma < 0 || ADVERBS_ONLY.test(gap.slice(comma + 1))) ? f : null;
  }
  return null;
}

// The length of the noun written right after an amount (its unit, spaces before it), or −1 when another word comes first.
function nounAfter(after: string, unit: string): number {
  const gap = /^\s*/u.exec(after)![0].length;
  const word = after.slice(gap, gap + unit.length);
  return word.toLowerCase() === unit.toLowerCase() && !/^\p{L}/u.test(after.slice(gap + unit.length)) ? gap + unit.length : -Infinity;
}

// The change counts the current value's things: the same noun, or one a kind of the other ("307 người" of "5.096 lao động").
function countsAlike(change: Figure, current: Figure): boolean {
  if (sameUnit(change, current)) return true;
  return change.unit !== null && current.unit !== null && (unitKindOf(current.unit, change.unit) || unitKindOf(change.unit, current.unit));
}

// Each current column of a table with its one earlier column, by the current column's index (read once per table).
function pairsOf(t: Table): Map<number, Pair> {
  let pairs = PAIRS.get(t);
  if (!pairs) PAIRS.set(t, (pairs = readPairs(t)));
  return pairs;
}
const PAIRS = new WeakMap<Table, Map<number, Pair>>();

function readPairs(t: Table): Map<number, Pair> {
  const out = new Map<number, Pair>();
  const amounts = t.columns.filter((c) => AMOUNT_ROLES.has(c.role) && AMOUNT_MEASURES.has(c.measure) && !planned(c.header));
  for (const now of amounts) {
    if (now.time === 'earlier') continue;
    let earlier: TableColumn[];
    const year = now.year;
    if (year !== null) earlier = amounts.filter((c) => c !== now && (c.year === year - 1 || (c.year === null && c.time === 'earlier')));
    else if (now.time === 'current') earlier = amounts.filter((c) => c.time === 'earlier');
    else continue;
    if (earlier.length === 1) out.set(now.index, { now, then: earlier[0] });
  }
  return out;
}

/**
 * "Thực hiện 9 tháng | % dự toán | % cùng kỳ": a table's one amount column of the period (no plan, no earlier one) and its
 * one column of that amount's percent of the same period before (a header naming "cùng kỳ" or "năm trước", no change verb;
 * every body cell a plain positive number between RATIO_MIN and RATIO_MAX, so no signed change), or null. Read once per table.
 */
function ratioPairOf(t: Table): Pair | null {
  if (!RATIO_PAIR.has(t)) RATIO_PAIR.set(t, readRatioPair(t));
  return RATIO_PAIR.get(t)!;
}
const RATIO_PAIR = new WeakMap<Table, Pair | null>();
const RATIO_MIN = 20;
const RATIO_MAX = 500;
const EARLIER_BASE = new RegExp(String.raw`${edgeAlt(SAME_PERIOD_BASE_WORDS, PREVIOUS_YEAR_BASE_WORDS)}(?![\p{L}])`, 'iu');
const CHANGE_WORD = new RegExp(String.raw`${edgeAlt(CHANGE_VERBS)}(?![\p{L}])`, 'iu');

function readRatioPair(t: Table): Pair | null {
  if (pairsOf(t).size > 0) return null;
  const nows = t.columns.filter((c) => AMOUNT_ROLES.has(c.role) && AMOUNT_MEASURES.has(c.measure) && !planned(c.header) && c.time !== 'earlier');
  const ratios = t.columns.filter((c) => c.role === 'percent' && EARLIER_BASE.test(c.header) && !CHANGE_WORD.test(c.header) && !planned(c.header));
  if (nows.length !== 1 || ratios.length !== 1) return null;
  const cells = t.rows.map((r) => r.cells[ratios[0].index]).filter((c) => c && c.value !== null);
  if (cells.length < 2 || !cells.every((c) => c.pure && c.value! >= RATIO_MIN && c.value! <= RATIO_MAX)) return null;
  return { now: nows[0], then: ratios[0], ratio: true };
}

/**
 * The table lies in the claim's section, at most NEAR paragraphs before or after the claim's (also read by
 * claims-member-multiple.ts). A run of list items of one marker counts as one paragraph: "- Đàn trâu: …", "- Đàn bò: …",
 * "- Đàn lợn: …" above the table of those rows are one passage about it, however many items it has.
 */
export function nearby(input: Pick<Input, 'blockSection' | 'source'>, t: Table, block: number): boolean {
  const first = t.headerBlocks[0];
  const last = Math.max(...t.headerBlocks, ...t.rows.flatMap((r) => r.blocks));
  if (input.blockSection[first] !== input.blockSection[block]) return false;
  if (first > block) return passagesBetween(input.source.blocks, block + 1, first) <= NEAR;
  return last < block && passagesBetween(input.source.blocks, last + 1, block) <= NEAR;
}

// The paragraphs of blocks [from, to), each run of consecutive list items of one marker ("-", "+", "•", "a)") as one.
function passagesBetween(blocks: readonly Block[], from: number, to: number): number {
  let count = 0;
  for (let b = from; b < to; b++, count++) {
    const marker = blocks[b].kind === 'paragraph' ? markerOf(blocks[b].text) : '';
    while (marker !== '' && b + 1 < to && blocks[b + 1].kind === 'paragraph' && markerOf(blocks[b + 1].text) === marker) b++;
  }
  return count;
}

// The value stated in the sentence is the cell's, at the scale of its unit ("2.148,6" under "(ĐVT: triệu đồng)"), or of its
// row's ĐVT cell ("Tổng doanh thu | tỷ đồng | 58,0 | 68,4") when the cell's figure has none of its own.
function sameAmount(input: Input, f: Figure, cell: TableCell, at: FigureAt, rowUnit: string): boolean {
  const c = at(cell);
  if (!c || !countable(c)) return false;
  const unit = c.unit ?? (rowUnit.trim() || null);
  const scaled = unit !== null ? SCALED_MONEY.exec(unit) : null;
  if (f.kind === 'money') return close(c.kind === 'money' ? c.value : scaled ? c.value * SCALE_WORDS[scaled[1].toLowerCase()] : NaN, f.value);
  return c.kind !== 'money' && !scaled && close(c.value, f.value) && sameUnit(f, c);
}

// The row is the one the sentence names: its label's words all in the statement, or the total of the table it is about.
function rowNamed(input: Input, t: Table, row: Table['rows'][number], now: TableColumn, words: Set<string>): boolean {
  if (!row.total) {
    const label = labelTokens(row.label).filter((w) => !/^\d/u.test(w));
    return label.length >= 2 && label.every((w) => words.has(w));
  }
  const about = new Set([...labelTokens(captionOf(input, t)), ...(t.labelColumn !== null ? labelTokens(t.columns[t.labelColumn].header) : []), ...labelTokens(now.header)]);
  let shared = 0;
  for (const w of about) if (words.has(w)) shared++;
  return shared >= 2;
}

function farRows(tables: readonly Table[], at: FigureAt): FarRows {
  const out: FarRows = new Map();
  const add = (key: number, hit: { table: Table; row: number; pair: Pair }) => {
    const hits = out.get(key);
    if (hits) hits.push(hit);
    else out.set(key, [hit]);
  };
  for (const t of tables) {
    const ratio = ratioPairOf(t);
    for (const pair of [...pairsOf(t).values(), ...(ratio ? [ratio] : [])]) {
      t.rows.forEach((row, r) => {
        const cell = row.cells[pair.now.index];
        const f = cellOk(cell) ? at(cell) : null;
        if (!f) return;
        // Money by its amount in đồng, at the cell's own or its row's scale ("26 450" under "(ĐVT: triệu đồng)"); a count by its value.
        const scaled = f.kind === 'money' ? null : SCALED_MONEY.exec(f.unit ?? (row.unit.trim() || ''));
        const amount = f.kind === 'money' ? f.value : scaled ? f.value * SCALE_WORDS[scaled[1].toLowerCase()] : null;
        if (f.kind !== 'money') add(farKey(f.value), { table: t, row: r, pair });
        if (amount !== null) add(farKey(amount), { table: t, row: r, pair });
      });
    }
  }
  return out;
}
// A value as a key, its binary floating-point noise rounded off (2,135 tỷ is 2134999999,9999998).
const farKey = (v: number) => Number(v.toPrecision(12));

// A row named from afar: every word of its label in the statement, three at least.
function farNamed(label: string, words: Set<string>): boolean {
  const tokens = labelTokens(label).filter((w) => !/^\d/u.test(w));
  return tokens.length >= FAR_LABEL_WORDS && tokens.every((w) => words.has(w));
}
const FAR_LABEL_WORDS = 3;

// The table's caption: the paragraph just above its header, a unit note passed over ("Bảng 2. Đối tượng … (ĐVT: người)").
function captionOf(input: Input, t: Table): string {
  const { blocks } = input.source;
  for (let b = t.headerBlocks[0] - 1, seen = 0; b >= 0 && seen < 2; b--, seen++) {
    const block: Block = blocks[b];
    if (block.kind === 'row') return '';
    if (UNIT_NOTE.test(block.text)) continue;
    return block.text.length <= 200 && !/\d[\d.,]*\s*%|\d{3}/u.test(block.text.replace(YEARS, '')) ? block.text : '';
  }
  return '';
}

type FigureAt = (cell: TableCell | undefined) => Figure | null;

// The figure read from a cell, by where the cell sits (a pdf row realigned moved its cells): the cell figures indexed once.
function cellFigures(input: Input): FigureAt {
  const byPlace = new Map<string, Figure>();
  for (const f of input.figures) if (f.cell !== null) byPlace.set(`${f.block}:${f.span.start - input.source.blocks[f.block].span.start}`, f);
  return (cell) => (cell?.at ? byPlace.get(`${cell.at.block}:${cell.at.from}`) ?? null : null);
}
