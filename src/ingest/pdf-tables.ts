/**
 * Find tables among a page's lines: runs of lines whose segments sit in
 * shared columns. A row may span several lines when a cell's text wraps.
 *
 * Limits: ruling lines are not read (pdf.js text content has none), so a
 * row ends where the vertical gap grows past a wrapped line's or where a
 * line refills the same columns as the line above; a table that continues
 * on the next page becomes a new table; merged (spanning) cells land in
 * the column where their text starts.
 */
import type { PdfLine, PdfSegment } from './pdf-lines.js';
import type { RawBlock } from './build-source.js';
import { NATIONAL_HEADING_OPENINGS } from '../text/lexicon.js';

/** A table found on a page: lines [start, end) and its rows of cells. */
export interface PdfTable {
  start: number;
  end: number;
  /** Cells of each row and the page line (index into the page's lines) where it starts. */
  rows: Array<{ cells: string[]; line: number }>;
}

/** A wrapped cell line sits at most this many line steps below the one above. */
const ROW_GAP = 1.12;
/** A table line sits at most this many line steps below the one above. */
const TABLE_GAP = 3;

/** Tables among one page's lines; `step` is the line height in font sizes. */
export function findTables(lines: PdfLine[], step: number): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].tabbed) {
      // Lines typed with tabs: each line is a row, its cells the text between tabs, in order.
      let end = i + 1;
      while (end < lines.length && (lines[end].tabbed || captionCells(lines, end) !== null) && lines[end - 1].y - lines[end].y <= TABLE_GAP * step * lines[end].size) end++;
      tables.push({ start: i, end, rows: rejoinCrossedLabels(lines.slice(i, end).map((l, k) => ({ cells: captionCells(lines, i + k) ?? l.segments.map((s) => s.text), line: i + k }))) });
      i = end;
      continue;
    }
    if (lines[i].segments.length < 2) {
      i++;
      continue;
    }
    const end = extendTable(lines, i, step);
    const multi = lines.slice(i, end).filter((l) => l.segments.length >= 2).length;
    // A header whose first line fills one cell only ("Mức hỗ" above "TT | Nội dung | trợ (đồng/ha)").
    const from = headerTop(lines, i, end, step, tables.length ? tables[tables.length - 1].end : 0);
    if (multi >= 2) tables.push({ start: from, end, rows: rejoinCrossedLabels(buildRows(lines.slice(from, end), from, step)) });
    i = Math.max(end, i + 1);
  }
  return tables;
}

type Row = PdfTable['rows'][number];
const FIGURE_CELL = /^[\s\d.,%+\-−]*\d[\s\d.,%+\-−]*$/u;
const LETTERS = /\p{L}/u;
// The rest of a label: words only, opened by a small letter ("tiền phải thi hành"); a label's own cell opens with a capital.
const LABEL_REST = /^\p{Ll}\p{L}*(?:[ ,\-–()/]+\p{L}+)+$/u;

/**
 * A long row label that crossed the next column's tab stop: "1 | Tổng số | tiền phải thi hành | 186.452" under "STT | Chỉ
 * tiêu | Số tiền | Tỷ lệ (%)". Its rest, two words or more opened by a small letter, sits in a column whose body rows write figures,
 * and every cell after it one column right. The rest goes back to the label and the cells move left. Only when the row
 * fills its last cell, the cell before the rest is words, the cells after it are figures, and below the header at least
 * two other rows write a figure in that column and none words.
 */
function rejoinCrossedLabels(rows: Row[]): Row[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const crossed = (r: Row) => {
    const j = r.cells.findIndex((c, k) => k > 0 && LABEL_REST.test(c.trim()) && LETTERS.test(r.cells[k - 1]) && !/\d/u.test(r.cells[k - 1]));
    return j > 0 && r.cells.length === width && r.cells[width - 1].trim() !== '' && r.cells.slice(j + 1).every((c) => c.trim() === '' || FIGURE_CELL.test(c)) ? j : -1;
  };
  let out: Row[] | null = null;
  rows.forEach((r, k) => {
    const j = crossed(r);
    if (j < 0) return;
    // The body starts at the first row writing a figure anywhere: the header above writes none.
    const top = rows.findIndex((o) => o.cells.some((c) => FIGURE_CELL.test(c)));
    if (top < 0 || top > k) return;
    const others = rows.slice(top).filter((o) => o !== r);
    if (others.filter((o) => FIGURE_CELL.test(o.cells[j] ?? '')).length < 2 || others.some((o) => LETTERS.test(o.cells[j] ?? ''))) return;
    out ??= rows.slice();
    out[k] = { ...r, cells: [...r.cells.slice(0, j - 1), `${r.cells[j - 1].trimEnd()} ${r.cells[j].trim()}`, ...r.cells.slice(j + 1), ''] };
  });
  return out ?? rows;
}

