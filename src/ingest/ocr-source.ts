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
import { OCR_INSTALL, OCR_OFF, ocrItems, ocrUnavailable, recogniseImage, repairUnsureWords, type OcrPage } from './ocr.js';

/** The per-file error for a scan when Tesseract or its Vietnamese model is missing. */
export function ocrUnavailableError(why: string): { ok: false; error: { code: string; message: string } } {
  const install = why === OCR_OFF ? '' : `; cài đặt: ${OCR_INSTALL}`;
  return fail('OCR_UNAVAILABLE', `Tệp là ảnh scan, cần nhận dạng ký tự (OCR) nhưng ${why}${install}`);
}

/** A recognised page as PDF lines. */
export function ocrLines(pageNumber: number, page: OcrPage): PdfLine[] {
  return buildLines(pageNumber, ocrItems(page));
}

/**
 * Give each block of the OCRed pages its words' places and confidences. Words are looked for in
 * reading order, each a little after the one before; a word the block builder changed (a bullet, a
 * page number dropped) is simply not placed.
 */
export function attachOcr(source: Source, pages: ReadonlyMap<number, OcrPage>): void {
  const placed = new Map<number, OcrWordSpan[]>();
  for (const [pageNumber, page] of pages) {
    // A paragraph carried over from the page before belongs to that page's block: include it.
    const first = source.blocks.findIndex((b) => b.span.page === pageNumber);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < source.blocks.length && source.blocks[last + 1].span.page === pageNumber) last++;
    const from = Math.max(0, first - 1);
    const start = source.blocks[from].span.start;
    const text = source.text.slice(start, source.blocks[last].span.end);
    // Top to bottom by line, left to right within a line: the order lines and table rows were built in.
    const lineBottom = new Map<string, number>();
    for (const w of page.words) lineBottom.set(w.line, Math.max(lineBottom.get(w.line) ?? 0, w.top + w.height));
    const words = [...page.words].sort((a, b) => lineBottom.get(a.line)! - lineBottom.get(b.line)! || a.left - b.left);
    let cursor = first > from ? source.blocks[first].span.start - start - WINDOW : 0;
    for (const w of words) {
      // Scraps of punctuation would match anywhere; they carry no digit to doubt.
      if (!/[\p{L}\d]/u.test(w.text)) continue;
      const at = text.indexOf(w.text, Math.max(0, cursor));
      if (at < 0 || at - cursor > WINDOW) continue;
      const abs = start + at;
      const block = blockAt(source, abs, from, last);
      if (block < 0) continue;
      const list = placed.get(block) ?? [];
      list.push({ start: abs, end: abs + w.text.length, conf: Math.round(w.conf * 10) / 10, ...(w.alt ? { alt: w.alt } : {}) });
      placed.set(block, list);
      cursor = at + w.text.length;
    }
  }
  // Every block of a read page says so, even when none of its words could be placed (confidence 0: unknown).
  for (const [pageNumber] of pages) source.blocks.forEach((b, i) => { if (b.span.page === pageNumber && !placed.has(i)) placed.set(i, []); });
  for (const [i, ws] of placed) {
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

/** How far ahead of the last placed word the next one may be (characters): a dropped line or two. */
const WINDOW = 400;

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
  repairUnsureWords(pages);
  const warnings: Warning[] = [];
  const lines = pages.map((p, i) => ocrLines(i + 1, p));
  if (!lines.some((l) => l.length)) return fail('NO_TEXT', 'Ảnh không có chữ nhận dạng được');
  const blocks = joinWrappedOcrRows(stitchPageBreaks(buildBlocks(lines)), new Set(pages.map((_, i) => i + 1)));
  const source = buildSource({ path, format: 'image', bytes, encoding: 'utf-8', blocks, pages: pages.length, warnings });
  attachOcr(source, new Map(pages.map((p, i) => [i + 1, p])));
  return { ok: true, source };
}

/** A cell that goes on a wrapped header cell's first line: lower case, in brackets, or a year ("Dự toán năm / 2024"). */
const HEADER_TAIL = /^(?:\p{Ll}|\(|(?:19|20)\d\d\b)/u;

/**
 * Table rows of scanned pages put back together where a cell's wrapped lines came out as rows of
 * their own. Tesseract's lines of one table row do not always sit as close as a text layer's, so
 * the PDF builder can take a wrapped cell's second line for a new row: a label's tail ("Thuế ngoài
 * quốc / doanh") becomes a row with only its first cell, and a two-line header ("Dự toán năm /
 * 2024") a header row and a data row, whose "2024" is then summed with the amounts. Only rows of
 * `ocrPages` are joined: a row whose one filled cell is the first and starts in lower case joins
 * the row above (a real label row starts with a capital or a marker); a table's second row joins
 * its first when it fills a cell the first left empty and its other cells each go on the end of a
 * header line (lower case, a bracket, a year). Returns the blocks without the rows joined.
 */
export function joinWrappedOcrRows(blocks: RawBlock[], ocrPages: ReadonlySet<number>): RawBlock[] {
  const out: RawBlock[] = [];
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const sameTable = prev && prev.kind === 'row' && b.kind === 'row' && prev.table === b.table && prev.cells && b.cells && prev.cells.length === b.cells.length;
    if (!sameTable || b.page === null || !ocrPages.has(b.page)) {
      out.push(b);
      continue;
    }
    const up = prev.cells!;
    const cells = b.cells!;
    const tail = filled(cells) === 1 && cells[0].trim() !== '' && /^\p{Ll}/u.test(cells[0].trim()) && !/\d/u.test(cells[0]) && filled(up) >= 2;
    const firstRow = out.length < 2 || out[out.length - 2].kind !== 'row' || out[out.length - 2].table !== b.table;
    const header = firstRow && up.every((c) => !/^[\d.,%\s-]+$/u.test(c.trim()) || c.trim() === '') &&
      up.some((c, i) => c.trim() === '' && cells[i].trim() !== '') &&
      cells.every((c, i) => c.trim() === '' || up[i].trim() === '' || HEADER_TAIL.test(c.trim()));
    if (!tail && !header) {
      out.push(b);
      continue;
    }
    const joined = up.map((c, i) => [c.trim(), cells[i].trim()].filter(Boolean).join(' '));
    out[out.length - 1] = { ...prev, cells: joined, text: joined.join('\t') };
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
