/**
 * Tables of a document: the row blocks of each table read into header rows,
 * columns with roles, and body rows with parsed cells.
 *
 * Tolerance for what pdf and docx ingesters give: a table cut by a page break
 * arrives as two tables, the second repeating the header, and is joined back;
 * a pdf row wrapped over lines arrives as a row plus continuation rows (no STT,
 * label starting in lower case), which are folded into the row above.
 *
 * Row structure (levels, group heads, units) is read by table-rows.ts; what
 * each column measures by table-header.ts.
 */
import {
  alt, altInitialCase, BRACKET_NEGATIVE_NOUNS, BRACKET_NEGATIVE_WORDS, BRACKET_NOTE_WORDS, CHANGE_VERBS, LABEL_COLUMN_HEADS, NOT_A_UNIT_JOINS, NOT_A_UNIT_WORDS,
  PLACE_KIND_WORDS, edgeAlt,
} from '../text/lexicon.js';
import type { Block, BlockRange, NumberReading, Source, Table, TableCell, TableColumn, TableRow, Warning } from '../model/index.js';
import { flatPowers } from '../text/normalize.js';
import { readNumberStyle } from './figures.js';
import type { NumberGrammar } from './numbers.js';
import { type BracketSign, cleanCellText, isNumeric, readCell } from './table-cells.js';
import { isHeaderRow, readColumns } from './table-header.js';
import { isTotalRow, structureRows, TOTAL_ROW_WORDS } from './table-rows.js';
import { markPeriodTotals } from './table-period-rows.js';
import { closeBrackets, realignRows, splitSignedRuns } from './table-realign.js';
import { splitRunInUnits } from './table-unit-runin.js';

// An STT cell: 1, 1.2, II, a), or a bullet ("-", "+") marking a member row.
const STT = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]+\.?|[A-Z][.)]?|[a-zđ][.)]?|[-–+*•])$/u;
const STT_LEAD = /^(\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]+\.)\s+(?=\p{L})/u;
const MAX_HEADER_ROWS = 6;
/** Words of a label's closing parenthesis that is no unit: "(nếu có)", "(trong đó nữ)", "(gồm …)". */
const NOT_A_UNIT = new RegExp(String.raw`\s(?:${alt(NOT_A_UNIT_JOINS)})\s|(?:^|\s)(?:${alt(NOT_A_UNIT_WORDS)})`, 'iu');
/** A place named in a label's closing parenthesis, "KVBP số 5 (thôn Đồng Giao)": whose row it is, no unit. */
const NAMED_PLACE = new RegExp(String.raw`^\s*(?:${altInitialCase(PLACE_KIND_WORDS)})\s+\p{Lu}`, 'u');

/** Every table of a document, in order. */
export function extractTables(source: Source, numbers: NumberReading = readNumberStyle(source)): { tables: Table[]; warnings: Warning[] } {
  const groups = joinPageSplits(groupRows(source.blocks));
  const at = new Map(source.blocks.map((b, k) => [b.index, k]));
  // A table keeping an English style of its own in a Vietnamese document is read in that style (src/extract/figures.ts).
  const grammarOf = (rows: Block[]): NumberGrammar => (rows.some((b) => b.table !== undefined && numbers.enTables?.includes(b.table)) ? { style: 'en', sure: true } : numbers);
  const tables = groups.map((rows, index) => readTable(rows, index, source.format === 'pdf', grammarOf(rows), bracketNote(source.blocks, at, rows)));
  return { tables: tables.filter((t) => t.rows.length > 0), warnings: [] };
}

// Row blocks by table number, in order of appearance.
function groupRows(blocks: Block[]): Block[][] {
  const byTable = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'row' || !b.cells || b.table === undefined) continue;
    if (!byTable.has(b.table)) byTable.set(b.table, []);
    byTable.get(b.table)!.push(b);
  }
  return [...byTable.values()];
}

// A row's identity for spotting a repeated header: its cells without spaces, trailing empty cells dropped.
const key = (b: Block) => (b.cells ?? []).map((c) => cleanCellText(c).replace(/\s/g, '').toLowerCase()).join('\t').replace(/\t+$/, '');

