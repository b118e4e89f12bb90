/**
 * Claims that every target of a table was met, against the table right after them: "Cung ứng vật tư hoàn thành 100% kế
 * hoạch đối với tất cả các mặt hàng. Cụ thể:" or "Tất cả các chỉ tiêu đều đạt và vượt:" followed at once by a table with
 * one plan column and one result column (its columns' measures) where a body row's result is below its plan (and, when
 * the table has one fulfilment column, that row's rate is below 100 too). The claim may also sum the table up in the
 * paragraph right after it ("Nhìn chung, tất cả các mặt hàng đều đạt và vượt kế hoạch"). Read only when the claim's
 * statement is in the paragraph the table follows or in the one following the table, names all ("tất cả", "toàn bộ", or "các … đều", never "A và B đều"), carries no figure but "100%", and has no
 * negation, plan, purpose or partial word ("chưa", "phấn đấu", "để", "cơ bản", "hầu hết"). Read as a `target` claim
 * (the row's result against its plan), judged by claim-mismatch; one per claim, the first row short of its plan.
 */
import type { Analysis, Comparison, Figure, Table, TableCell } from '../model/index.js';
import { figuresByBlock, type BlockFigures, type ComparisonInput } from './comparisons.js';
import { alt, ALL_TARGET_NOUNS, COUNTED_ALL_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_RATE_BASES, PURPOSE_WORDS, TARGET_MET_VERBS, TOPIC_OF_WORDS, UNIVERSAL_WORDS, GROUP_OF_WORDS, wordsRe, YEAR_WORDS, edgeAlt } from '../text/lexicon.js';
import { foldKey } from '../text/normalize.js';
import { labelTokens } from './similarity.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] } & Partial<Pick<ComparisonInput, 'blockSection'>>;

type Target = Extract<Comparison, { kind: 'target' }>;

const W = (ws: readonly string[]) => String.raw`${edgeAlt(ws)}(?![\p{L}])`;
const VERB = W(TARGET_MET_VERBS);
const NOUN = W(ALL_TARGET_NOUNS);
// "hoàn thành (và vượt) 100% (các) chỉ tiêu", "đạt và vượt tất cả các chỉ tiêu": the verb, then the targets.
const VERB_FIRST = new RegExp(String.raw`${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(?:100\s?%\s+)?(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?(?:các\s+)?${NOUN}`, 'iu');
// "tất cả các chỉ tiêu … đều đạt", "các chỉ tiêu kế hoạch đều hoàn thành": the targets, then "đều" and the verb.
const NOUN_FIRST = new RegExp(String.raw`(?:(?:${alt(UNIVERSAL_WORDS)})\s+)?(?:các\s+)${NOUN}[^\d;:.!?]{0,40}?(?<![\p{L}])đều\s+${VERB}`, 'iu');
// "đều" claims all only of a plural its clause opened with "các" ("các mặt hàng … đều"): after things it names itself
// ("Trồng lúa và trồng ngô đều vượt kế hoạch") it speaks of those rows, not of the table.
const ALL = new RegExp(String.raw`${W(UNIVERSAL_WORDS)}|(?<![\p{L}])các\s[^;:.!?]{0,60}?(?<![\p{L}])đều(?![\p{L}])`, 'iu');
const BLOCKED = wordsRe(PARTIAL_CLAIM_WORDS);
// A negation or purpose denies the claim only up to the comma after it ("…, không để xảy ra khan hiếm" is another
// statement); an exception ("riêng", "trừ") or a plan word anywhere in the sentence still leaves it unread.
const NEGATED = wordsRe([...NEGATION_WORDS, ...PURPOSE_WORDS]);
const CLAUSE_END = /[,;]/u;
const HUNDRED = /^100\s?%$/u;

const pureCount = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money');

