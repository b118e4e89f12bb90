/**
 * Figures of a document: every number the report states, read with Vietnamese
 * number grammar (see numbers.ts), minus the numbers that are not figures
 * (not-figures.ts), each with its unit and label (labels.ts).
 *
 * A paragraph is one passage; a table row is read cell by cell, so a fraction
 * and a percent in neighbouring cells are never paired here (a rule does that),
 * the STT cell is never a figure, and a cell's figures take the row's label.
 */
import { subSpan, type Block, type Figure, type NumberReading, type Source, type Warning } from '../model/index.js';
import { detectNumberStyle, groupsWithSpaces, loneSpaceGroupsAllowed, ungroupedLargeSpans, wholeCellSpaceGroup } from './numbers.js';
import { findNotFigureRanges } from './not-figures.js';
import { readPassage, type PassageFigure } from './read-figures.js';
import { unsureWords } from './ocr-confidence.js';
import { attachChanges } from './changes.js';
import { applyTableUnitNotes } from './table-unit-notes.js';
import { NAMED_RATE_BEFORE, rateOfEachCounted, rateOfOtherWhole } from './rate-bases.js';
import { percentAgrees } from './percent-arith.js';
import { keepShape } from '../text/shapes.js';
import { alt, BOUND_WORDS, CONSISTS_OF, EXCEEDED_BASES, IN_WORDS_CUES, GOAL_OR_COMPARISON_WORDS, LEAST_OR_MOST_WORDS, OF_WHICH, LOCATED_IN_WORDS, NOT_ASSIGNED_GIAO_TAILS, MINIMUM_WORDS, OPEN_RANGE_TAILS, OWN_PERCENT_CONNECTORS, PLAN_BASE_TAILS, RATE_WORDS, SHARE_HELD_VERBS, SHARE_OF_COUNT_HEADS, SHARE_OF_WHOLE_VERBS, SHARE_OF_WHOLE_WORDS, SHARE_REACH_VERBS, TARGET_WORDS, WHOLE_OF_PREPOSITIONS, edgeAlt } from '../text/lexicon.js';

/** The document's number style and grouping, from its own text. */
export function readNumberStyle(source: Source): NumberReading {
  const foreign = englishTables(source);
  const { style, en, vi, sure } = detectNumberStyle(foreign ? foreign.rest : source.text);
  return { style, evidence: { en, vi }, sure, spaceGroups: style === 'vi' && groupsWithSpaces(groupingText(source)), ...(foreign ? { enTables: foreign.tables } : {}) };
}

/**
 * The tables of a Vietnamese document that keep an English style of their own ("| 2,450.00 | 1,102,500,000 |": a
 * contractor's table quoted as written): each table's own numbers, told apart, are English (two at least, one strong) with
 * no Vietnamese number among them, and the rest of the document, without them, is surely Vietnamese (two numbers at least
 * say so). Then the rest's style is the document's, and those tables are read in theirs. Null when there is no such table.
 */
function englishTables(source: Source): { tables: number[]; rest: string } | null {
  const byTable = new Map<number, Block[]>();
  for (const b of source.blocks) if (b.kind === 'row' && b.table !== undefined) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b]);
  const tables = [...byTable].filter(([, rows]) => {
    const own = detectNumberStyle(rows.map((b) => source.text.slice(b.span.start, b.span.end)).join('\n'));
    return own.style === 'en' && own.vi === 0;
  }).map(([t]) => t);
  if (tables.length === 0) return null;
  const blanked = new Set(tables);
  let rest = '';
  let at = 0;
  for (const b of source.blocks) {
    if (b.kind !== 'row' || b.table === undefined || !blanked.has(b.table)) continue;
    rest += source.text.slice(at, b.span.start);
    at = b.span.end;
  }
  rest += source.text.slice(at);
  const others = detectNumberStyle(rest);
  return others.style === 'vi' && others.sure && others.vi >= 2 ? { tables, rest } : null;
}

/**
 * The text whose numbers tell how the document groups thousands. On a scan, Tesseract reads a number
 * grouped by a space in a table cell ("18 070") as one word ("18070") more often than not, so the
 * table rows of OCR'd pages tell nothing of the grouping and are left out; nor does a word with digits it was unsure of
 * (`unsureWords`: a "2023." read "20283." and again "2023." is no large number written ungrouped), masked out.
 * Typed text is taken whole.
 */
