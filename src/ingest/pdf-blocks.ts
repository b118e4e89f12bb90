/**
 * PDF lines → raw blocks: drop running page numbers, join an auto-number
 * with its text, pull out tables, and join wrapped lines into paragraphs.
 */
import type { RawBlock } from './build-source.js';
import { FIGURE_CELL, findTabGrid, lineText, splitAtTabStops, splitAtWideTabs, unwrapRow, type PdfLine, type PdfSegment, type TabGrid } from './pdf-lines.js';
import { findTables } from './pdf-tables.js';
import { borderedWidth, isRuleLine } from './bordered-rows.js';
import { alt, AMOUNT_AFTER_WORDS, LEVEL_WORDS, NAMING_WORDS } from '../text/lexicon.js';

/**
 * A line starts a new paragraph when it opens with a list or heading marker: the house styles
 * of src/segment/heading.ts ("A. KẾT QUẢ", "III- ĐÁNH GIÁ", "II/ KẾT QUẢ", "1- …", "1.2- …", "1.2) …", "a- …", "b - …", "a/ …", "Mục 2. …", "Phần 3. …", "PHẦN …",
 * "II.1. Kết quả", "II.1.a) Kết quả", "(ii) Kết quả", "(2) Kết quả", "1-Kết quả", "II-KẾT QUẢ") included; the em dash as the en
 * dash ("III — ĐÁNH GIÁ", "2 — Kết quả").
 */
const MARKER = /^(?:[-+*•●▪◦■–]\s|[1-9]\d?(?:\.\d{1,2})+\.?\s|[1-9]\d?(?:\.\d{1,2})+\)\s+\p{Lu}|[1-9]\d?[.)]\s|[1-9]\d?(?:\.\d{1,2})*\/\s+\p{L}|[IVXLC]{1,6}[.)]\s|[IVXLC]{1,6}\/\s*\p{Lu}|[a-zđ][.),]\s|[a-zđ]\/\s+\p{L}|PHẦN\b|Phần thứ(?!\p{L})|[A-ZĐ][.)]\s+\p{Lu}|[IVXLC]{1,6}\s?[-–—]\s+\p{Lu}|[IVXL]{1,6}[-–—]\p{Lu}{2,}\s|[1-9]\d?\s?[-–—]\s+\p{L}|[1-9]\d?(?:\.\d{1,2})+\s?[-–—]\s+\p{Lu}|[a-zđ][-–—]\s+\p{L}|[a-zđ]\s[-–—]\s+\p{Lu}|(?:MỤC|Mục|Phần)\s+(?:[IVXL]+|\d{1,2})(?:\s*[.:\-–]|\s+\p{Lu}{2}|$)|[IVXL]{1,6}(?:\.\d{1,2})+(?:\.[a-zđ])?[.)]?\s+\p{Lu}|\((?:[ivxl]{1,6}|[a-zđ]|[1-9]\d?)\)\s+\p{Lu}|[1-9]\d?[-–—]\p{Lu}\p{Ll}*\s)/u;
/**
 * "b-Về thủy lợi": a letter with a title glued to its dash opens a paragraph only after a finished sentence, since a wrapped
 * line may open with a word so spelled ("e-Office …").
 */
const GLUED_LETTER = /^[a-zđ][-–—]\p{Lu}\p{Ll}*\s/u;
/** A run that is nothing but an auto-number or bullet (Word puts it at a tab stop). */
const MARKER_ONLY = /^(?:[-+*•●▪◦■–]|[1-9]\d?(?:\.\d{1,2})+[.)]?|[1-9]\d?[.)\-]|[IVXLC]{1,6}[.)]|[A-ZĐ][.)]|[a-zđ][.),\-]|\((?:[ivxl]{1,6}|[a-zđ]|[1-9]\d?)\))$/u;
/**
 * List bullets drawn as glyphs read as the dash a typed list would use; a "•" typed in the text (one run with it) stays "•",
 * as the txt and docx readers keep it (a quote "• 18 doanh nghiệp" is then found in every form), a space after it.
 */
const BULLET = /^([•●▪◦■])\s*/u;
const bulletOf = (_m: string, glyph: string) => (glyph === '•' ? '• ' : '- ');
/**
 * A bullet glyph set apart from its text, at a tab stop before a hanging indent, is a list's label (Word and LibreOffice
 * draw a bulleted list so): it reads "- ", as the docx reader gives a bullet level and the txt form types the item.
 */
