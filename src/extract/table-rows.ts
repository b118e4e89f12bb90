/**
 * Row structure of a table: which rows are totals, how deep each row sits in
 * the table's outline, which row heads its group, and each row's unit (ĐVT).
 *
 * Depth comes from the STT styles in order of first use, as heading numbers
 * do: "I" then "1" then "1.1" then "a" then "-" go one level deeper each time
 * a new style appears, and a style seen before returns to its level. A row
 * with no STT column whose label opens with a number ("1. Trạm y tế xã A") takes that number for its STT. A row
 * with no STT in a table whose other rows are numbered has an unclear place
 * (level null), unless its label starts with a bullet ("- ", "+ ") or is a caption in capitals
 * right above numbered rows ("CÔNG GIÁO" over "1", "2"), which heads them at the top level; in a table
 * with no STT numbers, plain rows are the top level and bullet rows below. A
 * total row over bullet rows that other rows follow heads those bullet rows.
 * A "Trong đó" row without STT ("Trong đó:", "Trong đó: nữ", "Riêng …") sits
 * one level below the row above it: some of that row, never an item of the table.
 */
import type { Table, TableColumn, TableRow } from '../model/index.js';
import { partitionOf } from './claims-parts.js';
import { alt, BARE_TOTAL_SCOPES, COUNTED_NOUNS, CURRENCY_WORDS, PEOPLE_COUNTED_NOUNS, PER_UNIT_WORDS, ROW_COUNT_LEADS, ROW_EXTRA_NOUNS, PIECE_UNITS, PROPERTY_ROW_LEADS, RATE_ROW_COMPARE_LEADS, RATE_ROW_WORDS, FULFILMENT_COLUMN_BASES, PLAN_ABBREVIATIONS, SOME_OF_WORDS, SUBSET_RANGE_FROM, SUBSET_RANGE_TO, SUBSET_REST_WORDS, TOTAL_ROW_LABELS, TOTAL_WORD_COMPOUNDS, UNIT_LEVEL_WORDS, WHOLE_SCOPE_ROW_LABELS, WHOLE_UNIT_ROW_LEADS } from '../text/lexicon.js';
import { groupBySums } from './table-sum-groups.js';
import { flatPowers } from '../text/normalize.js';

/**
 * "Quyết Tiến 317 | | 289": a row whose cell in `column` is empty while its label ends in a number has had its value run
 * into the label (a pdf row read with a cell missing); the column's sum over it is unknown.
 */
export function valueInLabel(row: TableRow, column: number): boolean {
  return row.cells[column]?.kind === 'empty' && /\p{L}\s+\d[\d.,]*$/u.test(row.label.trim());
}

/** Words of a row that totals the table (or the block since the previous total row). */
export const TOTAL_ROW_WORDS = new RegExp(String.raw`^(?!(?:${alt(TOTAL_WORD_COMPOUNDS)})(?![\p{L}\d]))(?:${alt(TOTAL_ROW_LABELS)})(?![\p{L}\d])`, 'iu');
/** Bullets that mark a row one level below the rows around it. */
const BULLET = /^([-–—+*•])\s*(?=\S)/u;
const ROMAN = /^[IVXLC]+$/u;
const PLAIN = 'plain';
const CAPS = 'caps';
/** A label written all in capitals, two letters at least ("CÔNG GIÁO", "VỐN SỰ NGHIỆP"): a group's caption. */
const CAPS_LABEL = /^(?=(?:[^\p{L}]*\p{L}){2})[^\p{Ll}]+$/u;
const TOTAL_HEAD = 'total';
const BULLET_STYLES = new Set(['-', '+', '*', 'a']);

/** A total word and nothing else of note: "Tổng số", "Tổng cộng:", "Cộng toàn xã". */
export const BARE_TOTAL = new RegExp(String.raw`^(?:${alt(TOTAL_ROW_LABELS)})\s*(?:chung|(?:${alt(BARE_TOTAL_SCOPES)})\s.*)?\s*:?\s*$`, 'iu');

