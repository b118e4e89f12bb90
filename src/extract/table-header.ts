/**
 * Table headers: which leading rows are header rows, the combined header of
 * each column (merged-cell spill filled in), and each column's role.
 *
 * A merged header cell arrives as one filled cell followed by empty ones
 * ("Số lượng", "", "", ""); an empty header cell takes the text of the nearest
 * filled cell to its left in the same row when a lower header row has text in
 * its column — i.e. when it sits above sub-headers, as a merged cell does.
 */
import type { ColumnMeasure, ColumnRole, TableColumn } from '../model/index.js';
import { cleanCellText } from './table-cells.js';
import {
  alt, AVERAGE_COLUMN_ABBREVIATIONS, NORM_COLUMN_WORDS, PER_TIME_UNITS, PER_UNIT_WORDS, AVERAGE_COLUMN_WORDS, PRICE_COLUMN_WORDS, CHANGE_COLUMN_WORDS, CHANGE_VERBS, COMPARE_TAILS, COUNT_COLUMN_OPENERS,
  CURRENT_COLUMN_WORDS, EARLIER_COLUMN_WORDS, EARLIER_PERIOD_WORDS, FULFILMENT_COLUMN_BASES, GENERIC_COUNT_HEADS, FULFILMENT_COLUMN_OPENERS, GROUP_HEADS, HEADER_CELL_OPENERS, HEADER_CELL_WORDS,
  LABEL_COLUMN_OPENERS, MONEY_COLUMN_WORDS, NOTES_COLUMN_WORDS, PERCENT_WORDS, PERIOD_COLUMN_WORDS, PLAN_ABBREVIATIONS, PLAN_COLUMN_HEADS,
  RANK_COLUMN_WORDS, RATE_WORDS, REGISTERED_CHANGE_LEADS, RESULT_COLUMN_ABBREVIATIONS, RESULT_COLUMN_WORDS, ROW_NUMBER_HEADERS, CUMULATIVE_COLUMN_WORDS,
  TOTAL_COLUMN_HEADERS, UNIT_COLUMN_ABBREVIATIONS, UNIT_COLUMN_WORDS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

/**
 * What a column measures, by the words of its whole header (parts joined), most specific first.
 * A change is tried before a fulfilment so that "Tăng (+), giảm (-) so với dự toán (%)" is a change.
 */
export const MEASURE_WORDS: ReadonlyArray<[ColumnMeasure, RegExp]> = [
  ['unit', new RegExp(String.raw`${alt(UNIT_COLUMN_WORDS)}|${edgeAlt(UNIT_COLUMN_ABBREVIATIONS)}(?![\p{L}])`, 'iu')],
  ['rank', new RegExp(alt(RANK_COLUMN_WORDS), 'iu')],
  ['average', new RegExp(String.raw`${alt(AVERAGE_COLUMN_WORDS, PRICE_COLUMN_WORDS)}|${edgeAlt(AVERAGE_COLUMN_ABBREVIATIONS)}(?![\p{L}])`, 'iu')],
  ['change', new RegExp(String.raw`(?<!(?:${alt(REGISTERED_CHANGE_LEADS)})\s+)(?:${alt(CHANGE_COLUMN_WORDS)})|${edgeAlt(CHANGE_VERBS)}(?! cường)(?![\p{L}])|\+\s*\/\s*-|±|(?<![\p{L}])so (?:(?:${alt(COMPARE_TAILS)}) )?(?:${alt(EARLIER_PERIOD_WORDS)}|năm 20\d\d|20\d\d)`, 'iu')],
  ['fulfilment', new RegExp(String.raw`(?:%|${alt(FULFILMENT_COLUMN_OPENERS)}|th\s*\/).*(?:${alt(FULFILMENT_COLUMN_BASES)}|${edgeAlt(PLAN_ABBREVIATIONS)}(?![\p{L}]))`, 'iu')],
  ['rate', new RegExp(`${alt(RATE_WORDS, PERCENT_WORDS)}|%`, 'iu')],
  ['plan', new RegExp(String.raw`${alt(PLAN_COLUMN_HEADS)}|${edgeAlt(PLAN_ABBREVIATIONS)}(?![\p{L}])`, 'iu')],
  ['result', new RegExp(String.raw`${alt(RESULT_COLUMN_WORDS)}|${edgeAlt(RESULT_COLUMN_ABBREVIATIONS)}(?![\p{L}])`, 'iu')],
  ['money', wordsRe(MONEY_COLUMN_WORDS)],
  ['count', new RegExp(String.raw`^(?:${alt(COUNT_COLUMN_OPENERS)})(?![\p{L}])`, 'iu')],
];

// Words that only a header cell says.
const HEADER_WORD = new RegExp(String.raw`^(?:(?:${alt(HEADER_CELL_WORDS)})(?![\p{L}\d])|${alt(HEADER_CELL_OPENERS)})`, 'iu');
const NUMERIC_CELL = /^[\d\s.,/=%+-]+$/u;

/** True when a row reads as a header row: words only, with a header word or under a merged header. */
export function isHeaderRow(cells: string[], previousWasHeader: boolean): boolean {
  const texts = cells.map(cleanCellText);
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0 || filled.some((t) => NUMERIC_CELL.test(t))) return false;
  if (filled.some((t) => HEADER_WORD.test(t))) return true;
  // A spill row: sub-headers under merged cells leave the leading columns empty.
  return previousWasHeader && texts[0] === '' && (texts[1] ?? '') === '';
}

