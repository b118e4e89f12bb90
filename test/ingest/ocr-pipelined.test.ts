/**
 * The second reading of a scanned pdf's digit words runs alongside the first (ocr.ts, `readPdfPages`):
 * each page's sheet goes to one English reader as soon as the page is read, which a blank end-of-page
 * marker makes known (`PageReader`). Own pages, drawn with pdf-lib and scanned at 300 dpi.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PageReader, ocrUnavailable, parseTsv, rasterisePdfPage, readPdfPages, recogniseImage, type OcrPage } from '../../src/ingest/ocr.js';
import { makeScan } from '../../fixtures/make-scans.mjs';

const work = mkdtempSync(join(tmpdir(), 'baocao-ocr-pipelined-'));
const missing = await ocrUnavailable();
if (missing && process.env.CI) throw new Error(`OCR tests need Tesseract and poppler on CI: ${missing}`);

/** Three A4 pages: two short ones, then a long table of counts (read last, and far longer than the others). */
async function textPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = (lines: string[]) => {
    const p = pdf.addPage([595.28, 841.89]);
    lines.forEach((l, i) => p.drawText(l, { x: 60, y: 780 - 22 * i, size: 14, font }));
  };
  page(['KET QUA QUY I', 'Ty le tiem chung dat 96,5% ke hoach nam.', 'So ho duoc ho tro: 1.274 ho.']);
  page(['THU NGAN SACH', 'Tong thu dat 53.810 trieu dong, bang 71,2%.']);
  page(Array.from({ length: 32 }, (_, i) => `Thon ${i + 1}: ${310 + 7 * i} ho, ${1520 + 13 * i} khau, dat ${(80 + (i % 17) / 2).toFixed(1).replace('.', ',')}%.`));
  return pdf.save();
}

/** The words of a page with their readings, for comparing two readings of it. */
const wordsOf = (p: OcrPage) => p.words.map((w) => [w.text, w.alt ?? null, w.left, w.top, w.width, w.height, w.conf]);

/**
 * A `tesseract` first on PATH that logs each start (its process id and arguments) and each image named
 * on a streaming reader's stdin (its language and the name), then runs the real one.
 */
function loggingTesseract(): { bin: string; log: string } {
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  const real = execFileSync('sh', ['-c', 'command -v tesseract'], { encoding: 'utf8' }).trim();
  const log = join(work, 'tesseract.log');
  writeFileSync(join(bin, 'tesseract'), [
    '#!/bin/sh',
    `echo "start $$ $*" >> '${log}'`,
    'if [ "$1" = stdin ]; then',
    `  while IFS= read -r name; do echo "$4 $$ $name" >> '${log}'; printf '%s\\n' "$name"; done | '${real}' "$@"`,
    'else',
    `  exec '${real}' "$@"`,
    'fi',
    '',
  ].join('\n'));
  chmodSync(join(bin, 'tesseract'), 0o755);
  return { bin, log };
}