/**
 * A typed table's row whose one filled cell announces the rows below it ("Trong đó:", "Chia ra:"): its other cells are
 * empty, so its tabs left no gap and it reads as a line of one run. Between two typed rows, starting where a cell of
 * the row below starts, ending in a colon and holding no figure, it is a row of their table: its cells, else null.
 */
function captionCells(lines: PdfLine[], k: number): string[] | null {
  const [above, line, below] = [lines[k - 1], lines[k], lines[k + 1]];
  if (line.tabbed || line.segments.length !== 1 || !above?.tabbed || !below?.tabbed || above.page !== below.page) return null;
  const text = line.segments[0].text.trim();
  if (!/:$/u.test(text) || /\d/u.test(text) || text.length > 40) return null;
  const col = below.segments.findIndex((s) => s.text.trim() !== '' && Math.abs(s.x0 - line.x0) <= 0.5 * line.size);
  return col < 0 ? null : below.segments.map((_, c) => (c === col ? text : ''));
}

/** One past the last line that still belongs to the table starting at `start`. */
function extendTable(lines: PdfLine[], start: number, step: number): number {
  const cols = lines[start].segments.map((s) => s.x0);
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j];
    const gap = (lines[j - 1].y - line.y) / line.size;
    if (gap > TABLE_GAP * step || gap < 0) break;
    // A lone line is measured by the larger size of it and the line above: a scanned line of small letters ("cao tuổi neo",
    // a label cell's wrapped words) is given a smaller size than its row, which made the gap above it a row's, not a wrap's.
    const lone = (lines[j - 1].y - line.y) / Math.max(line.size, lines[j - 1].size);
    if (line.segments.length >= 2) {
      for (const s of line.segments) if (columnOf(cols, s.x0, line.size) < 0) cols.push(s.x0);
      cols.sort((a, b) => a - b);
      continue;
    }
    const seg = line.segments[0];
    const c = columnOf(cols, seg.x0, line.size);
    const next = cols[c + 1];
    // A lone line belongs to the table only as wrapped text inside one cell.
    if (c < 0 || lone > 1.6 * step || (next !== undefined ? seg.x1 > next : c === 0)) {
      // On a scan, an inner cell's wrapped line read wider than its cell still belongs where a row of the table follows it.
      const row = c > 0 && lone <= 1.6 * step ? rowAfterWraps(lines, j, step) : -1;
      if (row < 0) break;
      j = row - 1;
    }
  }
  return j;
}

/** At most this many lone lines are bridged to the row below them (`rowAfterWraps`). */
const MAX_BRIDGED = 3;
/** A row's numbering marker alone or before its label ("b)", "2.", "II", "1.3"). */
const ROW_MARKER = /^(?:[a-zđA-Z][.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXLC]{1,6}[.)]?)(?:\s|$)/u;

/**
 * Lone lines of a scanned table, the first at `from`, that end it (a label's wrapped words a speck made wider than their
 * cell) but are followed, within `MAX_BRIDGED` such lines holding no digit, by a row of the table: a line that opens with a
 * row marker and holds as many numbers as the nearest row above, each over the same column as that row's (their boxes
 * overlap). Returns that row's line, the lone lines before it wrapped text; else -1.
 */