function groupingText(source: Source): string {
  if (!source.ocrPages?.length) return maskNamingNumbers(source.text, source.blocks);
  const ocr = new Set(source.ocrPages);
  const parts: string[] = [];
  let text = maskNamingNumbers(source.text, source.blocks);
  const unsure = unsureWords(source);
  if (unsure.length) {
    let at = 0;
    for (const u of [...unsure].sort((a, b) => a.start - b.start)) {
      if (u.start < at) continue;
      parts.push(text.slice(at, u.start), '#'.repeat(u.end - u.start));
      at = u.end;
    }
    parts.push(text.slice(at));
    text = parts.join('');
  }
  return source.blocks.filter((b) => !(b.kind === 'row' && b.span.page !== null && ocr.has(b.span.page))).map((b) => text.slice(b.span.start, b.span.end)).join('\n');
}

/**
 * `text` with every large ungrouped number that names rather than counts masked out: a standard ("ISO 22000:2018",
 * "TCVN 12345"), a document's number ("Quyết định số 12345/QĐ-UBND"), an account or any other not-figure of its block.
 * Such an id is written ungrouped in every house style, so it tells nothing of how the document writes its amounts.
 */
function maskNamingNumbers(text: string, blocks: readonly Block[]): string {
  let out: string | null = null;
  for (const b of blocks) {
    const own = text.slice(b.span.start, b.span.end);
    const spans = ungroupedLargeSpans(own);
    if (!spans.length) continue;
    const ranges = findNotFigureRanges(own, { atBlockStart: true, style: 'vi' });
    for (const [from, to] of spans) {
      if (!ranges.some(([a, z]) => a <= from && to <= z)) continue;
      out ??= text;
      out = out.slice(0, b.span.start + from) + '#'.repeat(to - from) + out.slice(b.span.start + to);
    }
  }
  return out ?? text;
}

/** Every figure of a document, in reading order, with warnings for numbers the grammar could not read. */
export function extractFigures(source: Source, blockSection: (number | null)[]): { figures: Figure[]; warnings: Warning[]; numbers: NumberReading } {
  const figures: Figure[] = [];
  const warnings: Warning[] = [];
  const numbers = readNumberStyle(source);
  if (numbers.style === 'en') {
    warnings.push({
      stage: 'extract',
      message: `Tài liệu viết số kiểu Anh (dấu phẩy ngăn nghìn, dấu chấm thập phân: ${numbers.evidence.en} số chỉ đọc được theo kiểu này, ${numbers.evidence.vi} theo kiểu Việt): đọc mọi số theo kiểu Anh`,
      span: null,
    });
  }
  // Without house-style evidence either way, a lone "2 650 hộ" in a paragraph may still be read whole (see `loneSpaceGroup`),
  // in either number style: an English-style report may space its counts too, and a space groups no decimals.
  const lone = !numbers.spaceGroups && loneSpaceGroupsAllowed(groupingText(source));
  // A typed table cell of nothing but one space-grouped number ("12 450") is that number, whatever the prose's grouping: a
  // cell holds no list of small numbers. Not on pdf or scanned pages, where neighbouring cells may merge into one.
  const typedCells = source.format !== 'pdf' && source.format !== 'image' && !source.ocrPages?.length;
  // On a pdf's typed pages, a row that kept as many cells as its table's fullest rows merged no two of them.
  const intact = source.format === 'pdf' ? intactPdfRows(source) : null;
  const grouped = groupedScanTables(source);
  for (const block of source.blocks) {
    const cellsApart = typedCells || intact?.has(block.index) === true || (block.table !== undefined && grouped.has(block.table));
    for (const passage of passagesOf(block)) {
      const wholeCell = lone && cellsApart && passage.cell !== null && wholeCellSpaceGroup(passage.text);
      const english = block.kind === 'row' && block.table !== undefined && numbers.enTables?.includes(block.table) === true;
      const opts = english
        ? { atBlockStart: passage.atStart, inCell: passage.cell !== null, style: 'en' as const, sure: true, spaceGroups: false, loneSpaceGroups: false }
        : { atBlockStart: passage.atStart, inCell: passage.cell !== null, style: numbers.style, sure: numbers.sure, spaceGroups: numbers.spaceGroups || wholeCell, loneSpaceGroups: lone && passage.cell === null };
      const { figures: found, notes } = readPassage(passage.text, opts);
      pairPercents(passage.text, found);
      wordsOfListedWhole(passage.text, found);
      for (const note of notes) {
        warnings.push({ stage: 'extract', message: note.message, span: subSpan(block, passage.offset + note.from, passage.offset + note.to) });
      }
      for (const f of found) {
        if (f === found[0] && block.kind !== 'row' && attachWordsLine(figures, block, passage.text, f)) continue;
        const label = passage.rowLabel !== undefined && !f.colonLabel && !passage.isLabelCell ? passage.rowLabel : f.label;
        figures.push(toFigure(block, passage, f, label, figures.length, blockSection[block.index] ?? null));
      }
    }
  }
  applyTableUnitNotes(source, figures);
  attachChanges(figures, source.blocks);
  return { figures, warnings, numbers };
}