// A table whose first row repeats the previous table's first row is its continuation on a new page.
function joinPageSplits(groups: Block[][]): Block[][] {
  const out: Block[][] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    if (prev && key(g[0]) === key(prev[0]) && isHeaderRow(g[0].cells!, false)) {
      const headerKeys = new Set(prev.slice(0, MAX_HEADER_ROWS).map(key));
      let k = 0;
      while (k < g.length && headerKeys.has(key(g[k]))) k++;
      prev.push(...g.slice(k));
    } else if (prev && (strayTotalRow(prev, g) || pageContinuation(prev, g))) prev.push(...g);
    else out.push([...g]);
  }
  return out;
}

// A pdf that set a total row's merged lead cell apart ("Tổng cộng | 249 | 18 070" under a five-column table) gives that
// row alone as a table of its own, right after the table: a lone row, in the next block, opening with a total word,
// with a figure and no more cells than the table's rows, is the table's last row.
function strayTotalRow(prev: Block[], g: Block[]): boolean {
  if (g.length !== 1 || prev.length < 3 || g[0].index !== prev[prev.length - 1].index + 1) return false;
  const cells = g[0].cells!.map(cleanCellText);
  const width = Math.max(...prev.map((b) => b.cells!.length));
  return cells.length <= width && TOTAL_ROW_WORDS.test(cells[0] ?? '') && cells.slice(1).some((t) => /^\d[\d\s.,]*$/u.test(t));
}

// A table cut by a page break without its header repeated ("Các dự án khác | 60 | …" and "Tổng cộng | 685 | …" atop page
// 2): the rows go on in the very next block, on a later page, none of them a header row, none wider than the table, and
// the last of them a total row (the table's own end; a table of its own opens with its header).
function pageContinuation(prev: Block[], g: Block[]): boolean {
  const last = prev[prev.length - 1];
  if (prev.length < 3 || g[0].index !== last.index + 1 || g[0].span.page === null || last.span.page === null || g[0].span.page <= last.span.page) return false;
  const width = Math.max(...prev.map((b) => b.cells!.length));
  if (g.some((b) => b.cells!.length > width || isHeaderRow(b.cells!, false))) return false;
  const end = g[g.length - 1].cells!.map(cleanCellText);
  return TOTAL_ROW_WORDS.test(end[0] ?? '') && end.slice(1).some((t) => /^\d[\d\s.,]*$/u.test(t));
}

/**
 * A note by the table saying its bracketed numbers are decreases ("Ghi chú: số trong ngoặc đơn ( ) là số giảm", "(số âm ghi
 * trong ngoặc)"): a short paragraph of its own among the few just above the table or just below it.
 */
// Within one clause (no stop, semicolon or comma) and with no change verb between: "số trong ngoặc là tỷ lệ tăng giảm" says
// the brackets hold changes of either sign.
const NOTE_GAP = (n: number) => String.raw`(?:(?!${alt(CHANGE_VERBS)})[^.;,]){0,${n}}?`;
const BRACKET_NOTE = new RegExp(String.raw`${edgeAlt(BRACKET_NOTE_WORDS)}(?![\p{L}])${NOTE_GAP(30)}${edgeAlt(BRACKET_NEGATIVE_WORDS)}(?![\p{L}])|${edgeAlt(BRACKET_NEGATIVE_NOUNS)}(?![\p{L}])${NOTE_GAP(25)}${edgeAlt(BRACKET_NOTE_WORDS)}(?![\p{L}])`, 'iu');
const NOTE_REACH = 3;
const NOTE_LENGTH = 200;
function bracketNote(blocks: Block[], at: Map<number, number>, rows: Block[]): boolean {
  const first = at.get(rows[0].index);
  const last = at.get(rows[rows.length - 1].index);
  if (first === undefined || last === undefined) return false;
  const near = [...blocks.slice(Math.max(0, first - NOTE_REACH), first), ...blocks.slice(last + 1, last + 1 + NOTE_REACH)];
  return near.some((b) => b.kind !== 'row' && b.text.length <= NOTE_LENGTH && BRACKET_NOTE.test(b.text.normalize('NFC')));
}