function rowAfterWraps(lines: PdfLine[], from: number, step: number): number {
  if (!lines[from].scanned) return -1;
  let above = from - 1;
  while (above >= 0 && lines[above].segments.length < 2) above--;
  if (above < 0) return -1;
  const numbers = (l: PdfLine) => l.segments.slice(1).filter((s) => WHOLE_NUMBER.test(s.text.trim()));
  const want = numbers(lines[above]);
  if (want.length < 2) return -1;
  for (let k = from; k < lines.length && k <= from + MAX_BRIDGED; k++) {
    const line = lines[k];
    const lone = (lines[k - 1].y - line.y) / Math.max(line.size, lines[k - 1].size);
    if (line.page !== lines[from].page || lone <= 0 || lone > 1.6 * step) return -1;
    if (line.segments.length === 1) {
      if (/\d/u.test(line.segments[0].text)) return -1;
      continue;
    }
    const got = numbers(line);
    const same = got.length === want.length && got.every((s, i) => s.x0 < want[i].x1 && want[i].x0 < s.x1);
    return same && ROW_MARKER.test(line.segments[0].text.trim()) ? k : -1;
  }
  return -1;
}

/**
 * Where a table whose lines are [start, end) begins: higher by each line above that holds one segment, sits a wrapped
 * line's step above the next, and lies inside a column of the first line other than the table's first (a caption or a
 * sentence starts at the margin, where the first column does): a header cell wrapped onto two or three lines above the
 * header's last line ("Bình quân" / "lượt" / "người/buổi" under a bottom-aligned header). The first line with two cells
 * may be a header's middle line, its first cell in a later column ("chuyển | Phát sinh" under "Tồn năm" / "2023", above
 * "STT | Đơn vị | sang | năm 2024"): the table's first column is where its leftmost cell starts.
 */
function headerTop(lines: PdfLine[], start: number, end: number, step: number, floor: number): number {
  const cols = lines[start].segments.map((s) => s.x0);
  const size = lines[start].size;
  let left = Infinity;
  for (let k = start; k < end; k++) for (const s of lines[k].segments) left = Math.min(left, s.x0);
  // A cell's lines sit the same step apart: a line above one taken may sit as far above it, with the slack.
  let wrap = Math.max(ROW_GAP * step, headerLineGap(lines, start, step));
  let top = start;
  for (let k = start - 1; k >= floor && k >= start - MAX_HEADER_WRAPS; k--) {
    if (lines[k].segments.length !== 1 || lines[k].page !== lines[start].page) break;
    const gap = (lines[k].y - lines[k + 1].y) / lines[start].size;
    if (gap <= 0 || gap > wrap) break;
    const seg = lines[k].segments[0];
    const c = columnOf(cols, seg.x0, size);
    if (c < 0 || seg.x0 <= left + 0.6 * size || (cols[c + 1] !== undefined && seg.x1 >= cols[c + 1])) break;
    top = k;
    wrap = Math.max(wrap, HEADER_STEP_SLACK * gap);
  }
  return top;
}

/**
 * The step between a table's first line and the next when both are lines of its header (two cells at least, no number
 * alone on the second but a year or a date: "Kế | Thực" over "TT | Chỉ tiêu | ĐVT | hoạch | hiện", "Kế hoạch" over
 * "Nội dung | năm 2025 | Quý III/2025"), in font sizes, else 0: the table's own wrapped-line
 * step. A scan's font sizes are read from its word boxes, about two thirds of the text's, so its lines sit 1.7 sizes
 * apart where the line step found for the page is capped at 1.5: a header cell's upper line ("So với" over "cùng kỳ (%)")
 * sits no further above the header than the header's own lines sit apart. A gap wider than a padded row's is no wrap.
 */
function headerLineGap(lines: PdfLine[], start: number, step: number): number {
  const [first, second] = [lines[start], lines[start + 1]];
  if (!second || second.page !== first.page || first.segments.length < 2 || second.segments.length < 2) return 0;
  if (!second.segments.every((s) => HEADER_WORDS.test(s.text.trim()))) return 0;
  const gap = (first.y - second.y) / first.size;
  return gap > 0 && gap <= MAX_HEADER_STEP * step ? HEADER_STEP_SLACK * gap : 0;
}

/**
 * A header line's cell: no digit, words with a number ("năm 2025", "Quý III/2025", "6 tuổi"), or a year or a date
 * ("2024", "30/6/2024"); a data row has a number alone.
 */
const HEADER_WORDS = /^(?:[^\d]*|.*\p{L}.*|(?:\d{1,2}\/){0,2}(?:19|20)\d\d)$/u;

/** A header's own line step counts as a wrapped line's up to this many line steps, and with this slack. */
const MAX_HEADER_STEP = 1.3;
const HEADER_STEP_SLACK = 1.05;

/** A header cell wraps onto at most this many lines above the header's last line. */
const MAX_HEADER_WRAPS = 3;

