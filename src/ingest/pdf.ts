/**
 * PDF ingester: text layer (poppler's pdftotext when installed, pdf.js otherwise or with
 * BAOCAO_PDF_READER=pdfjs; pdf-poppler.ts) → lines → paragraphs, rows and footnotes.
 * A page with a usable text layer is read from it; a page without one (a scan)
 * is rasterised and read by OCR (ocr.ts), so a typed report with a scanned
 * appendix gives one Source in page order. Without Tesseract a scanned PDF
 * fails with OCR_UNAVAILABLE (and a mixed one keeps its typed pages, with a
 * warning), never an empty Source that would pass every audit silently.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Warning } from '../model/index.js';
import { buildSource } from './build-source.js';
import type { IngestResult } from './index.js';
import { fail } from './index.js';
import { guardPdfJsRejections } from './pdf-guard.js';
import { buildBlocks } from './pdf-blocks.js';
import { buildLines, type PdfItem, type PdfLine } from './pdf-lines.js';
import { stitchPageBreaks } from './pdf-tables.js';
import { ocrUnavailable, readPdfPages, type OcrPage } from './ocr.js';
import { tidyReadPages } from './ocr-tidy.js';
import { attachOcr, joinWrappedOcrRows, ocrLines, ocrUnavailableError } from './ocr-source.js';
import { chooseReader, popplerPages, PopplerTimeout, type PdfReader } from './pdf-poppler.js';
import { checkLaterPictures, checkPdfStreams, mostlyPictures, PdfOverLimitError, type PdfOverLimit } from './pdf-limits.js';
import { pictureOnlyPageCount } from './ocr-raster.js';

/** A page whose text layer holds fewer visible characters than this is treated as a scan. */
const MIN_TEXT_CHARS = 30;

/** Options of the PDF reader. */
export interface PdfOptions {
  /** Called after each scanned page is read (for a progress bar on long files). */
  onOcrPage?: (done: number, total: number) => void;
  /** Read pages by OCR even when they have a text layer (tests compare the two). */
  forceOcr?: boolean;
  /** False: never run OCR. */
  ocr?: boolean;
  /** Text layer reader; default: `BAOCAO_PDF_READER`, else poppler when installed, else pdf.js (pdf-poppler.ts, chooseReader). */
  reader?: PdfReader;
  /**
   * The file's time limit (the pool's per-file timeout). pdftotext is killed a little before it,
   * so no child process outlives the worker thread the pool terminates at the limit.
   */
  timeoutMs?: number;
}

/** pdftotext's share of a file's time limit: it is stopped at 90% of it (undefined: its own default). */
function popplerTimeout(fileLimitMs: number | undefined): number | undefined {
  return fileLimitMs && fileLimitMs > 0 ? Math.max(1, Math.floor(0.9 * fileLimitMs)) : undefined;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Load pdf.js on first use, so txt and docx batches never pay for it. Its legacy build replaces
 * `Array.prototype.push` with a slow polyfill when Node fails one of its feature tests; pdf.js does
 * not need it, and every other stage of the process slowed by a third, so the native one is put back.
 */
function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjs) {
    guardPdfJsRejections();
    const push = Array.prototype.push;
    pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
      if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      return m;
    });
  }
  return pdfjs;
}

