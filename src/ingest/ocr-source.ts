/**
 * Scanned pages into the Source every format gives: recognised words become PDF lines and blocks,
 * then each block learns which of its characters came from which word and how sure Tesseract was,
 * so a finding that rests on an unsure digit can be told from one that does not.
 */
import type { OcrWordSpan, Source, Warning } from '../model/index.js';
import { buildSource, type RawBlock } from './build-source.js';
import type { IngestResult } from './index.js';
import { fail } from './index.js';
import { buildBlocks } from './pdf-blocks.js';
import { buildLines, type PdfLine } from './pdf-lines.js';
import { stitchPageBreaks } from './pdf-tables.js';
import { OCR_INSTALL, OCR_OFF, ocrItems, ocrUnavailable, recogniseImage, shownText, type OcrPage, type OcrWord } from './ocr.js';
import { tidyReadPages } from './ocr-tidy.js';

/** The per-file error for a scan when Tesseract or its Vietnamese model is missing. */
export function ocrUnavailableError(why: string): { ok: false; error: { code: string; message: string } } {
  const install = why === OCR_OFF ? '' : `; cài đặt: ${OCR_INSTALL}`;
  return fail('OCR_UNAVAILABLE', `Tệp là ảnh scan, cần nhận dạng ký tự (OCR) nhưng ${why}${install}`);
}

/** A recognised page as PDF lines. */
export function ocrLines(pageNumber: number, page: OcrPage): PdfLine[] {
  return joinStrayGaps(buildLines(pageNumber, ocrItems(page)).map((l) => ({ ...l, scanned: true })));
}

/** How many font sizes a gap between two words may be for `joinStrayGaps` to close it (a column's gap is wider). */
const STRAY_GAP = 2.5;
/** How many lines above and below are looked at for a cell starting where a stray gap's words do. */
const STRAY_NEAR = 8;

/**
 * Two runs of words, no digit in either, that a gap a little wider than a segment's split on a scanned line ("HĐND" |
 * "và" in a label cell's wrapped line, the scan's word spacing wider than the text layer's) are one run, when the second
 * starts where no run of the lines near it starts: a column is where several rows start a cell. Split, the stray start
 * made a column of its own, and the label's next wrapped line, crossing it, ended the table.
 */
export function joinStrayGaps(lines: PdfLine[]): PdfLine[] {
  return lines.map((line, i) => {
    if (line.segments.length < 2) return line;
    const near = lines.slice(Math.max(0, i - STRAY_NEAR), i + STRAY_NEAR + 1).filter((l) => l !== line);
    const starts = (x: number) => near.some((l) => l.segments.some((s) => Math.abs(s.x0 - x) <= 0.6 * l.size));
    const segments = [line.segments[0]];
    for (const seg of line.segments.slice(1)) {
      const prev = segments[segments.length - 1];
      if (!/\d/u.test(prev.text) && !/\d/u.test(seg.text) && seg.x0 - prev.x1 < STRAY_GAP * line.size && !starts(seg.x0)) {
        segments[segments.length - 1] = { x0: prev.x0, x1: seg.x1, text: `${prev.text} ${seg.text}` };
      } else segments.push(seg);
    }
    return segments.length === line.segments.length ? line : { ...line, segments };
  });
}

/**
 * Give each block of the OCRed pages its words' places and confidences. The words of one Tesseract
 * line come in the text's order (a table row's cells left to right, a paragraph's words), but lines
 * need not: a table cell wrapped onto a second line ("Thu nội địa" / "(không kể tiền SDĐ)") is read
 * after the row's numbers though its text comes before them. So each line is placed on its own, as
 * the run of its words' occurrences (`placeLine`) that covers the most characters, nearest where
 * the line before ended; a word placed once is not placed again. A word the block builder changed
 * (a bullet, a page number dropped) is simply not placed.
 */