/**
 * The table rows of a pdf's typed pages whose cells stayed apart: as many cells as the table's fullest rows, themselves
 * two at least (the header and a row, or two rows). Two neighbouring cells run into one ("12" | "450" read as "12 450")
 * leave their row a cell short of the others, so a whole cell of one space-grouped number in a full row is that number.
 * Rows of OCR'd pages are never read so: a scan's cells merge and split by what Tesseract saw.
 */
function intactPdfRows(source: Source): Set<number> {
  const ocr = new Set(source.ocrPages ?? []);
  const rowsOf = new Map<number, Block[]>();
  for (const b of source.blocks) {
    if (b.kind !== 'row' || !b.cells || b.table === undefined || (b.span.page !== null && ocr.has(b.span.page))) continue;
    const list = rowsOf.get(b.table);
    if (list) list.push(b);
    else rowsOf.set(b.table, [b]);
  }
  const out = new Set<number>();
  for (const rows of rowsOf.values()) {
    let most = 0;
    for (const r of rows) most = Math.max(most, r.cells!.length);
    const full = rows.filter((r) => r.cells!.length === most);
    if (most >= 2 && full.length >= 2) for (const r of full) out.add(r.index);
  }
  return out;
}

/** Whole cells of one space-grouped number a scanned table must hold to be read as grouping its thousands by a space. */
const GROUPED_CELLS = 3;

/**
 * The tables of OCR'd pages that group thousands by a space: three cells or more that are each one space-grouped number
 * ("1 845", "24 906"). Two cells Tesseract ran together ("12" | "450") make such a cell now and then, by chance of shape;
 * a column of them is the table's own way of writing its numbers, so each such cell of it is one number, as on typed pages.
 */
function groupedScanTables(source: Source): Set<number> {
  if (!source.ocrPages?.length) return new Set();
  const ocr = new Set(source.ocrPages);
  const count = new Map<number, number>();
  for (const b of source.blocks) {
    if (b.kind !== 'row' || !b.cells || b.table === undefined || b.span.page === null || !ocr.has(b.span.page)) continue;
    count.set(b.table, (count.get(b.table) ?? 0) + b.cells.filter(wholeCellSpaceGroup).length);
  }
  return new Set([...count].filter(([, n]) => n >= GROUPED_CELLS).map(([t]) => t));
}