const LABEL_GLYPH = /^[•●▪◦■]$/u;
const asLabel = (s: PdfSegment): PdfSegment => (LABEL_GLYPH.test(s.text) ? { ...s, text: '-' } : s);
const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:Trang|Page)\s+\d+(?:\s*\/\s*\d+)?$/iu;
const FOOTNOTE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u;
/** A finished sentence or clause at a line's end. */
const SENTENCE_END = /[.;:!?…]["”’)]?$/u;
/** "./." closes an administrative document's text; "Nơi nhận:" opens its distribution list. */
const TEXT_END = /\.\/\.$/u;
const CLOSING_START = /^Nơi nhận\s*:/u;

/** A line after clean-up, with its 1-based number on the page. */
interface BodyLine extends PdfLine {
  no: number;
  text: string;
  /** Where the text after a leading number starts (hanging indent of a list item). */
  textX: number;
}

/** Turn every page's lines into paragraph and row blocks, in reading order. */
export function buildBlocks(pages: PdfLine[][]): RawBlock[] {
  // Text typed with tabs: cut its lines at the document's tab stops, so cells come back as typed.
  const grid = findTabGrid(pages.flat());
  let split = pages;
  const edge = rightEdge(pages.flat());
  if (grid) {
    // A typed row longer than the page wraps once onto the line below: put it back on one line. A
    // row that wraps more (or whose rest cannot be told) sends the document to the column reading
    // below, which joins wrapped cell lines (a limit: one such row decides for the whole document).
    const raw = unwrapRows(pages, grid, edge);
    if (raw) split = evenRows(raw.map((lines) => lines.map((l) => splitAtTabStops(l, grid))), raw, grid).map((lines) => besideRows(lines, grid));
  }
  const body = split.map((lines) => cleanPage(lines, edge));
  const step = lineStep(body);
  const right = rightEdge(body.flat());
  const spaced = spacesParagraphs(body, step, right);
  const blocks: RawBlock[] = [];
  let table = 0;
  let para: { block: RawBlock; first: BodyLine; last: BodyLine; count: number } | null = null;
  // The cells of the last line between bars ("| STT | … |") made a block: a row as wide as it is whole.
  let bordered = 0;
  const flush = () => {
    if (para) {
      blocks.push(para.block);
      const width = borderedWidth(para.block.text);
      if (width > 0 && !isRuleLine(para.block.text)) bordered = width;
    }
    para = null;
  };
  for (const lines of body) {
    const tables = findTables(lines, step);
    let t = 0;
    for (let i = 0; i < lines.length; i++) {
      const found = tables[t];
      if (found && i === found.start) {
        flush();
        const rows = found.rows.slice();
        const before = blocks[blocks.length - 1];
        if (before?.cells && before.table !== undefined && lines[rows[0].line].page !== before.page) {
          // The header may be printed again atop the page: the rest is the row under it.
          const header = blocks.find((b) => b.kind === 'row' && b.table === before.table)?.cells;
          const k = header && header !== before.cells && sameCells(header, rows[0].cells) ? 1 : 0;
          if (rows.length > k + 1 && labelRest(rows[k].cells, before.cells)) {
            before.cells[0] = `${before.cells[0]} ${rows[k].cells[0]}`;
            rows.splice(k, 1);
          }
        }
        for (const [r, row] of rows.entries()) {
          // The baselines of the row's first and last lines (a scan's row joiner weighs the gaps between rows).
          const last = lines[Math.max(row.line, (r + 1 < rows.length ? rows[r + 1].line : found.end) - 1)];
          blocks.push({ kind: 'row', text: '', cells: row.cells, table, row: r, line: lines[row.line].no, page: lines[row.line].page, y: lines[row.line].y, yEnd: last.y, size: lines[row.line].size });
        }
        table++;
        t++;
        i = found.end - 1;
        continue;
      }
      const line = lines[i];
      if (para && continues(para, line, step, right, spaced) && !borderedRowEnds(para.block.text, line.text, bordered) && !borderedAfterProse(para.block.text, line.text)) {
        // A line broken after a hyphen or slash inside a code ("QĐ-" / "TTg"), or after the sign of a
        // bracketed figure ("(-" / "15,38%)") or of a figure alone in a bordered cell ("| -" / "12,5 |"), joins without a space.
        const glued = /[\p{L}\d][-/]$/u.test(para.block.text) || (/[(|]\s*[-+−]$/u.test(para.block.text) && /^\d/.test(line.text));
        para.block.text += glued ? line.text : ` ${line.text}`;
        para.last = line;
        para.count++;
        continue;
      }
      flush();
      const kind = FOOTNOTE.test(line.text) ? 'footnote' : 'paragraph';
      para = { block: { kind, text: line.text, fontSize: round(line.size), line: line.no, page: line.page }, first: line, last: line, count: 1 };
    }
  }
  flush();
  return blocks;
}

/**
 * A table row whose label wrapped past the page's foot: the next page's table opens with the label's rest alone, every
 * other cell empty ("Sàng lọc ĐTĐ | 298 | 275 | …" then "(người) | | | …"). The rest goes back to the row it left when it
 * reads as wrapped words (a bracket or a small letter first), the row above filled every cell, and both have as many.
 */
function labelRest(cells: string[], above: string[]): boolean {
  return cells.length === above.length && cells.length >= 2 && /^[(\p{Ll}]/u.test(cells[0]) && cells.slice(1).every((c) => c.trim() === '')
    && above.every((c) => c.trim() !== '') && !/[.;:!?]$/u.test(above[0]);
}

const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((c, k) => c.replace(/\s+/gu, '') === b[k].replace(/\s+/gu, ''));

/** A line ending in a number's dash or slash ("năm học 2025-", "ngày 12/"), the text going on below. */
const OPEN_RANGE = /\d[-–/]$/u;

/**
 * A bare number as a page's last line is the end of a range wrapped off the line above ("… năm học 2025-" / "2026"),
 * not a page number, when it stands one line step below that line at its left edge.
 */
function finishesRange(above: PdfLine | undefined, line: PdfLine): boolean {
  return !!above && above.page === line.page && OPEN_RANGE.test(lineText(above)) && above.y - line.y > 0 && above.y - line.y < 1.6 * line.size &&
    Math.abs(above.x0 - line.x0) <= 0.6 * line.size;
}

/** Drop page-number lines, join lone markers with their text, number the lines. */
function cleanPage(lines: PdfLine[], right: number): BodyLine[] {
  const kept = lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && lines.length > 1 && PAGE_NUMBER.test(lineText(l)) && !finishesRange(lines[i - 1], l)));
  const out: BodyLine[] = [];
  for (let i = 0; i < kept.length; i++) {
    let line = kept[i];
    const segs = line.segments;
    if (line.tabbed) {
      // A row typed with tabs keeps its cells as typed, a number cell included.
      const { page, y, size, x0, x1, segments, startsWithNote, tabbed } = line;
      out.push({ page, y, size, x0, x1, segments, startsWithNote, tabbed, no: out.length + 1, text: lineText(line), textX: x0 });
      continue;
    }
    const textX = segs.length >= 2 && MARKER_ONLY.test(segs[0].text) ? segs[1].x0 : line.x0;
    if (segs.length >= 2 && MARKER_ONLY.test(segs[0].text)) line = { ...line, segments: [merge(asLabel(segs[0]), segs[1]), ...segs.slice(2)] };
    // A number alone on its line ("1." above its title): glue it to the next line.
    const next = kept[i + 1];
    const below = next && next.page === line.page && line.y - next.y < 2 * line.size && next.x0 >= line.x0 - 0.6 * line.size;
    // Not when the line below opens with a marker of its own ("2. KẾT QUẢ" under a lone "I."), nor
    // when the number is the last word of a wrapped sentence ("… học sinh lớp" / "7."): the line
    // above ran to the right edge unfinished, just one line up, and the number starts where it does.
    const prev = out[out.length - 1];
    const wrapped =
      prev && prev.page === line.page && prev.y - line.y > 0 && prev.y - line.y < 1.6 * line.size && Math.abs(prev.x0 - line.x0) <= 0.6 * line.size &&
      prev.x1 >= right - 1.5 * line.size && !SENTENCE_END.test(prev.text);
    if (segs.length === 1 && MARKER_ONLY.test(segs[0].text) && below && !wrapped && !MARKER.test(lineText(next))) {
      kept[i + 1] = { ...next, x0: line.x0, segments: [merge(asLabel(segs[0]), next.segments[0]), ...next.segments.slice(1)] };
      continue;
    }
    // Every field written out: a spread here was the costliest step of a long pdf's blocks.
    // The runs go along (a drawn table's reader cuts a segment at a column edge with them).
    // A scan's lines keep their mark: the table reader treats them apart (pdf-tables.ts `restacks`).
    const { page, y, size, x0, x1, segments, startsWithNote, items, scanned } = line;
    out.push({ page, y, size, x0, x1, segments, startsWithNote, items, scanned, no: out.length + 1, text: lineText(line).replace(BULLET, bulletOf), textX });
  }
  return out;
}

/** Pages with every typed row that wrapped put back on one line; null when a row's rest is not found. */
function unwrapRows(pages: PdfLine[][], grid: TabGrid, edge: number): PdfLine[][] | null {
  const out: PdfLine[][] = [];
  for (const lines of pages) {
    const page: PdfLine[] = [];
    // The most cells of a typed row so far on the page: the table's width, as its header gives it.
    let width = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const rest = lines[i + 1];
      const cells = splitAtTabStops(line, grid);
      if (!cells.tabbed) {
        page.push(line);
        width = 0;
        continue;
      }
      // A wrapped end holds a row's last cells: a line below cut into as many cells as the row (three
      // or more) is a row of its own, and the row above it ended near the edge without wrapping
      // ("1 Lúa 1.100 …" under a long header, a total row under the last row). But a row short of
      // the table's width whose tab-wrapped end brings it to exactly that width wrapped
      // ("10 | Đường … | Khởi công mới | 11.400" over "5.130 | 45,0 | -").
      if (rest && isOwnRow(line, rest, grid, lines[i + 2], edge) && !fillsRow(line, rest, grid, edge, width) && !fillsRowBelow(line, rest, lines[i + 2], grid, edge, width)) {
        page.push(line);
        width = Math.max(width, cells.segments.length);
        continue;
      }
      if (rest && cells.segments.length >= width && parallelRows(line, rest, lines[i + 2], grid)) {
        page.push(line);
        width = Math.max(width, cells.segments.length);
        continue;
      }
      if (rest && wrapsOnto(line, rest, grid, edge)) {
        const whole = unwrapRow(line, rest, grid);
        page.push(whole);
        width = Math.max(width, splitAtTabStops(whole, grid).segments.length);
        i++;
        continue;
      }
      width = Math.max(width, cells.segments.length);
      if (line.x1 > edge - grid.interval / 2) return null;
      page.push(line);
    }
    out.push(page);
  }
  return out;
}

