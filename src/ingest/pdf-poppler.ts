/**
 * PDF text through poppler: `pdftotext -bbox-layout` gives each page's words
 * with their boxes, turned here into the same positioned items pdf.js gives
 * (pdf-lines.ts builds lines from either), so both readers make one Source.
 * Poppler is a native program: on large batches it is several times faster
 * than pdf.js, and it applies /ActualText itself (LibreOffice's composed
 * Vietnamese letters come out whole).
 *
 * Chosen when `pdftotext` is on PATH, unless `BAOCAO_PDF_READER=pdfjs`;
 * `BAOCAO_PDF_READER=poppler` forces it (and fails when it is missing).
 */
import { spawn } from 'node:child_process';
import type { PdfItem } from './pdf-lines.js';
import { childElements, parseXml, type XmlElement } from './xml.js';

/**
 * A word box spans the font's ascent and descent: 1.3 font sizes for the fonts of the seed PDFs
 * (Times New Roman from Word, Liberation Serif from LibreOffice: boxes of 15.6 and 13.0 points for
 * text pdf.js reads at 12 and 10 points).
 */
const BOX_PER_SIZE = 1.3;
/** The part of a font size below the baseline that the box includes (its descent). */
const DESCENT_PER_SIZE = 0.35;
/** A gap this many word spaces wide ends a run (a table cell or a tab stop)... */
const RUN_BREAK = 2.5;
/** ...when it is also wider than this many font sizes (a justified line's spaces are wide too). */
const RUN_BREAK_MIN = 0.6;
/** pdftotext gets this long per megabyte of PDF (at least the base) before it is stopped. */
const BASE_TIMEOUT_MS = 60_000;
const TIMEOUT_MS_PER_MB = 10_000;
/** Output larger than this is refused (a hostile file that expands into endless text). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

export type PdfReader = 'poppler' | 'pdfjs';

let available: Promise<boolean> | null = null;

/** True when `pdftotext` runs (checked once per process). */
export function popplerAvailable(): Promise<boolean> {
  available ??= run(['-v'], undefined, 20_000).then(
    () => true,
    () => false,
  );
  return available;
}

/** The reader to use: `BAOCAO_PDF_READER` when set to one of the two, else poppler when installed. */
export async function chooseReader(forced?: PdfReader): Promise<PdfReader> {
  const env = forced ?? process.env.BAOCAO_PDF_READER?.trim().toLowerCase();
  if (env === 'pdfjs') return 'pdfjs';
  if (env === 'poppler') return 'poppler';
  return (await popplerAvailable()) ? 'poppler' : 'pdfjs';
}

/** Each page's positioned words; throws when pdftotext fails (the caller falls back on pdf.js for the error). */
export async function popplerItems(bytes: Uint8Array): Promise<PdfItem[][]> {
  const timeout = BASE_TIMEOUT_MS + TIMEOUT_MS_PER_MB * (bytes.length / 1048576);
  const out = await run(['-bbox-layout', '-enc', 'UTF-8', '-q', '-', '-'], bytes, timeout);
  return parseBboxLayout(out.toString('utf8'));
}

/**
 * pdftotext's XHTML → items per page. Words of one <line> share the line's baseline and size (as
 * in pdf.js, where a line of one font is one run); a word whose box is clearly smaller or raised
 * (a footnote number) keeps its own, so the line builder still finds superscripts. A new line skips
 * a sequence number, so words of different lines never join at the wider in-run gap.
 */
export function parseBboxLayout(xhtml: string): PdfItem[][] {
  const root = parseXml(xhtml);
  const doc = childElements(root, 'body').flatMap((b) => childElements(b, 'doc'))[0];
  const pages: PdfItem[][] = [];
  for (const page of childElements(doc, 'page')) {
    const height = num(page, 'height');
    const items: PdfItem[] = [];
    const pageSpace = median(wordGaps(page)) || Infinity;
    let seq = 0;
    for (const flow of childElements(page, 'flow')) {
      for (const block of childElements(flow, 'block')) {
        for (const line of childElements(block, 'line')) {
          const words = childElements(line, 'word').map((w) => ({
            text: wordText(w),
            x0: num(w, 'xMin'),
            x1: num(w, 'xMax'),
            top: num(w, 'yMin'),
            bottom: num(w, 'yMax'),
          }));
          if (!words.length) continue;
          const heights = words.map((w) => w.bottom - w.top);
          const lineHeight = Math.max(...heights);
          const lineBottom = Math.max(...words.map((w) => w.bottom));
          const gaps = words.slice(1).map((w, i) => w.x0 - words[i].x1);
          const space = gaps.length >= 3 ? median(gaps) : pageSpace;
          words.forEach((w, i) => {
            if (!w.text.trim()) return;
            // A gap far wider than the line's word space ends a run, as a new cell or tab stop does in
            // the content stream pdf.js reads (poppler joins table cells side by side into one line).
            if (i > 0 && gaps[i - 1] > Math.max(RUN_BREAK * space, RUN_BREAK_MIN * (lineHeight / BOX_PER_SIZE))) seq++;
            const h = w.bottom - w.top;
            const own = h < 0.85 * lineHeight || lineBottom - w.bottom > 0.1 * lineHeight;
            const size = (own ? h : lineHeight) / BOX_PER_SIZE;
            const bottom = own ? w.bottom : lineBottom;
            items.push({ str: w.text, x: w.x0, y: height - bottom + DESCENT_PER_SIZE * size, size, width: w.x1 - w.x0, seq: seq++ });
          });
          seq++;
        }
      }
    }
    pages.push(items);
  }
  return pages;
}

/** Gaps between consecutive words of each line of a page. */
function wordGaps(page: XmlElement): number[] {
  const gaps: number[] = [];
  for (const flow of childElements(page, 'flow'))
    for (const block of childElements(flow, 'block'))
      for (const line of childElements(block, 'line')) {
        const words = childElements(line, 'word');
        for (let i = 1; i < words.length; i++) gaps.push(num(words[i], 'xMin') - num(words[i - 1], 'xMax'));
      }
  return gaps;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function num(el: XmlElement, name: string): number {
  const v = Number(el.attrs[name]);
  return Number.isFinite(v) ? v : 0;
}

/** A word's text, NFC, without control characters. */
function wordText(w: XmlElement): string {
  return w.children
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .replace(/[\u0000-\u001f]/g, '')
    .normalize('NFC');
}

/** Run pdftotext with the PDF on stdin; resolves with stdout. */
function run(args: string[], input: Uint8Array | undefined, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('pdftotext', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      reject(e);
      return;
    }
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new Error(`pdftotext quá thời gian ${Math.round(timeoutMs / 1000)} giây`)));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > MAX_OUTPUT_BYTES) {
        child.kill('SIGKILL');
        finish(() => reject(new Error(`pdftotext: kết quả vượt ${MAX_OUTPUT_BYTES} byte`)));
        return;
      }
      out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 2000) err += d.toString('utf8');
    });
    // pdftotext may exit before reading all of a damaged file: ignore the broken pipe.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => finish(() => reject(e)));
    child.on('close', (code) =>
      finish(() => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`pdftotext thoát với mã ${code}: ${err.trim().split('\n').pop() ?? ''}`)))),
    );
    child.stdin.end(input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : undefined);
  });
}