// A paragraph that opens with the amount in words: "(Bằng chữ: Một trăm … đồng chẵn)" under "Tổng cộng: 125.000.000 đồng".
const WORDS_LINE = /^\s*\(?\s*bằng chữ\s*:?\s*$/iu;

/**
 * When a paragraph opens with "Bằng chữ:", the words restate an amount of the paragraph just before it (passing over the
 * percents there) that has no words of its own: the one whose value they say, else the only amount there is, else the one
 * they are plainly a slip of (within a tenth of it, and ten times nearer than any other: "8 105 662 000" for words saying
 * 8 105 626 000 beside a plan of 7 781 000 000). Beside several amounts none of which stands out ("Tổng kinh phí 2.135,7
 * triệu đồng, gồm: … 158,0 triệu đồng." and words of neither) which one they restate is unknown: the words stand alone.
 */
function attachWordsLine(figures: Figure[], block: Block, text: string, f: PassageFigure): boolean {
  if (!f.spelled || f.spelled.from !== f.from || !WORDS_LINE.test(text.slice(0, f.from))) return false;
  const above: Figure[] = [];
  for (let k = figures.length - 1; k >= 0 && figures[k].block === block.index - 1; k--) above.push(figures[k]);
  // A rate after the amount ("… là 8 105 662 000 đồng, đạt 104,2% dự toán.") is not what the words restate.
  const amounts = above.filter((g) => g.kind !== 'percent');
  const last = amounts[0];
  if (!last || last.spelled || (last.kind !== 'money' && last.kind !== 'count')) return false;
  const value = f.spelled.value;
  const candidates = amounts.filter((g) => g.kind === last.kind && !g.spelled);
  const said = candidates.find((g) => Math.abs(g.value - value) <= 1e-9 * Math.max(1, Math.abs(value)));
  const target = said ?? (candidates.length === 1 ? last : slipOf(candidates, value));
  if (!target) return false;
  target.spelled = { value, span: subSpan(block, f.spelled.from, f.spelled.to), block: block.index };
  return true;
}

// "Bằng chữ:" right before the words beside a figure.
const IN_WORDS_BEFORE = new RegExp(String.raw`(?:${alt(IN_WORDS_CUES)})\s*:?\s*$`, 'iu');
// A word opening a breakdown of the amount before it ("Tổng vốn 92.640 triệu đồng, gồm … và … 33.682 triệu đồng").
const CONSISTS_BETWEEN = new RegExp(`${edgeAlt(CONSISTS_OF)}(?![\\p{L}])`, 'iu');

/**
 * "Tổng vốn 92.640 triệu đồng, gồm vốn đầu tư 58.958 triệu đồng và vốn sự nghiệp 33.682 triệu đồng (Bằng chữ: Chín mươi
 * hai tỷ, sáu trăm bốn mươi triệu đồng)": words under "Bằng chữ:" closing a breakdown restate the whole the breakdown
 * opened, not its last part. When they do not say the part beside them, and the sentence before them holds an amount of
 * the same kind followed by "gồm"/"bao gồm" whose value they say (or are plainly a slip of, as against the part), the
 * words move to that whole; otherwise they stay with the part beside them.
 */
export function wordsOfListedWhole(text: string, figs: PassageFigure[]): void {
  for (let k = 1; k < figs.length; k++) {
    const f = figs[k];
    const words = f.spelled;
    if (!words || words.from < f.to || f.kind !== 'money' || sameAmount(f.value, words.value)) continue;
    if (!IN_WORDS_BEFORE.test(text.slice(Math.max(0, words.from - 20), words.from))) continue;
    for (let j = k - 1; j >= 0; j--) {
      const g = figs[j];
      const between = text.slice(g.to, f.from);
      if (SENTENCE_END.test(between)) break;
      if (g.kind !== f.kind || g.unit !== f.unit || g.spelled || !CONSISTS_BETWEEN.test(between)) continue;
      if (sameAmount(g.value, words.value) || slipOf([g, f], words.value) === g) {
        g.spelled = words;
        f.spelled = null;
      }
      break;
    }
  }
}
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

// The amount the value is plainly a slip of: within a tenth of it, and ten times nearer than the runner-up.
function slipOf<T extends { value: number }>(candidates: T[], value: number): T | undefined {
  if (value <= 0) return undefined;
  const off = (g: T) => (g.value > 0 ? Math.abs(Math.log(g.value / value)) : Infinity);
  const [best, next] = [...candidates].sort((a, b) => off(a) - off(b));
  return best && off(best) < Math.log(1.1) && (!next || off(next) > 10 * off(best)) ? best : undefined;
}

interface Passage {
  text: string;
  /** Offset of the passage in the block's text. */
  offset: number;
  cell: number | null;
  atStart: boolean;
  rowLabel?: string | null;
  isLabelCell?: boolean;
}

// A row's cells, skipping its STT cell; a paragraph or footnote as one passage.
function passagesOf(block: Block): Passage[] {
  if (block.kind !== 'row' || !block.cells) return [wholePassage(block.text)];
  const labelIndex = block.cells.findIndex((c, i) => isLabelCell(c, i));
  const rowLabel = labelIndex >= 0 ? cleanCell(block.cells[labelIndex]) : null;
  const out: Passage[] = [];
  let offset = 0;
  block.cells.forEach((cell, i) => {
    if (!(i === 0 && STT.test(cell.trim()))) {
      out.push({ text: cell, offset: block.cellStarts?.[i] ?? offset, cell: i, atStart: true, rowLabel, isLabelCell: i === labelIndex });
    }
    offset += cell.length + 1;
  });
  return out;
}

/*
 * A paragraph's one passage, made here beside one held for the life of the process (src/text/shapes.ts) so every document's passages share one hidden
 * class (V8 map): made once per block, a passage of a one-line document otherwise had a map that died with the
 * document and took the figure-reading code optimised on it along (see `src/ingest/build-source.ts`).
 */
function wholePassage(text: string): Passage {
  return { text, offset: 0, cell: null, atStart: true };
}
keepShape(wholePassage(''));

// An STT cell: "1", "12", "1.2", "I", "a", "1." — a row number, never a figure.
const STT = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]+\.?|[a-zđ][.)]?)$/u;