/** Roles by header words, most specific first; matched on the deepest header part that names one. */
const ROLE_WORDS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['stt', new RegExp(`^(?:${alt(ROW_NUMBER_HEADERS)})$`, 'iu')],
  ['notes', new RegExp(alt(NOTES_COLUMN_WORDS), 'iu')],
  ['unit', new RegExp(`${alt(UNIT_COLUMN_WORDS)}|^(?:${alt(UNIT_COLUMN_ABBREVIATIONS)})$`, 'iu')],
  ['percent', new RegExp(`${alt(RATE_WORDS, PERCENT_WORDS)}|%`, 'iu')],
  ['cumulative', new RegExp(alt(CUMULATIVE_COLUMN_WORDS), 'iu')],
  ['period', new RegExp(alt(PERIOD_COLUMN_WORDS), 'iu')],
  ['target', new RegExp(String.raw`${alt(PLAN_COLUMN_HEADS)}|^(?:${alt(PLAN_ABBREVIATIONS)})(?![\p{L}\d])`, 'iu')],
  ['total', new RegExp(`^(?:${alt(TOTAL_COLUMN_HEADERS)})$`, 'iu')],
  ['label', new RegExp(`^(?:${alt(LABEL_COLUMN_OPENERS)})`, 'iu')],
];
const GROUP = new RegExp(String.raw`^(?:${alt(GROUP_HEADS)})(?![\p{L}\d])`, 'iu');

/** Columns of a table from its header rows (each an array of cell texts). */
export function readColumns(headerRows: string[][], width: number): TableColumn[] {
  const rows = headerRows.map((r) => Array.from({ length: width }, (_, c) => cleanCellText(r[c] ?? '')));
  const filled = rows.map((r) => r.map((t) => t));
  for (let r = 0; r < rows.length; r++) {
    for (let c = 1; c < width; c++) {
      if (filled[r][c] !== '' || !rows.slice(r + 1).some((lower) => lower[c] !== '')) continue;
      let left = c - 1;
      while (left >= 0 && rows[r][left] === '') left--;
      if (left >= 0 && rows.slice(r + 1).some((lower) => lower[left] !== '' || lower[left + 1] !== '')) filled[r][c] = rows[r][left];
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const headers = joinWrapped(dedupe(filled.map((r) => r[c]).filter((t) => t !== '')));
    const groupRow = filled.findIndex((r) => GROUP.test(r[c]));
    const group = groupRow >= 0 && headers.length > 1 && !GROUP.test(headers[headers.length - 1]) ? groupOrigin(rows[groupRow], c) : null;
    const role: ColumnRole = group !== null ? 'part' : roleOf(headers);
    const measure = measureOf(headers.join(' '), role);
    return { index: c, headers, header: headers.join(' / '), role, group, measure, year: yearOf(headers.join(' ')), time: timeOf(headers.join(' '), measure) };
  });
}

const OWN_NOUN_COUNT = new RegExp(String.raw`^số\s+(?!(?:${alt(GENERIC_COUNT_HEADS.map((w) => w.replace(/^số\s+/u, '')))})(?![\p{L}]))\p{L}`, 'iu');

// A header closing on a unit per area or per head ("Năng suất (tạ/ha)", "Thu nhập (triệu đồng/người/năm)"); a unit per
// time ("Rác thu gom (kg/ngày)", "Thời lượng (giờ/năm)") is a flow, and flows of the parts add up to the whole's.
const PER_UNIT_HEADER = new RegExp(String.raw`\([^()]*\p{L}\s*\/\s*(?:${alt(PER_UNIT_WORDS)})(?![\p{L}])[^()]*\)\s*$`, 'iu');

// A norm or level header ("Định mức", "Mức hỗ trợ") closing on a unit per anything, a time too: "(đồng/tháng)".
const NORM_WORD = wordsRe(NORM_COLUMN_WORDS);
const PER_ANY_HEADER = /\([^()]*\p{L}\s*\/\s*\p{L}[^()]*\)\s*$/u;

