/**
 * A sentence figure against the appendix row that restates it (read for
 * repeated-value-conflict): "các Tổ … đã hướng dẫn 2.140 lượt người dân" in the
 * text and "Số lượt người dân được Tổ … hướng dẫn | 2.000 lượt | 2.410 lượt"
 * in a statistics table. The two names are worded differently, so the row's
 * name must be found (nearly) whole among the words of the sentence's clause,
 * in the same unit (the "Đơn vị tính" cell, or without that column the noun
 * a "Loại vụ việc" label header names, else the noun the row's label opens with), and in the table's own period value column (never a
 * target, a cumulative or a comparison column, nor a table of another period).
 *
 * A part of a "trong đó" claim ("5.120 hồ sơ, trong đó 3.846 hồ sơ trực
 * tuyến") is compared only with a row that also states the claim's whole.
 *
 * A share "1.842/1.965 hộ đạt …" is compared by its numerator with a row that
 * states its denominator too ("… | 1.965 | 1.824 | 92,8").
 *
 * A total row names no item: a sentence count is held against it by its column's header ("Số câu lạc bộ") when
 * another count of the paragraph restates another cell of that row in its order ("46 câu lạc bộ với 1.985 hội
 * viên" / "Tổng cộng | 48 | 1.985"); see matchTotalRows. A body row is held so too when the restating count's sentence
 * names the row by every word of its label ("Tiếp nhận 658 hồ sơ cấp đổi giấy chứng nhận; đã giải quyết 613 hồ sơ" /
 * "Cấp đổi giấy chứng nhận | 658 | 631"); see matchNamedRows.
 *
 * Rows are indexed by kind and unit; a sentence figure is compared only with
 * the cells of its bucket, and only when exactly one cell fits it (of several
 * rows sharing most of the clause's words, the one it names word for word).
 */
