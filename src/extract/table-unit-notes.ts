/**
 * A table's unit note: a paragraph of its own just above the table's header ("(ĐVT: triệu đồng)", "Đơn vị tính: tỷ
 * đồng", "(ĐVT: hộ; số tiền: triệu đồng)"). A unit with a scale word tells what the bare numbers of the cells are
 * counted in ("9.846" under "số tiền: triệu đồng" is 9 846 triệu đồng): for the whole table when the note names no
 * part, else for the column whose header, or the row whose label, opens with the part's name ("Số tiền đã chi trả",
 * "Số tiền phạt"). Such a cell figure with no unit of its own takes that unit, its value kept as written (as a fraction's
 * sides are under "triệu đồng"). A rate column ("Tỷ lệ (%)") never takes a whole-table unit, and a table with a unit
 * column of its own ("ĐVT") states each row's unit there, so its note is left alone. Units without a scale word ("ha",
 * "hộ") are left alone too: they change no number.
 */
import type { Block, Figure, Source } from '../model/index.js';
import { flatPowers } from '../text/normalize.js';
import { alt, CURRENCY_MARKS, CURRENCY_WORDS, MONEY_SCALE_ABBREVIATIONS, NUMBER_SCALE_WORDS, RATE_WORDS, UNIT_COLUMN_ABBREVIATIONS, UNIT_COLUMN_WORDS, UNIT_NOTE_WORDS, edgeAlt } from '../text/lexicon.js';

const NOTE = new RegExp(String.raw`^\s*\(?\s*(?:${alt(UNIT_NOTE_WORDS)})\s*:\s*([^()]{1,100}?)\s*\)?\s*\.?\s*$`, 'iu');
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
  /** Units by column index and by row block. */
  columns: Map<number, string>;
  rows: Map<number, string>;
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The note's parts: [name or null, unit], scaled units only. */
function noteParts(text: string): Array<[string | null, string]> {
  const m = NOTE.exec(text.normalize('NFC'));
  if (!m) return [];
  const out: Array<[string | null, string]> = [];
  for (const part of m[1].split(';')) {
    const named = NAMED_PART.exec(part.trim());
    const [name, unit] = named ? [fold(named[1]), named[2].trim()] : [null, part.trim()];
    if (SCALED_UNIT.test(unit)) out.push([name, unit]);
  }
  return out;
}

/** The scaled units a table's note gives its columns and rows, or null for a table without one. */
function tableUnits(blocks: readonly Block[], rows: Block[]): TableUnits | null {
  const first = rows[0].index;
  let parts: Array<[string | null, string]> = [];
  for (let k = first - 1; k >= Math.max(0, first - NOTE_REACH) && blocks[k].kind === 'paragraph'; k--) {
    parts = noteParts(blocks[k].text);
    if (parts.length) break;
  }
  if (!parts.length) return null;
  const header = rows.slice(0, rows.findIndex((r) => (r.cells ?? []).some((c) => NUMBER_CELL.test(c))));
  const headerOf = (i: number) => fold(header.map((r) => r.cells?.[i] ?? '').join(' '));
  const width = Math.max(0, ...rows.map((r) => r.cells?.length ?? 0));
  if (Array.from({ length: width }, (_, i) => i).some((i) => header.some((r) => UNIT_HEADER.test(r.cells?.[i] ?? '')))) return null;
  const units: TableUnits = { whole: null, columns: new Map(), rows: new Map() };
  for (const [name, unit] of parts) {
    if (name === null) {
      units.whole = unit;
      continue;
    }
    for (let i = 0; i < width; i++) if (headerOf(i).startsWith(name)) units.columns.set(i, unit);
    for (const r of rows) if ((r.cells ?? []).some((c) => fold(c).startsWith(name) && !NUMBER_CELL.test(c))) units.rows.set(r.index, unit);
  }
  // "Số đối tượng (người)" under "(ĐVT: triệu đồng)": a column naming a unit of its own in brackets, no money, counts that.
  if (units.whole) for (let i = 0; i < width; i++) if (RATE_HEADER.test(headerOf(i)) || ownUnit(headerOf(i))) units.columns.set(i, '');
  return units;
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
    const unit = u.rows.get(block.index) ?? u.columns.get(f.cell) ?? u.whole;
    if (unit) f.unit = unit;
  }
}