describe.skipIf(Boolean(missing))('the second reading alongside the first', () => {
  let scan: Uint8Array;
  let images: Buffer[];
  beforeAll(async () => {
    const text = join(work, 'text.pdf');
    writeFileSync(text, await textPdf());
    await makeScan(text, join(work, 'scan.pdf'), { dpi: 300 });
    scan = readFileSync(join(work, 'scan.pdf'));
    images = [];
    for (const p of [1, 2, 3]) images.push(await rasterisePdfPage(scan, p));
  }, 120_000);

  it('closes a page as soon as it is read when a blank marker follows it, not when the next page is', async () => {
    const blank = join(work, 'blank.pgm');
    writeFileSync(blank, Buffer.concat([Buffer.from('P5\n16 16\n255\n', 'latin1'), Buffer.alloc(256, 255)]));
    const short = join(work, 'short.pgm');
    const long = join(work, 'long.pgm');
    writeFileSync(short, images[0]);
    writeFileSync(long, images[2]);
    // How many pages the reader had read (level-1 rows come) when the short page's TSV was handed back.
    const readWhenClosed = async (marker: string | null) => {
      let read = 0;
      const reader = new PageReader('vie', ['--psm', '6', '--dpi', '300'], () => read++, marker);
      try {
        const first = reader.read(short).then((tsv) => ({ tsv, read }));
        const second = reader.read(long);
        reader.end();
        const [a, b] = await Promise.all([first, second]);
        return { ...a, second: b };
      } finally {
        reader.kill();
      }
    };
    const marked = await readWhenClosed(blank);
    const plain = await readWhenClosed(null);
    // With the marker the short page is whole before the long one is read; without it, only once the long one is.
    expect(marked.read).toBe(1);
    expect(plain.read).toBe(2);
    // The same words either way (the page's number in the stream apart: the marker counts as a page), the
    // marker's own rows dropped, each TSV one page after the header row.
    expect(parseTsv(marked.tsv)).toEqual(parseTsv(plain.tsv));
    expect(parseTsv(marked.second)).toEqual(parseTsv(plain.second));
    expect(parseTsv(marked.second)[0].words.length).toBeGreaterThan(100);
    expect(marked.tsv.split('\n').filter((l) => /^1\t/u.test(l))).toHaveLength(1);
    expect(marked.tsv.startsWith('level\tpage_num\t')).toBe(true);
    expect(marked.tsv).toContain('96,5%');
    expect(marked.second.split('\n').filter((l) => /^1\t/u.test(l))).toHaveLength(1);
  }, 180_000);

  it('hands each page\'s digit words to one English reader as the page is read, and reads them as a page alone does', async () => {
    const { bin, log } = loggingTesseract();
    const path = process.env.PATH;
    const cache = process.env.BAOCAO_OCR_CACHE;
    process.env.PATH = `${bin}:${path}`;
    process.env.BAOCAO_OCR_CACHE = join(work, 'cache');
    let logAtLastPage = '';
    let read: Array<{ pages: OcrPage[] }>;
    try {
      const r = await readPdfPages(scan, [1, 2, 3], (done, total) => {
        if (done === total) logAtLastPage = readFileSync(log, 'utf8');
      });
      read = r.read;
      await r.secondReading;
    } finally {
      process.env.PATH = path;
      process.env.BAOCAO_OCR_CACHE = cache;
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // One English process for the file, handed one sheet a page (every page has words with digits).
    const englishStarts = lines.filter((l) => /^start \d+ stdin stdout -l eng /u.test(l));
    expect(englishStarts).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('eng ')).map((l) => l.replace(/^eng \d+ .*\/(sheet)\d+$/u, '$1'))).toEqual(['sheet', 'sheet', 'sheet']);
    // Each page named to a Vietnamese reader is followed by the blank marker.
    const names = lines.filter((l) => l.startsWith('vie ')).map((l) => l.replace(/^vie (\d+) .*\/([^/]+)$/u, '$1 $2'));
    expect(names).toHaveLength(6);
    for (const pid of new Set(names.map((n) => n.split(' ')[0]))) {
      const own = names.filter((n) => n.startsWith(`${pid} `)).map((n) => n.split(' ')[1]);
      own.forEach((n, i) => expect(n).toMatch(i % 2 ? /^blank\.pgm$/u : /^page\d$/u));
    }
    // The first sheet was with the English reader before the last page was read (the long third one).
    expect(logAtLastPage).toMatch(/^eng \d+ .*\/sheet\d+$/mu);

    // Each page's words and second readings are those of the page read alone (a process each, no cache).
    process.env.BAOCAO_OCR_CACHE = 'off';
    try {
      for (const p of [0, 1, 2]) {
        const [alone] = await recogniseImage(images[p]);
        expect(wordsOf(read![p].pages[0]), `page ${p + 1}`).toEqual(wordsOf(alone));
      }
    } finally {
      process.env.BAOCAO_OCR_CACHE = cache;
    }
    expect(read!.map((r) => r.pages[0].words.map((w) => w.text).join(' ')).join(' ')).toContain('53.810');
  }, 300_000);

  it('reads the digit words of pages found in the cache a second time, by an English reader started for them', async () => {
    const { bin, log } = loggingTesseract();
    const dir = join(work, 'cache2');
    const path = process.env.PATH;
    const cache = process.env.BAOCAO_OCR_CACHE;
    process.env.BAOCAO_OCR_CACHE = dir;
    try {
      await (await readPdfPages(scan, [1, 2, 3])).secondReading;
      // Page 1's cached reading made wrong as Tesseract is sometimes sure of a wrong digit ("96,5%" read "36,5%"),
      // and every sheet's reading dropped from the cache (a page's TSV is a 3508 px high page, a sheet's far less).
      const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsv')).map((f) => join(dir, f));
      const height = (f: string) => Number(readFileSync(f, 'utf8').split('\n').find((l) => /^1\t/u.test(l))!.split('\t')[9]);
      const pages = files.filter((f) => height(f) > 3000);
      expect(pages).toHaveLength(3);
      for (const f of files) if (!pages.includes(f)) rmSync(f);
      const first = pages.find((f) => readFileSync(f, 'utf8').includes('96,5%'))!;
      writeFileSync(first, readFileSync(first, 'utf8').replace('96,5%', '36,5%'));
      rmSync(log, { force: true });
      process.env.PATH = `${bin}:${path}`;
      const { read, secondReading } = await readPdfPages(scan, [1, 2, 3]);
      await secondReading;
      const w = read[0].pages[0].words.find((x) => x.text === '36,5%');
      expect(w?.alt).toBe('96,5%');
      // No page read again; one English process, one sheet a page.
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines.filter((l) => l.startsWith('start '))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('eng '))).toHaveLength(3);
    } finally {
      process.env.PATH = path;
      process.env.BAOCAO_OCR_CACHE = cache;
    }
  }, 300_000);
});