import type { Analysis, AppendixRowMatch, Figure, Table } from '../model/index.js';
import { readPeriod } from './meta.js';
import { labelTokens, spellInitials, workloadStages } from './similarity.js';
import { foldKey } from '../text/normalize.js';
import type { FigureReading as Quantity } from '../model/index.js';
import { columnMeasure, figuresOf, unitHead } from './quantities.js';
import { readScale } from './numbers.js';
import { ownUnit } from './table-unit-notes.js';
import { labelUnit } from './tables.js';
import { alt, PERSON_NOUNS, COUNT_WORDS, CURRENCY_MARKS, MONEY_SCALE_ABBREVIATIONS, CURRENCY_WORDS, NUMBER_SCALE_WORDS, SCALED_CURRENCY_WORDS, UNIT_COLUMN_WORDS, AND_WITH_WORDS, KIND_HEADER_WORDS, AMONG, EACH_WORDS, OF_WHICH, UNIT_NOTE_WORDS, OTHER_TIME_WORDS, OWN_UNIT_WORDS, NEGATION_WORDS, RUNNING_TOTAL_WORDS, SEPARATELY, SINGLED_VALUE_WORDS, PERIOD_NAME_WORDS, ESTIMATE_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

/** What appendix rows are matched from. */
type RuleContext = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'claims' | 'meta'> & Partial<Pick<Analysis, 'sections' | 'blockSection'>>;

/** A sentence quantity and the appendix row quantities that may restate it (the rule wants exactly one). */
export type RowMatch = AppendixRowMatch;

// Scope tags under which a sentence figure is not the table's period value.
const NARROWED = /(?:^|\|)(?:new|rest|added|each|neg|target|prior|cumulative|plan|part|period:[^|]*|instance:[^|]*|column:[^|]*)(?:\||$)/u;
// Words of a clause that narrow its figure to a place or a subgroup.
const NARROW_WORDS = new RegExp(
  String.raw`${edgeAlt(SEPARATELY, OF_WHICH, AMONG, EACH_WORDS, ['còn lại', 'tại', 'ở', 'thuộc'], RUNNING_TOTAL_WORDS, ['từ đầu'])}(?![\p{L}])`,
  'iu',
);
const OF_WHICH_WORD = wordsRe(OF_WHICH);
// "của" may name the reporting unit itself ("của thị trấn", "của UBND xã"), nothing narrower.
const OF = /(?<![\p{L}])của\s+(\p{L}+)/giu;
const OWN = new RegExp(`^(?:${alt(OWN_UNIT_WORDS)})$`, 'iu');
// A column or a table title of another time or of a running total.
const OTHER_TIME = new RegExp(alt(OTHER_TIME_WORDS), 'iu');
// Words before a figure that join it to the figure before ("612 ca phẫu thuật và 4.186 ca thủ thuật").
const AND_WITH = new RegExp(String.raw`${edgeAlt(AND_WITH_WORDS)}(?![\p{L}])`, 'gu');
const GENERIC = new Set('số lượng tổng người lượt hồ sơ cái chiếc đơn vị kết quả'.split(' '));
const MIN_COVER = 0.8;
const RUNNING_TOTAL = wordsRe(RUNNING_TOTAL_WORDS, 'iu');
const RUNNING_TOTAL_ALL = wordsRe(RUNNING_TOTAL_WORDS, 'giu');
const RUNNING_TOTAL_BRACKET = new RegExp(String.raw`\(\s*(?:${alt(RUNNING_TOTAL_WORDS)})\s*\)`, 'giu');
const RUNNING_TOKENS = new Set(RUNNING_TOTAL_WORDS.flatMap((w) => labelTokens(w)));
const CUMULATIVE_TAG = /(?:^|\|)cumulative(?=\||$)/u;
// The scope tag of a count of new ones ("cấp mới", "phát hiện mới"), and the word that gives it.
const NEW_TAG = /(?:^|\|)new(?=\||$)/u;
const NEW_WORD = 'mới';
const PERSON_UNIT = new RegExp(String.raw`^(?:${alt(PERSON_NOUNS)})$`, 'iu');
// The label opens with the noun, word for word ("Bệnh nhân lao phát hiện mới" with "bệnh nhân").
const opensWith = (label: string | null | undefined, noun: string) => {
  const [l, n] = [labelTokens(label ?? ''), labelTokens(noun)];
  return n.length > 0 && n.every((w, i) => l[i] === w);
};
// A unit in brackets closing a row's label: a short word group, no digit, no "%".
// A bracket of words closing a row's label, no digit in it: "(phần xã hưởng)", "(chuyển tiếp)".
const GLOSS_BRACKET = /\s*\([^()\d]*\p{L}[^()\d]*\)\s*$/u;
const LABEL_UNIT = /\(\s*(\p{L}[\p{L}\d ]{0,14}?)\s*\)\s*$/u;

/**
 * Each sentence quantity with the appendix row quantities of the same name and unit (in reading order).
 * A rule that leaves some quantities out drops their rows and wants exactly one left: a row with two value
 * columns ("Tổng số", "Thực hiện") leaves the sentence's column unknown.
 */
export function matchAppendixRows(context: RuleContext, quantities: readonly Quantity[], tables: readonly Table[]): RowMatch[] {
  const cells = periodColumns(context, tables);
  const own = new Set(['cấp', ...(context.meta.unit ? labelTokens(context.meta.unit.level) : [])]);
  const rows = new Map<string, { q: Quantity; tokens: string[]; bare: string[] | null; values: number[]; running: boolean; scale: number }[]>();
  for (const q of quantities) {
    const at = cells.get(`${q.figure.block}:${q.figure.cell}`);
    // A table "(đơn vị: triệu đồng)" holds money at that scale: its cells are held against amounts of đồng — also when the
    // note gave each cell its unit ("triệu đồng", table-unit-notes.ts), the very scale of the table.
    const money = at?.scale !== undefined && (q.unit === null || unitScale(q.figure.unit ?? "") === at.scale);
    const unit = money ? SCALED_CURRENCY_WORDS[0] : q.unit ?? at?.unit ?? null;
    if (!at || q.kind !== 'count' || unit === null || NARROWED.test(q.scope)) continue;
    const key = `${money ? 'money' : q.kind}#${unit}`;
    let bucket = rows.get(key);
    if (!bucket) rows.set(key, (bucket = []));
    // Money rows carry their scale even at 1 ("(đơn vị: đồng)"): the rule holds them to a slip of the digits.
    const scale = money ? at.scale! : 0;
    const kept = (t: string) => !own.has(t) && !(at.running && RUNNING_TOKENS.has(t)) && !headerDate(q, t);
    // "Thu tiền sử dụng đất (phần xã hưởng)": a bracket closing the label glosses it; the sentence may name the row without it.
    // Not a unit's bracket ("Phạm tội về trật tự xã hội (vụ)"): the row is named with its unit, which the sentence's figure carries.
    const gloss = GLOSS_BRACKET.exec(q.figure.label ?? '');
    const bare = gloss && labelUnit(q.figure.label!) === '' ? labelTokens(q.figure.label!.slice(0, gloss.index)).filter(kept) : null;
    bucket.push({ q, tokens: q.tokens.filter(kept), bare, values: at.values.map((v) => v * (scale || 1)), running: at.running, scale });
  }
  const out: RowMatch[] = [];
  let wholes: Map<number, number> | undefined;
  let byBlock: Map<number, Figure[]> | undefined;
  for (const q of quantities) {
    // "1.842/1.965 hộ đạt …" restates the row "Hộ đạt … | 1.965 | 1.824 | 92,8": its numerator is the row's count of the
    // whole it is over, which the row must state too (as a "trong đó" part's row states the claim's whole).
    const share = q.kind === 'fraction' && q.figure.numerator !== null && q.figure.denominator !== null;
    const own = q.figure.cell === null && q.unit !== null ? rows.get(`${share ? 'count' : q.kind}#${q.unit}`) : undefined;
    // "phát hiện mới 97 bệnh nhân lao" beside "Bệnh nhân lao phát hiện mới | người | 86 | 94": a row counted in people whose
    // label opens with the sentence's noun counts that noun.
    const people = q.figure.cell === null && q.kind === 'count' && q.figure.unit !== null && !PERSON_UNIT.test(q.figure.unit) ? rows.get(`count#${PERSON_NOUNS[0]}`)?.filter((r) => opensWith(r.q.figure.label, q.figure.unit!)) : undefined;
    const bucket = own && people?.length ? [...own, ...people] : own ?? (people?.length ? people : undefined);
    const whole = !bucket ? undefined : share ? { value: q.figure.denominator! } : claimWhole(context, q.figure, (wholes ??= subsetWholes(context)));
    // A part of a "trong đó" claim is the row's value only when the row also states the claim's whole.
    // A running total in words ("đến nay đã cấp 30.112 thẻ") is read against running-total rows only, and a running-total
    // row ("Kênh đã kiên cố hóa (lũy kế)") is restated only by one: "năm 2024 kiên cố hóa được 22,3 km" is that year's flow.
    const running = CUMULATIVE_TAG.test(q.scope);
    const scope = running ? q.scope.replace(CUMULATIVE_TAG, '|') : q.scope;
    // "phát hiện mới 97 bệnh nhân": "mới" narrows the count to new ones, as the row "Bệnh nhân lao phát hiện mới" does itself.
    const fresh = NEW_TAG.test(scope);
    if (!bucket || NARROWED.test(scope.replace(/(?:^|\|)part(?=\||$)/u, '').replace(NEW_TAG, '|')) || (whole === undefined && /(?:^|\|)part(?:\||$)/u.test(q.scope))) continue;
    const clause = clauseOf(context, q.figure, whole !== undefined && !share, running);
    if (clause === null) continue;
    const words = new Set(labelTokens(clause));
    // "xóa đăng ký thường trú 348 nhân khẩu, cuối kỳ còn 31.420 nhân khẩu": a row whose value another figure of the
    // paragraph states is restated there; this figure is another quantity (a flow of it, a part).
    const stated = (r: { q: Quantity }) => (byBlock ??= valuesByBlock(context)).get(q.figure.block)?.some((g) => g.index !== q.figure.index && g.value === r.q.figure.value) === true;
    const fits = bucket.filter((r) => r.running === running && (!fresh || r.tokens.includes(NEW_WORD)) && !stated(r) && (covers(r.tokens, words) || (r.bare !== null && covers(r.bare, words))) && (whole === undefined || (r.values.includes(whole.value) && r.q.figure.value * (r.scale || 1) !== whole.value)));
    // "8.413,5 triệu đồng" beside "Chi thường xuyên | 8.413.540.000" (đồng): an amount written at a coarser scale, rounding a
    // row's value at its own last digit, restates that row; it is held against none.
    if (q.kind === 'money' && fits.some((r) => r.scale > 0 && roundsTo(q.figure, r.q.figure.value * r.scale))) continue;
    // "thu từ đấu giá quyền sử dụng đất đạt …" beside the rows "Thu tiền sử dụng đất" (four of its five words there) and "Thu
    // từ đấu giá quyền sử dụng đất" (every word there): the one row the clause names word for word is the row it restates;
    // the others only share most of its words. Word for word means as one run: "trẻ em có nguy cơ rơi vào hoàn cảnh đặc
    // biệt 87 em" holds every word of the row "Trẻ em có hoàn cảnh đặc biệt" but names another group.
    const run = fits.length > 1 ? labelTokens(clause) : [];
    const worded = fits.length > 1 ? fits.filter((r) => r.tokens.length > 0 && namesAsRun(run, r.tokens)) : [];
    const named = worded.length === 1 ? worded : fits;
    if (named.length > 0) out.push({ text: q, rows: named.map((r) => r.q), ...(named.some((r) => r.scale > 0) ? { scales: named.map((r) => r.scale || 1) } : {}) });
  }
  const matched = new Set(out.map((m) => m.text.figure.index));
  for (const m of matchTotalRows(context, quantities, tables, (wholes ??= subsetWholes(context)))) if (!matched.has(m.text.figure.index)) out.push(m);
  for (const m of out) matched.add(m.text.figure.index);
  for (const m of matchNamedRows(context, quantities, tables, wholes)) if (!matched.has(m.text.figure.index)) out.push(m);
  for (const m of out) matched.add(m.text.figure.index);
  for (const m of matchHeaderTotals(context, quantities, tables)) if (!matched.has(m.text.figure.index)) out.push(m);
  for (const m of out) matched.add(m.text.figure.index);
  for (const m of matchSectionRows(context, quantities, tables)) if (!matched.has(m.text.figure.index)) out.push(m);
  for (const m of out) matched.add(m.text.figure.index);
  for (const m of matchSingledRows(context, quantities, cells)) if (!matched.has(m.text.figure.index)) out.push(m);
  const members = namedMembers(context, tables);
  return members.length === 0 ? out : out.filter((m) => !namesMember(context, m, members));
}

// A word opening with a capital after a row label's first word, not an initialism ("HTX", "THCS"): a proper name.
const PROPER_WORD = /\s\p{Lu}\p{Ll}/u;

/**
 * The labels of the body rows that name one body by its proper name ("HTX Cà phê Lộc Thành", "Trường Tiểu học Kim Đồng",
 * "Thôn Đông Hòa"), as token lists; the report's own unit is no member of itself.
 */
function namedMembers(context: RuleContext, tables: readonly Table[]): string[][] {
  const own = new Set(context.meta.unit ? labelTokens(`${context.meta.unit.level} ${context.meta.unit.name}`) : []);
  const out: string[][] = [];
  for (const t of tables) for (const r of t.rows) {
    if (r.total || !PROPER_WORD.test(r.label.trim())) continue;
    const tokens = labelTokens(r.label);
    if (tokens.length >= 2 && !tokens.every((w) => own.has(w))) out.push(tokens);
  }
  return out;
}

/**
 * "HTX Cà phê Lộc Thành hiện có 124 thành viên" beside the rows "HTX Cà phê Lộc Thành | 124" and "Thành viên HTX | 486": a
 * clause that names, before its figure, one body a table lists by its proper name counts that body's, never the whole a
 * row without that name counts; the match is dropped (a row naming the body itself keeps it).
 */
function namesMember(context: RuleContext, m: RowMatch, members: readonly string[][]): boolean {
  const f = m.text.figure;
  const block = context.source.blocks[f.block];
  const before = block.text.slice(0, f.span.start - block.span.start);
  const lead = new Set(labelTokens(before.slice(before.search(/[^.;:]*$/u))));
  const rowWords = new Set(m.rows.flatMap((r) => labelTokens(r.figure.label ?? r.name)));
  return members.some((l) => l.every((w) => lead.has(w)) && !l.every((w) => rowWords.has(w)));
}

// "Riêng thu chuyển nguồn năm 2023 sang là 42.638 triệu đồng": "riêng", then the words naming the item, then a copula at most,
// in a sentence of its own (a full stop, ";" or the paragraph's start before it).
const SINGLED = new RegExp(String.raw`(?:^|[.;]\s+)(?:${alt(SEPARATELY)})\s+(\p{L}[^,;:()\d]*?(?:\s(?:19|20)\d\d)?[^,;:()\d]*?)\s*(?:(?:${alt(SINGLED_VALUE_WORDS)})\s*)?$`, 'iu');

/**
 * A sentence that singles out one item by the very words of a table row's label ("Riêng thu chuyển nguồn năm 2023 sang là
 * 42.638 triệu đồng" beside "III | Thu chuyển nguồn năm 2023 sang | 0 | 42.368"): its figure is that row's value in the
 * report's own value column, though "riêng" and the year in the label narrow it for every other match. Read only when the
 * words between "riêng" and the figure are, token for token, the label of exactly one body row with a cell there.
 */
function matchSingledRows(context: RuleContext, quantities: readonly Quantity[], cells: Map<string, PeriodCell>): RowMatch[] {
  const out: RowMatch[] = [];
  let byLabel: Map<string, { q: Quantity; at: PeriodCell }[]> | null = null;
  for (const q of quantities) {
    const f = q.figure;
    if (f.cell !== null || (f.kind !== 'money' && f.kind !== 'count')) continue;
    const block = context.source.blocks[f.block];
    const m = SINGLED.exec(block.text.slice(Math.max(0, f.span.start - block.span.start - 120), f.span.start - block.span.start));
    if (!m) continue;
    if (byLabel === null) {
      byLabel = new Map();
      for (const c of quantities) {
        const at = c.figure.cell === null ? undefined : cells.get(`${c.figure.block}:${c.figure.cell}`);
        // A column of a difference or a comparison ("Chênh lệch", "So sánh") holds another quantity than the row's value.
        if (!at || c.figure.label === null || c.figure.kind !== 'count' || /(?:^|\|)column-other(?:\||$)/u.test(c.scope)) continue;
        const key = labelTokens(c.figure.label).join(' ');
        byLabel.set(key, [...(byLabel.get(key) ?? []), { q: c, at }]);
      }
    }
    const rows = byLabel.get(labelTokens(m[1]).join(' ')) ?? [];
    if (rows.length !== 1) continue;
    const [{ q: row, at }] = rows;
    const money = f.kind === 'money';
    if (money ? at.scale === undefined : at.unit === null || at.unit !== q.unit) continue;
    out.push({ text: q, rows: [row], ...(money ? { scales: [at.scale!] } : {}) });
  }
  return out;
}

/**
 * An amount in a section titled by a money table's row, against that row: under "a) Đường Trần Văn Kiết nối dài", "Kế
 * hoạch vốn 12.500 triệu đồng, đã giải ngân 11.690 triệu đồng" beside "Đường Trần Văn Kiết nối dài | 12.500 | 4.820 |
 * 11.960" under "Kế hoạch vốn năm 2025 | Giải ngân quý IV/2025 | Lũy kế giải ngân năm 2025" (ĐVT: triệu đồng). Read only
 * when: the section's title is, word for word, the label of exactly one body row of the document's tables (two words at
 * least besides the frame words), in a table whose title gives its money scale; another amount of the paragraph restates
 * another cell of the row exactly (the paragraph is about that row); the words right before the amount (two at least)
 * are all in exactly one column's header, a column of the report's own time (no other period, no plan, rate or change);
 * and no figure of the paragraph states that cell's value. The rule holds money to a slip of the digits.
 */
function matchSectionRows(context: RuleContext, quantities: readonly Quantity[], tables: readonly Table[]): RowMatch[] {
  const out: RowMatch[] = [];
  const { sections, blockSection } = context;
  if (!sections || !blockSection || sections.length === 0) return out;
  const own = context.meta.period;
  // Body rows of money tables by their label's words (a label of two rows is read for neither).
  const byLabel = new Map<string, { table: Table; row: Table['rows'][number]; scale: number } | null>();
  for (const t of tables) {
    const scale = moneyScale(titleOf(context, t));
    if (scale === undefined || t.labelColumn === null) continue;
    for (const row of t.rows) {
      const label = labelTokens(row.label);
      if (row.total || label.filter((w) => !GENERIC.has(w)).length < MIN_LABEL_WORDS) continue;
      const key = label.join(' ');
      byLabel.set(key, byLabel.has(key) ? null : { table: t, row, scale });
    }
  }
  if (byLabel.size === 0) return out;
  const readingOf = new Map<number, Quantity>();
  for (const q of quantities) if (q.figure.cell !== null) readingOf.set(q.figure.index, q);
  // Per paragraph, read once (a long one stays linear): the values its amounts state at the row's scale, and those of its
  // amounts restating a cell of the row.
  const seen = new Map<number, { stated: Set<number>; restating: Figure[] }>();
  const paragraphOf = (b: number, cells: readonly Figure[], scale: number) => {
    let read = seen.get(b);
    if (read) return read;
    const values = new Set(cells.map((c) => c.value));
    const amounts = figuresOf(context, b).filter((g) => g.cell === null && g.kind === 'money');
    read = { stated: new Set(amounts.map((g) => g.value / scale)), restating: amounts.filter((g) => values.has(g.value / scale)) };
    seen.set(b, read);
    return read;
  };
  const cellsOf = new Map<Table['rows'][number], Figure[]>();
  for (const q of quantities) {
    const f = q.figure;
    const k = blockSection[f.block];
    if (f.cell !== null || q.kind !== 'money' || k === null || k === undefined || NARROWED.test(q.scope)) continue;
    const found = byLabel.get(labelTokens(sections[k].title).join(' '));
    if (!found) continue;
    const { table: t, row, scale } = found;
    let cells = cellsOf.get(row);
    if (!cells) cellsOf.set(row, (cells = [...new Set(row.blocks)].flatMap((b) => figuresOf(context, b)).filter((g) => g.cell !== null && g.kind === 'count')));
    const paragraph = paragraphOf(f.block, cells, scale);
    // Another amount of the paragraph restating a cell of the row, exactly.
    if (!paragraph.restating.some((g) => g !== f)) continue;
    const block = context.source.blocks[f.block];
    const prev = context.figures[f.index - 1];
    const from = prev && prev.block === f.block ? prev.span.end - block.span.start : 0;
    const lead = block.text.slice(from, f.span.start - block.span.start).split(/[,;:(]/u).pop() ?? '';
    const name = labelTokens(lead);
    if (name.filter((w) => !GENERIC.has(w)).length < 2) continue;
    const fits = cells.filter((c) => {
      const column = t.columns[c.cell!];
      if (!column || OTHER_MEASURES.has(column.measure) || !['period', 'value', 'total', 'cumulative'].includes(column.role)) return false;
      const named = /(?:19|20)\d\d/.test(column.header) ? readPeriod(column.header) : null;
      if (named !== null && (own === null || own === undefined || named.start !== own.start || named.end !== own.end)) return false;
      const header = new Set(labelTokens(column.header));
      return name.every((w) => header.has(w));
    });
    if (fits.length !== 1 || !readingOf.has(fits[0].index) || paragraph.stated.has(fits[0].value)) continue;
    out.push({ text: q, rows: [readingOf.get(fits[0].index)!], scales: [scale] });
  }
  return out;
}

/**
 * The tables a prose figure may be held against by their total row: one total row over two or more body rows, no running
 * total in the title, no unit column; with whether the title names another time than the report's period.
 */
function singleTotalTables(context: RuleContext, tables: readonly Table[]): { table: Table; total: Table['rows'][number]; otherTable: boolean }[] {
  const own = context.meta.period;
  const out: { table: Table; total: Table['rows'][number]; otherTable: boolean }[] = [];
  for (const t of tables) {
    const totals = t.rows.filter((r) => r.total);
    if (totals.length !== 1 || t.rows.length - 1 < 2) continue;
    const title = titleOf(context, t);
    const period = readPeriod(title);
    const otherTable = OTHER_TIME.test(title) || (period !== null && own !== null && (period.start !== own.start || period.end !== own.end));
    if (RUNNING_TOTAL.test(title) || t.columns.some((c) => c.role === 'unit')) continue;
    out.push({ table: t, total: totals[0], otherTable });
  }
  return out;
}

/**
 * A sentence count whose noun phrase is, word for word, a column's header ("phường tiếp nhận 3.528 văn bản đến" beside a
 * table "… | Văn bản đến | …" whose total row "Cộng" holds 3 582): the whole of that column, stated in the text, held
 * against the table's total. Read only when it cannot be another quantity: the header (its bracketed unit aside) names
 * two things at least besides the frame words, follows the figure right after it up to a word boundary (tones unified,
 * case folded), and heads exactly one column of the document with a total row (one total row, two body rows at least,
 * the report's own period, a value column, no running total, plan, change or rate); the figure a count of its own
 * (no part, plan, target, earlier period, place or office narrowing its sentence, no row of the table named there), of
 * three digits at least as the total is (a slip of "04" is any small count); no other cell of the total row, nor a row of
 * the column, stating the figure's value.
 */
function matchHeaderTotals(context: RuleContext, quantities: readonly Quantity[], tables: readonly Table[]): RowMatch[] {
  const out: RowMatch[] = [];
  const readingOf = new Map<number, Quantity>();
  for (const q of quantities) if (q.figure.cell !== null) readingOf.set(q.figure.index, q);
  // Per header key, the total cells under it (a key of two columns is ambiguous and read for none), with their row's values and the table's row labels.
  const byHeader = new Map<string, { cell: Quantity; values: number[]; labels: string[][] }[]>();
  const own = context.meta.period;
  for (const { table: t, total, otherTable } of singleTotalTables(context, tables)) {
    const cells = [...new Set(total.blocks)].flatMap((b) => figuresOf(context, b)).filter((f) => f.cell !== null);
    const body = t.rows.filter((r) => !r.total);
    const labels = body.map((r) => labelTokens(r.label)).filter((l) => l.length >= 2);
    for (const column of t.columns) {
      const key = headerKey(column.header);
      if (key === '') continue;
      const inCell = cells.filter((f) => f.cell === column.index);
      const cell = inCell.length === 1 ? readingOf.get(inCell[0].index) : undefined;
      // A header of no value column still takes its key, so that two columns of one name leave it ambiguous.
      const usable = cell !== undefined && inCell[0].kind === 'count' && inCell[0].value >= MIN_HEADER_TOTAL && ownValueColumn(column, own, otherTable) && !OTHER_MEASURES.has(column.measure);
      // The values the sentence may restate instead: the total row's other cells, the column's rows.
      const values = [...cells.map((f) => f.value), ...body.map((r) => r.cells[column.index]?.value).filter((v): v is number => typeof v === 'number')];
      const list = byHeader.get(key) ?? [];
      list.push(usable ? { cell: cell!, values, labels } : { cell: null as unknown as Quantity, values: [], labels: [] });
      byHeader.set(key, list);
    }
  }
  if (byHeader.size === 0) return out;
  const keys = [...byHeader.keys()].filter((k) => byHeader.get(k)!.length === 1 && byHeader.get(k)![0].cell !== null);
  if (keys.length === 0) return out;
  for (const q of quantities) {
    const f = q.figure;
    if (f.cell !== null || q.kind !== 'count' || q.role !== 'count' || !Number.isInteger(f.value) || f.value < MIN_HEADER_TOTAL || NARROWED.test(q.scope)) continue;
    const block = context.source.blocks[f.block];
    const end = f.span.end - block.span.start;
    if (!/^\s/u.test(block.text.slice(end, end + 1))) continue;
    const after = foldKey(block.text.slice(end, end + 80)).trimStart();
    const fits = keys.filter((k) => after.startsWith(k) && !/^\p{L}/u.test(after.slice(k.length)));
    if (fits.length !== 1) continue;
    const { cell, values, labels } = byHeader.get(fits[0])![0];
    if (values.includes(f.value) || cell.figure.block === f.block) continue;
    const clause = clauseOf(context, f, false);
    if (clause === null) continue;
    // A row of the table named before the figure ("UBND các xã, thị trấn" as "UBND 33 xã, thị trấn …"): its words all there.
    const sentence = new Set(labelTokens(block.text.slice(context.clauses.at(f.block, f.span.start - block.span.start, true)?.from ?? 0, end)));
    if (labels.some((l) => l.every((w) => sentence.has(w)))) continue;
    out.push({ text: q, rows: [cell], byHeader: true });
  }
  return out;
}

// The least count held against a total by its header alone: a slip of a one- or two-digit count ("04" / "6") is any other count.
const MIN_HEADER_TOTAL = 100;

// A column header as the noun phrase a sentence writes after its figure: its bracketed unit aside, tones unified, case
// folded; '' when it names fewer than two things besides the frame words ("Số lượng", "Kết quả").
function headerKey(header: string): string {
  const key = foldKey(header.replace(/\([^()]*\)/gu, ' ')).replace(/\s+/gu, ' ').trim();
  return labelTokens(key).filter((w) => !GENERIC.has(w)).length >= 2 ? key : '';
}

/**
 * A cell of a table's total row, or of a body row named by its label: its figure, its column's place and what the column
 * measures; the row's label words for a body row (null for a total row, which names no item).
 */
interface TotalCell { figure: Figure; column: number; measure: string[]; stages: string; row: TotalCell[]; label: string[] | null }

/** A row a prose paragraph may restate cell by cell, with its table and whether the table is of another time. */
interface EchoRow { table: Table; row: Table['rows'][number]; otherTable: boolean; label: string[] | null }

// The least words a body row's label names besides the frame words for a paragraph to restate that row by name.
const MIN_LABEL_WORDS = 2;

/**
 * The named body rows of the tables with no total row to restate instead: rows whose label names two things at least, in
 * a table of the report's own time, no running total in its title, no unit column, two value columns at least.
 */
function namedBodyRows(context: RuleContext, tables: readonly Table[]): EchoRow[] {
  const own = context.meta.period;
  const out: EchoRow[] = [];
  for (const t of tables) {
    const title = titleOf(context, t);
    const period = readPeriod(title);
    const otherTable = OTHER_TIME.test(title) || (period !== null && own !== null && (period.start !== own.start || period.end !== own.end));
    if (RUNNING_TOTAL.test(title) || t.columns.some((c) => c.role === 'unit')) continue;
    for (const row of t.rows) {
      const label = labelTokens(row.label).filter((w) => !GENERIC.has(w));
      if (!row.total && label.length >= MIN_LABEL_WORDS) out.push({ table: t, row, otherTable, label });
    }
  }
  return out;
}

/**
 * A sentence count against the total row of a table whose column names it: "Toàn phường có 46 câu lạc bộ với 1.985 hội
 * viên" beside "Tổng cộng | 48 | 1.985" under "Số câu lạc bộ | Số hội viên". A total row names no item, so the column's
 * header is the quantity's name. Held only when another count of the same paragraph restates another cell of that row
 * exactly, every such count in the row's order, and each header's words (two at least besides the frame words, an
 * abbreviation spelled out by the sentence's words: "DN" = doanh nghiệp) are among the words of its figure's clause; the
 * column one of the report's own period values; the figure a whole of its own, or a "trong đó" part of a whole that the
 * row restates; no other figure of the paragraph stating the cell's value; exactly one total cell of the document fitting.
 */
function matchTotalRows(context: RuleContext, quantities: readonly Quantity[], tables: readonly Table[], wholes: Map<number, number>): RowMatch[] {
  return matchEchoedRows(context, quantities, singleTotalTables(context, tables).map(({ table, total, otherTable }) => ({ table, row: total, otherTable, label: null })), wholes);
}

/**
 * As for a total row, a sentence count against a named body row: "Tiếp nhận 412 hồ sơ chuyển mục đích sử dụng đất …; đã
 * giải quyết 398 hồ sơ" beside "Chuyển mục đích sử dụng đất | 412 | 389 | 23" under "Tiếp nhận | Đã giải quyết | Đang giải
 * quyết": the count restating a cell names the row too, every word of its label among the words around it.
 */
function matchNamedRows(context: RuleContext, quantities: readonly Quantity[], tables: readonly Table[], wholes: Map<number, number>): RowMatch[] {
  return matchEchoedRows(context, quantities, namedBodyRows(context, tables), wholes);
}

function matchEchoedRows(context: RuleContext, quantities: readonly Quantity[], rows: readonly EchoRow[], wholes: Map<number, number>): RowMatch[] {
  const readingOf = new Map<number, Quantity>();
  for (const q of quantities) if (q.figure.cell !== null) readingOf.set(q.figure.index, q);
  const byValue = new Map<number, TotalCell[]>();
  const own = context.meta.period;
  for (const { table: t, row: total, otherTable, label } of rows) {
    const inCell = new Map<number, Figure[]>();
    for (const b of new Set(total.blocks)) for (const f of figuresOf(context, b)) if (f.cell !== null) inCell.set(f.cell, [...(inCell.get(f.cell) ?? []), f]);
    const row: TotalCell[] = [];
    for (const [column, figs] of inCell) {
      const c = t.columns[column];
      // A column of money ("Kinh phí (triệu đồng)") holds no count a sentence's count of things restates.
      if (figs.length !== 1 || figs[0].kind !== 'count' || !c || !ownValueColumn(c, own, otherTable) || OTHER_MEASURES.has(c.measure) || columnScale(c.header) !== undefined) continue;
      row.push({ figure: figs[0], column, measure: columnMeasure(c.header), stages: workloadStages(c.header), row, label });
    }
    row.sort((a, b) => a.column - b.column);
    for (const cell of row) {
      const list = byValue.get(cell.figure.value);
      if (list) list.push(cell);
      else byValue.set(cell.figure.value, [cell]);
    }
  }
  const out: RowMatch[] = [];
  if (byValue.size === 0) return out;
  // Per block, read once: how often each value is stated in its sentences, and its counts restating a total row's cell —
  // a handful at most (a paragraph restating more is no sentence about one row, and a long one stays linear).
  const blocks = new Map<number, { stated: Map<number, number>; echoes: { g: Figure; cells: TotalCell[] }[] }>();
  const blockOf = (b: number) => {
    let seen = blocks.get(b);
    if (seen) return seen;
    seen = { stated: new Map(), echoes: [] };
    for (const g of figuresOf(context, b)) {
      if (g.cell !== null) continue;
      seen.stated.set(g.value, (seen.stated.get(g.value) ?? 0) + 1);
      // "giải quyết đúng hạn 4 483/4 490 hồ sơ": a share restates by its numerator the cell of the column its words name.
      const value = g.kind === 'count' ? g.value : g.kind === 'fraction' && g.numerator !== null ? g.numerator : null;
      const cells = value !== null && value >= 10 ? byValue.get(value) : undefined;
      if (cells) seen.echoes.push({ g, cells });
    }
    if (seen.echoes.length > MAX_ECHOES) seen.echoes = [];
    blocks.set(b, seen);
    return seen;
  };
  for (const q of quantities) {
    const f = q.figure;
    if (f.cell !== null || q.kind !== 'count' || q.role !== 'count' || !Number.isInteger(f.value) || NARROWED.test(q.scope.replace(/(?:^|\|)part(?=\||$)/u, ''))) continue;
    const { stated, echoes: restating } = blockOf(f.block);
    const whole = wholes.get(f.index);
    if (restating.length === 0 || (/(?:^|\|)part(?:\||$)/u.test(q.scope) && whole === undefined)) continue;
    // The total rows another count of the paragraph restates, each with the cells so restated and the counts restating them.
    const echoed = new Map<TotalCell[], { cell: TotalCell; g: Figure }[]>();
    for (const { g, cells } of restating) if (g !== f) for (const cell of cells) echoed.set(cell.row, [...(echoed.get(cell.row) ?? []), { cell, g }]);
    if (echoed.size === 0) continue;
    const clause = clauseOf(context, f, whole !== undefined);
    if (clause === null) continue;
    const words = [...labelTokens(clause), ...topicOf(context, f)];
    const stages = workloadStages(clause);
    const fits: TotalCell[] = [];
    for (const [row, echoes] of echoed) {
      // A row stating the figure's own value in some column restates it there ("phải giải quyết 18.957" beside the cells
      // "18.957 | 18.702"): the figure is that cell, not a slip of another.
      if (row.some((c) => c.figure.value === f.value)) continue;
      for (const cell of row) {
        // Two stages of one workload ("phải giải quyết" / "Đã giải quyết") are two quantities, whatever else their words share.
        if (cell.stages !== stages) continue;
        // A cell some other figure of the paragraph states is restated there already.
        const elsewhere = (stated.get(cell.figure.value) ?? 0) - (cell.figure.value === f.value ? 1 : 0) > 0;
        if (echoes.some((e) => e.cell === cell) || elsewhere || !readingOf.has(cell.figure.index) || !named(cell, words)) continue;
        const inOrder = echoes.every(({ cell: e, g }) => (g.index < f.index) === (e.column < cell.column) && (named(e, wordsAround(context, g)) || countsOwnUnit(e, g)) && labelled(context, e, g));
        const wholeRestated = whole === undefined || echoes.some((e) => e.cell.figure.value === context.figures[whole].value);
        if (inOrder && wholeRestated) fits.push(cell);
      }
    }
    if (fits.length === 1) out.push({ text: q, rows: [readingOf.get(fits[0].figure.index)!] });
  }
  return out;
}

/** A paragraph's run-in topic: a bullet at most, then up to six words with no digit and a colon ("- Về nhà ở: …"). */
const RUN_IN_TOPIC = /^[\s\-–+•*]*([^\d:;.()]{1,40}):\s/u;
const TOPIC_WORDS = 6;

/**
 * The words of the run-in topic opening a figure's paragraph ("- Về nhà ở: có 22 nhà bị sập đổ …; 928 nhà bị hư hỏng"):
 * it names what every clause after it counts, so a column under a group header ("Nhà ở (nhà) / Hư hỏng") is named by it
 * and the clause together. None when the figure stands before the colon or the paragraph opens otherwise.
 */
function topicOf(context: RuleContext, f: Figure): string[] {
  const block = context.source.blocks[f.block];
  const m = RUN_IN_TOPIC.exec(block.text);
  if (!m || m[1].trim().split(/\s+/u).length > TOPIC_WORDS || f.span.start - block.span.start < m[0].length) return [];
  return labelTokens(m[1]);
}

// The most counts of one paragraph restating total rows' cells for it to be read as a sentence about one row.
const MAX_ECHOES = 8;

// Columns whose cells are no value of the row's own count: a plan, a change, a rate, a fulfilment, an average, a rank.
const OTHER_MEASURES = new Set(['plan', 'change', 'rate', 'fulfilment', 'average', 'rank']);

// A body row's label words all among the words of the sentence of the count restating its cell (a total row names none).
function labelled(context: RuleContext, cell: TotalCell, g: Figure): boolean {
  if (cell.label === null) return true;
  const block = context.source.blocks[g.block];
  const span = context.clauses.at(g.block, g.span.start - block.span.start, true);
  const words = new Set(span ? labelTokens(block.text.slice(span.from, span.to)) : []);
  return cell.label.every((w) => words.has(w));
}

// A total cell's column header words (two meaningful ones at least), abbreviations spelled out, all among `words`.
function named(cell: TotalCell, words: readonly string[]): boolean {
  const spelled = spellInitials(cell.measure, words);
  return spelled.filter((w) => !GENERIC.has(w)).length >= 2 && spelled.every((w) => words.includes(w));
}

/**
 * A body row's cell under a header of one noun ("Số hộ") restated by a count of that very noun ("Điểm nhóm thôn A có 57
 * hộ, …"): the noun is the count's own unit, and its sentence names the row by its label (labelled), so one word is enough
 * to name the column where a total row, which names no item, wants two.
 */
function countsOwnUnit(cell: TotalCell, g: Figure): boolean {
  if (cell.label === null || cell.measure.length === 0 || g.unit === null) return false;
  return labelTokens(g.unit).slice(0, cell.measure.length).join(' ') === cell.measure.join(' ');
}

// The words between a sentence figure's neighbours in its paragraph: what it counts, on either side of it.
function wordsAround(context: RuleContext, f: Figure): string[] {
  const block = context.source.blocks[f.block];
  const prev = context.figures[f.index - 1];
  const next = context.figures[f.index + 1];
  const from = prev?.block === f.block ? prev.span.end - block.span.start : 0;
  const to = next?.block === f.block ? next.span.start - block.span.start : block.text.length;
  return labelTokens(block.text.slice(from, to));
}

// The sentence figures of each block, read once per document.
function valuesByBlock(context: RuleContext): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of context.figures) {
    if (f.cell !== null) continue;
    const list = out.get(f.block);
    if (list) list.push(f);
    else out.set(f.block, [f]);
  }
  return out;
}