// A number followed by a bracketed one in one cell, "45 (12)", "1.204 (trong đó 36)": the table sets sub-counts in brackets.
const SUB_COUNT = /\d\s*\(\s*[^()]*\d[^()]*\)/u;
const MINUS_CELL = /^\s*[-−–]\s*\d/u;

/**
 * How each column reads a cell of one bracketed number (table-cells.ts): negative under a note saying brackets are
 * decreases, or in a change or difference column ("Tăng (+), giảm (-)", "Chênh lệch", "% tăng/giảm"); else left unread.
 * Without a note, a table that writes sub-counts in brackets ("45 (12)") or a column that writes its decreases with a
 * minus leaves its brackets unread too: there they may hold a part or an earlier value.
 */
function bracketSigns(columns: TableColumn[], body: Block[], note: boolean): BracketSign[] {
  const texts = body.map((b) => b.cells!.map(cleanCellText));
  const words = new Set(columns.filter((c) => c.role === 'label' || c.role === 'stt' || c.role === 'notes').map((c) => c.index));
  const subCounts = !note && texts.some((cells) => cells.some((t, k) => !words.has(k) && SUB_COUNT.test(t)));
  return columns.map((c) => {
    if (c.role === 'label' || c.role === 'stt' || c.role === 'unit' || c.role === 'notes') return 'unread';
    if (note) return 'negative';
    if (subCounts || c.measure !== 'change') return 'unread';
    return texts.some((cells) => MINUS_CELL.test(cells[c.index] ?? '')) ? 'unread' : 'negative';
  });
}

function readTable(all: Block[], index: number, wrapsRows: boolean, grammar: NumberGrammar, note = false): Table {
  // A pdf caption set with wide gaps ("Quy mô nhóm, lớp … (số lớp tính cả nhóm trẻ):") comes as the table's first row: words
  // only, closing on a colon, above a row of heads. It announces the table; it is none of its rows.
  const caption = all.length > 3 && CAPTION.test(all[0].cells!.join(' ').trim()) && !/\d/u.test(all[0].cells!.join(' '))
    && (isHeaderRow(all[1].cells!, false) || wordsOverFigures(all[1].cells!, all[2].cells!, grammar));
  const blocks = caption ? all.slice(1) : all;
  let h = 0;
  if (blocks.length > 2 && wordsOverFigures(blocks[0].cells!, blocks[1].cells!, grammar)) h = 1;
  while (h < Math.min(blocks.length, MAX_HEADER_ROWS) && isHeaderRow(blocks[h].cells!, h > 0)) h++;
  // Header rows repeated after a page break are dropped from the body.
  const headerKeys = new Set(blocks.slice(0, h).map(key));
  const body = blocks.slice(h).filter((b) => !headerKeys.has(key(b)));
  const width = Math.max(...blocks.map((b) => b.cells!.length));
  const columns = readColumns(blocks.slice(0, h).map((b) => splitJoinedHeads(b.cells!, width)), width);
  const sttColumn = findSttColumn(columns, body);
  const pieces = wrapsRows ? foldWrapped(body, sttColumn, width) : body.map((b) => [b]);
  const labelColumn = findLabelColumn(columns, pieces, sttColumn);
  if (labelColumn !== null && columns[labelColumn].role !== 'stt') columns[labelColumn].role = 'label';
  if (sttColumn !== null) columns[sttColumn].role = 'stt';
  for (const c of columns) if (c.role === 'label' || c.role === 'stt') c.measure = 'none';
  const unitColumn = columns.find((c) => c.role === 'unit')?.index ?? null;
  const signs = bracketSigns(columns, body, note);
  const figures = figureColumns(pieces, width, grammar);
  const read = pieces.map((p) => readRow(p, width, sttColumn, labelColumn, unitColumn, grammar, signs, mergedTotalLead(p, width, sttColumn, labelColumn, grammar, figures)));
  const byIndex = new Map(body.map((b) => [b.index, b]));
  const realigned = wrapsRows ? realignRows(closeBrackets(read, labelColumn, grammar), labelColumn, byIndex, grammar) : read;
  const rows = wrapsRows ? splitSignedRuns(splitRunInUnits(realigned, labelColumn, unitColumn, byIndex, grammar), byIndex, grammar) : read;
  // "Cả năm" under "Quý I" … "Quý IV": a row naming the whole of the periods above it totals them.
  markPeriodTotals(rows);
  structureRows(rows);
  return { index, headerBlocks: blocks.slice(0, h).map((b) => b.index), columns, labelColumn, rows };
}

