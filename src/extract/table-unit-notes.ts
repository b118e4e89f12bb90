/**
 * A table's unit note: a paragraph of its own just above the table's header ("(ĐVT: triệu đồng)", "Đơn vị tính: tỷ
 * đồng", "(ĐVT: hộ; số tiền: triệu đồng)"). A unit with a scale word tells what the bare numbers of the cells are
 * counted in ("9.846" under "số tiền: triệu đồng" is 9 846 triệu đồng): for the whole table when the note names no
 * part, else for the column whose header, or the row whose label, opens with the part's name ("Số tiền đã chi trả",
 * "Số tiền phạt"). Such a cell figure with no unit of its own takes that unit, its value kept as written (as a fraction's
 * sides are under "triệu đồng"). A rate column ("Tỷ lệ (%)") never takes a whole-table unit, and a table with a unit
 * column of its own ("ĐVT") states each row's unit there, so its note is left alone. Units without a scale word ("ha",
 * "hộ") are left alone too: they change no number.
 *
 * The table may state the scale without a note, and its cells take it the same way: a column header naming a scaled unit
 * in brackets ("Kinh phí bồi thường (triệu đồng)", "9 tháng 2024 (tỷ đồng)") for that column's cells, and a row's ĐVT
 * cell ("| Thu phí vệ sinh | triệu đồng | 165 | 128,6 | 77,9 |") for that row's cells but a rate column's.
 */
import type { Block, Figure, Source } from '../model/index.js';
import { flatPowers } from '../text/normalize.js';
import {
  alt, CURRENCY_MARKS, CURRENCY_WORDS, MONEY_NOTE_COLUMN_WORDS, MONEY_NOTE_QUALIFIERS, MONEY_SCALE_ABBREVIATIONS, NUMBER_SCALE_WORDS, PRICE_COLUMN_WORDS, RATE_WORDS,
  UNIT_COLUMN_ABBREVIATIONS, UNIT_COLUMN_WORDS, UNIT_NOTE_WORDS, edgeAlt,
} from '../text/lexicon.js';
import { measureOf } from './table-header.js';

const NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:\s*([^()]{1,100}?)\s*\)?\s*\.?\s*$`, 'iu');
// "(đơn vị tiền: nghìn đồng)", "Đơn vị tính tiền: triệu đồng": a note whose unit is the money's, for the money columns only.
const MONEY_NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s+(?:${alt(MONEY_NOTE_QUALIFIERS)})\s*:\s*([^()]{1,100}?)\s*\)?\s*\.?\s*$`, 'iu');
/** The name a money note's part goes by: it reaches the money columns (MONEY_NOTE_COLUMN_WORDS), no other. */
const MONEY_PART = '\u0000money';
const MONEY_COLUMN = new RegExp(String.raw`${edgeAlt(MONEY_NOTE_COLUMN_WORDS, PRICE_COLUMN_WORDS)}(?![\p{L}])`, 'iu');
// "tr.đ", "trđ", "ng.đồng": a scale word shortened right before the currency (MONEY_SCALE_ABBREVIATIONS), read in full.
const SHORT_SCALED_UNIT = new RegExp(String.raw`^(${alt(Object.keys(MONEY_SCALE_ABBREVIATIONS))})\s*\.?\s*(?:${alt(CURRENCY_WORDS, CURRENCY_MARKS)})$`, 'iu');
const fullUnit = (unit: string): string => {
  const m = SHORT_SCALED_UNIT.exec(unit);
  return m ? `${MONEY_SCALE_ABBREVIATIONS[m[1].toLowerCase()]} đồng` : unit;
};
const NAMED_PART = /^([\p{L}][\p{L}\s]{1,40}?)\s*:\s*(.+)$/u;
const SCALED_UNIT = new RegExp(String.raw`^(?:${alt(NUMBER_SCALE_WORDS)})\s+\p{L}`, 'iu');
const RATE_HEADER = new RegExp(String.raw`%|${alt(RATE_WORDS)}`, 'iu');
const UNIT_HEADER = new RegExp(String.raw`^\s*(?:${alt(UNIT_COLUMN_WORDS, UNIT_COLUMN_ABBREVIATIONS)})\s*$`, 'iu');
/** Blocks between a unit note and its table's first row at most (a pdf may split the note from the header). */
const NOTE_REACH = 2;
/** A cell of nothing but a number: a body row holds one, a header row none. */
const NUMBER_CELL = /^\s*[-+]?\d[\d.,\s\u00A0\u202F]*%?\s*$/u;

