/**
 * PDF text through poppler: `pdftotext -bbox-layout` gives each page's words
 * with their boxes, turned here into the same positioned items pdf.js gives
 * (pdf-lines.ts builds lines from either), so both readers make one Source.
 * Poppler is a native program running beside Node: on a 312-page pdf the
 * whole read took 1.05 s against pdf.js's 1.3 s (pdftotext alone 0.56 s);
 * on the small seed pdfs the two are even once pdf.js is loaded.
 *
 * Chosen by `BAOCAO_PDF_READER=poppler` (or `auto`: when `pdftotext` is on
 * PATH); pdf.js otherwise, and whenever pdftotext fails (encrypted, damaged).
 */
import { spawn } from 'node:child_process';
import type { PdfItem } from './pdf-lines.js';
import { limitedCommand } from './pdf-limits.js';

/**
 * A word box spans the font's ascent and descent: 1.3 font sizes for the fonts of the seed PDFs
 * (Times New Roman from Word, Liberation Serif from LibreOffice: boxes of 15.6 and 13.0 points for
 * text pdf.js reads at 12 and 10 points).
 */
const BOX_PER_SIZE = 1.3;
/** The part of a font size below the baseline that the box includes (its descent; 0.35 puts the seeds' baselines where pdf.js has them). */
const DESCENT_PER_SIZE = 0.35;
/** A gap this many word spaces wide ends a run (a table cell or a tab stop)... */
const RUN_BREAK = 2.5;
/** ...when it is also wider than this many font sizes (a justified line's spaces are wide too). */
const RUN_BREAK_MIN = 0.6;
/** pdftotext gets this long per megabyte of PDF (at least the base) before it is stopped. */
const BASE_TIMEOUT_MS = 60_000;
const TIMEOUT_MS_PER_MB = 10_000;
/** Output larger than this is refused (a hostile file that expands into endless text). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export type PdfReader = 'poppler' | 'pdfjs';

/** Without `BAOCAO_PDF_READER`: pdf.js ('pdfjs'), or poppler when installed ('auto'). */
const DEFAULT_READER: 'pdfjs' | 'auto' = 'pdfjs';

let available: Promise<boolean> | null = null;

/** True when `pdftotext` runs (checked once per process). */
export function popplerAvailable(): Promise<boolean> {
  available ??= run(['-v'], undefined, 20_000).then(
    () => true,
    () => false,
  );
  return available;
}

/**
 * The reader to use: `BAOCAO_PDF_READER=pdfjs|poppler` forces one (`auto`: poppler when installed);
 * unset, the default. pdf.js stays the default until the two agree on every seed pdf: they give the
 * same section trees, and the same figures except in one table row that pdf.js splits and poppler
 * reads whole (test/ingest/pdf-poppler.test.ts). A forced poppler that is missing or fails falls
 * back on pdf.js.
 */
export async function chooseReader(forced?: PdfReader): Promise<PdfReader> {
  const env = forced ?? process.env.BAOCAO_PDF_READER?.trim().toLowerCase();
  if (env === 'pdfjs') return 'pdfjs';
  if (env === 'poppler') return 'poppler';
  if (env === 'auto' || DEFAULT_READER === 'auto') return (await popplerAvailable()) ? 'poppler' : 'pdfjs';
  return 'pdfjs';
}

/** Each page's positioned words; throws when pdftotext fails (the caller falls back on pdf.js for the error). */
export async function popplerItems(bytes: Uint8Array): Promise<PdfItem[][]> {
  const timeout = BASE_TIMEOUT_MS + TIMEOUT_MS_PER_MB * (bytes.length / 1048576);
  const out = await run(['-bbox-layout', '-enc', 'UTF-8', '-q', '-', '-'], bytes, timeout);
  return parseBboxLayout(out.toString('utf8'));
}