// "Toàn xã", "Toàn thị xã:": a label that names the whole the rows split and nothing else.
const WHOLE_SCOPE_ROW = new RegExp(String.raw`^(?:${alt(WHOLE_SCOPE_ROW_LABELS)})\s*:?\s*$`, 'iu');
/** The label names only the whole the rows split ("Toàn xã"), no total word: the row states the whole's own figures. */
export const namesWholeScope = (label: string): boolean => WHOLE_SCOPE_ROW.test(label);

/** A row naming the whole unit and nothing else: "Toàn xã", "Toàn huyện:", "Cả thị xã" closing the rows of its parts. */
const WHOLE_UNIT_ROW = new RegExp(String.raw`^\s*(?:${alt(WHOLE_UNIT_ROW_LEADS)})\s+(?:${alt(UNIT_LEVEL_WORDS)})\s*:?\s*$`, 'iu');

/** A total row that names the whole unit ("Toàn phường"), whose cells may hold the unit's own rates beside its sums. */
export function namesWholeUnit(row: Pick<TableRow, 'stt' | 'label'>): boolean {
  return WHOLE_UNIT_ROW.test(row.label.trim() === '' ? row.stt : row.label);
}

/**
 * True when a row totals its table: "Tổng cộng", "Cộng", "Tổng số" … in a row without an STT number, or a
 * numbered row saying only that ("5 | Tổng cộng"); a numbered "1 | Tổng lượt khách" heads its group (1.1, 1.2).
 * structureRows turns a numbered bare total over deeper rows into the head of those rows. A row without an STT
 * labelled only with the whole the rows split ("Toàn xã", "Toàn trường"), or naming only the whole unit ("Cả huyện"),
 * totals them too.
 */
export function isTotalRow(stt: string, label: string, firstText: string): boolean {
  if (WHOLE_SCOPE_ROW.test(label) && sttStyle(stt, '') === null) return true;
  if (WHOLE_UNIT_ROW.test(firstText) && (label.trim() === '' || WHOLE_UNIT_ROW.test(label))) return true;
  if (!TOTAL_ROW_WORDS.test(label) && !TOTAL_ROW_WORDS.test(firstText)) return false;
  return sttStyle(stt, '') === null || BARE_TOTAL.test(label);
}

const ADDEND = String.raw`\(?\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]+|[A-Za-zđ])\s*\)?`;
const ADDENDS = new RegExp(String.raw`^[\s(=:]*(${ADDEND}(?:\s*\+\s*${ADDEND})+)[\s)]*:?\s*$`, 'u');

/**
 * The STT numbers a total row names as what it adds: "Cộng (2+3)", "Tổng cộng (I + II)", "Tổng số = (1) + (2)" give
 * ["2", "3"], ["I", "II"], ["1", "2"]; null when the label names none. Such a total sums those rows only: the rows between
 * them are a breakdown of another kind ("Trong đó" parts of row 1 beside its split by manager in rows 2 and 3).
 */
export function namedAddends(label: string): string[] | null {
  const m = TOTAL_ROW_WORDS.exec(label);
  if (!m) return null;
  const formula = ADDENDS.exec(label.slice(m.index + m[0].length));
  return formula ? formula[1].split('+').map((a) => a.replace(/[()\s]/gu, '')) : null;
}

const SUBSET_RANGE = new RegExp(String.raw`(?:^|[\s(])(?:(?:${alt(SUBSET_RANGE_FROM)})\s*(\d{1,3})\s*(?:${alt(SUBSET_RANGE_TO)})|\((\d{1,3})\s*(?:${alt(SUBSET_RANGE_TO)}))\s*(\d{1,3})(?![\d.,]\d|\d)(?!\s*(?:%|\p{L}))`, 'iu');
const SUBSET_COUNT = /^\s*(\d{1,3})\s+(\p{L}+)/u;
const SUBSET_REST = new RegExp(String.raw`(?<![\p{L}])(?:${alt(SUBSET_REST_WORDS)})(?![\p{L}])`, 'iu');