/**
 * Whether `rest`, starting on a stop past the margin, is the tab-wrapped end of `row`: the row has
 * fewer cells than the table's `width`, its next cell would not have fitted on its line, and put
 * back together it has exactly `width` cells.
 */
function fillsRow(row: PdfLine, rest: PdfLine, grid: TabGrid, edge: number, width: number): boolean {
  if (width < 3 || rest.x0 <= grid.origin + 0.5) return false;
  if (splitAtTabStops(row, grid).segments.length >= width || !wrapsOnto(row, rest, grid, edge)) return false;
  const whole = splitAtTabStops(unwrapRow(row, rest, grid), grid);
  return !!whole.tabbed && whole.segments.length === width;
}

/**
 * Whether `rest` is the tab-wrapped end of a header-like `row` that opens a table: the line after
 * `rest` (the first body row) has more cells than `row`, `rest` alone has fewer, and `row` put back
 * together with `rest` has exactly the body row's cells ("Cấp học | … | Tỷ lệ khám (%)" over
 * "| Suy dinh dưỡng | … | Tỷ lệ (%)" above nine-cell rows).
 */
function fillsRowBelow(row: PdfLine, rest: PdfLine, after: PdfLine | undefined, grid: TabGrid, edge: number, width: number): boolean {
  if (!after || after.page !== row.page) return false;
  const body = splitAtTabStops(after, grid);
  if (!body.tabbed) return false;
  const need = body.segments.length;
  if (need < 3 || width >= need) return false;
  if (splitAtTabStops(row, grid).segments.length >= need || splitAtTabStops(rest, grid).segments.length >= need) return false;
  if (!wrapsOnto(row, rest, grid, edge)) return false;
  const whole = splitAtTabStops(unwrapRow(row, rest, grid), grid);
  return !!whole.tabbed && whole.segments.length === need;
}