interface Word {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

interface Page {
  height: number;
  lines: Word[][];
}

/**
 * Pages of pdftotext's XHTML. The format is fixed and machine-written (poppler's TextOutputDev:
 * attributes in double quotes, text escaped with the five XML entities), so one linear scan reads
 * it; a full XML parser (saxes, xml.ts) took longer than pdftotext itself (about 20 ms per seed
 * pdf against 29 ms for the whole pdftotext run). Anything not understood is skipped.
 */
function scanPages(xhtml: string): Page[] {
  const pages: Page[] = [];
  let page: Page | null = null;
  let line: Word[] | null = null;
  // Words as poppler writes them first (attributes in its order), then any other form of a tag.
  const tag = /<word xMin="([^"]*)" yMin="([^"]*)" xMax="([^"]*)" yMax="([^"]*)">([^<]*)<\/word>|<(page|line|word|\/line)\b([^>]*)>(?:([^<]*)<\/word>)?/g;
  for (let m = tag.exec(xhtml); m; m = tag.exec(xhtml)) {
    if (m[5] !== undefined) {
      line?.push({ text: wordText(m[5]), x0: number(m[1]), top: number(m[2]), x1: number(m[3]), bottom: number(m[4]) });
      continue;
    }
    const [, , , , , , name, attrs, text] = m;
    if (name === 'page') {
      page = { height: attr(attrs, 'height'), lines: [] };
      pages.push(page);
      line = null;
    } else if (name === 'line') {
      line = [];
      page?.lines.push(line);
    } else if (name === '/line') {
      line = null;
    } else if (line && text !== undefined) {
      line.push({ text: wordText(text), x0: attr(attrs, 'xMin'), x1: attr(attrs, 'xMax'), top: attr(attrs, 'yMin'), bottom: attr(attrs, 'yMax') });
    }
  }
  return pages;
}

const ATTR = new Map(['width', 'height', 'xMin', 'yMin', 'xMax', 'yMax'].map((n) => [n, new RegExp(`\\b${n}="([^"]*)"`)]));

function attr(attrs: string, name: string): number {
  return number(ATTR.get(name)!.exec(attrs)?.[1]);
}

function number(s: string | undefined): number {
  const v = s === undefined ? NaN : Number(s);
  return Number.isFinite(v) ? v : 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A word's text: entities decoded, NFC, without control characters. */
function wordText(raw: string): string {
  if (!/[&\u0000-\u001f]/.test(raw)) return raw.normalize('NFC');
  return raw
    .replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (all, hex: string, dec: string, named: string) => {
      if (named) return ENTITIES[named.toLowerCase()] ?? all;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/[\u0000-\u001f]/g, '')
    .normalize('NFC');
}

/**
 * pdftotext's XHTML → items per page. Words of one <line> share the line's baseline and size (as
 * in pdf.js, where a line of one font is one run); a word whose box is clearly smaller or raised
 * (a footnote number) keeps its own, so the line builder still finds superscripts. A new line skips
 * a sequence number, so words of different lines never join at the wider in-run gap.
 */
export function parseBboxLayout(xhtml: string): PdfItem[][] {
  return scanPages(xhtml).map((page) => {
    const items: PdfItem[] = [];
    const pageSpace = median(page.lines.flatMap(gapsOf)) || Infinity;
    let seq = 0;
    for (const words of page.lines) {
      if (!words.length) continue;
      const lineHeight = Math.max(...words.map((w) => w.bottom - w.top));
      const lineBottom = Math.max(...words.map((w) => w.bottom));
      const gaps = gapsOf(words);
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
        items.push({ str: w.text, x: w.x0, y: page.height - bottom + DESCENT_PER_SIZE * size, size, width: w.x1 - w.x0, seq: seq++ });
      });
      seq++;
    }
    return items;
  });
}

/** Gaps between consecutive words of a line. */
function gapsOf(words: Word[]): number[] {
  return words.slice(1).map((w, i) => w.x0 - words[i].x1);
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Run pdftotext with the PDF on stdin; resolves with stdout. */
function run(args: string[], input: Uint8Array | undefined, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      // Under an address-space limit: a stream that decodes past it ends pdftotext, not the machine (pdf-limits.ts).
      child = spawn(...limitedCommand('pdftotext', args), { stdio: ['pipe', 'pipe', 'pipe'] });
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