/** Index of the column starting at x (within ~half a font size), else -1. */
function columnOf(cols: number[], x: number, size: number): number {
  return cols.findIndex((c) => Math.abs(c - x) <= 0.6 * size);
}

function buildRows(lines: PdfLine[], offset: number, step: number): PdfTable['rows'] {
  const cols = clusterColumns(lines);
  lines = lines.map((l) => splitAtColumns(l, cols));
  const rows: PdfTable['rows'] = [];
  let cells: string[][] = [];
  let rowLine = offset;
  let prevFilled = new Set<number>();
  const gaps = lines.slice(1).map((l, k) => (lines[k].y - l.y) / l.size);
  // Cell padding makes rows of a drawn table sit further apart than wrapped lines; tab-laid text has no such spacing.
  const padded = gaps.some((g) => g > ROW_GAP * step);
  const header = tightHeaderLines(lines, cols, step);
  lines.forEach((line, k) => {
    const filled = new Set(line.segments.map((s) => cellIndex(cols, s.x0, line.size)));
    const gap = k === 0 ? Infinity : (lines[k - 1].y - line.y) / line.size;
    // Same columns filled again on the next line: a new row even without extra spacing (tab-laid text).
    const refills = !padded && filled.size >= 2 && [...filled].every((c) => prevFilled.has(c));
    const ownHeaderLine = k > 0 && k < header && !wrapsOn(lines, k, cols, header);
    if (gap > ROW_GAP * step || refills || ownHeaderLine || restacks(cells, line, cols)) {
      if (k > 0) rows.push({ cells: cells.map(joinCellLines), line: rowLine });
      cells = cols.map(() => []);
      rowLine = offset + k;
    }
    for (const s of line.segments) cells[cellIndex(cols, s.x0, line.size)].push(s.text);
    prevFilled = filled;
  });
  rows.push({ cells: cells.map(joinCellLines), line: rowLine });
  return rows;
}

const headingPattern = (openings: readonly string[]) =>
  new RegExp(String.raw`^(?:${openings.map((w) => w.replace(/\s*-\s*/gu, '\\s*[-–]\\s*').replace(/ /gu, '\\s+')).join('|')})(?![\p{L}])`, 'iu');
/** The national heading's first line, the state's name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
const STATE_NAME = headingPattern(NATIONAL_HEADING_OPENINGS.filter((w) => !w.startsWith('độc')));
/** Its second line, the motto ("Độc lập - Tự do - Hạnh phúc"). */
const MOTTO_LINE = headingPattern(NATIONAL_HEADING_OPENINGS.filter((w) => w.startsWith('độc')));
/** The motto sits at most this many lines from the table's top (the state's name on a line of the first three). */
const MOTTO_LINES = 4;

/**
 * How many of a table's first lines are a document's header printed as a borderless table with a tight line spacing, each
 * line a row of its own: the issuing body's lines in the left column beside the national heading's in the right ("UBND
 * HUYỆN A" | "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "PHÒNG Y TẾ" | "Độc lập - Tự do - Hạnh phúc"), as LibreOffice prints a
 * docx's header table. Its lines all sit a wrapped line's step apart, so spacing cannot tell its rows, and the cells'
 * lines ran into one text ("UBND HUYỆN A PHÒNG Y TẾ": the unit's name ran into its office's).
 *
 * Only when the state's name and the motto below it are two lines of the header a wrapped line's step apart, with no
 * wider gap from the table's top down to the motto: a table whose rows are padded apart (pandoc's header: each cell
 * wraps within a narrow column, "CỘNG HÒA XÃ HỘI CHỦ" over "NGHĨA VIỆT NAM", a row's gap wider than a wrap's) keeps
 * its rows by their spacing, and its wrapped cells whole ("ỦY BAN NHÂN DÂN XÃ AN" over "THẠNH"). The header runs on
 * below the motto while each line sits a wrapped step under the one above (an office's third line); 0 when no such
 * heading.
 */