/**
 * A column of a value per unit, by the unit its header closes on ("Năng suất (tạ/ha)"), or a norm per anything
 * ("Định mức (đồng/tháng)": the rate each pupil gets a month, whatever the months or pupils): each cell is the value of
 * one unit, as a rate row's is, and its total row holds an average, never the column's sum.
 */
export function perUnitColumn(column: TableColumn): boolean {
  return PER_UNIT_HEADER.test(column.header) || (NORM_WORD.test(column.header) && PER_ANY_HEADER.test(column.header));
}

/** A column whose header says its cells are percents ("Tăng, giảm (%)"). */
export function percentHeader(column: TableColumn): boolean {
  return column.header.includes('%');
}

/**
 * A count column naming its own counted noun ("Số hộ được hỗ trợ", "Số người"): its cells count that noun, whatever
 * unit (ĐVT) the row's quantity cells are in, so a row of "kg" and a row of "con" still add up in it.
 */
export function countsOwnNoun(column: TableColumn): boolean {
  return column.measure === 'count' && column.headers.length > 0 && OWN_NOUN_COUNT.test(column.headers[column.headers.length - 1]);
}

// "Năng suất (tạ/ha)", "Mức hỗ trợ (đồng/người/năm)": a unit in brackets per some thing; the first word after the slash.
const PER_UNIT = /\(\s*[^()/%]{1,25}\/\s*(\p{L}+)[^()%]{0,20}\)/u;
const PER_TIME = new RegExp(String.raw`^(?:${alt(PER_TIME_UNITS)})$`, 'iu');
const ADDED = new Set<ColumnMeasure>(['amount', 'count', 'money']);
// A bracket holding nothing but a rate with its value: "(30%)", "(70 %)".
const STATED_RATE = /\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\)/gu;

/**
 * What a column measures: labels, STT and notes measure nothing; otherwise by its header words. An amount whose unit
 * is per some thing ("Năng suất (tạ/ha)") is a value of one unit, like a price: an average, never summed.
 */
export function measureOf(header: string, role: ColumnRole): ColumnMeasure {
  if (role === 'stt' || role === 'label' || role === 'notes') return 'none';
  if (role === 'unit') return 'unit';
  // "Ngân sách xã hưởng (30%)": a rate stated in brackets is the share the cells were worked out at, not what they are
  // (amounts); only "(%)" or the header's own words make a column of rates.
  const words = header.replace(STATED_RATE, ' ');
  const measure = MEASURE_WORDS.find(([, re]) => re.test(words))?.[0] ?? 'amount';
  const per = PER_UNIT.exec(header)?.[1];
  return ADDED.has(measure) && per !== undefined && !PER_TIME.test(per) ? 'average' : measure;
}

function yearOf(header: string): number | null {
  const years = header.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
  return years ? Number(years[years.length - 1]) : null;
}

const EARLIER_COLUMN = wordsRe(EARLIER_COLUMN_WORDS);
const CURRENT_COLUMN = wordsRe(CURRENT_COLUMN_WORDS);
const COMPARED = new Set<ColumnMeasure>(['change', 'fulfilment', 'rate', 'none', 'unit', 'rank']);

// Which period of a comparison a quantity column holds; a header naming both ("Kỳ này so với cùng kỳ") is a comparison.
function timeOf(header: string, measure: ColumnMeasure): TableColumn['time'] {
  if (COMPARED.has(measure)) return null;
  const earlier = EARLIER_COLUMN.test(header);
  const current = CURRENT_COLUMN.test(header);
  return earlier === current ? null : earlier ? 'earlier' : 'current';
}

function roleOf(headers: string[]): ColumnRole {
  for (let k = headers.length - 1; k >= 0; k--) {
    // "(số liệu hoặc tỷ lệ)" explains a column, it does not name its role.
    // "(%)" names a percent column ("Tăng/giảm (%)") and is kept.
    const unit = /\(\s*%\s*\)/u.test(headers[k]) ? ' %' : '';
    const words = headers[k].replace(/\([^)]*\)?/gu, '').replace(/\(\*\)/g, '').trim() + unit;
    const hit = ROLE_WORDS.find(([, re]) => re.test(words));
    if (hit) return hit[0];
  }
  return 'value';
}

// The column where a spilled "Trong đó" cell is written.
function groupOrigin(row: string[], c: number): number {
  let k = c;
  while (k > 0 && row[k] === '') k--;
  return k;
}

// A pdf wraps a header cell over lines ("Kỳ báo", "cáo (số", "liệu hoặc"): a part starting in lower case continues the one above.
function joinWrapped(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (out.length > 0 && /^[\p{Ll}(]/u.test(p)) out[out.length - 1] += ' ' + p;
    else out.push(p);
  }
  return out;
}

// Wrapped header lines in one column repeat nothing; merged spill may repeat a parent: keep the first.
function dedupe(parts: string[]): string[] {
  return parts.filter((p, i) => parts.indexOf(p) === i);
}