/** What a total row says it adds when it adds only some rows: their STT range, how many they are, or "the rest". */
export interface NamedSubset {
  /** First and last STT of the rows added ("Cộng (từ 2 đến 10)"), when the label names them. */
  range: readonly [number, number] | null;
  /** How many rows are added ("Cộng 09 xã"), when the label says so. */
  count: number | null;
  /** The noun counted ("xã"): a count of rows only when rows' labels open with it ("Xã Phú An"), never "Cộng 9 tháng". */
  noun: string | null;
  /** The label adds "the rest" ("Cộng các xã còn lại"): some rows, which only a range tells. */
  rest: boolean;
}

/**
 * A total row adding only some of the rows above it names them: "Cộng 09 xã (từ 2 đến 10)" gives range [2, 10] and count 9,
 * "Cộng các xã còn lại" rest; null when the label names no subset (a plain "Tổng cộng").
 */
export function namedSubset(label: string): NamedSubset | null {
  const m = TOTAL_ROW_WORDS.exec(label);
  if (!m) return null;
  const tail = label.slice(m.index + m[0].length);
  const r = SUBSET_RANGE.exec(tail);
  const from = r ? Number(r[1] ?? r[2]) : NaN;
  const to = r ? Number(r[3]) : NaN;
  const range = r && from < to ? ([from, to] as const) : null;
  const c = SUBSET_COUNT.exec(tail);
  const count = c ? Number(c[1]) : null;
  const rest = SUBSET_REST.test(tail);
  return range || count !== null || rest ? { range, count, noun: c ? c[2].toLowerCase() : null, rest } : null;
}

/** The subtotal's counted noun opens the label of one of `rows` at least ("Cộng 09 xã" over "Xã Phú An"): it counts rows. */
export function countsRows(subset: NamedSubset, rows: readonly TableRow[]): boolean {
  const noun = subset.noun;
  return noun !== null && rows.some((row) => row.label.trim().toLowerCase().startsWith(`${noun} `));
}

/**
 * The rows above row `r` that a subtotal's STT range names ("Cộng (từ 2 đến 4)": the rows numbered 2, 3 and 4), when each
 * number is there once and their count is the one the label says if it says one; null otherwise.
 */
export function rowsInRange(rows: readonly TableRow[], r: number, subset: NamedSubset): number[] | null {
  if (subset.range === null) return null;
  const [from, to] = subset.range;
  const inRange = (row: TableRow) => {
    const n = sttNumber(row);
    return !row.total && n !== null && n >= from && n <= to;
  };
  const found = rows.map((row, k) => (k < r && inRange(row) ? k : -1)).filter((k) => k >= 0);
  const numbers = new Set(found.map((k) => sttNumber(rows[k])));
  const whole = found.length === to - from + 1 && numbers.size === found.length && (subset.count === null || subset.count === found.length);
  return whole ? found : null;
}
const sttNumber = (row: TableRow): number | null => {
  const s = row.stt.replace(/[.)]$/u, '').trim();
  return /^\d{1,3}$/u.test(s) ? Number(s) : null;
};

/** The numbering style of an STT ("I", "1", "1.1", "a", "-"), or null when there is none. */
export function sttStyle(stt: string, label: string): string | null {
  const s = stt.replace(/[.)]$/u, '').trim();
  if (s === '') {
    const b = BULLET.exec(label);
    return b ? bulletStyle(b[1]) : null;
  }
  return numberStyle(s);
}

// "1. Bệnh viện đa khoa", "1.2. Ngô", "II. Thu bổ sung": a number closed by a dot or bracket opening a label, in a table
// without an STT column, is the row's STT written into its label cell.
const LABEL_STT = /^(\d{1,3}(?:\.\d{1,3})*|[IVX]{1,4})[.)]\s+(?=\p{L})/u;

/** The numbering style of a row: its STT's, else a bullet or a number opening its label ("1. Trạm y tế xã A"). */
function rowStyle(row: Pick<TableRow, 'stt' | 'label'>): string | null {
  if (row.stt.trim() !== '') return sttStyle(row.stt, row.label);
  const own = LABEL_STT.exec(row.label);
  return own ? numberStyle(own[1]) : sttStyle('', row.label);
}