/**
 * Whether the typed line below `row` is cut into as many cells as it (three or more). A line below
 * that wraps itself onto the next line counts with its wrapped end ("3 | Kè … | Chuyển tiếp |
 * 32.600 | 21.190" over "65,0 | -12,5"): the row above, ending at the edge, then ended there.
 */
function isOwnRow(row: PdfLine, below: PdfLine, grid: TabGrid, after: PdfLine | undefined, edge: number): boolean {
  if (below.page !== row.page) return false;
  const cells = splitAtTabStops(below, grid);
  if (!cells.tabbed) return false;
  const need = Math.max(3, splitAtTabStops(row, grid).segments.length);
  if (cells.segments.length >= need) return true;
  if (!after || !wrapsOnto(below, after, grid, edge)) return false;
  // Only a rest that is not a row of its own, and that is no wrap of a longer line either.
  if (after.x0 <= grid.origin + 0.5 || isOwnRow(below, after, grid, undefined, edge)) return false;
  const whole = splitAtTabStops(unwrapRow(below, after, grid), grid);
  return !!whole.tabbed && whole.segments.length >= need;
}

/**
 * Whether the line below `row` and the one after it are typed rows of as many cells as `row` (two or more), each right
 * under the other and opening at the margin: a run of rows, not a row whose end wrapped, though `row` ran to the edge
 * (a row short of its table's width is left to fillsRow: its caller asks this only of a row as wide as the rows above). A letterhead typed with tabs
 * ("ỦY BAN NHÂN DÂN HUYỆN A ⇥ CỘNG HÒA … VIỆT NAM" over "ỦY BAN NHÂN DÂN XÃ B ⇥ Độc lập …" over "Số: … ⇥ B, ngày …"):
 * its motto line nearly fills the page, and a wrap read there puts the issuer into the motto's cell. A wrapped end brings
 * the row its missing cells and is followed by the next row, not by one as short as the row. The lines below are cut at a
 * tab that left little blank too (splitAtWideTabs), as besideRows cuts lines beside typed rows.
 */
function parallelRows(row: PdfLine, below: PdfLine, after: PdfLine | undefined, grid: TabGrid): boolean {
  if (!after || below.page !== row.page || after.page !== row.page) return false;
  const under = (a: PdfLine, b: PdfLine) => a.y - b.y > 0 && a.y - b.y <= 1.5 * a.size;
  const margin = (l: PdfLine) => Math.abs(l.x0 - grid.origin) <= 0.5;
  if (!under(row, below) || !under(below, after) || !margin(row) || !margin(below) || !margin(after)) return false;
  const count = (l: PdfLine) => {
    const typed = splitAtTabStops(l, grid);
    const cut = typed.tabbed ? typed : splitAtWideTabs(l, grid);
    return cut.tabbed ? cut.segments.length : 1;
  };
  const n = count(row);
  return n >= 2 && count(below) === n && count(after) === n;
}

/**
 * Whether `rest` is the wrapped end of the typed row `row`: directly below, starting on a stop,
 * short of the edge itself, and its first word would not have fitted on the row's line (after a
 * space when it starts at the margin, a word wrap; after the next stop when it starts on a stop,
 * a tab that wrapped).
 */
function wrapsOnto(row: PdfLine, rest: PdfLine, grid: TabGrid, edge: number): boolean {
  if (rest.page !== row.page || rest.startsWithNote || Math.abs(rest.size - row.size) > 0.5) return false;
  const drop = row.y - rest.y;
  if (drop <= 0 || drop > 1.5 * row.size || rest.x1 > edge - grid.interval / 2) return false;
  const k = Math.round((rest.x0 - grid.origin) / grid.interval);
  if (k < 0 || Math.abs(rest.x0 - grid.origin - k * grid.interval) > 0.5) return false;
  const seg = rest.segments[0];
  const word = seg.text ? ((seg.x1 - seg.x0) * seg.text.split(' ')[0].length) / seg.text.length : 0;
  const next = grid.origin + (Math.floor((row.x1 + 0.1 * row.size - grid.origin) / grid.interval) + 1) * grid.interval;
  return (k === 0 ? row.x1 + 0.25 * row.size : next) + word > edge;
}

/**
 * A line right above or below a typed row that is no row itself may still be one whose tab left a gap a little over two
 * word spaces (a letterhead's "Số: …" and its place and date under the typed lines above): it is cut where a word on a
 * stop follows half a font size of blank (splitAtWideTabs). Only beside typed rows: in prose such a gap is a justified
 * line's word space that happens to end on a stop. After evenRows, which reads a row short of its table's cells better
 * (a long label with a word on a stop by chance) and leaves this the lines it did not take.
 */
function besideRows(lines: PdfLine[], grid: TabGrid): PdfLine[] {
  const near = (a: PdfLine | undefined, b: PdfLine) => !!a?.tabbed && a.page === b.page && Math.abs(a.y - b.y) < 2 * b.size;
  return lines.map((l, i) => (l.tabbed || !(near(lines[i - 1], l) || near(lines[i + 1], l)) ? l : splitAtWideTabs(l, grid)));
}