const CAPTION = /^\p{Lu}[^:]*:$/u;

// "Thực hiện năm 2023 Kế hoạch năm 2024" in one header cell of a pdf that set two column heads too close: after a year or a
// closing bracket, a capital opens the next head. Split only when the row is that many cells short of the body's width.
const JOINED_HEADS = /(?<=(?<!\d)(?:19|20)\d\d|\))\s+(?=\p{Lu}\p{Ll})/gu;
// "Đơn vị Trẻ sinh ra (trẻ)": the label column's head, then a capital opening the next head, in the row's first cell.
const JOINED_LABEL_HEAD = new RegExp(String.raw`^((?:${altInitialCase(LABEL_COLUMN_HEADS)}))\s+(?=\p{Lu}\p{Ll})`, 'u');
function splitJoinedHeads(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells;
  const split = cells.map((c, k) => {
    const label = k === 0 ? JOINED_LABEL_HEAD.exec(c.trim()) : null;
    return label ? [label[1], ...c.trim().slice(label[0].length).split(JOINED_HEADS)] : c.split(JOINED_HEADS);
  });
  const added = split.reduce((n, parts) => n + parts.length - 1, 0);
  if (added === width - cells.length) return split.flat();
  // "Số phòng học Phòng có wifi Phòng học thông minh": heads of plain words set too close, each opened by a capital; split
  // at every capitalised word only when that gives exactly the cells the body has. Two heads the pdf ran together with no space
  // at all ("Khu phốNgười từ 40 tuổi") split where a capital follows a lower-case letter: no Vietnamese word has one inside.
  const loose = cells.map((c) => c.split(CAPITAL_HEAD));
  return loose.reduce((n, parts) => n + parts.length - 1, 0) === width - cells.length ? loose.flat() : cells;
}
const CAPITAL_HEAD = /\s+(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;

// A first row of words (two or more cells, years allowed) above a row with figures under those words: a header
// whose words the header lexicon does not know ("Cấp học | Số trường | Số học sinh").
function wordsOverFigures(first: string[], second: string[], grammar: NumberGrammar): boolean {
  const top = first.map(cleanCellText);
  const below = second.map(cleanCellText);
  // Years name columns ("Chỉ tiêu | 2023 | 2024"); other figures make a body row.
  if (top.filter((t) => t !== '').length < 2 || top.some((t) => /\d/u.test(t) && !/\p{L}/u.test(t) && !/^(?:19|20)\d\d$/u.test(t))) return false;
  if (!top.some((t) => /\p{L}/u.test(t))) return false;
  // A total word names a total row only in the row's first filled cell; further right it titles a column ("Cộng (ha)").
  const lead = top.findIndex((t) => t !== '');
  if (top.some((t, c) => /^\d{1,3}(?:\.\d{1,2})*\.?$|^[IVXLC]+\.?$|^[A-Z]\.?$/u.test(t) || (c === lead && TOTAL_ROW_WORDS.test(t)))) return false;
  return below.some((t, c) => top[c] !== '' && isNumeric(readCell(t, null, undefined, grammar)));
}

function findSttColumn(columns: TableColumn[], body: Block[]): number | null {
  if (columns[0]?.role === 'stt') return 0;
  const first = body.map((b) => cleanCellText(b.cells![0] ?? '')).filter((t) => t !== '');
  return first.length > 0 && first.filter((t) => STT.test(t) || STT_LEAD.test(t)).length >= first.length * 0.8 ? 0 : null;
}

// Continuation lines of a wrapped pdf row: no STT, and a label that goes on in lower case.
function foldWrapped(body: Block[], sttColumn: number | null, width: number): Block[][] {
  const out: Block[][] = [];
  for (const b of body) {
    const cells = b.cells!.map(cleanCellText);
    const labelText = cells.find((t, c) => c !== sttColumn && /\p{L}/u.test(t)) ?? '';
    // A bracketed aside that goes on alone on its line ("(tổ 10 -" under "Khu vực 4") continues the label too.
    const aside = /^\(\p{Ll}/u.test(labelText) && cells.every((t, c) => c === sttColumn || t === '' || t === labelText);
    const lower = /^\p{Ll}/u.test(labelText) && !CODE_WORD.test(labelText);
    const continues = out.length > 0 && (sttColumn === null || cells[sttColumn] === '') && (labelText === '' || lower || aside)
      && !fillsSameNumbers(out[out.length - 1][0], cells);
    if (continues && cells.length <= width) out[out.length - 1].push(b);
    else out.push([b]);
  }
  return out;
}

// A name or code opening in lower case with a capital inside its first word ("bOPV", "eKYC", "iPhone"): a row of its own.
const CODE_WORD = /^\p{Ll}+\p{Lu}/u;
const WHOLE_NUMBER = /^\d(?:[\d.,\s\u00A0]*\d)?\s?%?$/u;

// A line that fills with whole numbers every number cell the line above filled (two at least) is a row of its own: a
// wrapped row's next line holds what its cells left over, never a second full set of figures.
function fillsSameNumbers(above: Block, cells: string[]): boolean {
  const prev = above.cells!.map(cleanCellText);
  const filled = prev.map((t, c) => (WHOLE_NUMBER.test(t) ? c : -1)).filter((c) => c >= 0);
  return filled.length >= 2 && filled.every((c) => WHOLE_NUMBER.test(cells[c] ?? ''));
}

// The first column after the STT whose filled body cells are mostly words.
function findLabelColumn(columns: TableColumn[], rows: Block[][], sttColumn: number | null): number | null {
  const named = columns.find((c) => c.role === 'label');
  if (named) return named.index;
  for (let c = sttColumn === null ? 0 : sttColumn + 1; c < columns.length; c++) {
    const texts = rows.map((p) => cleanCellText(p[0].cells![c] ?? '')).filter((t) => t !== '');
    if (texts.length > 0 && texts.filter((t) => /\p{L}{2}/u.test(t) && !/^[\d\s.,%/=]+$/u.test(t)).length >= texts.length * 0.6) return c;
  }
  return null;
}

/**
 * "Tổng cộng | 249 | 18 070 | 2 457" under "STT | Hình thức | Số tài sản | Nguyên giá | Số thu": a total row whose words
 * fill the STT and label cells merged into one, so it has one cell fewer than the body and every figure sits one column to
 * the left. Read so only for a lone row whose first cell is a total word, whose next cell is a bare number where the label
 * column holds words, whose filled cells are exactly one fewer than the table's width, and whose every figure, moved one
 * right, lands on a column of figures. "Cộng | 03 đơn vị | 58 |" under "Tuyến | Đơn vị khai thác | Số xe | Giá vé lượt"
 * is read where it is written: a number with its noun under the label column counts the distinct entries it names (no
 * figure of the next column), and the price column of ranges takes no total.
 */
function mergedTotalLead(pieces: Block[], width: number, sttColumn: number | null, labelColumn: number | null, grammar: NumberGrammar, figures: ReadonlySet<number>): boolean {
  if (pieces.length !== 1 || sttColumn !== 0 || labelColumn !== 1 || width < 3) return false;
  const cells = pieces[0].cells!.map(cleanCellText);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length !== width - 1 || !TOTAL_ROW_WORDS.test(cells[0]) || /\d/u.test(cells[0]) || /\p{L}/u.test(cells[1])) return false;
  return isNumeric(readCell(cells[1], null, undefined, grammar)) && cells.every((t, c) => c === 0 || t === '' || figures.has(c + 1));
}

/** The columns whose filled body cells are mostly figures (numbers, percents, fractions; no words, no ranges). */
function figureColumns(pieces: Block[][], width: number, grammar: NumberGrammar): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < width; c++) {
    const filled = pieces.map((p) => readCell(cleanCellText(p[0].cells![c] ?? ''), null, undefined, grammar)).filter((x) => x.kind !== 'empty');
    if (filled.length > 0 && filled.filter(isNumeric).length * 2 > filled.length) out.add(c);
  }
  return out;
}