// The whole of the "trong đó" claim a figure is a part of, if any.
function claimWhole(context: RuleContext, f: Figure, wholes: Map<number, number>): Pick<Figure, 'value'> | undefined {
  const whole = wholes.get(f.index);
  return whole === undefined ? undefined : context.figures[whole];
}

// Each part of a "trong đó" claim with its whole, the first claim naming it (each quantity walked every claim before).
function subsetWholes(context: RuleContext): Map<number, number> {
  const out = new Map<number, number>();
  // A fraction whole (Claim.bound) states no one amount a row could restate.
  for (const c of context.claims) if (c.relation === 'subset' && c.bound === undefined) for (const p of c.parts) if (!out.has(p)) out.set(p, c.whole);
  return out;
}

// "Số súng thu hồi" under the column "6 tháng năm 2024" of the report's own period (periodColumns): the header's date words
// ("tháng", "năm", its digits) only restate the period every sentence of the report is of, no word of the row's name a
// sentence must repeat. Words of the row's own label are kept.
function headerDate(q: Quantity, t: string): boolean {
  return (q.item?.length ?? 0) > 0 && !q.item!.includes(t) && (/^\d/u.test(t) || DATE_WORDS.has(t));
}
const DATE_WORDS = new Set<string>([...PERIOD_NAME_WORDS, ...ESTIMATE_WORDS]);