function tightHeaderLines(lines: PdfLine[], cols: number[], step: number): number {
  const tight = (k: number) => lines[k].page === lines[k - 1].page && (lines[k - 1].y - lines[k].y) / lines[k].size > 0 && (lines[k - 1].y - lines[k].y) / lines[k].size <= ROW_GAP * step;
  const opens = (k: number, re: RegExp) => lines[k].segments.some((s) => cellIndex(cols, s.x0, lines[k].size) > 0 && re.test(s.text.trim()));
  const motto = lines.slice(0, MOTTO_LINES).findIndex((_, k) => k > 0 && opens(k, MOTTO_LINE) && opens(k - 1, STATE_NAME));
  if (motto < 0) return 0;
  for (let k = 1; k <= motto; k++) if (!tight(k)) return 0;
  let end = motto + 1;
  while (end < lines.length && tight(end)) end++;
  return end;
}

/** A segment's first word is about this many of its characters' mean width, a word space one. */
const firstWordWidth = (s: PdfSegment) => ((s.x1 - s.x0) / Math.max(1, Array.from(s.text).length)) * (1 + Array.from(s.text.trim().split(/\s+/u)[0]).length);

/**
 * A header line whose text in a column continues the line above it there, a cell's wrapped line: the line above reaches so
 * far right that this line's first word would not have fitted after it, before the next column's text (the leftmost start
 * of a segment of a column to its right among the header's lines). A column with no column to its right is never judged.
 */
function wrapsOn(lines: PdfLine[], k: number, cols: number[], header: number): boolean {
  const head = lines.slice(0, header);
  const column = (l: PdfLine, s: PdfSegment) => cellIndex(cols, s.x0, l.size);
  return lines[k].segments.some((s) => {
    const c = column(lines[k], s);
    const above = lines[k - 1].segments.find((a) => column(lines[k - 1], a) === c);
    if (!above) return false;
    const starts = head.flatMap((l) => l.segments.filter((o) => column(l, o) > c).map((o) => o.x0));
    return starts.length > 0 && above.x1 + firstWordWidth(s) > Math.min(...starts);
  });
}

/** A whole number as a cell holds it: a sign, digits grouped or not, a decimal part, a percent ("1.650,0", "+39,8%"). */
const WHOLE_NUMBER = /^[-–+]?(?:\d+(?:[.,]\d+)?|\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?)%?$/u;

/**
 * A scanned line that opens a row of its own though it sits as close as a cell's wrapped line (a scan's label cells wrap over
 * three lines, and the line spacing the builder allows is capped): its first cell has a label, and two cells or more
 * hold a whole number where the row so far holds one already ("1.650,0" over "1.150,0": one cell holds one number, and
 * read as one cell the two were glued into "1.650,01.150,0").
 */
function restacks(cells: string[][], line: PdfLine, cols: number[]): boolean {
  // A text layer's rows are told apart by their spacing; a pdf's label that wraps beside numbers split over lines
  // (holdout25's pandoc pdf) is one row.
  if (!line.scanned || !cells.length) return false;
  const here = new Map<number, string>();
  for (const s of line.segments) here.set(cellIndex(cols, s.x0, line.size), s.text.trim());
  if (!/\p{L}/u.test(here.get(0) ?? '')) return false;
  let stacked = 0;
  for (const [c, text] of here) {
    const last = cells[c]?.[cells[c].length - 1]?.trim() ?? '';
    if (c > 0 && WHOLE_NUMBER.test(text) && WHOLE_NUMBER.test(last)) stacked++;
  }
  return stacked >= 2;
}

/**
 * A segment that runs over a column's left edge: narrow columns leave a gap between cells of a little
 * under a font size, which the line reader can take for a wide word space ("77,19 58" from two
 * cells, the reader giving both as runs of one text). It is cut before a word that starts on
 * another column's edge after a gap wider than half a font size, wider than any word space.
 */
