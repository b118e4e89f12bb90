/**
 * bench-pdftext: PDF text throughput, one file at a time in this thread, on the same files:
 *   `pdftotext -bbox-layout` alone (output to /dev/null) — the floor for the poppler reader;
 *   baocao's poppler reader (bytes → Source: pdftotext, parse, lines, blocks, tables);
 *   baocao's pdf.js reader (the fallback), for comparison.
 * Each is timed over the whole set `rounds` times, alternating, and its best round kept (the
 * machine is shared: the best round is the one least slowed by others). A long pdf (the seed pdfs
 * three times over, joined by qpdf when installed) is timed the same way, alone.
 * Skipped with a note when pdftotext is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPdf } from '../src/ingest/pdf.js';
import { popplerAvailable } from '../src/ingest/pdf-poppler.js';

/** One reader's best round over a set of files. */
export interface ReaderRun {
  seconds: number;
  filesPerSecond: number;
  pagesPerSecond: number;
}

export interface PdfTextSet {
  label: string;
  files: number;
  pages: number;
  pdftotext: ReaderRun;
  poppler: ReaderRun;
  pdfjs: ReaderRun;
  /** poppler reader seconds / pdftotext seconds. */
  ratio: number;
  pdfjsRatio: number;
}

export type PdfTextBench = { version: string; rounds: number; sets: PdfTextSet[] } | { skipped: string };

const SEEDS = 'fixtures/seeds';

function pdftotextAlone(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-q', file, '/dev/null'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext exited ${code} on ${file}`))));
  });
}

async function readWith(reader: 'poppler' | 'pdfjs', file: string): Promise<number> {
  const r = await ingestPdf(file, readFileSync(file), { reader, ocr: false });
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.source.pages ?? 0;
}

async function timeAll(files: string[], one: (f: string) => Promise<unknown>): Promise<number> {
  const t = performance.now();
  for (const f of files) await one(f);
  return (performance.now() - t) / 1000;
}

async function measureSet(label: string, files: string[], rounds: number): Promise<PdfTextSet> {
  let pages = 0;
  // Warm up (pdf.js loads on first use; pdftotext's binary comes into the page cache).
  for (const f of files.slice(0, 2)) {
    await pdftotextAlone(f);
    await readWith('poppler', f);
    await readWith('pdfjs', f);
  }
  for (const f of files) pages += await readWith('poppler', f);
  const best = { pdftotext: Infinity, poppler: Infinity, pdfjs: Infinity };
  for (let r = 0; r < rounds; r++) {
    best.pdftotext = Math.min(best.pdftotext, await timeAll(files, pdftotextAlone));
    best.poppler = Math.min(best.poppler, await timeAll(files, (f) => readWith('poppler', f)));
    best.pdfjs = Math.min(best.pdfjs, await timeAll(files, (f) => readWith('pdfjs', f)));
  }
  const run = (seconds: number): ReaderRun => ({ seconds, filesPerSecond: files.length / seconds, pagesPerSecond: pages / seconds });
  return {
    label,
    files: files.length,
    pages,
    pdftotext: run(best.pdftotext),
    poppler: run(best.poppler),
    pdfjs: run(best.pdfjs),
    ratio: best.poppler / best.pdftotext,
    pdfjsRatio: best.pdfjs / best.pdftotext,
  };
}

/** The seed pdfs three times over in one file, or null without qpdf. */
function longPdf(dir: string): string | null {
  const seeds = readdirSync(SEEDS).filter((n) => n.endsWith('.pdf')).sort().map((n) => join(SEEDS, n));
  const out = join(dir, 'long.pdf');
  const r = spawnSync('qpdf', ['--empty', '--pages', ...seeds, ...seeds, ...seeds, '--', out], { stdio: 'ignore' });
  return r.error || r.status !== 0 ? null : out;
}

/** PDF text throughput on `files` (a batch) and on one long pdf, `rounds` rounds each. */
export async function benchPdfText(files: string[], rounds = 3): Promise<PdfTextBench> {
  if (!(await popplerAvailable())) return { skipped: 'pdftotext not found (apt-get install poppler-utils)' };
  const v = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  const version = `${v.stdout}${v.stderr}`.split('\n').find((l) => l.trim())?.trim() ?? 'pdftotext';
  const work = mkdtempSync(join(tmpdir(), 'baocao-bench-pdftext-'));
  try {
    const sets: PdfTextSet[] = [];
    if (files.length) sets.push(await measureSet(`${files.length} report pdfs`, files, rounds));
    const long = longPdf(work);
    if (long) sets.push(await measureSet('one long pdf (the seed pdfs ×3, qpdf)', [long], rounds));
    return { version, rounds, sets };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
