/**
 * Claims that every row of a table reaches a rate, against the table right after (or right before) their paragraph: "các
 * xã đều đạt tỷ lệ tiêm chủng từ 95% trở lên" above a table whose one rate column "Tỷ lệ tiêm chủng (%)" holds 93,8 in a
 * body row. Read as a `target` claim (that row's rate against the claim's threshold), judged by claim-mismatch; one per
 * claim, the first row below it.
 *
 * Read only when: the statement claims all ("tất cả", "toàn bộ", or "các …" then "đều"), names a rate ("tỷ lệ <words>") and
 * a floor ("từ X% trở lên", "X% trở lên", "trên X%", "ít nhất X%", "tối thiểu X%"; "trên" strict, broken by X itself, as
 * every bound is read in table-bound.ts); holds no negation and no partial word;
 * the table has exactly one rate column whose header's own words ("bàn giao" of "Tỷ lệ bàn giao (%)") are all among the
 * rate's words. "Các dự án còn lại đều …" speaks of the rest: only after a statement of its sentence that sets some apart by
 * a count and a rate at or above the floor ("Có 06 dự án đã hoàn thành bàn giao 100%; …"), those rows (exactly that many
 * at that rate) left out.
 */
import type { Analysis, Figure, Table, TableCell } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { neighbourTables } from './claims-table-all.js';
import { labelTokens } from './similarity.js';
import { ALL_ROWS, boundTarget, boundWay, breaks, cellFigure, figureAt, type BoundWay, type Target } from './table-bound.js';
import { alt, MINIMUM_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, RATE_WORDS, REMAINDER_WORDS, TABLE_CAPTION_WORDS, UNIT_NOTE_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] };

