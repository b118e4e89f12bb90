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
import { alt, GROUP_HEADS } from '../text/lexicon.js';

/**
 * What a column measures, by the words of its whole header (parts joined), most specific first.
 * A change is tried before a fulfilment so that "Tăng (+), giảm (-) so với dự toán (%)" is a change.
 */
export const MEASURE_WORDS: ReadonlyArray<[ColumnMeasure, RegExp]> = [
  ['unit', /đơn vị tính|(?<![\p{L}])đvt(?![\p{L}])/iu],
  ['rank', /xếp hạng|thứ hạng|xếp loại/iu],
  ['average', /bình quân|trung bình|(?<![\p{L}])bq(?![\p{L}])/iu],
  ['change', /biến động|(?<![\p{L}])(?:tăng|giảm)(?! cường)(?![\p{L}])|\+\s*\/\s*-|±|(?<![\p{L}])so (?:với |sánh (?:với )?)?(?:cùng kỳ|năm trước|kỳ trước|năm 20\d\d|20\d\d)/iu],
  ['fulfilment', /(?:%|tỷ lệ|tỉ lệ|so với|so sánh|đạt|th\s*\/).*(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|(?<![\p{L}])kh(?![\p{L}]))/iu],
  ['rate', /tỷ lệ|tỉ lệ|%|phần trăm/iu],
  ['plan', /kế hoạch|dự toán|chỉ tiêu|mục tiêu|(?<![\p{L}])kh(?![\p{L}])/iu],
  ['result', /thực hiện|kết quả|quyết toán|(?<![\p{L}])th(?![\p{L}])/iu],
  ['money', /(?<![\p{L}])(?:đồng|vnđ|vnd|kinh phí|số tiền|giá trị|doanh thu)(?![\p{L}])/iu],
  ['count', /^(?:số|số lượng)(?![\p{L}])/iu],
];

// Words that only a header cell says.
const HEADER_WORD = /^(?:(?:stt|tt)(?![\p{L}\d])|số thứ tự|thứ tự|nội dung|tên(?![\p{L}\d])|đơn vị tính|đvt|chỉ tiêu|mục tiêu|kế hoạch|kết quả|kỳ báo cáo|lũy kế|luỹ kế|tổng số|trong đó|chia ra|tỷ lệ|tỉ lệ|ghi chú|diễn giải|số lượng|thực hiện|năm(?![\p{L}\d])|nam(?![\p{L}\d])|nữ(?![\p{L}\d])|giải pháp|danh mục|hạng mục|lĩnh vực|so sánh|đơn vị(?![\p{L}\d]))/iu;
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
  ['stt', /^(?:stt|tt|số thứ tự|thứ tự|số tt)$/iu],
  ['notes', /diễn giải|ghi chú|giải thích/iu],
  ['unit', /đơn vị tính|^đvt$/iu],
  ['percent', /tỷ lệ|tỉ lệ|%|phần trăm/iu],
  ['cumulative', /lũy kế|luỹ kế/iu],
  ['period', /kỳ báo cáo|trong kỳ|kết quả|thực hiện|số liệu/iu],
  ['target', /chỉ tiêu|mục tiêu|kế hoạch|dự toán|^kh(?![\p{L}\d])/iu],
  ['total', /^(?:tổng số|tổng cộng|tổng|cộng)$/iu],
  ['label', /^(?:nội dung|tên|danh mục|hạng mục|lĩnh vực)/iu],
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
    return { index: c, headers, header: headers.join(' / '), role, group, measure: measureOf(headers.join(' '), role), year: yearOf(headers.join(' ')) };
  });
}

/** What a column measures: labels, STT and notes measure nothing; otherwise by its header words. */
export function measureOf(header: string, role: ColumnRole): ColumnMeasure {
  if (role === 'stt' || role === 'label' || role === 'notes') return 'none';
  if (role === 'unit') return 'unit';
  return MEASURE_WORDS.find(([, re]) => re.test(header))?.[0] ?? 'amount';
}

function yearOf(header: string): number | null {
  const years = header.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
  return years ? Number(years[years.length - 1]) : null;
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