function numberStyle(s: string): string | null {
  if (/^[-–—+*•]$/u.test(s)) return bulletStyle(s);
  if (ROMAN.test(s)) return 'I';
  if (/^[A-Z]$/u.test(s)) return 'A';
  if (/^\d{1,3}$/u.test(s)) return '1';
  const dotted = /^\d{1,3}((?:\.\d{1,3})+)$/u.exec(s);
  if (dotted) return `1${'.1'.repeat(dotted[1].split('.').length - 1)}`;
  if (/^[a-zđ]$/u.test(s)) return 'a';
  return null;
}

/**
 * "A", "B", then "C" (or "D", "I", "L", "M", "V", "X" … in their turn): a single capital that is also a Roman numeral is the
 * next letter of the rows lettered before it ("A | Dự án chuyển tiếp", "B | Khởi công mới", "C | Thanh toán …") when the
 * last lettered row above it is the letter right before it, not a Roman "C" (100) one level deeper.
 */
function lettersInTurn(rows: TableRow[], styles: (string | null)[]): void {
  let last: string | null = null;
  rows.forEach((r, k) => {
    const s = r.stt.replace(/[.)]$/u, '').trim();
    if (!/^[A-Z]$/u.test(s) || r.total) return;
    if (styles[k] === 'I' && last !== null && s.charCodeAt(0) === last.charCodeAt(0) + 1) styles[k] = 'A';
    if (styles[k] === 'A') last = s;
  });
}

const bulletStyle = (b: string) => (b === '+' ? '+' : b === '*' || b === '•' ? '*' : '-');

/** Fill level, parent and head of every row in place (units are read by the caller). */
export function structureRows(rows: TableRow[]): void {
  // "1 | Tổng số" over "1.1", "1.2" rows heads them rather than totalling the table.
  rows.forEach((row, k) => {
    const own = row.total ? sttStyle(row.stt, '') : null;
    const next = own !== null && k + 1 < rows.length ? sttStyle(rows[k + 1].stt, rows[k + 1].label) : null;
    if (next !== null && next !== own) row.total = false;
  });
  // Without any STT number, plain rows are the top level and bullet rows ("- Chi giáo dục") sit below them.
  const numbered = rows.some((r) => !r.total && (r.stt !== '' ? sttStyle(r.stt, '') !== null : LABEL_STT.test(r.label)));
  const styles = rows.map((r) => (r.total ? null : rowStyle(r) ?? (numbered ? null : PLAIN)));
  lettersInTurn(rows, styles);
  // "| CÔNG GIÁO | 3 | 7 633" over "1 | Giáo xứ …" rows: a caption in capitals without STT, right above numbered rows, heads
  // them at the top level (the next caption closes the group).
  rows.forEach((r, k) => {
    if (styles[k] === null && !r.total && numbered && r.stt.trim() === '' && CAPS_LABEL.test(r.label.trim()) && styles[k + 1] != null) styles[k] = CAPS;
  });
  const stack: string[] = [];
  const heads: number[] = [];
  rows.forEach((row, k) => {
    row.level = null;
    row.parent = null;
    row.head = false;
    if (row.total) {
      stack.length = 0;
      heads.length = 0;
      // "Tổng số lượt khách" over "- Quốc tế", "- Nội địa": a total row over bullet rows heads them only.
      const next = styles[k + 1];
      if (next !== undefined && next !== null && BULLET_STYLES.has(next) && styles.slice(k + 1).some((s) => s !== null && !BULLET_STYLES.has(s))) {
        stack.push(TOTAL_HEAD);
        heads[0] = k;
        row.level = 0;
      }
      return;
    }
    // "Trong đó:" (or "Riêng …") without STT, right under a row: it and the rows it opens are some of that row, never
    // the table's own items; it sits one level below that row, whose group it joins.
    if (ofWhich(rows, styles, k)) {
      row.level = rows[k - 1].level! + 1;
      row.parent = k - 1;
      return;
    }
    const style = styles[k];
    // No STT among numbered rows: unclear.
    if (style === null) return;
    if (style === PLAIN || style === CAPS) stack.length = 0;
    const at = stack.indexOf(style);
    if (at >= 0) {
      stack.length = at + 1;
      heads.length = at;
    } else {
      stack.push(style);
    }
    row.level = stack.length - 1;
    row.parent = row.level > 0 ? heads[row.level - 1] ?? null : null;
    heads[row.level] = k;
  });
  rows.forEach((row) => {
    if (row.parent !== null) rows[row.parent].head = true;
  });
  groupBySums(rows);
}