/** Read a .pdf file into a Source; never throws. */
export async function ingestPdf(path: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<IngestResult> {
  const warnings: Warning[] = [];
  // Decoded sizes first: pdf.js's decode buffers lie outside the worker's heap cap (pdf-limits.ts).
  // A scan's Flate pictures are left to the OCR drawing, which inflates them anyway (once, not
  // twice); whatever it does not inflate whole is checked before poppler or the return (below).
  const scan = mostlyPictures(bytes);
  const over = await checkPdfStreams(bytes, {}, { picturesLater: scan });
  if (over) return overLimit(over);
  let text: TextLayer | null = null;
  // A scan whose every page is pictures only has no text layer: pdftotext is not started for it
  // (piping a noisy scan's 38 MB through it cost ~0.5 s CPU); each page is empty, as it would give.
  const pictureOnly = scan ? await pictureOnlyPageCount(bytes) : null;
  // Not a scan the drawing reads: its pictures are checked now, before any reader sees the file.
  const late = pictureOnly ? null : await checkLaterPictures(bytes);
  if (late) return overLimit(late);
  if (pictureOnly) text = { pages: Array.from({ length: pictureOnly }, (_, i) => buildLines(i + 1, [])), numPages: pictureOnly };
  else if ((await chooseReader(options.reader)) === 'poppler') {
    try {
      // Lines are built page by page while pdftotext still reads the next pages.
      const pages = await popplerPages(bytes, (items, n) => buildLines(n, items), { timeoutMs: popplerTimeout(options.timeoutMs) });
      if (pages.length) text = { pages, numPages: pages.length };
    } catch (e) {
      if (e instanceof PopplerTimeout) return fail('TIMEOUT', `Quá thời gian đọc lớp chữ của tệp PDF: ${e.message}`);
      // pdftotext could not read it (encrypted, damaged, missing): pdf.js tries, and names the error.
    }
  }
  if (!text) {
    const read = await readWithPdfJs(bytes, warnings);
    if ('ok' in read) return read;
    text = read;
  }
  const { pages, numPages } = text;
  try {
    const scanned = pages.flatMap((lines, i) => (options.forceOcr || visibleChars(lines) < MIN_TEXT_CHARS ? [i + 1] : []));
    const ocr = new Map<number, OcrPage>();
    let secondReading: Promise<number> = Promise.resolve(0);
    if (scanned.length) {
      const missing = await ocrUnavailable(options.ocr);
      if (missing) {
        const late = await checkLaterPictures(bytes);
        if (late) return overLimit(late);
        if (!pages.some((p) => p.length)) return ocrUnavailableError(missing);
        warnings.push({ stage: 'ingest', message: `Trang ${scanned.join(', ')} là ảnh scan, không đọc được: ${missing}`, span: null });
      } else {
        const { read: pagesRead, secondReading: second } = await readPdfPages(bytes, scanned, options.onOcrPage);
        // The second reading of the words with digits (ocr.ts) sets their `alt`, and replaces a cell
        // garbled out of its digits ("b)" for a 5) by the number it reads there: awaited before the
        // lines are built from the words.
        secondReading = second;
        await secondReading;
        const read = pagesRead.map((r) => r.pages[0]);
        tidyReadPages(read.filter(Boolean));
        scanned.forEach((n, i) => {
          if (!read[i]) return;
          ocr.set(n, read[i]);
          pages[n - 1] = ocrLines(n, read[i]);
        });
      }
    }
    // The pictures the drawing did not inflate whole (none on a scan it drew; a picture no page shows).
    const late = await checkLaterPictures(bytes);
    if (late) {
      await secondReading.catch(() => undefined);
      return overLimit(late);
    }
    if (!pages.some((p) => p.length)) {
      await secondReading;
      return fail('NO_TEXT', 'Tệp PDF không có chữ: không có lớp văn bản và nhận dạng ký tự (OCR) không tìm thấy chữ nào');
    }
    const stitched = stitchPageBreaks(buildBlocks(pages));
    const blocks = ocr.size ? joinWrappedOcrRows(stitched, new Set(ocr.keys())) : stitched;
    const source = buildSource({ path, format: 'pdf', bytes, encoding: 'utf-8', blocks, pages: numPages, warnings });
    await secondReading;
    if (ocr.size) attachOcr(source, ocr);
    return { ok: true, source };
  } catch (e) {
    if (e instanceof PdfOverLimitError) return overLimit(e.over);
    // A reading that failed before every picture was checked: a picture past the limit says why first.
    const late = await checkLaterPictures(bytes);
    if (late) return overLimit(late);
    return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${(e as Error)?.message ?? e}`);
  }
}

/** A pdf one of whose streams decodes past a limit (pdf-limits.ts). */
const overLimit = (over: PdfOverLimit): IngestResult => fail('DECOMPRESSION_LIMIT', `Tệp PDF giải nén quá lớn, nghi là "bom nén": ${over.message} (byte ${over.offset})`);

/** Every page's lines of the text layer, whichever reader read it. */
interface TextLayer {
  pages: PdfLine[][];
  numPages: number;
}

/** The text layer through pdf.js, or the error that stops it (encrypted, damaged). */
async function readWithPdfJs(bytes: Uint8Array, warnings: Warning[]): Promise<TextLayer | IngestResult> {
  const { getDocument } = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if ((e as Error)?.name === 'PasswordException') return fail('ENCRYPTED_PDF', 'Tệp PDF được bảo vệ bằng mật khẩu, không đọc được nội dung');
    return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${(e as Error)?.message ?? e}`);
  }
  try {
    return { pages: await readPages(doc, warnings), numPages: doc.numPages };
  } catch (e) {
    return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${(e as Error)?.message ?? e}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Characters other than white space on a page's text layer. */
function visibleChars(lines: PdfLine[]): number {
  let n = 0;
  for (const l of lines) for (const s of l.segments) n += s.text.replace(/\s+/g, '').length;
  return n;
}

/** Every page's lines; a page that cannot be read becomes a warning. */
async function readPages(doc: PDFDocumentProxy, warnings: Warning[]): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      page.cleanup();
      pages.push(buildLines(n, toItems(content.items as RawItem[])));
    } catch (e) {
      warnings.push({ stage: 'ingest', message: `Không đọc được trang ${n}: ${(e as Error)?.message ?? e}`, span: null });
      pages.push([]);
    }
  }
  return pages;
}