function readRow(
  pieces: Block[], width: number, sttColumn: number | null, labelColumn: number | null, unitColumn: number | null, grammar: NumberGrammar,
  signs: BracketSign[], mergedLead = false,
): TableRow {
  const cells: TableCell[] = [];
  // A merged STT-and-label lead: the STT column is empty, the lead is the label, every later cell moves one right.
  if (mergedLead) {
    const b = pieces[0];
    cells.push(readCell('', { block: b.index, from: 0, to: 0 }, b.text, grammar));
    for (let c = 1; c < width; c++) cells.push(readJoined(pieces, c - 1, grammar, signs[c]));
  } else for (let c = 0; c < width; c++) cells.push(readJoined(pieces, c, grammar, signs[c]));
  let stt = sttColumn !== null ? cells[sttColumn].text : '';
  let lead = '';
  const m = sttColumn !== null ? STT_LEAD.exec(stt) : null;
  if (m) {
    lead = stt.slice(m[0].length);
    stt = m[1];
  }
  const label = [lead, labelColumn !== null ? cells[labelColumn].text : ''].filter((t) => t !== '').join(' ');
  const first = cells.find((c) => c.text !== '')?.text ?? '';
  const total = isTotalRow(stt, label, first);
  const unit = unitColumn !== null ? flatPowers(cells[unitColumn].text) : labelUnit(label);
  return { blocks: pieces.map((b) => b.index), stt, label, cells, total, level: null, parent: null, head: false, unit };
}