// A cell of a row read from a line beside typed rows: a figure, with a few words at most ("2.098 em", "Tăng 5%"). A
// justified line of prose cut at the stops its words happen to land on ("nhận tốt nghiệp THCS: 2.098/2.105 em, đạt" |
// "99,3%. Kỳ thi tuyển sinh vào lớp 10 …") holds a number among many words: no row's cell.
const MAX_FIGURE_CELL_WORDS = 4;
const figureCell = (c: PdfSegment) => /\d/u.test(c.text) && c.text.trim().split(/\s+/u).length <= MAX_FIGURE_CELL_WORDS;

/**
 * Rows of one typed table have the same cells, as a rule: a row with fewer than most rows of its
 * run of typed lines lost a tab that left only a word space (or none) before its stop. Such a row is
 * cut again at every word that starts on a stop, and the new cells are kept when they do not
 * outnumber the other rows'.
 */
function evenRows(pages: PdfLine[][], rawPages: PdfLine[][], grid: TabGrid): PdfLine[][] {
  const out = pages.flat();
  const raw = rawPages.flat();
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < out.length; ) {
    if (!out[i].tabbed) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < out.length && out[end].tabbed && out[end].page === out[i].page) end++;
    runs.push([i, end]);
    i = end;
  }
  // The count of cells most rows of a run share: more than half its lines, two at least (0 when none).
  const majority = ([start, end]: [number, number]) => {
    const counts = new Map<number, number>();
    for (let k = start; k < end; k++) counts.set(out[k].segments.length, (counts.get(out[k].segments.length) ?? 0) + 1);
    for (const [n, c] of counts) if (c >= 2 && 2 * c > end - start) return n;
    return 0;
  };
  // A table cut by a page's foot goes on atop the next page: a run that ends its page (a page number at most after it)
  // and one that opens the next (a page number at most before it) are its two parts. The rows of a short part (a header
  // and two rows above the break, each short by the tab a long label or header cell left a word space) agree with one
  // another, so the other part's majority count, when larger, is the table's.
  const across = (a: [number, number], b: [number, number]) =>
    out[b[0]].page !== out[a[1] - 1].page && b[0] - a[1] <= 2 && out.slice(a[1], b[0]).every((l) => PAGE_NUMBER.test(lineText(l)));
  const lent = runs.map((run, r) => Math.max(r > 0 && across(runs[r - 1], run) ? majority(runs[r - 1]) : 0, r + 1 < runs.length && across(run, runs[r + 1]) ? majority(runs[r + 1]) : 0));
  for (const [r, [start, end]] of runs.entries()) {
    const counts = new Map<number, number>();
    for (let k = start; k < end; k++) counts.set(out[k].segments.length, (counts.get(out[k].segments.length) ?? 0) + 1);
    let mode = 0;
    let most = 0;
    for (const [n, c] of counts) if (c > most || (c === most && n > mode)) [mode, most] = [n, c];
    // Where the rows share a label of one width ("Khối 6", "Khối 7"), most of them lose the same tab
    // and the mode is short by one: the header's count (the run's first row names every column), or
    // a count held by two rows or more (the header and the total row), is then the table's, and a
    // row re-cut to exactly that count is taken.
    let widest = out[start].segments.length;
    for (const [n, c] of counts) if (c >= 2 && n > widest) widest = n;
    const borrowed = lent[r] > Math.max(mode, widest) ? lent[r] : 0;
    const table = borrowed || Math.max(mode, widest);
    for (let k = start; k < end; k++) {
      const n = out[k].segments.length;
      if (n > table && n > mode) {
        // A cell too many: a word whose letters meet digits on a stop by chance ("110" | "kV" of "Trạm 110kV") was cut
        // there; read without cutting inside words, the row is taken when it has exactly the table's count.
        const whole = splitAtTabStops(raw[k], grid, false, false);
        if (whole.segments.length === table) out[k] = whole;
      }
      if (n >= table) continue;
      const again = splitAtTabStops(raw[k], grid, true);
      const m = again.segments.length;
      if (m > n && (m <= mode || m === widest || m === borrowed)) {
        out[k] = again;
        continue;
      }
      // Cut at every stop, a label word that starts on one by chance makes a cell too many: cut
      // only where a figure starts on a stop, and take exactly the table's count.
      const figures = splitAtTabStops(raw[k], grid, 'figures');
      if (m > n && figures.segments.length === table) out[k] = figures;
    }
    // A typed row whose tabs all left only word spaces reads as one run beside the table: it is a
    // row when cut at the stops it gives as many cells as the table's rows, all but the first with
    // figures; the line right above the first row, with no cell empty, is its header (words of
    // prose landing on every one of the stops a header needs is no chance worth counting). Above the run, a typed line
    // short of the table's cells is read again the same way: a header whose wide cells ("6 tháng 2024") pushed the next
    // ones past their stops, each after only a word space, heads a run of such rows as its own short run.
    if (mode < 3) continue;
    let top = start;
    const adopt = (k: number, above = false) => {
      if (k < 0 || k >= out.length || out[k].page !== out[start].page || Math.abs(out[k].size - out[start].size) > 0.5) return false;
      if (out[k].tabbed && !(above && out[k].segments.length < mode)) return false;
      const again = labelJoined(splitAtTabStops(raw[k], grid, true), mode);
      // Only rows of figures want a header: a first row without one is the header, and the line above it a caption
      // whose words fell on the stops by chance ("Phụ lục. | Kết quả thanh tra | … | 2026" above "Đơn vị | Phát hiện …").
      const header = k === top - 1 && out[k].page === out[top].page && out[k].y - out[top].y < 2 * out[top].size && again.segments.every((c) => c.text !== '')
        && out[top].segments.slice(1).some((c) => FIGURE_CELL.test(c.text.trim()));
      if (again.segments.length !== mode || !(header || again.segments.slice(1).every(figureCell))) return false;
      out[k] = again;
      return true;
    };
    for (let k = start - 1; adopt(k, true); k--) top = k;
    for (let k = end; adopt(k); k++);
    for (let k = start; k < end; k++) if (!out[k].tabbed) adopt(k);
  }
  let at = 0;
  return pages.map((lines) => out.slice(at, (at += lines.length)));
}