function splitAtColumns(line: PdfLine, cols: number[]): PdfLine {
  const items = line.items;
  if (!items || items.length < 2) return line;
  const size = line.size;
  const edges = new Set(line.segments.map((seg) => cellIndex(cols, seg.x0, size)));
  const cuts: number[] = [];
  const sorted = items.slice().sort((a, b) => a.x - b.x);
  for (let k = 1; k < sorted.length; k++) {
    const item = sorted[k];
    const prev = sorted[k - 1];
    const c = cols.findIndex((x) => Math.abs(x - item.x) <= 0.25 * size);
    if (c < 0 || edges.has(c) || item.x - (prev.x + prev.width) <= 0.5 * size) continue;
    // Only inside a segment: a segment start is a cell start already.
    if (!line.segments.some((seg) => seg.x0 < item.x - 0.1 && seg.x1 > item.x)) continue;
    cuts.push(item.x);
  }
  if (!cuts.length) return line;
  const segments = line.segments.flatMap((seg) => {
    const inner = cuts.filter((x) => x > seg.x0 + 0.1 && x < seg.x1);
    if (!inner.length) return [seg];
    const bounds = [seg.x0, ...inner, seg.x1 + 1];
    return bounds.slice(0, -1).map((x0, b) => {
      const words = sorted.filter((i) => i.x >= x0 - 0.1 && i.x < bounds[b + 1] - 0.1 && i.x >= seg.x0 - 0.1 && i.x <= seg.x1);
      // Runs that touch (a letter and its mark, a word in pieces) join without a space.
      let text = '';
      let end = -Infinity;
      for (const w of words) {
        text += (text && w.x - end > 0.12 * size ? ' ' : '') + w.str;
        end = w.x + w.width;
      }
      return { x0, x1: Math.max(x0, end), text: text.replace(/\s+/g, ' ').trim() };
    });
  });
  return { ...line, segments };
}

/** Left edges of the columns, from every segment of the table. */
function clusterColumns(lines: PdfLine[]): number[] {
  const xs = lines.flatMap((l) => l.segments.map((s) => ({ x: s.x0, size: l.size }))).sort((a, b) => a.x - b.x);
  const cols: number[] = [];
  for (const { x, size } of xs) if (!cols.length || x - cols[cols.length - 1] > 0.6 * size) cols.push(x);
  return cols;
}

function cellIndex(cols: number[], x: number, size: number): number {
  let best = 0;
  for (let c = 0; c < cols.length; c++) if (cols[c] <= x + 0.6 * size) best = c;
  return best;
}

/** Join the lines of one cell; a narrow cell wraps long tokens anywhere ("4.256/5." + "768=73,"). */
function joinCellLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (!out) out = l;
    // Only a token visibly cut in the middle ("5." + "768", "73," + "7%") is closed up: two lines that
    // are both whole numbers may be stacked values of different rows, and stay apart.
    else if ((/[.,/=]\d*$/.test(out) && /\d[.,/=]?\d*$/.test(out) && /^\d/.test(l)) || (/\d$/.test(out) && /^[%=/]/.test(l))) out += l;
    // A word broken inside a narrow cell ("trườn" + "g"): small letters without a vowel are no
    // Vietnamese syllable, only the end of the word above.
    else if (/\p{Ll}$/u.test(out) && /^\p{Ll}{1,3}[.,;:]?$/u.test(l) && !/[aeiouy]/.test(l.normalize('NFD'))) out += l;
    else out += ' ' + l;
  }
  return out;
}

/**
 * Stitch tables across page breaks. A table whose first rows open the next page with the
 * previous page's last table just above (same column count, nothing but running headers in
 * between) continues it: it keeps that table's number, and a first row with an empty number
 * cell and no figures is the tail of the row the page cut, so its cells join that row's. A
 * table that opens the next page by repeating the header continues it too (see repeatedHeader).
 */
export function stitchPageBreaks(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let renumber = new Map<number, number>();
  for (let at = 0; at < blocks.length; at++) {
    const b = blocks[at];
    if (b.kind !== 'row' || !b.cells || b.table === undefined) {
      out.push(b);
      continue;
    }
    const prev = out[out.length - 1];
    const mapped = renumber.get(b.table);
    if (mapped !== undefined) {
      // The first row after a repeated header may be the tail of the row the page cut.
      if (prev?.kind === 'row' && prev.table === mapped && prev.page !== null && b.page === prev.page + 1 && isTail(prev, b)) {
        out[out.length - 1] = joinTail(prev, b);
        continue;
      }
      out.push({ ...b, table: mapped, row: (lastRowOf(out, mapped) ?? -1) + 1 });
      continue;
    }
    const continues = prev?.kind === 'row' && prev.cells && prev.table !== undefined && prev.page !== null && b.page === prev.page + 1 && prev.cells.length === b.cells.length;
    // A repeated header is looked for first: with its wrapped first line read into it, it follows the last row directly.
    const pieces = repeatedHeaderInPieces(out, blocks, at);
    if (pieces) {
      // A header whose lines were read as rows of their own (a scan): drop them all, never taking one for a cut row's tail.
      out.splice(pieces.last + 1);
      renumber = new Map([[b.table, out[pieces.last].table!]]);
      at += pieces.rows - 1;
      continue;
    }
    const repeated = repeatedHeader(out, b);
    if (repeated >= 0) {
      // The page repeats the table's header (and the header's wrapped first line, read as a short paragraph): drop both.
      const table = out[repeated].table!;
      out.splice(repeated + 1);
      renumber = new Map([[b.table, table]]);
      continue;
    }
    if (!continues) {
      out.push(b);
      continue;
    }
    renumber = new Map([[b.table, prev.table!]]);
    if (isTail(prev, b)) out[out.length - 1] = joinTail(prev, b);
    else out.push({ ...b, table: prev.table, row: (prev.row ?? 0) + 1 });
  }
  return out;
}