/** Row k is a "Trong đó" row without STT or bullet right under a row of known place. */
function ofWhich(rows: TableRow[], styles: (string | null)[], k: number): boolean {
  const row = rows[k];
  return k > 0 && !row.total && row.stt.trim() === '' && (styles[k] === null || styles[k] === PLAIN) && rows[k - 1].level !== null && isSomeOfRow(row.label);
}

// A percent sign standing alone, not after a figure ("% so với cùng kỳ", "Đạt (%) KH", "Tăng (%)"; never "đạt 100% tiêu chí").
const RATE_ROW = new RegExp(String.raw`${alt(RATE_ROW_WORDS)}|(?:^|[\s(])(?<!\d\s)%(?=$|[\s),;:])|\/\s*(?:${alt(PER_UNIT_WORDS)})(?!\p{L})`
  + String.raw`|^[-–+•*\s]*(?:${alt(RATE_ROW_COMPARE_LEADS)})\s+(?:${alt(FULFILMENT_COLUMN_BASES)}|${alt(PLAN_ABBREVIATIONS)})(?![\p{L}])`, 'iu');
const PIECES = new Set<string>(PIECE_UNITS);
const SOME_OF = new RegExp(String.raw`^(?:${alt(SOME_OF_WORDS)})(?![\p{L}])`, 'iu');

/**
 * A row that is a rate or an average, never an amount to add, down its column or across its columns: its label ("Tỷ lệ …",
 * "Tỷ trọng", "… (%)", "% so với cùng kỳ", "So với KH", "tạ/ha") or its unit ("%", "kg/người").
 */
export function isRateRow(row: Pick<TableRow, 'label' | 'unit'>): boolean {
  return RATE_ROW.test(row.label) || /^%$|\/|%/u.test(row.unit);
}

/** A row unit as a comparable key: lower case, single spaces, every piece unit ("cái", "chiếc", "bộ") as one. */
export function unitKey(unit: string): string {
  const u = flatPowers(unit.toLowerCase().replace(/\s+/g, ' ').trim());
  return PIECES.has(u) ? 'cái' : u;
}

/** A row label saying its members are only some of the whole ("Trong đó", "Riêng", "Ngoài ra"). */
export function isSomeOfRow(label: string): boolean {
  return SOME_OF.test(label);
}

const PROPERTY_ROW = new RegExp(String.raw`^[-–—+*•]?\s*(?:${alt(PROPERTY_ROW_LEADS)})(?![\p{L}])`, 'iu');

/**
 * Members of a group row that are subsets of it rather than its parts, so never its sum: none larger than the group, no
 * known split among them ("Nam" / "Nữ"), and either two of them naming a property ("Được khám …", "Có thẻ …", "Đạt
 * chuẩn …") or their sum passing the group by more than the largest of them — more than any one mistyped member explains.
 */
export function membersOverlap(head: number, members: number[], labels: string[]): boolean {
  if (members.length < 2 || members.some((v) => v > head) || rowsCoverSplit(labels)) return false;
  const excess = members.reduce((a, b) => a + b, 0) - head;
  return excess > Math.max(...members) || labels.filter((l) => PROPERTY_ROW.test(l)).length >= 2;
}

/** Rows whose labels cover every member of a known split ("Nam" / "Nữ", "Thành thị" / "Nông thôn"): together they are the whole. */
export function rowsCoverSplit(labels: string[]): boolean {
  return partitionOf(labels.map((l) => l.replace(/^[-–—+*•]\s*/u, ''))) === 'exhaustive';
}