function isLabelCell(cell: string, i: number): boolean {
  const t = cell.trim();
  if (!t || (i === 0 && STT.test(t))) return false;
  return /\p{L}{2}/u.test(t) && !/^[\d\s.,%/=()$+-]*$/u.test(t) && t.replace(/[^\p{L}]/gu, '').length >= 3;
}

function cleanCell(cell: string): string | null {
  const t = cell.replace(/<\/?i>/g, '').trim().replace(/[\s.,;:]+$/u, '');
  return t || null;
}

// Words between a fraction and a percent that say the percent is the fraction's own ("= 73,7%", ", đạt tỷ lệ 100%").
const CONNECTOR = new RegExp(String.raw`=|${alt(OWN_PERCENT_CONNECTORS)}|\(`, 'iu');
const SENTENCE_END = /[;!?]|\.(?:\s|$)/u;
const MAX_GAP = 120;

// Words that make the next percent a goal or a comparison, not the fraction's own value ("…, vượt chỉ tiêu (75%)").
// "tiêu chí số 2 về giao thông" is traffic, no assignment.
const OTHER_PERCENT = new RegExp(String.raw`${alt(GOAL_OR_COMPARISON_WORDS)}|(?<![\p{L}])giao(?![\p{L}])(?!\s+(?:${alt(NOT_ASSIGNED_GIAO_TAILS)})(?![\p{L}]))`, 'iu');

// A percent that is a bound of a condition, not a value ("đạt tỷ lệ bao phủ từ 95% trở lên", "có tỷ lệ dưới 88%").
const BOUND_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(BOUND_WORDS)}|từ)\s*$`, 'iu');
const BOUND_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(MINIMUM_WORDS)})(?![\p{L}])`, 'iu');

// A last clause that is nothing but a verb handing the percent over (", đạt tỷ lệ 100%", ", chiếm 40%"), and words after
// the percent that make it a rate of a plan or a comparison ("đạt 105% kế hoạch").
const OWN_TAIL = new RegExp(String.raw`,\s*(?:${alt(OWN_PERCENT_CONNECTORS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
const OTHER_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(GOAL_OR_COMPARISON_WORDS)})(?![\p{L}])`, 'iu');

/**
 * Goal words in the fraction's own clause ("11/12 thôn hoàn thành chỉ tiêu được giao, đạt tỷ lệ 100%") say what the
 * counted things did, not what the percent is of: when a last clause of its own hands the percent over (a bare ", đạt
 * tỷ lệ"), with no goal after it, and the percent is at most 100, the percent is the fraction's.
 */
function goalOfOwnClause(text: string, between: string, p: PassageFigure): boolean {
  const tail = between.slice(between.lastIndexOf(','));
  return p.value <= 100 && OWN_TAIL.test(tail) && !OTHER_PERCENT.test(tail) && !OTHER_AFTER.test(text.slice(p.to, p.to + 40));
}

// "từ 50 lao động trở lên", "dưới 10 người trở xuống": a figure that is the open end of a range qualifying a noun.
const OPEN_RANGE_AFTER = new RegExp(String.raw`^\s*[\p{L}\s]{0,30}?${edgeAlt(OPEN_RANGE_TAILS)}(?![\p{L}])`, 'iu');
function openBound(text: string, before: PassageFigure, g: PassageFigure): boolean {
  return BOUND_BEFORE.test(text.slice(before.to, g.from)) && OPEN_RANGE_AFTER.test(text.slice(g.to, g.to + 40));
}

// "… hộ kinh doanh tại 02 chợ …", "… học sinh thuộc 3 trường …": a locative word right before a count.
const PLACED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LOCATED_IN_WORDS)})\s*$`, 'iu');

/**
 * A count of the places the counted things are at ("118/126 hộ kinh doanh tại 02 chợ ký cam kết …, đạt 93,7%"): it names
 * where they are, no whole or part of its own, so it stands between the fraction and its percent as a word would.
 */
function placedCount(text: string, before: PassageFigure, g: PassageFigure): boolean {
  return g.kind === 'count' && PLACED_BEFORE.test(text.slice(before.to, g.from));
}

// "… ít nhất 02 bệnh", "… tối thiểu 02 lần": a least or most word right before a count.
const LEAST_OR_MOST_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LEAST_OR_MOST_WORDS)})\s*$`, 'iu');