/**
 * A row label longer than a tab interval has a word that starts on a stop by chance ("Người lao động
 * và người sử | dụng lao động đóng  5 100 …"): cut loosely, the label falls into two cells. When the
 * cells after the label are the table's figures, one each, the words before them are one label.
 */
function labelJoined(line: PdfLine, mode: number): PdfLine {
  const segs = line.segments;
  const extra = segs.length - mode;
  if (extra <= 0 || mode < 3) return line;
  const label = segs.slice(0, extra + 1);
  if (!label.every((c) => c.text !== '' && !/\d/.test(c.text)) || !segs.slice(extra + 1).every((c) => /\d/.test(c.text))) return line;
  const joined = { x0: label[0].x0, x1: label[label.length - 1].x1, text: label.map((c) => c.text).join(' ') };
  return { ...line, segments: [joined, ...segs.slice(extra + 1)] };
}

/** A font size to a tenth of a point: enough to compare headings with body text. */
function round(size: number): number {
  return Math.round(size * 10) / 10;
}

function merge(a: PdfSegment, b: PdfSegment): PdfSegment {
  return { x0: a.x0, x1: b.x1, text: `${a.text} ${b.text}` };
}

/** The usual distance between baselines, in font sizes (a low quantile: wrapped lines are the commonest gap). */
function lineStep(pages: BodyLine[][]): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const g = (lines[i - 1].y - lines[i].y) / lines[i].size;
      if (g > 0.8 && g < 3) gaps.push(g);
    }
  }
  if (!gaps.length) return 1.2;
  gaps.sort((a, b) => a - b);
  // Short documents may have no wrapped line at all; cap at a generous 1.5 line spacing.
  return Math.min(1.5, gaps[Math.floor(gaps.length * 0.2)]);
}

/** The text column's right edge: a high quantile of line ends, so one stray wide line does not move it. */
function rightEdge(lines: PdfLine[]): number {
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  return ends.length ? ends[Math.floor((ends.length - 1) * 0.95)] : 0;
}

/** Whether `line` is the wrapped continuation of the paragraph so far. */
function continues(para: { first: BodyLine; last: BodyLine; count: number; block: RawBlock }, line: BodyLine, step: number, right: number, spaced = false): boolean {
  const prev = para.last;
  if (para.block.kind === 'row' || FOOTNOTE.test(line.text) || line.startsWithNote) return false;
  if (GLUED_LETTER.test(line.text) && SENTENCE_END.test(prev.text)) return false;
  if (MARKER.test(line.text) && !numberOfWordAbove(prev.text, line.text) && !amountWrapped(prev.text, line.text) && !unitWrapped(prev.text, line.text) && !closesBracketAbove(prev.text, line.text)
    && !enumerationRunsOn(para.block.text, line.text) && !cellRestWrapped(para.block.text, line.text) && !dashOfPairWrapped(para, line)
    && !(spaced && dashWrappedInProse(para, line))) return false;
  if (Math.abs(line.size - prev.size) > 0.15 * prev.size) return false;
  if (line.page === prev.page) {
    const gap = (prev.y - line.y) / line.size;
    if (gap <= 0 || gap > 1.35 * step) return false;
  } else if (/[.:!?]$/.test(prev.text) && /^\p{Lu}/u.test(line.text)) {
    // Across a page break there is no gap to read: a finished sentence followed by a capital starts anew. A clause closed
    // by ";" ("… Động Đạt 186 hộ;" / "Dự án Khu dân cư …") may run on: the tight width test below decides, as on a page.
    return false;
  }
  if (TEXT_END.test(prev.text) || CLOSING_START.test(line.text)) return false;
  // A title in capitals ends where a line with small letters follows (its wrapped part is capitals too).
  if (isCapitals(prev.text) && /\p{Ll}/u.test(line.text)) return false;
  // The previous line was wrapped only if the next word would not have fitted on it.
  const word = firstWordWidth(line);
  // Loose: the word width is estimated from the average letter, and justified or centred text varies.
  if (prev.x1 + word + 0.3 * line.size < right - 1.5 * line.size) return false;
  // After a finished sentence the test is tight: a word that would clearly have fitted (with a
  // space) means the line was ended by hand, as each line of a typed text is.
  // A clause closed by ";" with the next line opening in small letters ("… xe gắn máy 4.086 trường hợp;" / "phương tiện
  // khác …") is a list run on inside its sentence, no new paragraph (one opens with a capital or a marker): the loose test
  // above decides, as for any wrap. Tight, a scan's smaller measure of its type (its word boxes) cut the list in two.
  const clauseRunsOn = /;$/u.test(prev.text) && /^\p{Ll}/u.test(line.text);
  if (SENTENCE_END.test(prev.text) && !clauseRunsOn && prev.x1 + word + 0.3 * line.size < right - 0.3 * line.size) return false;
  // A list item's second line may hang under its text, past the number (up to a few font sizes in).
  const listed = MARKER.test(para.first.text) || para.first.textX > para.first.x0;
  const hanging = para.count === 1 && listed && line.x0 <= para.first.x0 + 4 * line.size;
  return line.x0 <= prev.x0 + 0.6 * line.size || hanging;
}