// The row's name found among the clause's words: most of its tokens, three meaningful ones at least, and every negation
// of it ("Giáo viên | Chưa qua đào tạo" is the opposite of "giáo viên đạt chuẩn đào tạo", though four words of five are there).
function covers(rowTokens: readonly string[], words: ReadonlySet<string>): boolean {
  const found = rowTokens.filter((t) => words.has(t));
  // A word of the label that narrows its count ("không", "chưa"; "mới" of "Kết nạp đoàn viên mới") is no word the sentence may
  // leave out: "187 đoàn viên được kết nạp vào Đảng" is not the row's count of new members.
  if (rowTokens.some((t) => QUALIFIER_TOKENS.has(t) && !words.has(t))) return false;
  return found.length >= MIN_COVER * rowTokens.length && found.filter((t) => !GENERIC.has(t) && !/^\d/.test(t)).length >= 3;
}
const QUALIFIER_TOKENS = new Set([...NEGATION_WORDS, NEW_WORD].flatMap((w) => labelTokens(w)));

/**
 * True when an amount as written ("8.413,5 triệu đồng": a step of 100 000 đồng at its last digit) is `value` rounded or cut
 * at that digit; the amount's scale word is read from its own words, and a value at least as coarse is no rounding of it.
 */
function roundsTo(f: Figure, value: number): boolean {
  const at = f.raw.search(/\p{L}/u);
  const factor = at < 0 ? 1 : readScale(f.raw.slice(at), 0)?.factor ?? 1;
  const step = factor * 10 ** -f.decimals;
  if (step <= 1 || value === f.value) return false;
  const d = value - f.value;
  return Math.abs(d) <= step / 2 + 1e-6 || (d > 0 && d < step);
}