// A header closed by a bracketed unit with no digit and no money word ("(người)", "(ha)"), its cells counted in that unit.
const BRACKET_UNIT = /\(\s*(\p{L}[\p{L}\s./]{0,14}?)\s*\)\s*$/u;
const MONEY_WORD = new RegExp(String.raw`${edgeAlt(NUMBER_SCALE_WORDS, CURRENCY_WORDS, CURRENCY_MARKS, Object.keys(MONEY_SCALE_ABBREVIATIONS))}(?![\p{L}])`, 'iu');
/** The one unit a paragraph states as a table's unit note ("(ĐVT: ca)" → "ca"), or null (none, or one per named part). */
export function noteUnit(text: string): string | null {
  const m = NOTE.exec(text);
  return m && !NAMED_PART.test(m[1]) && !/[;,]/u.test(m[1]) ? flatPowers(m[1].trim()) : null;
}

/** Whether a column header names a unit of its own in brackets that is no money ("Số đối tượng (người)", "Diện tích (ha)"). */
export const ownUnit = (header: string): boolean => {
  const m = BRACKET_UNIT.exec(header);
  return m !== null && !MONEY_WORD.test(m[1]);
};

interface TableUnits {
  /** The unit of every cell, when the note names no part. */
  whole: string | null;
  /** Units by column index and by row block ('' for a column that takes none: a rate, a unit of its own). */
  columns: Map<number, string>;
  rows: Map<number, string>;
  /** Units a row states in its own ĐVT cell ("triệu đồng"), by row block: every amount of the row but a rate's. */
  rowCells: Map<number, string>;
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The note's parts: [name or null, unit], scaled units only. */
function noteParts(text: string): Array<[string | null, string]> {
  const t = text.normalize('NFC');
  const money = MONEY_NOTE.exec(t);
  if (money) {
    const unit = fullUnit(money[1].trim());
    return !NAMED_PART.test(unit) && !/[;,]/u.test(unit) && SCALED_UNIT.test(unit) ? [[MONEY_PART, unit]] : [];
  }
  const m = NOTE.exec(t);
  if (!m) return [];
  const out: Array<[string | null, string]> = [];
  for (const part of m[1].split(';')) {
    const named = NAMED_PART.exec(part.trim());
    const [name, unit] = named ? [fold(named[1]), fullUnit(named[2].trim())] : [null, fullUnit(part.trim())];
    if (SCALED_UNIT.test(unit)) out.push([name, unit]);
  }
  return out;
}

// "Bảng 2. Kinh phí đầu tư … (triệu đồng)", "Biểu 1. … (giá so sánh 2010, đơn vị: tỷ đồng)", "… (Đơn vị tính: triệu
// đồng)": a caption closed by a bracket that is nothing but a scaled money unit, or whose last clause is a unit note. The
// bracket must not follow a number ("đạt 1.250 (triệu đồng)" is a prose figure's unit), nor close a long sentence.
const CLOSING_BRACKET = /\(\s*([^()]{1,120}?)\s*\)\s*[.:]?\s*$/u;
const BARE_MONEY_UNIT = new RegExp(String.raw`^(?:(?:${alt(NUMBER_SCALE_WORDS)})\s+)+(?:${alt(CURRENCY_WORDS)})$`, 'iu');
const NOTE_CLAUSE = new RegExp(String.raw`(?:^|[,;]\s*)((?:${alt(UNIT_NOTE_WORDS)})(?:\s+(?:${alt(MONEY_NOTE_QUALIFIERS)}))?\s*:.*)$`, 'iu');
const CAPTION_LENGTH = 250;
// A number closing the words before the bracket, a year or a school year aside ("năm học 2023-2024", "Quý I/2025").
const AMOUNT_BEFORE = /(?<![\d/-])(?!(?:\d{1,2}\/){0,2}(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$)\d[\d.,/-]*\s*$/u;
function captionParts(text: string): Array<[string | null, string]> {
  const t = text.normalize('NFC').trim();
  if (t.length > CAPTION_LENGTH) return [];
  const m = CLOSING_BRACKET.exec(t);
  if (!m || AMOUNT_BEFORE.test(t.slice(0, m.index))) return [];
  const inner = m[1].replace(/\s+/gu, ' ');
  if (BARE_MONEY_UNIT.test(inner)) return [[null, inner]];
  const clause = NOTE_CLAUSE.exec(inner);
  return clause ? noteParts(clause[1]) : [];
}

// "Kinh phí bồi thường (triệu đồng)", "9 tháng 2024 (tỷ đồng)": a header's bracket holding nothing but a scaled unit.
const HEADER_BRACKET = /\(\s*([^()]{1,30}?)\s*\)/gu;
// "(ĐVT: triệu đồng)", "(đơn vị tiền: tr.đ)": a header's bracket may hold a unit note, its unit read as a bare one.
const NOTE_LEAD = new RegExp(String.raw`^(?:${alt(UNIT_NOTE_WORDS)})(?:\s+(?:${alt(MONEY_NOTE_QUALIFIERS)}))?\s*:\s*`, 'iu');
/** The one scaled unit a column header names in brackets ("Kinh phí (triệu đồng)" → "triệu đồng", "(tr.đ)" too), or null. */
export function headerScaledUnit(header: string): string | null {
  const units = new Set<string>();
  for (const m of header.normalize('NFC').matchAll(HEADER_BRACKET)) {
    const unit = fullUnit(m[1].replace(NOTE_LEAD, '').trim());
    if (SCALED_UNIT.test(unit) && !/\d/u.test(unit)) units.add(fold(unit));
  }
  return units.size === 1 ? [...units][0] : null;
}

/** A count column by its header ("Số cuộc thanh tra", "Số lượng"), no money one ("Số tiền thu hồi"). */
const countColumn = (header: string): boolean => header !== '' && measureOf(header, 'value') === 'count';

/** The scaled units a table's note, its column headers or its rows' ĐVT cells give its cells, or null for none. */
function tableUnits(blocks: readonly Block[], rows: Block[]): TableUnits | null {
  const first = rows[0].index;
  const headerEnd = rows.findIndex((r) => (r.cells ?? []).some((c) => NUMBER_CELL.test(c)));
  const header = rows.slice(0, headerEnd);
  const body = headerEnd < 0 ? [] : rows.slice(headerEnd);
  const headerOf = (i: number) => fold(header.map((r) => r.cells?.[i] ?? '').join(' '));
  const width = Math.max(0, ...rows.map((r) => r.cells?.length ?? 0));
  const indices = Array.from({ length: width }, (_, i) => i);
  const unitColumn = indices.find((i) => header.some((r) => UNIT_HEADER.test(r.cells?.[i] ?? '')));
  const units: TableUnits = { whole: null, columns: new Map(), rows: new Map(), rowCells: new Map() };
  // A table with a unit column of its own ("ĐVT") states each row's unit there, its note left alone.
  // The note may stand above or below the table's caption, or close the caption itself in brackets (captionParts).
  let parts: Array<[string | null, string]> = [];
  for (let k = first - 1; unitColumn === undefined && k >= Math.max(0, first - NOTE_REACH) && blocks[k].kind === 'paragraph'; k--) {
    parts = noteParts(blocks[k].text);
    if (parts.length || NOTE.test(blocks[k].text.normalize('NFC')) || MONEY_NOTE.test(blocks[k].text.normalize('NFC'))) break;
    parts = captionParts(blocks[k].text);
    if (parts.length) break;
  }
  for (const [name, unit] of parts) {
    if (name === null) {
      units.whole = unit;
      continue;
    }
    // "(đơn vị tiền: nghìn đồng)": the money columns ("Thành tiền", "Kinh phí"), never a count, a rate or a unit of its own;
    // when no header names money ("Cùng kỳ năm 2023", "6 tháng năm 2024"), every column but those.
    if (name === MONEY_PART) {
      const priced = (i: number) => !RATE_HEADER.test(headerOf(i)) && !ownUnit(headerOf(i)) && !countColumn(headerOf(i));
      const money = indices.filter((i) => priced(i) && MONEY_COLUMN.test(headerOf(i)));
      for (const i of money.length ? money : indices.filter(priced)) units.columns.set(i, unit);
      continue;
    }
    for (const i of indices) if (headerOf(i).startsWith(name)) units.columns.set(i, unit);
    for (const r of rows) if ((r.cells ?? []).some((c) => fold(c).startsWith(name) && !NUMBER_CELL.test(c))) units.rows.set(r.index, unit);
  }
  // "Kinh phí (triệu đồng)": a column whose header names a scaled unit in brackets counts its bare numbers in it.
  for (const i of indices) {
    const own = headerScaledUnit(headerOf(i));
    if (own !== null && !units.columns.has(i)) units.columns.set(i, own);
  }
  // "| Thu phí vệ sinh | triệu đồng | 165 | 128,6 | 77,9 |": a row's ĐVT cell naming a scaled unit counts the row's amounts in it.
  if (unitColumn !== undefined) {
    for (const r of body) {
      const cell = (r.cells?.[unitColumn] ?? '').trim();
      if (SCALED_UNIT.test(cell) && !/\d/u.test(cell)) units.rowCells.set(r.index, fold(cell));
    }
  }
  // "| 4 | Thiệt hại tài sản (triệu đồng) | 412,5 | 386,0 | -26,5 | -7,4% |": a row whose label names a scaled unit in
  // brackets counts its amounts in it, as a row's ĐVT cell does (a rate column's aside).
  for (const r of body) {
    if (units.rowCells.has(r.index)) continue;
    const labels = (r.cells ?? []).filter((c) => /\p{L}/u.test(c) && !NUMBER_CELL.test(c));
    const own = labels.length === 1 ? headerScaledUnit(labels[0]) : null;
    if (own !== null) units.rowCells.set(r.index, own);
  }
  // A rate column ("Tỷ lệ (%)") takes no table or row unit, nor does one naming a unit of its own in brackets, no money
  // ("Số đối tượng (người)" under "(ĐVT: triệu đồng)"), nor a count column ("Số cuộc", "Số lượng"), nor the unit column itself.
  if (units.whole || units.rowCells.size) {
    for (const i of indices) if (i === unitColumn || RATE_HEADER.test(headerOf(i)) || ownUnit(headerOf(i)) || countColumn(headerOf(i))) units.columns.set(i, '');
  }
  return units.whole || units.columns.size || units.rows.size || units.rowCells.size ? units : null;
}

/** Give the cell figures of tables under a scaled unit note that unit (see the module comment). */
export function applyTableUnitNotes(source: Source, figures: Figure[]): void {
  const rowsOf = new Map<number, Block[]>();
  for (const b of source.blocks) {
    if (b.kind !== 'row' || b.table === undefined) continue;
    const list = rowsOf.get(b.table);
    if (list) list.push(b);
    else rowsOf.set(b.table, [b]);
  }
  const units = new Map<number, TableUnits | null>();
  for (const f of figures) {
    if (f.cell === null || f.unit !== null || (f.kind !== 'count' && f.kind !== 'decimal')) continue;
    const block = source.blocks[f.block];
    if (block.table === undefined) continue;
    if (!units.has(block.table)) units.set(block.table, tableUnits(source.blocks, rowsOf.get(block.table)!));
    const u = units.get(block.table);
    if (!u) continue;
    const column = u.columns.get(f.cell);
    const unit = u.rows.get(block.index) ?? (column === '' ? null : u.rowCells.get(block.index)) ?? column ?? u.whole;
    if (unit) f.unit = unit;
  }
}