export function attachOcr(source: Source, pages: ReadonlyMap<number, OcrPage>): void {
  const placed = new Map<number, OcrWordSpan[]>();
  const taken = new Uint8Array(source.text.length);
  for (const [pageNumber, page] of [...pages].sort((a, b) => a[0] - b[0])) {
    // A paragraph carried over from the page before belongs to that page's block: include it.
    const first = source.blocks.findIndex((b) => b.span.page === pageNumber);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < source.blocks.length && source.blocks[last + 1].span.page === pageNumber) last++;
    const from = Math.max(0, first - 1);
    const start = source.blocks[from].span.start;
    const region = { text: source.text.slice(start, source.blocks[last].span.end), start, taken };
    // Top to bottom by line, left to right within a line: the order lines and table rows were built in.
    const lines = new Map<string, OcrWord[]>();
    for (const read of page.words) {
      // Scraps of punctuation would match anywhere; they carry no digit to doubt.
      const w = { ...read, text: shownText(read) };
      if (!/[\p{L}\d]/u.test(w.text)) continue;
      const l = lines.get(w.line);
      if (l) l.push(w);
      else lines.set(w.line, [w]);
    }
    const bottom = (ws: OcrWord[]) => Math.max(...ws.map((w) => w.top + w.height));
    let cursor = source.blocks[first].span.start - start;
    for (const ws of [...lines.values()].sort((a, b) => bottom(a) - bottom(b))) {
      const run = placeLine(region, ws.sort((a, b) => a.left - b.left), cursor);
      for (const { word: w, at } of run) {
        const abs = start + at;
        taken.fill(1, abs, abs + w.text.length);
        const block = blockAt(source, abs, from, last);
        if (block < 0) continue;
        const list = placed.get(block) ?? [];
        list.push({ start: abs, end: abs + w.text.length, conf: Math.round(w.conf * 10) / 10, ...(w.alt ? { alt: w.alt } : {}) });
        placed.set(block, list);
      }
      if (run.length) cursor = run[run.length - 1].at + run[run.length - 1].word.text.length;
    }
  }
  // Every block of a read page says so, even when none of its words could be placed (confidence 0: unknown).
  for (const [pageNumber] of pages) source.blocks.forEach((b, i) => { if (b.span.page === pageNumber && !placed.has(i)) placed.set(i, []); });
  for (const [i, ws] of placed) {
    ws.sort((a, b) => a.start - b.start);
    let chars = 0;
    let sum = 0;
    for (const w of ws) {
      chars += w.end - w.start;
      sum += (w.end - w.start) * w.conf;
    }
    source.blocks[i].ocr = { confidence: chars ? Math.round((sum / chars) * 10) / 10 : 0, words: ws };
  }
  source.ocrPages = [...pages.keys()].sort((a, b) => a - b);
}

/** How far apart two words of one line may be placed (characters): a wrapped cell or two between them. */
const WINDOW = 400;
/** Occurrences of one word looked at: the nearest to where the line before ended. */
const NEAREST = 30;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether `word` at `at` of `text` is glued to more of a number on its left and on its right. A word
 * with a digit is when a digit stands beside a digit of its edge, or a separator then a digit ("12"
 * at the start of "12,6" or "12-13/3"), or a digit beside its edge's stop or comma ("2." at the end
 * of "462.180"): such a place is taken only by the piece of a number cut in two ("21-" / "22"),
 * right after the other piece. A word of letters needs a word edge on one side at least (the line
 * builder joins close words: "Sựnghiệp"), or it is glued on both sides.
 */
function glued(text: string, at: number, word: string): { left: boolean; right: boolean } {
  const before = text[at - 1];
  const after = text[at + word.length];
  if (/\d/u.test(word)) {
    const first = word[0];
    const last = word[word.length - 1];
    return {
      left: (isDigit(first) && (isDigit(before) || (SEPARATOR.test(before ?? '') && isDigit(text[at - 2])))) || (STOP.test(first) && isDigit(before)),
      right: (isDigit(last) && (isDigit(after) || (SEPARATOR.test(after ?? '') && isDigit(text[at + word.length + 1])))) || (STOP.test(last) && isDigit(after)),
    };
  }
  const inside = isWordChar(before) && isWordChar(after);
  return { left: inside, right: inside };
}

/** What joins the parts of one number, date or range. */
const SEPARATOR = /^[.,/:\-–]$/u;
/** A stop or comma inside a number. */
const STOP = /^[.,]$/u;

/**
 * Where the words of one Tesseract line (left to right) stand in `region`: the run of occurrences in
 * text order, each within `WINDOW` of the one before, that covers the most characters (a word with
 * a word edge on both sides counts a little more), then lies closest to `cursor` (after it rather
 * than before). Occurrences already `taken` by a word placed before are not used.
 */