/**
 * The least or most of another noun each counted thing had ("58/73 bà mẹ được sàng lọc ít nhất 02 bệnh (…), đạt 79,5%"): a
 * condition naming which things are counted, no whole or part of its own, so it stands between the fraction and its
 * percent as a word would. A count of the fraction's own noun so bounded could be a whole of its own: not passed.
 */
function leastOrMostCount(text: string, f: PassageFigure, before: PassageFigure, g: PassageFigure): boolean {
  return g.kind === 'count' && headOf(g.unit) !== null && headOf(g.unit) !== headOf(f.unit) && LEAST_OR_MOST_BEFORE.test(text.slice(before.to, g.from));
}

/**
 * A percent bounding the counted things' own rate ("12/42 dự án giải ngân trên 60% kế hoạch", "… đạt từ 95% trở lên"): a
 * bound word right before it, a plan word or an open range's tail right after, and nothing handing it over to the fraction
 * ("đạt", "chiếm", "=") between them.
 */
function boundingRate(text: string, f: PassageFigure, before: PassageFigure, g: PassageFigure, next: PassageFigure | undefined): boolean {
  const after = text.slice(g.to, g.to + 40);
  if (!BOUND_BEFORE.test(text.slice(before.to, g.from))) return false;
  if (!CONNECTOR.test(text.slice(f.to, g.from))) return OTHER_AFTER.test(after) || OPEN_RANGE_AFTER.test(after);
  // "9/11 xã đạt trên 50% dự toán được giao, chiếm 86,2%": a verb before a bound of a plan or an estimate is the counted
  // things' own (each reached more than the bound) when a clause of its own hands the next percent over as their share.
  return (OTHER_AFTER.test(after) || ESTIMATE_AFTER.test(after)) && next?.kind === 'percent' && HANDED_AFTER_BOUND.test(text.slice(g.to, next.from));
}
const ESTIMATE_AFTER = new RegExp(String.raw`^\s*%?\s*(?:${alt(EXCEEDED_BASES)})(?![\p{L}])`, 'iu');
// "% dự toán được giao, chiếm ": the bound's own words, then a clause of nothing but a share verb (no figure, no stop between).
const HANDED_AFTER_BOUND = new RegExp(String.raw`^\s*%?[^\d;:.!?()]*,\s*(?:${alt(SHARE_HELD_VERBS)})\s*$`, 'iu');

// ", chiếm 66,7% số thôn": a clause of its own handing a second percent over as a share, right after the first percent.
// The first percent may be the open end of a range ("đạt tỷ lệ bao phủ từ 93% trở lên, chiếm 75% số khu dân cư").
const SHARE_CLAUSE = new RegExp(String.raw`^\s*%?\s*(?:(?:${alt(OPEN_RANGE_TAILS)})\s*)?,\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');

/**
 * "Có 6/9 thôn đạt tỷ lệ tiêm chủng đầy đủ 100%, chiếm 66,7% số thôn": the first percent is a rate each counted thing
 * reached, and the clause right after it hands over the counted things' share of their whole ("chiếm", "bằng"). The
 * fraction's own percent is that share, the next figure after the first percent.
 */
function shareAfterRate(text: string, f: PassageFigure, p: PassageFigure, after: PassageFigure | undefined): PassageFigure | undefined {
  if (after?.kind !== 'percent' || !SHARE_CLAUSE.test(text.slice(p.to, after.from))) return undefined;
  // The first percent names its own rate ("đạt tỷ lệ tiêm chủng đầy đủ 100%"), not a bare ", đạt 93,9%"; the second is a
  // share, no rate of a plan or a comparison ("bằng 102,2% chỉ tiêu" is the fulfilment of the first).
  return NAMED_RATE_BEFORE.test(text.slice(f.to, p.from)) && !OTHER_AFTER.test(text.slice(after.to, after.to + 40)) ? after : undefined;
}

// "…; trong đó 02/04": a part connector right before a figure.
const OF_WHICH_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(OF_WHICH)})\s*$`, 'iu');
const FULL_STOP = /[!?]|\.(?:\s|$)/u;

/**
 * "Số học sinh tham gia BHYT là 3.046/3.120 em, đạt 97,63%; trong đó 02/04 trường đạt tỷ lệ 100%": a "trong đó" fraction
 * counting other things (schools) than the rate stated before it in its sentence (pupils) counts the units that rate is
 * measured in, and a percent in its own clause (no comma between) is the rate each of those units reached, not the
 * fraction's share. Such a percent is left unpaired.
 */