/** The claims of all targets met that the table right after their paragraph contradicts. */
export function readTableAllTargets(input: Input): Target[] {
  const out: Target[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  for (const [b, t] of neighbourTables(input.tables)) {
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row') continue;
    const short = shortRow(input, t);
    const figs = input.figures.filter((f) => f.block === b);
    for (const s of input.clauses.statements(b)) {
      const own = block.text.slice(s.from, s.to);
      const m = VERB_FIRST.exec(own) ?? NOUN_FIRST.exec(own);
      if (!m || !ALL.test(own) || BLOCKED.test(own)) continue;
      const close = own.slice(m.index + m[0].length).search(CLAUSE_END);
      if (NEGATED.test(close < 0 ? own : own.slice(0, m.index + m[0].length + close))) continue;
      const inside = figs.filter((f) => f.span.start - block.span.start >= s.from && f.span.start - block.span.start < s.to);
      if (inside.some((f) => !HUNDRED.test(f.raw.trim()))) continue;
      // "các chỉ tiêu về tiêm chủng đều đạt": the claim is of the topic's rows only (two at least), not of the whole table.
      const topic = TOPIC_PHRASE.exec(own);
      const about = topic ? aboutTopic(topic[1]) : undefined;
      const topicShort = about ? (t.rows.filter(about).length >= 2 ? shortRow(input, t, about) : null) : short;
      if (!topicShort) continue;
      out.push({ kind: 'target', block: b, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0], negative: false, value: topicShort[0], target: topicShort[1] });
      break;
    }
  }
  return out;
}

// "cả 03 trường đều thực hiện vượt kế hoạch": all of a counted noun, "đều", at most two words, the verbs, the plan by its word.
const COUNTED_FIRST = new RegExp(
  String.raw`${edgeAlt(COUNTED_ALL_WORDS)}\s+(?<n>\d{1,3})\s+(?<noun>\p{L}+(?:\s\p{L}+)?)\s+đều\s+(?:\p{L}+\s+){0,2}?${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(?<plan>${alt(PLAN_RATE_BASES)})(?![\p{L}])`,
  'iu',
);

/**
 * A claim that every one of N counted members met the plan, beside its table ("Nhìn chung, cả 03 trường đều thực hiện vượt
 * kế hoạch vốn được giao" after a table of three "Trường …" rows, each heading its own items): read only when the
 * paragraph right before or after the table holds it, the table has one plan column headed by the claim's plan word, and
 * exactly N of its rows (group heads or not, totals aside) open with the claim's noun; judged on those rows alone. The
 * claim's own clause carries no figure but its count, and no partial, negated or purpose word.
 */