export function placeLine(region: { text: string; start: number; taken: Uint8Array }, words: OcrWord[], cursor: number): Array<{ word: OcrWord; at: number }> {
  const { text, start, taken } = region;
  const far = (at: number) => (at >= cursor ? at - cursor : 2 * (cursor - at));
  const cands: Array<{ j: number; at: number; end: number; gain: number; left: boolean; right: boolean }> = [];
  words.forEach((w, j) => {
    const found: number[] = [];
    for (let at = text.indexOf(w.text); at >= 0; at = text.indexOf(w.text, at + 1)) {
      if (!taken[start + at] && !taken[start + at + w.text.length - 1]) found.push(at);
    }
    found.sort((a, b) => far(a) - far(b));
    for (const at of found.slice(0, NEAREST)) {
      const g = glued(text, at, w.text);
      if (g.left && g.right) continue;
      const edges = Number(!isWordChar(text[at - 1])) + Number(!isWordChar(text[at + w.text.length]));
      cands.push({ j, at, end: at + w.text.length, gain: 1000 * w.text.length + 100 * edges, ...g });
    }
  });
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.at - b.at || a.j - b.j);
  // Best run ending at each occurrence: its gain, less the gaps inside it and, for its first word,
  // the distance from the cursor. A glued piece starts no run (but where the line before ended on
  // the other piece: a range cut by a line's end) and ends none.
  const score = new Float64Array(cands.length).fill(-Infinity);
  const prev = new Int32Array(cands.length).fill(-1);
  let best = -1;
  // Occurrences that end more than WINDOW before this one starts are no step before it: as occurrences
  // come by where they start, those before `near` (starting more than WINDOW and the longest word
  // before) never are, and are not looked at (the same runs, a line's occurrences not all compared).
  const longest = words.reduce((m, w) => Math.max(m, w.text.length), 0);
  let near = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c.left || taken[start + c.at - 1]) score[i] = c.gain - far(c.at);
    while (cands[near].at < c.at - WINDOW - longest) near++;
    for (let k = near; k < i; k++) {
      const p = cands[k];
      if (p.j >= c.j || p.end > c.at || c.at - p.end > WINDOW || score[k] === -Infinity) continue;
      if ((p.right || c.left) && c.at !== p.end) continue;
      const s = score[k] + c.gain - (c.at - p.end);
      if (s > score[i]) [score[i], prev[i]] = [s, k];
    }
    if (!c.right && score[i] > -Infinity && (best < 0 || score[i] > score[best])) best = i;
  }
  if (best < 0) return [];
  const run: Array<{ word: OcrWord; at: number }> = [];
  for (let i = best; i >= 0; i = prev[i]) run.unshift({ word: words[cands[i].j], at: cands[i].at });
  return run;
}

/** The block holding text offset `at`, among blocks `from`..`to`, or -1. */
function blockAt(source: Source, at: number, from: number, to: number): number {
  for (let i = from; i <= to; i++) if (at >= source.blocks[i].span.start && at < source.blocks[i].span.end) return i;
  return -1;
}

/** Read a scanned image (PNG, JPEG, TIFF, every page of a multi-page TIFF) into a Source. */
export async function ingestImage(path: string, bytes: Uint8Array, ocr?: boolean): Promise<IngestResult> {
  const missing = await ocrUnavailable(ocr);
  if (missing) return ocrUnavailableError(missing);
  let pages: OcrPage[];
  try {
    pages = await recogniseImage(bytes);
  } catch (e) {
    return fail('CORRUPT_IMAGE', `Không đọc được ảnh: ${(e as Error).message}`);
  }
  tidyReadPages(pages);
  const warnings: Warning[] = [];
  const lines = pages.map((p, i) => ocrLines(i + 1, p));
  if (!lines.some((l) => l.length)) return fail('NO_TEXT', 'Ảnh không có chữ nhận dạng được');
  const blocks = joinWrappedOcrRows(stitchPageBreaks(buildBlocks(lines)), new Set(pages.map((_, i) => i + 1)));
  const source = buildSource({ path, format: 'image', bytes, encoding: 'utf-8', blocks, pages: pages.length, warnings });
  attachOcr(source, new Map(pages.map((p, i) => [i + 1, p])));
  return { ok: true, source };
}