const ROW_NOUN = new RegExp(String.raw`^\s*(?:(?:${alt(ROW_COUNT_LEADS)})\s+)?(${alt(COUNTED_NOUNS, ROW_EXTRA_NOUNS)})(?![\p{L}\d])`, 'iu');
const PEOPLE = new Set<string>(PEOPLE_COUNTED_NOUNS);

/**
 * The counted noun a row counts, read from its label's opening ("Số người được tiếp" → người, "Tổng số đơn tiếp nhận" →
 * đơn, "Lượt tiếp công dân" → lượt), else from its unit ("Tiếp thường xuyên (lượt)"); null when neither says. A noun
 * followed by a capitalised or numbered name ("Xã Tân Lập", "Thôn 3") names one place, not what the row counts; nouns of
 * people are one kind ("người").
 */
export function rowNoun(row: Pick<TableRow, 'label' | 'unit'>): string | null {
  const m = ROW_NOUN.exec(row.label);
  const rest = m ? row.label.slice(m.index + m[0].length).trimStart() : '';
  const noun = m && !/^[\p{Lu}\d]/u.test(rest) ? m[1] : row.unit.trim() || (m ? '' : ledPhrase(row.label));
  const key = unitKey(noun);
  return key === '' ? null : PEOPLE.has(key) ? 'người' : key;
}

const COUNT_LEAD = new RegExp(String.raw`^\s*(?:${alt(ROW_COUNT_LEADS)})\s+`, 'iu');

/**
 * "Số bị can", "Tổng số bị cáo": a count lead before a noun the lexicon does not know names that noun all the same; its
 * first two words stand for it (the lead's words in lower case only, so a place's name is never taken for a noun).
 */
function ledPhrase(label: string): string {
  const lead = BARE_TOTAL.test(label) ? null : COUNT_LEAD.exec(label);
  return lead ? /^\p{Ll}+(?:\s+\p{Ll}+)?/u.exec(label.slice(lead[0].length))?.[0] ?? '' : '';
}

/**
 * A total row that names what it counts ("Tổng số đơn tiếp nhận") above rows that count other things, none of them its
 * noun ("Lượt tiếp công dân", "Số người được tiếp", "Số vụ việc"): a table of separate indicators, one of which is a
 * total of something not itemised there, never the sum of those rows. Two rows at least must name their noun; a row whose
 * noun opens with the total's ("hộ nghèo" under "hộ") or that names none leaves it undecided.
 */
export function totalOfOtherNoun(total: Pick<TableRow, 'label' | 'unit'>, items: ReadonlyArray<Pick<TableRow, 'label' | 'unit'>>): boolean {
  const own = TOTAL_ROW_WORDS.test(total.label) ? rowNoun(total) : null;
  if (own === null) return false;
  const nouns = items.map(rowNoun);
  if (nouns.some((n) => n === null || n === own || n.startsWith(`${own} `) || own.startsWith(`${n} `))) return false;
  return nouns.length >= 2;
}

/**
 * A money column naming its unit ("Giá trị thiệt hại (triệu đồng)") beside a ĐVT column whose rows count things ("ha",
 * "con", "tấn"): the ĐVT is the unit of the quantity columns, and every row's money is in the column's own unit, so the
 * rows add up in it across their different ĐVT (no rate row among them, no row whose ĐVT is itself money).
 */
const MONEY_UNIT = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(CURRENCY_WORDS)})(?![\p{L}])`, 'iu');
export function moneyBesideQuantities(table: Table, column: TableColumn, rows: number[]): boolean {
  if (column.measure !== 'money' || !MONEY_UNIT.test(column.header)) return false;
  const units = rows.map((k) => table.rows[k].unit.trim()).filter((u) => u !== '');
  return units.length > 0 && !units.some((u) => MONEY_UNIT.test(u) || u.includes('%')) && !rows.some((k) => isRateRow(table.rows[k]));
}