/**
 * Where the table a page's first row repeats the header of ends: `b` opens its table on the page
 * after a table's last row, with at most two short paragraphs between (the header's wrapped words:
 * without digits, or printed just above that table's first row too, "Năm" / "2023"), and its
 * non-empty cells are, but for one, the cells of that table's first row.
 * Returns the index in `out` of that last row, or -1.
 */
function repeatedHeader(out: RawBlock[], b: RawBlock): number {
  let i = out.length - 1;
  while (i >= 0 && i >= out.length - 2 && out[i].kind === 'paragraph' && out[i].page === b.page && out[i].text.length <= 40) i--;
  const last = out[i];
  if (!last || last.kind !== 'row' || last.table === undefined || last.page === null || b.page !== last.page + 1 || !last.cells || !b.cells) return -1;
  const first = out.findIndex((x) => x.kind === 'row' && x.table === last.table);
  const header = out[first];
  if (!header.cells || header.cells.length !== b.cells.length) return -1;
  const above = new Set(out.slice(Math.max(0, first - 2), first).filter((x) => x.kind === 'paragraph' && x.page === header.page).map((x) => x.text));
  if (out.slice(i + 1).some((x) => /\d/u.test(x.text) && !above.has(x.text))) return -1;
  const key = (c: string) => c.toLowerCase().replace(/\s+/gu, '');
  const filled = b.cells.map((c, k) => [key(c), key(header.cells![k])]).filter(([c]) => c);
  const same = filled.filter(([c, h]) => c === h).length;
  return filled.length >= 2 && same >= filled.length - 1 && same >= 2 ? i : -1;
}

/** Up to two short paragraphs without digits just before `out[i]` on its page (a header's wrapped words): the index before them. */
function beforeShortParagraphs(out: RawBlock[], i: number, page: number | null): number {
  let j = i - 1;
  while (j >= 0 && i - 1 - j < 2 && out[j].kind === 'paragraph' && out[j].page === page && out[j].text.length <= 40 && !/\d/u.test(out[j].text)) j--;
  return j;
}

/** Whether a block holds a digit (a row's cells: its text may not be set yet). */
const hasDigit = (x: RawBlock) => /\d/u.test((x.cells ?? [x.text]).join(' '));

/** Lower-case words of blocks' texts. */
const wordsOf = (bs: RawBlock[]) => bs.flatMap((x) => (x.cells ?? [x.text]).join(' ').toLowerCase().split(/\s+/u).filter(Boolean));

/**
 * A header repeated at the top of the page in pieces: its lines came out as rows of their own (a scan's lines sit
 * further apart than a text layer's), so no one row is the header's. `blocks[at]` opens its table on the page after a
 * table's last row (at most two short paragraphs between), and it and the rows of its table after it up to the first
 * with a number (or fewer: the row the page cut may go on after the repeat), with those paragraphs, hold only words of the first page's header rows (its rows before its first row
 * with a digit, and short paragraphs just above it), but for one, and most of them. Returns the index in `out` of that
 * last row and how many rows of `blocks` the repeat takes, or null.
 */