interface RawItem {
  type?: string;
  id?: string | null;
  tag?: string | null;
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * Positioned runs of a page. Inside an unnumbered /Span (LibreOffice wraps a
 * letter it builds from a base glyph and a mark this way, with /ActualText that
 * pdf.js drops) only the first letter is real: the mark glyphs have no Unicode
 * and come through as stray control characters or ASCII.
 */
/** A white-space run wider than this many font sizes is a tab's advance, not a word space (about a quarter of a size). */
const TAB_SPACE = 0.5;

function toItems(raw: RawItem[]): PdfItem[] {
  const items: PdfItem[] = [];
  const stack: boolean[] = [];
  let cluster: PdfItem | null = null;
  // Runs in content-stream order; a run of white space wider than a word space (a tab LibreOffice draws as a positioned
  // space) ends the run before it, as a wide gap does in what poppler gives (pdf-poppler.ts), so both readers cut alike.
  let seq = 0;
  for (const r of raw) {
    if (r.type === 'beginMarkedContent' || r.type === 'beginMarkedContentProps') {
      stack.push(r.tag === 'Span' && !r.id);
      continue;
    }
    if (r.type === 'endMarkedContent') {
      if (stack.pop() && cluster) items.push({ ...cluster, seq: seq++ });
      cluster = null;
      continue;
    }
    if (r.str === undefined || !r.transform) continue;
    const [a, b, , , x, y] = r.transform;
    const size = Math.hypot(a, b);
    if (stack[stack.length - 1]) {
      const chars = Array.from(r.str.replace(/[\u0000-\u001f]/g, ''));
      // An ASCII first letter is a ligature ("fi") whose text is all real; a Vietnamese letter is one glyph.
      const str = /^[A-Za-z]/.test(r.str) ? chars.join('') : (chars[0] ?? '');
      if (!cluster && str.trim()) cluster = { str, x, y, size, width: ((r.width ?? 0) * str.length) / Math.max(1, Array.from(r.str).length), seq: 0 };
      continue;
    }
    const str = r.str.replace(/[\u0000-\u001f]/g, '');
    if (str.trim()) items.push({ str, x, y, size, width: r.width ?? 0, seq: seq++ });
    else if ((r.width ?? 0) > TAB_SPACE * size) seq++;
  }
  return items;
}