/** A cell that is one number ("1 846", "95,00", "12%"). */
const NUMBER_CELL = /^[\d\s.,%]*\d[\d\s.,%]*$/u;

/**
 * Each table's usual gap (in font sizes, from the row above's last baseline) before a row that holds a number: a new
 * row's gap, the line spacing and the cells' padding. Tables of scanned pages with two such gaps or more.
 */
function usualRowGaps(blocks: RawBlock[], ocrPages: ReadonlySet<number>): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < blocks.length; i++) {
    const [a, b] = [blocks[i - 1], blocks[i]];
    if (a.kind !== 'row' || b.kind !== 'row' || a.table !== b.table || b.table === undefined || a.page !== b.page || b.page === null || !ocrPages.has(b.page)) continue;
    if (a.yEnd === undefined || b.y === undefined || !b.size || !b.cells?.some((c) => NUMBER_CELL.test(c.trim()))) continue;
    const list = gaps.get(b.table) ?? [];
    list.push((a.yEnd - b.y) / b.size);
    gaps.set(b.table, list);
  }
  const out = new Map<number, number>();
  for (const [t, list] of gaps) {
    if (list.length < 2) continue;
    list.sort((x, y) => x - y);
    out.set(t, list[Math.floor(list.length / 2)]);
  }
  return out;
}

/**
 * A label cell's wrapped line of any case ("Văn phòng" / "HĐND và" / "UBND", "Tháng" / "01/2025"), told from a row of
 * its own by where it sits: closer under the row above than rows of the table sit under each other (under nine tenths
 * of the usual gap before a row with a number; a cell's wrapped lines are the line spacing apart, rows that and the
 * cells' padding). It holds no number, and text only under cells of the row above that hold letters (its labels), and
 * that row holds a number (a data row, not the header). The gap is from the row's last line, on the page that line is on:
 * a row a page break cut, its tail joined at the top of the next page, goes on there ("Cụm công" / "nghiệp Vân" / "Lộc
 * giai đoạn 2").
 */
function closeLabelLine(up: RawBlock, b: RawBlock, usual: number | undefined): boolean {
  if (usual === undefined || (up.endPage ?? up.page) !== b.page || up.yEnd === undefined || b.y === undefined || !b.size || !up.cells || !b.cells) return false;
  const gap = (up.yEnd - b.y) / b.size;
  if (!(gap > 0 && gap < 0.9 * usual)) return false;
  const cells = b.cells.map((c) => c.trim());
  const above = up.cells.map((c) => c.trim());
  return cells.some((c) => c !== '') && cells.every((c, i) => c === '' || (/\p{L}/u.test(above[i]) && !NUMBER_CELL.test(c))) &&
    above.some((c) => NUMBER_CELL.test(c));
}