function repeatedHeaderInPieces(out: RawBlock[], blocks: RawBlock[], at: number): { last: number; rows: number } | null {
  const b = blocks[at];
  const i = beforeShortParagraphs(out, out.length, b.page);
  const last = out[i];
  if (!last || last.kind !== 'row' || last.table === undefined || last.page === null || b.page !== last.page + 1 || last.cells?.length !== b.cells?.length) return null;
  const first = out.findIndex((x) => x.kind === 'row' && x.table === last.table);
  let end = first;
  while (end < out.length && out[end].kind === 'row' && out[end].table === last.table && !hasNumber(out[end])) end++;
  if (end === first) return null;
  const header = wordsOf(out.slice(beforeShortParagraphs(out, first, out[first].page) + 1, end));
  // The repeat may come apart into more rows than the first page's header (its top line a row of its own).
  let most = 0;
  while (at + most < blocks.length && most < end - first + 2) {
    const r = blocks[at + most];
    if (r.kind !== 'row' || r.table !== b.table || r.page !== b.page || hasNumber(r)) break;
    most++;
  }
  // The repeat may take fewer rows than that: the row after it may be the tail of the row the page cut ("phòng",
  // "chuyển"). The rows with the fewest words not the header's, the most of them on a tie.
  let best: { last: number; rows: number; strangers: number } | null = null;
  for (let rows = most; rows > 0; rows--) {
    const repeat = wordsOf([...out.slice(i + 1), ...blocks.slice(at, at + rows)]);
    if (repeat.length < 3 || repeat.length < 0.6 * header.length) break;
    const left = [...header];
    let strangers = 0;
    for (const w of repeat) {
      const k = left.indexOf(w);
      if (k >= 0) left.splice(k, 1);
      else strangers++;
    }
    if (strangers <= (repeat.length >= 5 ? 1 : 0) && (!best || strangers < best.strangers)) best = { last: i, rows, strangers };
  }
  return best && { last: best.last, rows: best.rows };
}

/**
 * Whether a row holds a number standing as a word of its own, a year aside (a header names its columns by years, "Dự
 * toán năm 2024"): a scrap that mixes letters and digits ("g1", the column "STT" read badly) is none either, and is
 * left for the header's words to count.
 */
const hasNumber = (x: RawBlock) => /(?:^|\s)(?!(?:19|20)\d\d(?:\s|$))[-+(]?[\d.,%/]*\d[\d.,%/)]*(?=\s|$)/u.test((x.cells ?? [x.text]).join(' '));

/**
 * Whether a page's first row `b` is the tail of the row `prev` the page break cut: no number of its
 * own, and no figure but the cut end of one above it ("504.600.0" + "00"), the two ends making one
 * number of a well-formed shape: "6,20" + "29,12" (a total row under a repeated header) makes none.
 */
function isTail(prev: RawBlock, b: RawBlock): boolean {
  if (!prev.cells || !b.cells || prev.cells.length !== b.cells.length || b.cells[0].trim()) return false;
  return b.cells.every((c, i) => !/\d/.test(c) || (/\d/.test(prev.cells![i]) && joinCellLines([prev.cells![i], c]) === prev.cells![i] + c && wellFormedJoin(prev.cells![i], c)));
}

// One number as either style writes it: a plain run with at most one decimal part, or groups of three under one mark and
// a decimal part under the other ("504.600.000", "1.234,5", "1,234.5"); a fraction's or a rate's sides each so.
const NUMBER_SHAPE = /^(?:\d+(?:[.,]\d+)?|\d{1,3}(?<g>[.,])\d{3}(?:\k<g>\d{3})*(?:(?!\k<g>)[.,]\d+)?)$/u;
/** Whether the number a cut cell's last token and its tail's first token make is well formed. */
function wellFormedJoin(above: string, tail: string): boolean {
  const token = (/\S*$/u.exec(above.trimEnd())?.[0] ?? '') + (/^\S*/u.exec(tail.trimStart())?.[0] ?? '');
  return token.replace(/%$/u, '').split(/[/=]/u).every((side) => side === '' || NUMBER_SHAPE.test(side));
}

/** The row the page break cut, its tail joined: it ends where the tail does (`yEnd` on `endPage`). */
function joinTail(prev: RawBlock, b: RawBlock): RawBlock {
  const end = b.yEnd !== undefined && b.page !== null ? { yEnd: b.yEnd, endPage: b.endPage ?? b.page } : {};
  return { ...prev, cells: prev.cells!.map((c, i) => joinCellLines([c, b.cells![i]].filter((s) => s.trim()))), ...end };
}

function lastRowOf(blocks: RawBlock[], table: number): number | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].kind === 'row' && blocks[i].table === table) return blocks[i].row;
  return undefined;
}