/**
 * A table written between bars ("| 2 | Chứng thực chữ ký | 1.126 | 11.260.000 |") whose line ran to the edge is no wrapped
 * line when it is a whole row, closed by a bar and as wide as the row above (the header first), and the next line opens
 * with a bar: a wrap breaks at one space, so a bar ending one line and a bar opening the next are two borders, two rows
 * (a wrap inside an empty cell, "| 12.486 |" / "| 38.408.000 |", leaves the row short of the width and is still joined).
 * The rule line under the header is never a wrap either.
 */
function borderedRowEnds(text: string, line: string, width: number): boolean {
  if (!/^\s*\|/u.test(line)) return false;
  const cells = borderedWidth(text);
  return cells > 0 && (isRuleLine(line) || (width > 0 && cells >= width));
}

/**
 * "Bảng 1. Kết quả … theo ấp (đơn vị: lao động)" / "| STT | Ấp | Kế hoạch | … |": a line between bars (two cells at least)
 * under a paragraph that does not open with a bar is a table's first line, never the paragraph's wrapped end, however
 * far the caption above ran to the edge (joined, the header was lost and the table read as prose).
 */
function borderedAfterProse(text: string, line: string): boolean {
  return borderedWidth(line) >= 2 && !/^\s*\|/u.test(text);
}