function rateOfCountedUnits(text: string, figs: PassageFigure[], k: number, p: PassageFigure): boolean {
  const f = figs[k];
  if (k === 0 || !f.unit || !OF_WHICH_BEFORE.test(text.slice(figs[k - 1].to, f.from)) || /[,;]/u.test(text.slice(f.to, p.from))) return false;
  for (let j = k - 1; j >= 0; j--) {
    const g = figs[j];
    if (FULL_STOP.test(text.slice(g.to, f.from))) return false;
    if (g.kind === 'fraction' && g.percent !== null) return g.unit !== null && g.unit !== f.unit;
  }
  return false;
}

const PLANNED_WHOLE = new RegExp(String.raw`(?<![\p{L}])theo\s+(?:${alt(TARGET_WORDS)})(?:\s+(?:${alt(PLAN_BASE_TAILS)}))?(?=\s*,)`, 'iu');

// The whole a percent names right after it: "chiếm 60% tổng số hội viên" → "hội viên".
const NAMED_WHOLE_AFTER = new RegExp(String.raw`^\s*(?:${alt(SHARE_OF_WHOLE_WORDS)})\s+(\p{L}+)`, 'iu');
const headOf = (unit: string | null) => unit?.trim().split(/\s+/u)[0]?.toLowerCase() ?? null;

/**
 * "1.110 hội viên tham gia tại 9/9 tổ dân phố, chiếm 60% tổng số hội viên": the percent names its whole, of another noun than
 * the fraction's, and a count of another noun than the fraction's stands before it in its sentence ("1.110 hội viên", or
 * "1.110 thanh niên" of the members' whole); the percent may be that count's share, not the fraction's (9/9 places
 * reached, 60% of the members): unsure, unpaired.
 */
function wholeOfEarlierCount(text: string, figs: PassageFigure[], k: number, p: PassageFigure): boolean {
  const f = figs[k];
  const named = NAMED_WHOLE_AFTER.exec(text.slice(p.to, p.to + 40));
  const head = named?.[1].toLowerCase();
  if (!head || headOf(f.unit) === null || headOf(f.unit) === head) return false;
  for (let j = k - 1; j >= 0; j--) {
    const g = figs[j];
    if (SENTENCE_END.test(text.slice(g.to, f.from))) return false;
    if (g.kind !== 'percent' && g.kind !== 'fraction' && headOf(g.unit) !== null && headOf(g.unit) !== headOf(f.unit)) return true;
  }
  return false;
}