const KIND_HEADER = new RegExp(String.raw`^\s*(?:${alt(KIND_HEADER_WORDS)})\s+(\p{Ll}[\p{L} ]{0,20}?)\s*$`, 'iu');

// "Số đối tượng (người)": a count column whose header names the noun every cell counts ("đối tượng"), a unit in brackets after it.
const COUNT_HEADER = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+(\p{Ll}[\p{Ll} ]{0,20}?)\s*\([^()\d]{1,15}\)\s*$`, 'iu');
// "Số hội viên", "Số lượng thành viên (người)": a column header counting a noun, with or without its unit in brackets.
const COUNTED_HEADER = new RegExp(String.raw`^\s*(?:${alt(COUNT_WORDS)})\s+(\p{Ll}[\p{Ll} ]{0,20}?)\s*(?:\([^()\d]{1,15}\))?\s*$`, 'iu');
const nounHead = (noun: string) => unitHead({ kind: 'count', unit: noun } as Figure);
const columnNoun = (header: string): string | undefined => (ownUnit(header) ? COUNT_HEADER.exec(header)?.[1] : undefined);

interface PeriodCell { unit: string | null; values: number[]; running: boolean; scale?: number }

// "(đơn vị: triệu đồng)", "ĐVT: nghìn đồng" in a table's title: every amount of the table is money at that scale.
const MONEY_TITLE = new RegExp(String.raw`${edgeAlt(UNIT_COLUMN_WORDS, ['đơn vị', 'đvt'])}\s*:\s*((?:(?:${alt(NUMBER_SCALE_WORDS)})\s+)*)(?:${alt(CURRENCY_WORDS)})(?![\p{L}])`, 'iu');
function moneyScale(title: string): number | undefined {
  const m = MONEY_TITLE.exec(title);
  return m ? readScale(m[1], 0)?.factor ?? 1 : undefined;
}
// "(triệu đồng)", "(tr.đ)", "(Tỷ đồng)" closing a column's header: every amount of the column is money at that scale.
const MONEY_HEADER = new RegExp(String.raw`\(\s*(${alt(NUMBER_SCALE_WORDS, Object.keys(MONEY_SCALE_ABBREVIATIONS))})?\s*\.?\s*(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})\s*\)\s*$`, 'iu');
function columnScale(header: string): number | undefined {
  const m = MONEY_HEADER.exec(header);
  if (!m) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  return word === '' ? 1 : readScale(MONEY_SCALE_ABBREVIATIONS[word] ?? word, 0)?.factor ?? undefined;
}
// "Triệu đồng", "tỷ đồng" as a row's "Đơn vị tính": that row holds money at that scale, as a table so titled does.
const MONEY_UNIT = new RegExp(String.raw`^\s*((?:(?:${alt(NUMBER_SCALE_WORDS)})\s+)*)(?:${alt(CURRENCY_WORDS)})\s*$`, 'iu');
function unitScale(unit: string): number | undefined {
  const m = MONEY_UNIT.exec(unit);
  return m ? readScale(m[1], 0)?.factor ?? 1 : undefined;
}

// "(ĐVT: hộ)", "(ĐVT: hộ; riêng nước sinh hoạt tập trung tính bằng công trình)": a note line of the title naming one
// count unit (one or two words) for every row, each exception opened by "riêng".
const COUNT_NOTE = new RegExp(String.raw`(?:^|\n)\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:\s*([^()\n]{1,120}?)\s*\)?\s*\.?\s*(?=\n|$)`, 'iu');
const NOTE_UNIT = /^\p{L}+(?:\s\p{L}+)?$/u;
const NOTE_EXCEPTION = new RegExp(String.raw`^(?:${alt(SEPARATELY)})\s`, 'iu');

/**
 * The one count unit a table's title note gives every row, with the words of each exception the note makes ("riêng …
 * tính bằng công trình": a row whose label's words are there keeps its own noun); null for a note of several units
 * ("(ĐVT: cơ sở; hộ; người)", one per column), or none.
 */
function noteUnit(title: string): { unit: string; except: string[][] } | null {
  const m = COUNT_NOTE.exec(title);
  if (!m) return null;
  const [first, ...rest] = m[1].split(';').map((p) => p.trim());
  if (!NOTE_UNIT.test(first) || rest.some((p) => !NOTE_EXCEPTION.test(p))) return null;
  return { unit: first, except: rest.map((p) => labelTokens(p)) };
}

/** Most of a row label's words among an exception's words. */
function coveredBy(label: readonly string[], words: readonly string[]): boolean {
  return label.length > 0 && label.filter((w) => words.includes(w)).length >= MIN_COVER * label.length;
}

// "block:cell" of the value cells of tables that report this period (a period/value/total column, no other time in header
// or title), with the row's "Đơn vị tính" (or its label's head noun) and its counts.
function periodColumns(context: RuleContext, tables: readonly Table[]): Map<string, PeriodCell> {
  const out = new Map<string, PeriodCell>();
  for (const t of tables) {
    const title = titleOf(context, t);
    const period = readPeriod(title);
    const own = context.meta.period;
    // A table of another time or of comparisons ("SỐ LIỆU SO VỚI NĂM 2024") still holds the report's own values in the
    // column that names its period; never a table of running totals.
    const otherTable = OTHER_TIME.test(title) || (period !== null && own !== null && (period.start !== own.start || period.end !== own.end));
    if (RUNNING_TOTAL.test(title)) continue;
    const unitColumn = t.columns.find((c) => c.role === 'unit');
    const scale = moneyScale(title);
    // "Lĩnh vực | Tiếp nhận | …" with a row "Lĩnh vực khác": a label opening with the noun its column's header names is one
    // item of that kind, not the noun its cells count ("03 lĩnh vực" counts the rows, it is no cell of one).
    const labelHeader = t.labelColumn !== null ? t.columns[t.labelColumn]?.header ?? '' : '';
    const itemKind = /\p{L}/u.test(labelHeader) ? unitHead({ kind: 'count', unit: labelHeader } as Figure) : null;
    // "Loại vụ việc | … ": a label column headed by a kind word names the noun every row counts ("Phạm pháp hình sự": vụ).
    const headerNoun = t.labelColumn === null ? undefined : KIND_HEADER.exec(t.columns[t.labelColumn]?.header ?? '')?.[1];
    const note = scale === undefined && !unitColumn ? noteUnit(title) : null;
    for (const c of t.columns) {
      if (!ownValueColumn(c, own, otherTable)) continue;
      // "Loại chi hội | Số hội viên": a column whose header counts a noun of its own counts that noun in every row, not the
      // kind the label column names ("04 chi hội nghề nghiệp" is no cell of the row "Chi hội nghề nghiệp | 86" hội viên).
      const counted = headerNoun === undefined ? undefined : COUNTED_HEADER.exec(c.header)?.[1];
      const kindNoun = counted !== undefined && nounHead(counted) !== nounHead(headerNoun!) ? counted : headerNoun;
      for (const r of t.rows) {
        const unitText = unitColumn ? r.cells[unitColumn.index]?.text ?? '' : '';
        // Without a "Đơn vị tính" column the row's label names its counted noun first ("Hồ sơ cấp phiếu …"), or closes on
        // its unit in brackets ("Diện tích nuôi trồng thủy sản (ha)").
        // "Thẻ căn cước đã cấp (lũy kế)": a running total, its bracket no unit; only a running total in words restates it.
        const running = RUNNING_TOTAL.test(r.label);
        // Only a bracket the table read as the row's unit: "(phần xã hưởng)" is none (tables.ts, NOT_A_UNIT_WORDS).
        const bracketed = !unitColumn && r.unit === '' ? undefined : LABEL_UNIT.exec(r.label.replace(RUNNING_TOTAL_BRACKET, ''))?.[1];
        // Not under a column that counts a group of its own ("Số đạt", "Số vi phạm"): its header, not the note, names the quantity.
        const noted = note !== null && c.measure !== 'count' && !note.except.some((e) => coveredBy(labelTokens(r.label), e)) ? note.unit : undefined;
        const unitWords = unitColumn ? unitText : bracketed ?? noted ?? kindNoun ?? columnNoun(c.header) ?? r.label;
        let unit = /\p{L}/u.test(unitWords) ? unitHead({ kind: 'count', unit: unitWords } as Figure) : null;
        if (!unitColumn && bracketed === undefined && noted === undefined && unit !== null && unit === itemKind) unit = null;
        const values = r.cells.filter((x) => x.kind === 'count' && x.value !== null).map((x) => x.value!);
        // A row of its own unit (a "Đơn vị tính" cell, a bracket) is no money of the table's scale.
        const money = (columnScale(c.header) ?? scale) !== undefined && unitText.trim() === '' && bracketed === undefined && !ownUnit(c.header);
        const own = unitColumn ? unitScale(unitText) : undefined;
        const rowScale = own ?? (money ? columnScale(c.header) ?? scale : undefined);
        if (!r.total) for (const b of r.blocks) out.set(`${b}:${c.index}`, { unit, values, running, ...(rowScale !== undefined ? { scale: rowScale } : {}) });
      }
    }
  }
  return out;
}

type Period = RuleContext['meta']['period'];

/**
 * A column of the report's own period values: a period, value or total column, no other time in its header, and no year
 * unless the report's own ("Năm 2024 | Năm 2025" in the report of năm 2025, "Ước thực hiện năm 2024" in the report of năm
 * 2024, a whole year's header in that year's report); in a table of another time (`otherTable`) only a column naming the
 * report's own period.
 */
function ownValueColumn(c: Table['columns'][number], own: Period, otherTable: boolean): boolean {
  const named = /(?:19|20)\d\d/.test(c.header) ? readPeriod(c.header) : null;
  const ownYear = c.year !== null && own !== null && own !== undefined && own.start === `${c.year}-01-01` && own.end === `${c.year}-12-31`;
  const ownColumn = (named !== null && own !== null && own !== undefined && named.start === own.start && named.end === own.end) || ownYear;
  return ['period', 'value', 'total'].includes(c.role) && !OTHER_TIME.test(c.header) && (ownColumn || !(otherTable || /(?:19|20)\d\d/.test(c.header)));
}

// The title lines right before a table's header ("Phụ lục 1", "KẾT QUẢ … NĂM 2024"): short lines, no list item or sentence.
/** A table's title: the short lines right above its header (its unit note among them). */
export function tableTitle(context: Pick<Analysis, 'source'>, t: Table): string {
  return titleOf(context as RuleContext, t);
}

function titleOf(context: RuleContext, t: Table): string {
  const first = t.headerBlocks[0] ?? t.rows[0]?.blocks[0] ?? 0;
  const lines: string[] = [];
  for (let b = first - 1; b >= 0 && b >= first - 3; b--) {
    const text = context.source.blocks[b].text.trim();
    if (context.source.blocks[b].kind === 'row' || /^[-+•*]/u.test(text) || text.split(/\s+/).length > 30 || /[.;]$/u.test(text)) break;
    lines.unshift(text);
  }
  return lines.join('\n');
}

// The clause around a sentence figure, between clause marks and the figures beside it; null when it narrows the figure.
function clauseOf(context: RuleContext, f: Figure, part: boolean, running = false): string | null {
  const block = context.source.blocks[f.block];
  const text = bareListedBai(block.text);
  const at = f.span.start - block.span.start;
  const end = f.span.end - block.span.start;
  const prev = context.figures[f.index - 1];
  const next = context.figures[f.index + 1];
  const prevEnd = prev?.block === f.block ? prev.span.end - block.span.start : 0;
  let lo = Math.max(prevEnd, lastMark(text.slice(0, at)));
  // "612 ca phẫu thuật và 4.186 ca thủ thuật": the words before "và" name the figure before, not this one.
  if (prevEnd > 0 && lo === prevEnd) {
    const and = [...text.slice(lo, at).matchAll(AND_WITH)].pop();
    if (and) lo += and.index! + and[0].length;
  }
  const rest = text.slice(end);
  const stop = rest.search(/[,;:.()!?]/u);
  const hi = Math.min(next?.block === f.block ? next.span.start - block.span.start : text.length, stop < 0 ? text.length : end + stop);
  const clause = text.slice(lo, hi);
  // What narrows may open the sentence before the clause: "Riêng thôn A, tổ đã …".
  const sentence = text.slice(Math.min(lo, context.clauses.at(f.block, lo, true)?.from ?? 0), hi);
  const open = running ? sentence.replace(RUNNING_TOTAL_ALL, ' ') : sentence;
  if (NARROW_WORDS.test(part ? open.replace(OF_WHICH_WORD, '') : open)) return null;
  for (const m of sentence.matchAll(OF)) if (!OWN.test(m[1])) return null;
  return clause;
}

// "tin, bài" lists one noun: its comma is no clause mark (two spaces keep every offset). The block's text is tested for the
// comma and the word before the costlier scan of it, which each figure of the block would otherwise run afresh.
const LISTED_BAI = /(\p{L}), (bài)(?![\p{L}])/gu;
function bareListedBai(text: string): string {
  return text.includes(', bài') ? text.replace(LISTED_BAI, '$1  $2') : text;
}

function lastMark(before: string): number {
  let k = before.length;
  while (k > 0 && !/[,;:.()!?]/u.test(before[k - 1])) k--;
  return k;
}

/** Whether `label` occurs in `tokens` as one unbroken run of words. */
function namesAsRun(tokens: readonly string[], label: readonly string[]): boolean {
  for (let i = 0; i + label.length <= tokens.length; i++) if (label.every((t, k) => tokens[i + k] === t)) return true;
  return false;
}