// A word that names by the number after it ("học kỳ", "đợt", "giai đoạn"), or a level's ("mức độ", "cấp"), closing an
// unfinished line, and a bare number or roman numeral opening the next: "… chuyển trao trong học kỳ" / "II. Trong học kỳ I
// đã trao …" is one sentence wrapped after "kỳ", its "II." the period's number, no heading (the line above must still have
// run to the edge, checked after).
const NAMING_AT_END = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(NAMING_WORDS, LEVEL_WORDS)})$`, 'iu');
const BARE_NUMBER_START = /^(?:[IVXLC]{1,6}|[1-9]\d?)[.)]?\s/u;
function numberOfWordAbove(above: string, line: string): boolean {
  // The naming words' pattern, tried at every place of the line above, is by far the dearest test: it goes last.
  return !SENTENCE_END.test(above) && BARE_NUMBER_START.test(line) && NAMING_AT_END.test(above);
}

// "… với tổng số tiền" / "6.8 tỷ đồng; …": in a document that writes decimals with a point, a line opening with a decimal
// and a word that makes it an amount ("tỷ", "triệu", "đồng") after an unfinished line is that line's amount wrapped, no
// "6.8" heading number.
const AMOUNT_START = new RegExp(String.raw`^\d{1,3}(?:\.\d{1,3})+\s+(?:${alt(AMOUNT_AFTER_WORDS)})(?![\p{L}])`, 'u');
// "… Bản du lịch cộng đồng Lác đón" / "12.6.30 lượt khách, …": so is a dotted number followed by a word in lower case (the
// noun it counts), which no heading's number is: a heading's title opens with a capital ("2.1.3 Kết quả").
const NUMBER_THEN_LOWER = /^\d{1,3}(?:\.\d{1,3})+\s+\p{Ll}/u;
function amountWrapped(above: string, line: string): boolean {
  return !SENTENCE_END.test(above) && (AMOUNT_START.test(line) || NUMBER_THEN_LOWER.test(line));
}

// "… mặt đường rộng 3,0" / "m, dày 18 cm, …": a line opening with a lone small letter and a mark after an unfinished line
// ending in a number is that number's unit symbol wrapped, no "m," list item, when small letters go on after it (a list
// item's text opens with a capital, and a heading line, short, never ran to the edge: checked after).
const UNIT_START = /^[a-zđ][.),]\s+\p{Ll}/u;
function unitWrapped(above: string, line: string): boolean {
  return !SENTENCE_END.test(above) && /\d$/u.test(above) && UNIT_START.test(line);
}

// "… vượt kế hoạch (chỉ tiêu 4, 5," / "7) và 04 chỉ tiêu chưa đạt …": a line above left a bracket open, unfinished, and the
// next opens with a number or letter closed by ")": that ")" closes the bracket above (the list's last member wrapped), no
// "7)" item marker.
const CLOSING_MARKER = /^(?:[1-9]\d?|[a-zđ]|[IVXLC]{1,6})\)\s/u;
function closesBracketAbove(above: string, line: string): boolean {
  return !SENTENCE_END.test(above) && CLOSING_MARKER.test(line) && unclosed(above);
}

// "… gồm 04 giống: (1) Bắc Thơm 7; (2) Nếp 97;" / "(3) Q5; (4) …": a line opening with an item marker ("(3)", "3)",
// "(c)", "c)") whose forerunner ("(2)", "2)", "(b)", "b)") stands inside the paragraph above, after words, is that run-in
// list wrapped, no item of its own; a list set out one item a paragraph opens each with its marker, never inside.
const RUN_ON_MARKER = /^(\(?)([1-9]\d?|[a-zđ])\)\s/u;
function enumerationRunsOn(above: string, line: string): boolean {
  const m = RUN_ON_MARKER.exec(line);
  if (!m) return false;
  const [, open, mark] = m;
  // The letter before, in the Vietnamese alphabet ("đ" after "d") or the plain one ("e" after "d").
  const before = /\d/.test(mark) ? String(Number(mark) - 1) : mark === 'đ' ? 'd' : mark === 'e' ? '[dđ]' : String.fromCharCode(mark.charCodeAt(0) - 1);
  if (before === '0' || mark === 'a') return false;
  const bracket = open ? '\\(' : '';
  return new RegExp(String.raw`[\p{L}\d,;:.)]\s+${bracket}${before}\)\s`, 'u').test(above) && !new RegExp(String.raw`(?:^|\s)${bracket}${mark}\)\s`, 'u').test(above);
}

// "3. Chuẩn bị … kỷ niệm Ngày Thầy thuốc" / "- Bác sĩ …": a spaced dash joining a pair of names ("Thương binh - Liệt sĩ", "Văn
// hóa - Thể thao") wrapped before it opens the next line, which then looks like a dash item. It is the wrap when the line
// above is a numbered item's first line, unfinished, and the dash line hangs under the item's text, past its number (where
// its wrapped lines go, and where no item of the list's own marker sits): a sub-item typed there would follow a finished
// line ("… gồm:", "…;"), and one the list sets out is indented further, under its own marker. The gap and the width of
// the line above are checked after, as for any wrap.
const DASH_START = /^[-–—]\s+\S/u;
/** A dash set apart from its text (a bullet glyph at a tab stop, read as "- "): a list's label, never a typed pair's dash. */
const labelSetApart = (line: BodyLine): boolean => line.textX > line.x0 + 0.3 * line.size;
function dashOfPairWrapped(para: { first: BodyLine; last: BodyLine; count: number }, line: BodyLine): boolean {
  const { first, last } = para;
  if (!DASH_START.test(line.text) || SENTENCE_END.test(last.text) || !/\p{L}$/u.test(last.text)) return false;
  if (labelSetApart(line)) return false;
  const hangs = first.textX > first.x0 + 0.6 * line.size && Math.abs(line.x0 - first.textX) <= 0.3 * line.size;
  return hangs && (para.count === 1 || Math.abs(line.x0 - last.x0) <= 0.3 * line.size);
}

/**
 * Whether the document sets its paragraphs apart by a gap wider than its line step: every line that surely ended a
 * paragraph (finished, well short of the right edge, a run of text rather than cells) is followed on its page by a gap a
 * wrap never leaves, at least three times and never otherwise. Its list items then come apart from the text above too.
 */
function spacesParagraphs(pages: BodyLine[][], step: number, right: number): boolean {
  let apart = 0;
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const above = lines[i - 1];
      const line = lines[i];
      if (above.segments.length > 1 || above.tabbed || above.scanned || !SENTENCE_END.test(above.text) || above.x1 >= right - 4 * above.size) continue;
      if (Math.abs(line.size - above.size) > 0.15 * above.size) continue;
      const gap = (above.y - line.y) / line.size;
      if (gap <= 0 || gap > 3 * step) continue;
      if (gap <= 1.35 * step) return false;
      apart++;
    }
  }
  return apart >= 3;
}

// "… Trung tâm Giáo dục nghề nghiệp" / "- Giáo dục thường xuyên và …": in a document that sets its paragraphs apart (list
// items included) by a gap, a dash line at the plain line step under an unfinished line of prose is that prose's pair of
// names ("Văn hóa - Thể thao") wrapped before its dash, no dash item: an item would have come with the paragraphs' gap.
// Prose only: under a dash or "+" item whose text filled its line, the next item is left to the gap and width tests
// after (a tight list inside such a document). The gap and the width of the line above are checked after, as for any wrap.
const ITEM_START = /^[-+*•–—]\s/u;
function dashWrappedInProse(para: { first: BodyLine; last: BodyLine }, line: BodyLine): boolean {
  const { first, last } = para;
  return DASH_START.test(line.text) && line.page === last.page && !SENTENCE_END.test(last.text) && /\p{L}$/u.test(last.text)
    && !ITEM_START.test(first.text) && !labelSetApart(line);
}

// "| 2 | Đoàn chuyên ngành | 6 | 154 | 9 |" / "34.0 |": a line closed by a bar but not opened by one, under a line between bars,
// is the rest of that row wrapped (its last cell), no "34.0" heading number: a heading never ends with a table's bar.
const CELL_REST = /^[^|]*\S\s*\|\s*$/u;
function cellRestWrapped(above: string, line: string): boolean {
  return /^\s*\|/u.test(above) && /\|\s*$/u.test(above) && CELL_REST.test(line);
}

/** Whether a text opens more brackets than it closes. */
function unclosed(text: string): boolean {
  let depth = 0;
  for (const c of text) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}

/** A line of capitals: at least two words of letters and no small letter. */
function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}

/**
 * A number with its thousands grouped by spaces, alone or as a fraction or range ("1 028", "1 028/1 056",
 * "12 500-13 000"): typed with no-break spaces, it wraps as one word (the reader gives them as spaces).
 */
const GROUPED_NUMBER = /^[-+−]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?:[/–-]\d{1,3}(?: \d{3})*(?:[.,]\d+)?)?(?=\s|$)/u;

function firstWordWidth(line: BodyLine): number {
  const seg = line.segments[0];
  const word = GROUPED_NUMBER.exec(seg.text)?.[0] ?? seg.text.split(' ')[0];
  return seg.text.length ? ((seg.x1 - seg.x0) * word.length) / seg.text.length : 0;
}