export function readCountedAllTargets(input: Input): Comparison[] {
  const out: Comparison[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  let byBlock: BlockFigures | null = null;
  for (const [b, t] of neighbourTables(input.tables)) {
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row') continue;
    for (const s of input.clauses.statements(b)) {
      const own = block.text.slice(s.from, s.to);
      const m = COUNTED_FIRST.exec(own);
      if (!m) continue;
      const { from, to, clauseFrom, clauseTo } = matchClause(own, s.from, m);
      const clause = block.text.slice(clauseFrom, clauseTo);
      if (BLOCKED.test(clause) || NEGATED.test(clause)) continue;
      const count = s.from + m.index + m[0].search(/\d/u);
      const figs = (byBlock ??= figuresByBlock(input.figures)).get(b) ?? [];
      if (figs.some((f) => f.span.start - block.span.start >= clauseFrom && f.span.start - block.span.start < clauseTo && f.span.start - block.span.start !== count)) continue;
      const plans = t.columns.filter((c) => c.measure === 'plan');
      if (plans.length !== 1 || !foldKey(plans[0].header).includes(foldKey(m.groups!.plan))) continue;
      const noun = labelTokens(m.groups!.noun);
      const opens = (r: Table['rows'][number]) => !r.total && noun.length > 0 && noun.every((w, k) => labelTokens(r.label)[k] === w);
      if (t.rows.filter(opens).length !== Number(m.groups!.n)) continue;
      const short = shortRow(input, t, opens, true);
      if (!short) continue;
      out.push({ kind: 'target', block: b, from, to, claim: m[0], negative: false, value: short[0], target: short[1] });
      break;
    }
  }
  return out;
}

// "tất cả các khoản thu đều đạt và vượt dự toán": all the items, "đều", the verbs, the plan by its word.
const ITEMS_FIRST = new RegExp(String.raw`(?:${alt(UNIVERSAL_WORDS)})\s+các\s+(\p{L}+(?:\s\p{L}+){0,2}?)\s+đều\s+${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'iu');

/**
 * The same claim of all items, far from the table ("Tổng thu … đạt 27,85 tỷ đồng, tất cả các khoản thu đều đạt và vượt dự
 * toán" in the summary): the items' noun and the plan word name the table, read only when exactly one table has a plan
 * column headed by that word and a label column whose header holds the noun's last word ("Nội dung thu", not "Nội dung
 * chi"), from another section than the table's (a summary restating the section's result: within the table's own section
 * only the paragraphs beside it sum it up). The claim's own clause (to its commas) carries no figure and no partial, negated
 * or purpose word.
 */
export function readFarTableAllTargets(input: Input): Comparison[] {
  const out: Comparison[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  const near = neighbourTables(input.tables);
  let byBlock: BlockFigures | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || near.has(block.index) || !ITEMS_FIRST.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      const m = ITEMS_FIRST.exec(own);
      if (!m) continue;
      const head = own.slice(0, m.index);
      const clauseFrom = s.from + Math.max(head.lastIndexOf(','), head.lastIndexOf(':')) + 1;
      const rest = own.slice(m.index + m[0].length);
      const clauseTo = s.from + m.index + m[0].length + (rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
      const clause = block.text.slice(clauseFrom, clauseTo);
      if (BLOCKED.test(clause) || NEGATED.test(clause)) continue;
      if ((byBlock ??= figuresByBlock(input.figures)).get(block.index)?.some((f) => f.span.start - block.span.start >= clauseFrom && f.span.start - block.span.start < clauseTo)) continue;
      const noun = labelTokens(m[1]).pop();
      const plan = foldKey(m[2]);
      const tables = input.tables.filter((t) => namesTable(t, noun, plan));
      const sectionOf = (b: number) => input.blockSection?.[b] ?? null;
      if (noun === undefined || tables.length !== 1 || sectionOf(tables[0].headerBlocks[0]) === sectionOf(block.index)) continue;
      const short = shortRow(input, tables[0]);
      if (!short) continue;
      const from = s.from + m.index;
      out.push({ kind: 'target', block: block.index, from, to: from + m[0].length, claim: m[0], negative: false, value: short[0], target: short[1] });
    }
  }
  return out;
}

// "tất cả các khoản thu từ thuế, phí, lệ phí đều vượt dự toán": the items, the group they are of ("từ …", "thuộc …"), "đều".
const GROUP_ITEMS = new RegExp(
  String.raw`(?:${alt(UNIVERSAL_WORDS)})\s+các\s+(\p{L}+(?:\s\p{L}+){0,2}?)\s+((?:${alt(GROUP_OF_WORDS)})\s+[^;:.!?\d]{1,60}?)\s+đều\s+${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(${alt(PLAN_RATE_BASES)})(?![\p{L}])`,
  'iu',
);

/**
 * The claim of all items of one group of a table's rows ("Tất cả các khoản thu từ thuế, phí, lệ phí đều vượt dự toán năm"
 * beside "I | Thu từ thuế, phí, lệ phí | 13.250 | 14.059" heading rows 1–4): read only when the items' last word and the
 * group's words are, word for word, the label of exactly one group-heading row of the document's tables, whose table has
 * one plan column headed by the claim's plan word; judged on that row's members alone. The claim's own clause carries no
 * figure and no partial, negated or purpose word.
 */
export function readGroupAllTargets(input: Input): Comparison[] {
  const out: Comparison[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  let byBlock: BlockFigures | null = null;
  // The group-heading rows of every table by their label's words, gathered once at the first claim.
  let heads: Map<string, { t: Table; k: number }[]> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !GROUP_ITEMS.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      const m = GROUP_ITEMS.exec(own);
      if (!m) continue;
      const { from, to, clauseFrom, clauseTo } = matchClause(own, s.from, m);
      if (BLOCKED.test(block.text.slice(clauseFrom, clauseTo)) || NEGATED.test(block.text.slice(clauseFrom, clauseTo))) continue;
      if ((byBlock ??= figuresByBlock(input.figures)).get(block.index)?.some((f) => f.span.start - block.span.start >= clauseFrom && f.span.start - block.span.start < clauseTo)) continue;
      const label = labelTokens(`${m[1].trim().split(/\s+/u).pop()} ${m[2]}`).join(' ');
      const plan = foldKey(m[3]);
      heads ??= groupHeads(input.tables);
      const groups = heads.get(label) ?? [];
      if (groups.length !== 1) continue;
      const { t, k } = groups[0];
      const plans = t.columns.filter((c) => c.measure === 'plan');
      if (plans.length !== 1 || !foldKey(plans[0].header).includes(plan)) continue;
      const short = shortRow(input, t, (r) => r.parent === k);
      if (!short) continue;
      out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative: false, value: short[0], target: short[1] });
    }
  }
  return out;
}

// "các chỉ tiêu về tiêm chủng (năm 2024) đều": the items and the topic they are about, before "đều".
const TOPIC_PHRASE = new RegExp(String.raw`các\s+\p{L}+(?:\s\p{L}+){0,2}?\s+(?:${alt(TOPIC_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,4}?)(?:\s+(?:${alt(YEAR_WORDS)})\s+\d{4})?\s+đều(?![\p{L}])`, 'iu');
// The body rows of a topic: every word of it in the row's label.
function aboutTopic(words: string): ((r: Table['rows'][number]) => boolean) | undefined {
  const topic = labelTokens(words);
  return topic.length === 0 ? undefined : (r) => !r.total && !r.head && topic.every((w) => labelTokens(r.label).includes(w));
}

// "tất cả các chỉ tiêu về nước sạch (năm 2025) đều đạt và vượt kế hoạch": the items, their topic, "đều", the verbs, the plan.
const TOPIC_ITEMS = new RegExp(
  String.raw`(?:${alt(UNIVERSAL_WORDS)})\s+các\s+(\p{L}+(?:\s\p{L}+){0,2}?)\s+(?:${alt(TOPIC_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,4}?)(?:\s+(?:${alt(YEAR_WORDS)})\s+\d{4})?\s+đều\s+${VERB}(?:\s+(?:và\s+)?${VERB})?\s+(${alt(PLAN_RATE_BASES)})(?![\p{L}])`,
  'iu',
);

/**
 * The claim of all items about one topic ("Tất cả các chỉ tiêu về nước sạch năm 2025 đều đạt và vượt kế hoạch" beside a
 * table of "Chỉ tiêu | Kế hoạch | Thực hiện" whose rows "Tỷ lệ hộ đô thị dùng nước sạch" and "Tỷ lệ hộ nông thôn dùng nước
 * sạch …" hold the topic's words): judged on the body rows whose label holds every word of the topic, two at least, of the
 * one table of the document with such rows, one plan column headed by the claim's plan word and a label header holding the
 * items' noun. The claim's own clause carries no figure and no partial, negated or purpose word.
 */
export function readTopicAllTargets(input: Input, taken: readonly Target[] = []): Comparison[] {
  const out: Comparison[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  let byBlock: BlockFigures | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !TOPIC_ITEMS.test(block.text)) continue;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      const m = TOPIC_ITEMS.exec(own);
      if (!m) continue;
      const from = s.from + m.index;
      const to = from + m[0].length;
      // Read already as the claim of the table beside it (readTableAllTargets).
      if (taken.some((c) => c.block === block.index && c.from < to && from < c.to)) continue;
      const head = own.slice(0, m.index);
      const clauseFrom = s.from + Math.max(head.lastIndexOf(','), head.lastIndexOf(':')) + 1;
      const rest = own.slice(m.index + m[0].length);
      const clauseTo = to + (rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
      const clause = block.text.slice(clauseFrom, clauseTo);
      if (BLOCKED.test(clause) || NEGATED.test(clause)) continue;
      if ((byBlock ??= figuresByBlock(input.figures)).get(block.index)?.some((f) => f.span.start - block.span.start >= clauseFrom && f.span.start - block.span.start < clauseTo)) continue;
      const noun = labelTokens(m[1]).pop();
      const about = aboutTopic(m[2]);
      if (!about) continue;
      const tables = input.tables.filter((t) => namesTable(t, noun, foldKey(m[3])) && t.rows.filter(about).length >= 2);
      if (tables.length !== 1) continue;
      const short = shortRow(input, tables[0], about);
      if (!short) continue;
      out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative: false, value: short[0], target: short[1] });
    }
  }
  return out;
}

function groupHeads(tables: readonly Table[]): Map<string, { t: Table; k: number }[]> {
  const out = new Map<string, { t: Table; k: number }[]>();
  for (const t of tables) {
    t.rows.forEach((r, k) => {
      if (!r.head || r.total) return;
      const key = labelTokens(r.label).join(' ');
      out.set(key, [...(out.get(key) ?? []), { t, k }]);
    });
  }
  return out;
}

// A table of the claim's items against its plan: one plan column headed by the plan word, a label header holding the noun.
function namesTable(t: Table, noun: string | undefined, plan: string): boolean {
  const plans = t.columns.filter((c) => c.measure === 'plan');
  const label = t.columns.find((c) => c.role === 'label');
  return noun !== undefined && plans.length === 1 && foldKey(plans[0].header).includes(plan) && label !== undefined && labelTokens(label.header).includes(noun);
}

/** The paragraph right before each table (which announces it) and the one right after it (which sums it up), with the table. */
export function neighbourTables(tables: readonly Table[]): Map<number, Table> {
  const next = new Map<number, Table>();
  for (const t of tables) {
    if (t.headerBlocks.length === 0) continue;
    next.set(t.headerBlocks[0] - 1, t);
    const last = Math.max(...t.headerBlocks, ...t.rows.flatMap((r) => r.blocks));
    if (!next.has(last + 1)) next.set(last + 1, t);
  }
  return next;
}

/**
 * The first body row of a table whose result is below its plan, as [result, plan] figures: the table has exactly one plan
 * and one result column of counts, and, with one fulfilment column, the row's rate is below 100 as well. `among`: the
 * rows the claim speaks of (every body row by default); `heads`: group-heading rows are among them too.
 */
function shortRow(input: Input, t: Table, among: (r: Table['rows'][number]) => boolean = () => true, heads = false): [Figure, Figure] | null {
  const plans = t.columns.filter((c) => c.measure === 'plan');
  const results = t.columns.filter((c) => c.measure === 'result');
  const rates = t.columns.filter((c) => c.measure === 'fulfilment');
  if (plans.length !== 1 || results.length !== 1 || rates.length > 1) return null;
  const cellFigure = (c: TableCell) => input.figures.find((f) => f.block === c.at!.block && f.span.start - input.source.blocks[f.block].span.start === c.at!.from);
  for (const r of t.rows) {
    if (r.total || (r.head && !heads) || !among(r)) continue;
    const plan = r.cells[plans[0].index];
    const done = r.cells[results[0].index];
    if (!pureCount(plan) || !pureCount(done) || plan.value! <= 0 || done.value! >= plan.value!) continue;
    if (rates.length === 1) {
      const rate = r.cells[rates[0].index];
      if (!rate || rate.value === null || rate.value >= 100) continue;
    }
    const a = cellFigure(done);
    const p = cellFigure(plan);
    // "65,0" written with its decimal is read a count: a count and a decimal of one row's plan and result are one measure.
    if (a && p && (a.kind === p.kind || (a.kind !== 'money' && p.kind !== 'money'))) return [a, p];
  }
  return null;
}

/**
 * Where a claim matched in a statement stands in its block (`from`, `to`) and the clause around it: from after the last
 * comma or colon before it to the clause's end after it.
 */
function matchClause(own: string, at: number, m: RegExpExecArray): { from: number; to: number; clauseFrom: number; clauseTo: number } {
  const from = at + m.index;
  const to = from + m[0].length;
  const head = own.slice(0, m.index);
  const rest = own.slice(m.index + m[0].length);
  const end = rest.search(CLAUSE_END);
  return { from, to, clauseFrom: at + Math.max(head.lastIndexOf(','), head.lastIndexOf(':')) + 1, clauseTo: to + (end < 0 ? rest.length : end) };
}