// "tất cả …" or "các … đều", then a rate's name, then its floor: "(từ|trên|ít nhất|tối thiểu) X%( trở lên)" or "X% trở lên".
const FLOOR_LEADS = ['từ', 'trên', ...MINIMUM_WORDS.filter((w) => w !== 'trở lên')];
const CLAIM = new RegExp(
  String.raw`(?:${ALL_ROWS})[^\d;:.!?]{0,20}?${edgeAlt(RATE_WORDS)}\s+(?<rate>\p{L}[\p{L}\s]{0,40}?)\s+(?:(?<lead>${alt(FLOOR_LEADS)})\s+)?(?<floor>\d{1,3}(?:,\d+)?\s?%)(?<tail>\s+(?:${alt(MINIMUM_WORDS)}))?`,
  'iu',
);
const FLOORED = new RegExp(String.raw`${edgeAlt(FLOOR_LEADS)}\s+$`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS.filter((w) => !(REMAINDER_WORDS as readonly string[]).includes(w)), ...NEGATION_WORDS]);
const REST = wordsRe(REMAINDER_WORDS);
const CAPTION = new RegExp(String.raw`^\s*(?:${alt(TABLE_CAPTION_WORDS)})\s+\d`, 'iu');
const FRAME = new Set(labelTokens(RATE_WORDS.join(' ')));
// "(ĐVT: hộ)", "(ĐVT: hộ; tỷ lệ: %)": a unit note, its named parts after ";" too.
const UNIT_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:[^():;.]{1,40}(?:;[^():;.]{1,30}:[^():;.]{1,30})*\)?\s*$`, 'iu');
// "Kết quả cụ thể theo từng xã như sau:": a lead-in line of words alone, closed by its colon, announcing the table.
const LEAD_IN = /^[^\d:;.!?]{1,120}:\s*$/u;
const CAPTION_LINES = 2;

// The paragraph above a table's caption and unit note (two such lines at most), or `b` when it is neither.
function aboveCaption(input: Input, b: number): number {
  let k = b;
  while (k > b - CAPTION_LINES && k > 0 && (CAPTION.test(input.source.blocks[k]?.text ?? '') || UNIT_NOTE.test(input.source.blocks[k]?.text ?? '') || LEAD_IN.test(input.source.blocks[k]?.text ?? ''))) k--;
  return k;
}

const pureRate = (c: TableCell | undefined): c is TableCell => !!c && c.pure && c.value !== null && c.at !== null;

/** The claims that every row of a table reaches a rate, each with the first row below it. */
export function readTableRateFloors(input: Input): Target[] {
  const out: Target[] = [];
  if (!input.tables || input.tables.length === 0) return out;
  const seen = new Set<number>();
  for (const [next, t] of neighbourTables(input.tables)) {
    // The paragraph the table follows may be its caption ("Bảng 1. …") or unit note ("(ĐVT: hộ)"): the claim is in the
    // paragraph before those.
    const b = next === t.headerBlocks[0] - 1 ? aboveCaption(input, next) : next;
    const block = input.source.blocks[b];
    if (!block || block.kind === 'row' || seen.has(b)) continue;
    const statements = input.clauses.statements(b);
    statements.forEach((s, k) => {
      const own = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(own);
      if (!m || BLOCKED.test(own)) return;
      const { rate, lead, floor: stated, tail } = m.groups!;
      if (tail === undefined && !FLOORED.test(own.slice(0, m.index + m[0].length - stated.length))) return;
      const floor = figureAt(input, b, s.from + m.index + m[0].length - (tail?.length ?? 0) - stated.length);
      const column = rateColumn(t, labelTokens(rate));
      if (!floor || floor.kind !== 'percent' || column === null) return;
      const rest = REST.test(own.slice(0, m.index + m[0].length));
      const apart = rest ? setApart(input, block.text, statements[k - 1], s, b, floor) : null;
      if (rest && apart === null) return;
      const way = boundWay(lead);
      const low = belowRow(input, t, column, floor.value, way, apart);
      if (!low) return;
      seen.add(b);
      out.push(boundTarget({ block: b, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0].trim() }, low, floor, way));
    });
  }
  return out;
}

// A rate column's own words: its header's, besides "tỷ lệ" and its unit; a bare "Tỷ lệ (%)" right after a count column is
// that count's share ("Số hộ dùng nước hợp vệ sinh | Tỷ lệ (%)"), named by the count's header.
function rateWords(t: Table, c: Table['columns'][number]): string[] {
  const own = (h: string) => labelTokens(h.replace(/\([^()]*\)/gu, ' ')).filter((w) => !FRAME.has(w));
  const words = own(c.header);
  if (words.length > 0) return words;
  const before = t.columns[c.index - 1];
  return before && before.index === c.index - 1 && (before.measure === 'count' || before.measure === 'amount' || before.role === 'value') ? own(before.header) : [];
}

/**
 * The one rate column the claim's rate names: its words (rateWords) all among the rate's words; or, when the table has
 * several rate columns and none fits so, the one whose words that no other rate column shares are all the claim's while
 * every other column's own words are missing from it ("hợp vệ sinh" against "sạch theo quy chuẩn").
 */
function rateColumn(t: Table, words: readonly string[]): number | null {
  const rates = t.columns.filter((c) => c.role === 'percent' || c.measure === 'rate').map((c) => ({ c, own: rateWords(t, c) }));
  const fits = rates.filter((r) => r.own.length > 0 && r.own.every((w) => words.includes(w)));
  if (fits.length === 1) return fits[0].c.index;
  if (fits.length > 1 || rates.length < 2 || rates.some((r) => r.own.length === 0)) return null;
  const distinct = rates.map((r) => ({ c: r.c, own: r.own.filter((w) => rates.every((o) => o === r || !o.own.includes(w))) }));
  if (distinct.some((r) => r.own.length === 0)) return null;
  const named = distinct.filter((r) => r.own.every((w) => words.includes(w)));
  const others = distinct.filter((r) => !named.includes(r));
  return named.length === 1 && others.every((r) => r.own.every((w) => !words.includes(w))) ? named[0].c.index : null;
}

// "Có 06 dự án đã hoàn thành bàn giao 100% mặt bằng; các dự án còn lại …": the statement before, in the same sentence,
// with one count and one rate at or above the floor: the rows set apart are those that many at that rate.
function setApart(input: Input, text: string, prev: { from: number; to: number } | undefined, s: { from: number }, b: number, floor: Figure): { count: number; rate: number } | null {
  if (!prev || /[.!?]\s*$/u.test(text.slice(prev.from, s.from))) return null;
  const inside = input.figures.filter((f) => f.block === b && f.span.start - input.source.blocks[b].span.start >= prev.from && f.span.start - input.source.blocks[b].span.start < prev.to);
  const counts = inside.filter((f) => f.kind === 'count');
  const rates = inside.filter((f) => f.kind === 'percent');
  if (counts.length !== 1 || rates.length !== 1 || rates[0].value < floor.value) return null;
  return { count: counts[0].value, rate: rates[0].value };
}

// The first body row whose rate is below the floor, the rows set apart left out (exactly their count at their rate).
function belowRow(input: Input, t: Table, column: number, floor: number, way: BoundWay, apart: { count: number; rate: number } | null): Figure | null {
  const body = t.rows.filter((r) => !r.total && !r.head);
  // A row whose words spill into a value column ("Trạm biến áp 110 | kV Lương Sơn | 0,85 …" of a pdf) has its values shifted:
  // its rate cell holds another column's number, so the table is not read.
  const values = t.columns.filter((c) => c.role === 'value' || c.role === 'percent').map((c) => c.index);
  if (body.some((r) => values.some((k) => r.cells[k] && r.cells[k].text.trim() !== '' && !r.cells[k].pure))) return null;
  const rates = body.map((r) => r.cells[column]).filter(pureRate);
  if (rates.length !== body.length) return null;
  if (apart && rates.filter((c) => c.value === apart.rate).length !== apart.count) return null;
  const low = rates.find((c) => breaks(way, floor, c.value!) && (!apart || c.value !== apart.rate));
  return low ? cellFigure(input, low) ?? null : null;
}