// "bằng 84,2% số đề nghị (", "đạt 85,4% trên số vụ việc đã kết thúc (": a share handed over by its verb, the things it is
// of ("số …", "tổng số …", after "trên"/"của" or not) in words alone, then a bracket opening.
const SHARE_VERB_BEFORE = new RegExp(String.raw`${edgeAlt(SHARE_OF_WHOLE_VERBS, SHARE_REACH_VERBS)}(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
const NAMED_WHOLE_THEN_BRACKET = new RegExp(String.raw`^\s*(?:(?:${alt(WHOLE_OF_PREPOSITIONS)})\s+)?(?:${alt(SHARE_OF_WHOLE_WORDS, SHARE_OF_COUNT_HEADS)})\s+\p{L}[\p{L}\s]{0,40}\(\s*$`, 'iu');

/**
 * "bằng 84,2% số đề nghị (16/19 trường hợp)": a share, the things it is of named in words, then a fraction in brackets: the
 * fraction is the share's own (its part over the things named), as it is right after a bare percent. A goal or a comparison
 * named there ("đạt 95% so với kế hoạch (…)") makes the bracket another figure.
 */
function ownFractionAfterWhole(text: string, q: PassageFigure, f: PassageFigure): boolean {
  const between = text.slice(q.to, f.from);
  return NAMED_WHOLE_THEN_BRACKET.test(between) && !OTHER_PERCENT.test(between) && SHARE_VERB_BEFORE.test(text.slice(Math.max(0, q.from - 24), q.from));
}

/** A fraction in brackets right after a percent, or after the things the percent is of: that percent's own. */
function ownBracketedFraction(text: string, q: PassageFigure, f: PassageFigure): boolean {
  return /^\s*\(\s*$/u.test(text.slice(q.to, f.from)) || ownFractionAfterWhole(text, q, f);
}

/**
 * "… (158/185 vụ), bằng 79,0% số vụ phải giải quyết (158/200 vụ)": a percent whose own fraction stands in brackets right after
 * it is that fraction's rate, and takes no earlier fraction as well.
 */
function hasOwnFraction(text: string, figs: PassageFigure[], p: PassageFigure): boolean {
  const g = figs[figs.indexOf(p) + 1];
  return g?.kind === 'fraction' && ownBracketedFraction(text, p, g);
}

/**
 * Give a fraction the percent stated beside it: after it, when nothing but connecting words lies
 * between ("4.256/5.768 = 73,7%", "…, đạt 99,71%"), or just before it with the fraction in brackets
 * ("đạt 68,5% (2.466/3.600 hồ sơ)", "bằng 84,2% số đề nghị (16/19 trường hợp)").
 */
export function pairPercents(text: string, figs: PassageFigure[]): void {
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (f.kind !== 'fraction') continue;
    // "đạt 41,5% (888/2.140 hộ), chưa đạt mức yêu cầu từ 45% trở lên": a fraction in brackets right after a percent is that percent's own.
    const q = figs[k - 1];
    // A formula over a product ("(36.572 ngày/180 giường x 182 ngày)") is the percent's only when it evaluates to it: another
    // reading of the product (a/b·c) is the writer's too, unsure.
    if (q?.kind === 'percent' && ownBracketedFraction(text, q, f)) {
      if (!f.factors || percentAgrees(f.numerator!, f.denominator!, q.value, q.decimals)) f.percent = q.value;
      continue;
    }
    // "58/64 doanh nghiệp sử dụng từ 50 lao động trở lên …, đạt 90,6%": a bound naming which things are counted ("từ 50
    // lao động trở lên") stands between the fraction and its percent, no figure of its own.
    // "12/42 dự án giải ngân trên 60% kế hoạch, chiếm 28,6%": so is a percent bounding what the counted things did, and
    // "ít nhất 02 bệnh", the least of another noun each counted thing had.
    let next = k + 1;
    while (figs[next] && (figs[next].kind !== 'percent' ? openBound(text, figs[next - 1], figs[next]) || placedCount(text, figs[next - 1], figs[next]) || leastOrMostCount(text, f, figs[next - 1], figs[next]) : boundingRate(text, f, figs[next - 1], figs[next], figs[next + 1]))) next++;
    const p = (figs[next]?.kind === 'percent' ? shareAfterRate(text, f, figs[next], figs[next + 1]) : undefined) ?? figs[next];
    // "3,2/4,0 km kênh mương theo kế hoạch, đạt 85% kế hoạch": the fraction is done over planned, its rate the percent after.
    const between = p ? text.slice(f.to, p.from).replace(PLANNED_WHOLE, ' ') : '';
    const bound = p ? BOUND_BEFORE.test(between) || BOUND_AFTER.test(text.slice(p.to, p.to + 40)) : false;
    if (p?.kind === 'percent' && between.length <= MAX_GAP && !SENTENCE_END.test(between) && CONNECTOR.test(between) && (!OTHER_PERCENT.test(between) || goalOfOwnClause(text, between, p)) && !bound
      && !rateOfCountedUnits(text, figs, k, p) && !rateOfEachCounted(text, f, p) && !wholeOfEarlierCount(text, figs, k, p) && !rateOfOtherWhole(text, q, f, p)
      && !hasOwnFraction(text, figs, p) && (!f.factors || percentAgrees(f.numerator!, f.denominator!, p.value, p.decimals))) {
      f.percent = p.value;
      if (f.label && !p.colonLabel) p.label = f.label;
    }
  }
}

function toFigure(block: Block, passage: Passage, f: PassageFigure, label: string | null, index: number, section: number | null): Figure {
  const from = passage.offset + f.from;
  const to = passage.offset + f.to;
  return {
    index,
    raw: block.text.slice(from, to),
    kind: f.kind,
    value: f.value,
    decimals: f.decimals,
    numerator: f.numerator,
    denominator: f.denominator,
    high: f.high,
    percent: f.percent,
    unit: f.unit,
    label,
    block: block.index,
    section,
    cell: passage.cell,
    span: subSpan(block, from, to),
    spelled: f.spelled ? { value: f.spelled.value, span: subSpan(block, passage.offset + f.spelled.from, passage.offset + f.spelled.to), block: block.index } : null,
    ...(f.slip ? { slip: true as const } : {}),
    ...(f.factors ? { factors: f.factors } : {}),
  };
}

/** The figure is written in digits (not only in words, "ba mươi hộ"). */
export function writtenInDigits(f: Figure): boolean {
  return /\d/.test(f.raw);
}