/** A label cell's wrapped line: lower case, or a bracket and lower case (the unit: "(người)", "(lượt)"). */
const LABEL_TAIL = /^(?:\p{Ll}|\(\p{Ll})/u;

/**
 * A cell that goes on a wrapped header cell's first line: lower case, in brackets, a year ("Dự toán năm / 2024") or a
 * date ending in one ("Giải ngân đến / 30/6/2024", "Thực hiện đến / 6/2024"), a Roman period and its year ("Quý / III/2024"),
 * or a cell that is one abbreviation of two or three capitals, the base a comparison names ("% so với / KH", "So sánh
 * với / CK": a header's words end there, a body row's cell under a header holds a number).
 */
const HEADER_TAIL = /^(?:\p{Ll}|\(|(?:\d{1,2}\/){0,2}(?:19|20)\d\d\b|[IVX]{1,4}\/(?:19|20)\d\d\b|\p{Lu}{2,3}$)/u;

/**
 * Table rows of scanned pages put back together where a cell's wrapped lines came out as rows of
 * their own. Tesseract's lines of one table row do not always sit as close as a text layer's, so
 * the PDF builder can take a wrapped cell's second line for a new row: a label's tail ("Thuế ngoài
 * quốc / doanh") becomes a row with only its first cell, and a two-line header ("Dự toán năm /
 * 2024") a header row and a data row, whose "2024" is then summed with the amounts. Only rows of
 * `ocrPages` are joined: a row whose one filled cell is the label's (the first, or the second after
 * a row number) and starts in lower case, or with a bracket and then lower case (a unit, "(người)"),
 * joins the row above (a real label row starts with a capital or a marker), and so does a row of several such cells, each
 * under a cell of words of a data row (a label and its unit both wrapped); a table's second row joins its first when it fills a cell the first left empty and
 * its other cells go on the end of a header line: none holds a number but a year, and most start
 * in lower case, with a bracket or with a year (so too when it fills none, but a cell above ends in a dash before its year:
 * "Năm học 2023-" over "2024"). Returns the blocks without the rows joined.
 */
export function joinWrappedOcrRows(blocks: RawBlock[], ocrPages: ReadonlySet<number>): RawBlock[] {
  const out: RawBlock[] = [];
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  const rowGap = usualRowGaps(blocks, ocrPages);
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const sameTable = prev && prev.kind === 'row' && b.kind === 'row' && prev.table === b.table && prev.cells && b.cells && prev.cells.length === b.cells.length;
    if (!sameTable || b.page === null || !ocrPages.has(b.page)) {
      out.push(b);
      continue;
    }
    const up = prev.cells!;
    const cells = b.cells!;
    // The one filled cell: the label's, first or (after a number column, "STT") second, under a label of the row above.
    const only = filled(cells) === 1 ? cells.findIndex((c) => c.trim() !== '') : -1;
    const labelCell = only === 0 || (only === 1 && /^\d{1,3}\.?$/u.test(up[0].trim()) && /\p{L}/u.test(up[1]));
    // Or several cells, each wrapped in lower case under a cell of words of a data row ("Quyết | quyết | 6" over "định xử
    // phạt | định": the label and its unit both wrapped).
    const tails = filled(cells) >= 2 && up.some((c) => NUMBER_CELL.test(c.trim())) && cells.every((c, i) =>
      c.trim() === '' || (LABEL_TAIL.test(c.trim()) && !/\d/u.test(c) && /\p{L}/u.test(up[i]) && !/\d/u.test(up[i])));
    const tail = (labelCell && LABEL_TAIL.test(cells[only].trim()) && !/\d/u.test(cells[only]) && filled(up) >= 2) || tails;
    const firstRow = out.length < 2 || out[out.length - 2].kind !== 'row' || out[out.length - 2].table !== b.table;
    // Under a filled header cell, each cell goes on its end: none a number alone ("6 tuổi" ends "Trẻ em dưới"), and most
    // of them start as a header line's end does (OCR may read one small word in capitals: "sơ" as "SƠ").
    const under = cells.map((c) => c.trim()).filter((c, i) => c !== '' && up[i].trim() !== '');
    // A range of years a header cell wrapped at its dash ("Năm học 2023-" over "2024") goes on as surely as an empty cell filled.
    const rangeWrapped = (c: string, i: number) => /[-–]$/u.test(c.trim()) && /^(?:19|20)\d\d\b/u.test(cells[i].trim());
    const header = firstRow && up.every((c) => !/^[\d.,%\s-]+$/u.test(c.trim()) || c.trim() === '') &&
      up.some((c, i) => (c.trim() === '' && cells[i].trim() !== '') || rangeWrapped(c, i)) &&
      under.every((c) => HEADER_TAIL.test(c) || !NUMBER_CELL.test(c)) &&
      (under.length === 0 || 2 * under.filter((c) => HEADER_TAIL.test(c)).length > under.length);
    if (!tail && !header && !closeLabelLine(prev, b, rowGap.get(b.table!))) {
      out.push(b);
      continue;
    }
    const joined = up.map((c, i) => [c.trim(), cells[i].trim()].filter(Boolean).join(' '));
    const end = b.yEnd !== undefined ? { yEnd: b.yEnd, ...(b.page !== prev.page || b.endPage !== undefined ? { endPage: b.endPage ?? b.page } : {}) } : {};
    out[out.length - 1] = { ...prev, cells: joined, text: joined.join('\t'), ...end };
  }
  // Rows renumbered within each table.
  const next = new Map<number, number>();
  return out.map((b) => {
    if (b.kind !== 'row' || b.table === undefined || b.row === undefined) return b;
    const row = next.get(b.table) ?? 0;
    next.set(b.table, row + 1);
    return row === b.row ? b : { ...b, row };
  });
}