// A unit written at the end of a row label, "Diện tích lúa (ha)", "Doanh thu (tỷ đồng)", "Diện tích sàn (m2)", "Công suất
// (m³/ngày đêm)"; else "". No digit but the power of a metric length ("m2", "km²"), which is read flat ("m²" → "m2").
export function labelUnit(label: string): string {
  const m = /\(([^()]{1,15})\)\s*:?$/u.exec(label);
  if (!m || /\d/u.test(m[1].replace(POWER_SYMBOL, '')) || NOT_A_UNIT.test(m[1]) || NAMED_PLACE.test(m[1])) return '';
  return flatPowers(m[1].trim());
}
const POWER_SYMBOL = /(?<![\p{L}\d])[kdc]?m[23](?![\p{L}\d])/gu;

// One column's text over a row's pieces, joined so that a number cut by a line break reads whole.
function readJoined(pieces: Block[], c: number, grammar: NumberGrammar, brackets: BracketSign = 'unread'): TableCell {
  let text = '';
  let at: BlockRange | null = null;
  let blockText: string | undefined;
  for (const b of pieces) {
    const cell = b.cells![c];
    if (cell === undefined || cell.trim() === '') continue;
    const range = cellRange(b, c);
    if (at === null) {
      at = range;
      blockText = b.text;
    }
    text = text === '' ? cell : /[\d.,/=]$/.test(text) && /^[\d%.,]/.test(cell.trim()) ? text + cell.trim() : `${text} ${cell}`;
  }
  if (at === null) {
    const b = pieces[0];
    at = b.cells![c] !== undefined ? cellRange(b, c) : null;
    blockText = b.text;
  }
  return readCell(text, at, blockText, grammar, brackets);
}

// Where cell c sits in its row block's text (cells joined by a tab, or where a bordered row says).
function cellRange(b: Block, c: number): BlockRange {
  let from = b.cellStarts?.[c] ?? 0;
  if (b.cellStarts === undefined) for (let k = 0; k < c; k++) from += b.cells![k].length + 1;
  return { block: b.index, from, to: from + b.cells![c].length };
}
