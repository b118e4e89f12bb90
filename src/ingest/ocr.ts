/**
 * OCR for scanned pages: poppler's `pdftoppm` rasterises a PDF page, Tesseract (`-l vie`) reads the
 * image and returns its words with boxes and confidences (TSV), and the words become the same
 * positioned runs pdf.js gives for a text layer, so lines, paragraphs and tables are rebuilt by the
 * PDF code (pdf-lines.ts, pdf-blocks.ts) and every later stage sees one kind of Source.
 *
 * Tesseract and pdftoppm run as child processes (Debian's `tesseract-ocr`, `tesseract-ocr-vie`,
 * `poppler-utils`): the npm bindings either ship a WASM build of an older Tesseract that needs its
 * model downloaded at run time, or compile against a library; the command line is the one Debian
 * keeps current. Each process runs single-threaded (OMP_THREAD_LIMIT=1) and pages run in parallel up
 * to the number of cores: on 2 cores that is faster than one process using both, since rasterising
 * and reading overlap. Pages are read as one block of text (--psm 6): with automatic page
 * segmentation (--psm 3) Tesseract drops list numbers standing apart in a hanging indent ("2.", "II.")
 * as noise, and those numbers are the report's structure. Results are cached by the page image's SHA-256, so a batch run again does not
 * read its pages again.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import PQueue from 'p-queue';
import type { PdfItem } from './pdf-lines.js';
import { checkLaterPictures, limitedCommand, PdfOverLimitError } from './pdf-limits.js';
import { drawPictureOnlyPage } from './ocr-raster.js';
import { median3x3, speckleCounts } from './ocr-median.js';
import { giveBuffer, takeBuffer, takeBufferAtLeast } from './ocr-pool.js';
import { applySecondReading, cutWords, digitWords, inNumberColumn, sheetOf, type Cut, type Grey } from './ocr-reread.js';
import { isSyllable, syllablesLike } from './legacy-score.js';
import { NUMBERED_PERIOD_PARTS, PART_HEADING_OPENERS, PLAN_SECTION_WORDS, PLAN_TITLE_EXTRA, TOTAL_ROW_LABELS, WHOLE_SCOPE_ROW_LABELS } from '../text/lexicon.js';

/** Resolution pages are rasterised at: Tesseract's accuracy on 10–13 pt text levels off from 300 dpi. */
export const OCR_DPI = 300;
/** The longest one page may take (rasterise or read) before it is abandoned. */
const PAGE_TIMEOUT_MS = 180_000;
/** A page image above this is refused rather than read (a 300 dpi A3 page is about 25 MB as PNG). */
const MAX_IMAGE_BYTES = 200 * 1024 * 1024;

/** One recognised word, in image pixels. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's confidence, 0–100. */
  conf: number;
  /** Which Tesseract line it belongs to ("block.par.line"). */
  line: string;
  /** A word with digits read otherwise when cut out and enlarged (ocr-reread.ts): the second reading. */
  alt?: string;
}

/** One recognised page. */
export interface OcrPage {
  width: number;
  height: number;
  dpi: number;
  words: OcrWord[];
}

/** The command that installs what OCR needs, for messages. */
export const OCR_INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

let availability: Promise<string | null> | null = null;
let langList: Promise<string> | null = null;

/** Tesseract's installed models (`--list-langs`), asked once a process: OCR's check and the second reading's share it. */
function tesseractLangs(): Promise<string> {
  langList ??= run('tesseract', ['--list-langs'], undefined, 20_000).then((out) => out.toString('utf8'));
  return langList;
}

/** Why OCR was not run when it is turned off (`ocr: false`, BAOCAO_OCR=off). */
export const OCR_OFF = 'nhận dạng ký tự đã tắt (BAOCAO_OCR=off)';

/** Null when Tesseract with its Vietnamese model and pdftoppm can be run, else what is missing; `enabled: false` turns OCR off. */
export function ocrUnavailable(enabled = true): Promise<string | null> {
  if (!enabled || process.env.BAOCAO_OCR === 'off') return Promise.resolve(OCR_OFF);
  availability ??= (async () => {
    try {
      const langs = await tesseractLangs();
      if (!/^vie$/m.test(langs)) return 'Tesseract không có mô hình tiếng Việt (vie)';
    } catch {
      return 'không tìm thấy chương trình tesseract';
    }
    try {
      await run('pdftoppm', ['-v'], undefined, 20_000);
    } catch {
      return 'không tìm thấy chương trình pdftoppm (poppler-utils)';
    }
    return null;
  })();
  return availability;
}

let english: Promise<boolean> | null = null;

/** Whether Tesseract has its English model (Debian's tesseract-ocr installs it): the second reading of digits needs it. */
function hasEnglish(): Promise<boolean> {
  english ??= tesseractLangs().then((langs) => /^eng$/m.test(langs), () => false);
  return english;
}

/** Run a program, feeding `input` to its stdin; resolves with its stdout, rejects on failure or time-out. */
function run(cmd: string, args: string[], input: Uint8Array | undefined, timeoutMs: number, onOutput?: (chunk: string) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // pdftoppm decodes a pdf's images: under an address-space limit (pdf-limits.ts).
    const child = spawn(...(cmd === 'pdftoppm' ? limitedCommand(cmd, args) : ([cmd, args] as const)), { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} quá thời gian ${Math.round(timeoutMs / 1000)} giây`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > MAX_IMAGE_BYTES) {
        child.kill('SIGKILL');
        return;
      }
      out.push(d);
      onOutput?.(d.toString('latin1'));
    });
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 2000) err += d.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (size > MAX_IMAGE_BYTES) reject(new Error(`${cmd}: kết quả vượt ${MAX_IMAGE_BYTES} byte`));
      else if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${cmd} thoát với mã ${code}: ${err.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : undefined);
  });
}

/**
 * One page of a PDF as a grey image (PGM) at `dpi`, cleared of speckle when it has much: a scan
 * with salt-and-pepper noise makes Tesseract read specks as dots and underscores around every line.
 */
export async function rasterisePdfPage(pdf: Uint8Array, page: number, dpi = OCR_DPI): Promise<Buffer> {
  // A page that is one plain picture is drawn here, the same bytes without a process (ocr-raster.ts).
  const drawn = (await drawPictureOnlyPage(pdf, page, dpi)) ?? await poppler(pdf, page, dpi);
  // Each step's input, once it has its own output, is nobody's but this function's: back to the pool.
  const clear = despeckle(drawn, true);
  if (clear !== drawn) giveBuffer(drawn);
  const straight = deskew(clear, true);
  if (straight !== clear) giveBuffer(clear);
  return straight;
}

/** The page drawn by `pdftoppm`, once the pictures the pdf stream check left for the drawing are checked (pdf-limits.ts): poppler decodes them. */
async function poppler(pdf: Uint8Array, page: number, dpi: number): Promise<Buffer> {
  const over = await checkLaterPictures(pdf);
  if (over) throw new PdfOverLimitError(over);
  return run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-'], pdf, PAGE_TIMEOUT_MS);
}

/** Give back a page image `rasterisePdfPage` returned, once nothing reads it any more (ocr-pool.ts). */
export const releasePageImage = (image: Buffer) => giveBuffer(image);

/** A PGM's size and pixels, or null when it is not an 8-bit binary PGM. */
export function readPgm(pgm: Buffer): { w: number; h: number; at: number; px: Buffer } | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) return null;
  const w = Number(header[1]);
  const h = Number(header[2]);
  const at = header[0].length;
  const px = pgm.subarray(at, at + w * h);
  return px.length < w * h || w < 3 || h < 3 ? null : { w, h, at, px };
}

/**
 * The page's skew in degrees, found as the angle whose rows of dark pixels are most sharply
 * separated (projection profile), between −3° and 3° in tenths, searched coarse to fine; 0 when
 * nothing stands out.
 */
export function skewAngle(pgm: Buffer): number {
  const img = readPgm(pgm);
  if (!img) return 0;
  const { w, h, px } = img;
  // Every other pixel of every other row is plenty to see the lines; counted first, so the dark
  // ones go into typed arrays (a page's ~200 000 pushed onto plain arrays cost as much as the search).
  let n = 0;
  for (let y = 0; y < h; y += 2) for (let x = 0; x < w; x += 2) if (px[y * w + x] < 128) n++;
  if (n < 1000) return 0;
  // The samples' columns row by row: sampled row k's are xs[from[k] .. from[k + 1]), its y is 2k.
  const xs = new Int32Array(n);
  const rowsSampled = (h + 1) >> 1;
  const from = new Int32Array(rowsSampled + 1);
  n = 0;
  for (let y = 0, k = 0; y < h; y += 2, k++) {
    from[k] = n;
    const row = y * w;
    for (let x = 0; x < w; x += 2) if (px[row + x] < 128) xs[n++] = x;
  }
  from[rowsSampled] = n;
  // Rows two pixels high, as the sample is taken every other row (finer rows would favour 0°).
  const rows = new Int32Array(h + w);
  const sharpness = (t: number): number => {
    const a = (t / 10) * (Math.PI / 180);
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    rows.fill(0);
    // Math.round(v) of a v over 1 (here v > w/3) is ⌊v + 0.5⌋, which `| 0` takes; halving is exact.
    // y·cos is worked out once a sampled row: the same double, the same sum (y·cos − x·sin) + w.
    for (let k = 0; k < rowsSampled; k++) {
      const yc = 2 * k * cos;
      for (let i = from[k], end = from[k + 1]; i < end; i++) rows[((yc - xs[i] * sin + w) * 0.5 + 0.5) | 0]++;
    }
    let score = 0;
    for (let r = 0; r < rows.length; r++) score += rows[r] * rows[r];
    return score;
  };
  // Coarse to fine: every 0.3°, then the tenths either side of the best (25 angles instead of 61).
  // A text line's peak is wider than 0.3° (a line's height over the page's width is about 0.7°).
  let best = 0;
  let bestScore = -1;
  const tried = new Map<number, number>();
  const look = (t: number) => {
    if (t < -30 || t > 30 || tried.has(t)) return;
    const score = sharpness(t);
    tried.set(t, score);
    if (score > bestScore || (score === bestScore && Math.abs(t) < Math.abs(best * 10))) [best, bestScore] = [t / 10, score];
  };
  for (let t = -30; t <= 30; t += 3) look(t);
  const coarse = Math.round(best * 10);
  for (let t = coarse - 2; t <= coarse + 2; t++) look(t);
  return best;
}

/** Turn a skewed page (0.2° or more) straight; pixels from outside the page are white. A turned page is a new buffer (the pool's when `pooled`). */
export function deskew(pgm: Buffer, pooled = false): Buffer {
  const angle = skewAngle(pgm);
  const img = readPgm(pgm);
  if (!img || Math.abs(angle) < 0.2) return pgm;
  const { w, h, at, px } = img;
  // Every pixel is written below: only the header (and anything after the pixels) is copied.
  const out = pooled ? takeBuffer(pgm.length) : Buffer.allocUnsafe(pgm.length);
  pgm.copy(out, 0, 0, at);
  pgm.copy(out, at + w * h, at + w * h);
  const o = out.subarray(at, at + w * h);
  const r = (angle * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const cx = w / 2;
  const cy = h / 2;
  // The source pixel that lands at (x, y) once the page is turned back by `angle`.
  const srcX = (x: number, y: number) => Math.round(cos * (x - cx) - sin * (y - cy) + cx);
  const srcY = (x: number, y: number) => Math.round(sin * (x - cx) + cos * (y - cy) + cy);
  // Along a row both are monotonic in x (each step rounded to nearest, so never backwards), and
  // srcX steps by 0 or 1 (cos < 1), so srcX − x never grows. A run of pixels copied from one source
  // row at one shift therefore ends where either first changes, found by halving; a page turned 0.3°
  // has ~15 runs a row. The same pixels as working out each one (a test), in about half the time.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x0 = 0; x0 < w; ) {
      const sy = srcY(x0, y);
      const shift = srcX(x0, y) - x0;
      // The run's last pixel: the largest x1 with the same source row and shift.
      let lo = x0;
      let hi = w - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (srcY(mid, y) === sy && srcX(mid, y) - mid === shift) lo = mid;
        else hi = mid - 1;
      }
      const x1 = lo;
      if (sy < 0 || sy >= h) o.fill(255, row + x0, row + x1 + 1);
      else {
        // Pixels whose source falls left or right of the page are white.
        const from = Math.max(x0, -shift);
        const to = Math.min(x1, w - 1 - shift);
        if (from > to) o.fill(255, row + x0, row + x1 + 1);
        else {
          o.fill(255, row + x0, row + from);
          o.set(px.subarray(sy * w + from + shift, sy * w + to + shift + 1), row + from);
          o.fill(255, row + to + 1, row + x1 + 1);
        }
      }
      x0 = x1 + 1;
    }
  }
  return out;
}

/** Share of dark pixels with at most one dark neighbour above which a page counts as speckled (clean text: under 0.01%). */
const SPECKLED = 0.002;

/**
 * A 3×3 median filter over a PGM page whose dark pixels are often alone (specks); a clean page is
 * returned as it is, since the filter also thins the small tone marks of clean text. A filtered page
 * is a new buffer (the pool's when `pooled`).
 */
export function despeckle(pgm: Buffer, pooled = false): Buffer {
  const img = readPgm(pgm);
  if (!img) return pgm;
  const { w, h, at, px } = img;
  // Sixteen pixels at a time in WebAssembly (ocr-median.ts), the columns it leaves here.
  const simd = speckleCounts(px, w, h);
  const rest = countSpeckles(px, w, h, simd?.upTo ?? 1);
  const dark = rest.dark + (simd?.dark ?? 0);
  const alone = rest.alone + (simd?.alone ?? 0);
  if (dark === 0 || alone / dark <= SPECKLED) return pgm;
  // The median writes every inner pixel; the header, the edge rows and columns and anything after
  // the pixels stay the page's, so only they are copied (not the whole 8.7 MB page first).
  const out = pooled ? takeBuffer(pgm.length) : Buffer.allocUnsafe(pgm.length);
  pgm.copy(out, 0, 0, at + w);
  pgm.copy(out, at + (h - 1) * w, at + (h - 1) * w);
  for (let y = 1; y < h - 1; y++) {
    out[at + y * w] = pgm[at + y * w];
    out[at + y * w + w - 1] = pgm[at + y * w + w - 1];
  }
  const o = out.subarray(at, at + w * h);
  // Sixteen pixels at a time in WebAssembly (ocr-median.ts): ~0.16 → ~0.01 s CPU on a noisy page;
  // the pixels are still in its memory from the speckle count just made.
  if (median3x3(px, w, h, o, simd !== null)) return out;
  // The median of 9 without sorting them (sorting a 9-array a pixel cost 0.7 s CPU on a noisy
  // 300 dpi page): each column of 3 is sorted once for the three windows it is in, and the median
  // of the window is the median of the largest of its columns' lows, the median of their middles
  // and the smallest of their highs (Paeth's 19-comparison network, the same value). Two pixels go
  // through at once, in the two 16-bit halves of an int, compared without branches (`pmax`,
  // `pmin`): the same pixels in half the time (0.25 → 0.13 s CPU on a noisy page), since on a noisy
  // page a branch on which of two pixels is darker is a coin toss for the processor.
  const n = (w + 1) >> 1;
  // Columns 2k and 2k+1 in pack k (a column past the edge reads 0; it lands only beyond the edge).
  const lo = new Int32Array(n + 1);
  const mid = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let y = 1; y < h - 1; y++) {
    const row = y * w;
    for (let k = 0; k < n; k++) {
      const x = row + 2 * k;
      const last = 2 * k + 1 === w;
      const a = px[x - w] | (last ? 0 : px[x - w + 1] << 16);
      const b = px[x] | (last ? 0 : px[x + 1] << 16);
      const c = px[x + w] | (last ? 0 : px[x + w + 1] << 16);
      const min = pmin(a, b);
      const max = pmax(a, b);
      lo[k] = pmin(min, c);
      hi[k] = pmax(max, c);
      mid[k] = pmax(min, pmin(max, c));
    }
    for (let k = 0; k < n; k++) {
      // Each pack's window: the columns left of it, its own, right of it, as packs of two.
      const before = k > 0 ? k - 1 : 0;
      const l = pmax(pmax((lo[before] >>> 16) | (lo[k] << 16), lo[k]), (lo[k] >>> 16) | (lo[k + 1] << 16));
      const hh = pmin(pmin((hi[before] >>> 16) | (hi[k] << 16), hi[k]), (hi[k] >>> 16) | (hi[k + 1] << 16));
      const m = pmed3((mid[before] >>> 16) | (mid[k] << 16), mid[k], (mid[k] >>> 16) | (mid[k + 1] << 16));
      const r = pmed3(l, m, hh);
      const x = 2 * k;
      if (x >= 1 && x < w - 1) o[row + x] = r & 255;
      if (x + 1 < w - 1) o[row + x + 1] = r >>> 16;
    }
  }
  return out;
}

/** Dark inner pixels (under 128) of columns `from` to w − 2, and those with at most one dark neighbour. */
function countSpeckles(px: Uint8Array, w: number, h: number, from: number): { dark: number; alone: number } {
  let dark = 0;
  let alone = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = from; x < w - 1; x++) {
      const p = y * w + x;
      if (px[p] >= 128) continue;
      dark++;
      let n = 0;
      if (px[p - w - 1] < 128) n++;
      if (px[p - w] < 128) n++;
      if (px[p - w + 1] < 128) n++;
      if (px[p - 1] < 128) n++;
      if (px[p + 1] < 128) n++;
      if (px[p + w - 1] < 128) n++;
      if (px[p + w] < 128) n++;
      if (px[p + w + 1] < 128) n++;
      if (n <= 1) alone++;
    }
  }
  return { dark, alone };
}

/** Bit 8 of each 16-bit half: the half of `a | HALF_BIT8` less the half of `b` keeps it when a ≥ b (values 0–255). */
const HALF_BIT8 = 0x01000100;
/** The low byte of each 16-bit half. */
const HALF_LOW = 0x00ff00ff;

/** 0xff in each 16-bit half where the half of `a` ≥ that of `b`, else 0. */
const pge = (a: number, b: number) => Math.imul((((a | HALF_BIT8) - b) & HALF_BIT8) >>> 8, 255);
/** The larger of each pair of 16-bit halves of two ints holding two pixels each. */
function pmax(a: number, b: number): number {
  const m = pge(a, b);
  return (a & m) | (b & ~m & HALF_LOW);
}
/** The smaller of each pair of 16-bit halves. */
function pmin(a: number, b: number): number {
  const m = pge(a, b);
  return (b & m) | (a & ~m & HALF_LOW);
}
/** The middle one of three, half by half. */
function pmed3(a: number, b: number, c: number): number {
  return pmax(pmin(a, b), pmin(pmax(a, b), c));
}

/** Where recognised pages are kept: BAOCAO_OCR_CACHE, or ~/.cache/baocao/ocr; "off" keeps nothing. */
function cacheDir(): string | null {
  const dir = process.env.BAOCAO_OCR_CACHE;
  if (dir === 'off') return null;
  return dir || join(homedir(), '.cache', 'baocao', 'ocr');
}

/** Tesseract's TSV for an image, with `args` after the language, cached by `tag` and the image's bytes. */
async function tesseractTsv(image: Uint8Array, tag: string, args: string[], lang = 'vie'): Promise<string> {
  const { file, tsv: cachedTsv } = cached(tag, image);
  if (cachedTsv !== null) return cachedTsv;
  const tsv = await tesseractOnFile(image, ['-l', lang, ...args, 'tsv']);
  if (file) keep(file, tsv);
  return tsv;
}

/** Where the reading of `image` by `tag` is cached (null with no cache), and that reading when it is there. */
function cached(tag: string, image: Uint8Array): { file: string | null; tsv: string | null } {
  const dir = cacheDir();
  // No cache, no key: hashing a 300 dpi page costs ~15 ms.
  if (!dir) return { file: null, tsv: null };
  const key = createHash('sha256').update(`${tag}\0`).update(image).digest('hex');
  const file = join(dir, key.slice(0, 2), `${key}.tsv`);
  try {
    return { file, tsv: readFileSync(file, 'utf8') };
  } catch {
    return { file, tsv: null };
  }
}

/** Store a reading in the cache, written aside then renamed, so a reader never sees half of it. */
function keep(file: string, tsv: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, tsv);
    renameSync(tmp, file);
  } catch {
    // A read-only or full cache only costs time.
  }
}

/**
 * Tesseract's output for `image`, handed over as a file in a private temporary folder, removed
 * afterwards. Not through stdin: Tesseract reads stdin a character at a time, which cost 0.1 s CPU
 * on a 300 dpi page (0.72 against 0.82 s on a clean page, 1.59 against 1.72 s on a noisy one,
 * three runs each; the same TSV). Writing the 8 MB file costs this process a few milliseconds.
 */
async function tesseractOnFile(image: Uint8Array, args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'baocao-ocr-'));
  try {
    const file = join(dir, 'page');
    await writeFile(file, image);
    return (await run('tesseract', [file, 'stdout', ...args], undefined, PAGE_TIMEOUT_MS)).toString('utf8');
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Read an image (PNG, JPEG, TIFF — every page of a multi-page TIFF — or PGM) with Tesseract; cached
 * by content. A single grey page (what a PDF page is rasterised to) also has its Roman markers'
 * strokes counted and its words with digits read a second time (ocr-reread.ts).
 */
export async function recogniseImage(image: Uint8Array, dpi = OCR_DPI): Promise<OcrPage[]> {
  const { pages, cuts } = await readImage(image, dpi);
  await rereadCuts(cuts, dpi);
  return pages;
}

/**
 * Read an image as `recogniseImage` does, but leave the second reading of its digit words to the
 * caller: their cuts are returned, so that a file's pages are read again together (`rereadCuts`).
 */
export async function readImage(image: Uint8Array, dpi = OCR_DPI): Promise<{ pages: OcrPage[]; cuts: Cut[] }> {
  return afterReading(image, await tesseractTsv(image, PAGE_TAG, pageArgs(dpi)), dpi);
}

/** The cache tag and arguments of a page's reading (the Vietnamese model, one block of text). */
const PAGE_TAG = 'tesseract-vie-psm6-tsv-v1';
const pageArgs = (dpi: number) => ['--psm', '6', '--dpi', String(dpi)];

/** A page's words from its TSV, with its markers' strokes counted and its digit words cut out for the second reading. */
function afterReading(image: Uint8Array, tsv: string, dpi: number): { pages: OcrPage[]; cuts: Cut[] } {
  const pages = parseTsv(tsv, dpi);
  for (const p of pages) oneStop(p);
  const img = pages.length === 1 ? readPgm(Buffer.from(image.buffer, image.byteOffset, image.byteLength)) : null;
  if (!img || img.w !== pages[0].width || img.h !== pages[0].height) return { pages, cuts: [] };
  recountRomanMarkers(pages[0], img);
  checkTwoDotMarks(pages[0], img);
  return { pages, cuts: cutWords(img, digitWords(pages[0])) };
}

/** The row a page's TSV starts with (level 1). */
const PAGE_ROW = /^1\t\d+\t/u;

/** Pages handed to one Tesseract process and not yet read, at most: one it reads, one waiting, so it never waits for the next. */
const QUEUED_A_PROCESS = 2;

/**
 * One Tesseract process reading page images named on its stdin as they come (`-c
 * stream_filelist=1`: it reads the next name when a page is done), so the model loads once a
 * process and a page is read as soon as it is drawn, while the next one is drawn. Tesseract writes
 * a page's TSV in one go when the page is read (each starts with its level-1 row), so a page is
 * known read when its row comes, and its TSV whole when the next page's row comes or the process
 * ends. The same words as a process a page (compared).
 *
 * With an end-of-page `marker` (a small blank image, `blankPage`), each page's name is followed by
 * the marker's: its level-1 row, written a few milliseconds after the page's TSV, closes the page,
 * so a page's words are whole as soon as it is read rather than once the next page of that process
 * is (a page read is then handed on at once, for its second reading). The marker's own row is dropped.
 */
export class PageReader {
  private readonly child: ReturnType<typeof spawn>;
  /** Pages handed over and not yet wholly known, in order. */
  private readonly waiting: Array<{ resolve: (tsv: string) => void; reject: (e: Error) => void }> = [];
  private header = '';
  private current: string[] | null = null;
  /** The next level-1 row is the marker's (a page's row came, its marker's not yet). */
  private markerNext = false;
  /** The marker's rows are coming: dropped. */
  private dropping = false;
  private partial = '';
  private timer: NodeJS.Timeout | null = null;
  private failed: Error | null = null;
  private err = '';
  /** Pages handed over whose level-1 row has not come yet. */
  queued = 0;

  constructor(lang: string, args: string[], private readonly onRead: () => void, private readonly marker: string | null = null) {
    this.child = spawn('tesseract', ['stdin', 'stdout', '-l', lang, ...args, '-c', 'stream_filelist=1', 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => this.take(chunk));
    this.child.stderr!.on('data', (d: Buffer) => {
      if (this.err.length < 2000) this.err += d.toString('utf8');
    });
    this.child.on('error', (e) => this.fail(e));
    this.child.on('close', (code) => {
      this.clearTimer();
      if (this.partial) this.take('\n');
      this.closePage();
      if (code !== 0 || this.waiting.length) this.fail(new Error(`tesseract thoát với mã ${code}: ${this.err.trim().split('\n').pop() ?? ''}`));
    });
    this.child.stdin!.on('error', () => undefined);
  }

  /** Read the image in `file`; resolves with its TSV (the header row first). */
  read(file: string): Promise<string> {
    if (this.failed) return Promise.reject(this.failed);
    this.queued++;
    if (!this.timer) this.restartTimer();
    this.child.stdin!.write(this.marker ? `${file}\n${this.marker}\n` : `${file}\n`);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** No more pages: the process ends once it has read those it has. */
  end(): void {
    this.child.stdin!.end();
  }

  kill(): void {
    this.clearTimer();
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private take(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (PAGE_ROW.test(line)) {
        this.closePage();
        if (this.markerNext) {
          // The marker's row: the page before it is whole; the marker's own rows are dropped.
          this.markerNext = false;
          this.dropping = true;
          continue;
        }
        this.markerNext = this.marker !== null;
        this.dropping = false;
        this.current = [];
        this.queued = Math.max(0, this.queued - 1);
        if (this.queued > 0) this.restartTimer();
        else this.clearTimer();
        this.onRead();
      }
      if (this.current) this.current.push(`${line}\n`);
      else if (!this.dropping) this.header += `${line}\n`;
    }
  }

  /** The page being received is whole: its TSV goes to the first waiting. */
  private closePage(): void {
    if (this.current && this.waiting.length) this.waiting.shift()!.resolve(this.header + this.current.join(''));
    this.current = null;
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.kill();
    for (const w of this.waiting.splice(0)) w.reject(this.failed);
  }

  /** Each page may take PAGE_TIMEOUT_MS from the last one read (or from being handed over). */
  private restartTimer(): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.fail(new Error(`tesseract quá thời gian ${Math.round(PAGE_TIMEOUT_MS / 1000)} giây`)), PAGE_TIMEOUT_MS);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Pages `numbers` of a pdf rasterised and read, in order, as `readImage` reads each, with one
 * streaming Tesseract process a core (`PageReader`): pages are drawn one after another and each is
 * handed, as soon as it is drawn, to the process with the fewest waiting (a new one while there
 * are fewer than the cores), at most `QUEUED_A_PROCESS` each; so drawing page k + 1 overlaps reading
 * page k, and the model loads once a core (~0.13 s CPU a process) however long the file. Each page
 * is reported done when Tesseract has read it, so a file's time limit, restarted by each page,
 * still sees every page. Cached pages (by the image's SHA-256) are not read again.
 *
 * The words with digits of each page are read a second time as soon as the page is read, on a
 * sheet of the page's own (`rereadSheets`), by one English reader for the whole file, started with
 * the first page Tesseract reads so that its model loads meanwhile: the second reading runs
 * alongside the first instead of after the last page (a file's sheets read at the end kept one core
 * busy ~0.7 s while the other had nothing left). Each sheet is a page of its own to that reader, so
 * its words come apart by its level-1 row, as the pages' do. `secondReading` is the count of words
 * whose second reading differs, every page's reading awaited.
 */
export async function readPdfPages(pdf: Uint8Array, numbers: number[], onDone?: (done: number, total: number) => void, dpi = OCR_DPI): Promise<{ read: Array<{ pages: OcrPage[] }>; secondReading: Promise<number> }> {
  const cores = Math.max(1, availableParallelism());
  const results: Array<{ pages: OcrPage[] }> = [];
  let done = 0;
  const report = () => onDone?.(++done, numbers.length);
  const readers: PageReader[] = [];
  const withEnglish = await hasEnglish();
  let english: PageReader | null = null;
  const reading: Array<Promise<void>> = [];
  const second: Array<Promise<number>> = [];
  // Resolved each time a reader has read a page (room for the next), or has failed.
  let wake: (() => void) | null = null;
  let failed: unknown = null;
  let closed = false;
  const onRead = () => {
    report();
    wake?.();
  };
  const work = await mkdtemp(join(tmpdir(), 'baocao-ocr-'));
  const marker = join(work, 'blank.pgm');
  // A page read: its words' strokes counted, its digit words cut out and handed to the English reader at once.
  const pageRead = (i: number, image: Buffer, tsv: string) => {
    const { pages, cuts } = afterReading(image, tsv, dpi);
    results[i] = { pages };
    releasePageImage(image);
    if (!withEnglish || cuts.length === 0) return;
    const differ = rereadSheets(cuts, dpi, work, () => {
      if (closed) throw new Error('tesseract: đã dừng');
      return (english ??= new PageReader('eng', sheetArgs(dpi), () => undefined));
    });
    // Awaited with the rest below; a failure is seen there, never as an unhandled rejection.
    differ.catch(() => undefined);
    second.push(differ);
  };
  try {
    await writeFile(marker, BLANK_PAGE);
    for (let i = 0; i < numbers.length; i++) {
      if (failed) throw failed;
      const image = await rasterisePdfPage(pdf, numbers[i], dpi);
      const { file, tsv } = cached(PAGE_TAG, image);
      if (tsv !== null) {
        pageRead(i, image, tsv);
        report();
        continue;
      }
      let reader = readers.reduce<PageReader | null>((best, r) => (!best || r.queued < best.queued ? r : best), null);
      if ((!reader || reader.queued > 0) && readers.length < cores) readers.push((reader = new PageReader('vie', pageArgs(dpi), onRead, marker)));
      while (reader!.queued >= QUEUED_A_PROCESS) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (failed) throw failed;
        reader = readers.reduce((best, r) => (r.queued < best.queued ? r : best));
      }
      if (!english && withEnglish && readers.length === 1) english = new PageReader('eng', sheetArgs(dpi), () => undefined);
      const path = join(work, `page${i}`);
      await writeFile(path, image);
      reading.push(reader!.read(path).then((tsv) => {
        pageRead(i, image, tsv);
        if (file) keep(file, tsv);
      }));
      // A reader that failed leaves its pages' promises rejected: no more pages are drawn.
      reading[reading.length - 1].catch((e: unknown) => {
        failed ??= e;
        wake?.();
      });
    }
    for (const r of readers) r.end();
    await Promise.all(reading);
    // Every sheet is handed over by now (`pageRead` hands its sheets over before it returns).
    english?.end();
    const differ = (await Promise.all(second)).reduce((a, b) => a + b, 0);
    return { read: results, secondReading: Promise.resolve(differ) };
  } finally {
    closed = true;
    english?.kill();
    for (const r of readers) r.kill();
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Read `cuts` (one page's digit words) a second time, `SHEET_WORDS` to a sheet, each sheet handed
 * before this returns to the reader `englishReader` gives (written to a file in `work`), or taken
 * from the cache; resolves with how many words' second reading differs.
 */
function rereadSheets(cuts: Cut[], dpi: number, work: string, englishReader: () => PageReader): Promise<number> {
  const sheets: Array<Promise<number>> = [];
  for (let at = 0; at < cuts.length; at += SHEET_WORDS) {
    let buffer: Buffer | null = null;
    const { pgm, slots } = sheetOf(cuts.slice(at, at + SHEET_WORDS), (n) => (buffer = takeBufferAtLeast(n)));
    const apply = (tsv: string) => applySecondReading(slots, parseTsv(tsv, dpi)[0]?.words ?? []);
    try {
      const { file, tsv } = cached(SHEET_TAG, pgm);
      if (tsv !== null) {
        sheets.push(Promise.resolve(apply(tsv)));
        continue;
      }
      const path = join(work, `sheet${++sheetCount}`);
      // Written synchronously, so the sheet is handed over before this returns (a sheet is ~1 MB: ~1 ms).
      writeFileSync(path, pgm);
      sheets.push(englishReader().read(path).then((tsv) => {
        if (file) keep(file, tsv);
        return apply(tsv);
      }));
    } catch (e) {
      sheets.push(Promise.reject(e));
    } finally {
      if (buffer) giveBuffer(buffer);
    }
  }
  return Promise.all(sheets).then((n) => n.reduce((a, b) => a + b, 0));
}

/** The end-of-page marker (`PageReader`): a white 16 × 16 PGM, read in a few milliseconds as a page without words. */
const BLANK_PAGE = Buffer.concat([Buffer.from('P5\n16 16\n255\n', 'latin1'), Buffer.alloc(256, 255)]);

/** Sheets written so far by this process (their files' names). */
let sheetCount = 0;

/** Words a sheet of the second reading holds at most (a page has far fewer; an image's sheets are read a process each). */
const SHEET_WORDS = 400;

/** Read the page's words with digits a second time, cut out and enlarged on one sheet (ocr-reread.ts); returns how many differ. */
export async function rereadDigits(page: OcrPage, img: Grey, dpi = OCR_DPI): Promise<number> {
  return rereadCuts(cutWords(img, digitWords(page)), dpi);
}

/** Read cut-out digit words a second time, `SHEET_WORDS` to a sheet, one Tesseract process a sheet; returns how many differ. */
export async function rereadCuts(cuts: Cut[], dpi = OCR_DPI): Promise<number> {
  if (cuts.length === 0 || !(await hasEnglish())) return 0;
  const sheets: Cut[][] = [];
  for (let i = 0; i < cuts.length; i += SHEET_WORDS) sheets.push(cuts.slice(i, i + SHEET_WORDS));
  const differ = await inParallel(sheets.map((part) => async () => {
    // The sheet in a page's buffer, given back once it is read (the pages' images are back in the pool by now).
    let buffer: Buffer | null = null;
    const { pgm, slots } = sheetOf(part, (n) => (buffer = takeBufferAtLeast(n)));
    let tsv: string;
    try {
      tsv = await tesseractTsv(pgm, SHEET_TAG, sheetArgs(dpi), 'eng');
    } finally {
      if (buffer) giveBuffer(buffer);
    }
    return applySecondReading(slots, parseTsv(tsv, dpi)[0]?.words ?? []);
  }));
  return differ.reduce((a, b) => a + b, 0);
}

/**
 * The cache tag and arguments of a sheet's reading (after the language): sparse text (`--psm 11`), each cut read as a
 * word of its own. As one block (`--psm 6`) the English model read the sheet's rows of far-apart cuts as lines and
 * made things of the gaps ("#3", "£42104" for "210,4", "81,2" read "Si"); measured on holdout97's four scans
 * (200 dpi, noisy), the digits of the words the first reading was sure of (95 or more) read the same in 519 of 558
 * cuts at psm 6 and 555 at psm 11 (with the cuts' paper cleared, ocr-reread.ts), in the same CPU time.
 */
const SHEET_TAG = 'tesseract-eng-psm11-digits-v2';
const sheetArgs = (dpi: number) => ['--psm', '11', '--dpi', String(dpi)];

/**
 * A Roman numeral of upright strokes only ("I.", "II.", "III.", "I)", "III-"), or one Tesseract read with l, |
 * or L for I (beside an I, or alone when its foot is a serif): the shape of a marker, whose strokes are counted in the image. After the
 * strokes, the stop or bracket as read, then what Tesseract made of the gap or of a bracket it could
 * not place: an underscore, a second stop or a comma ("I_", "II).", "I)_").
 */
const I_RUN = /^([Il|]{1,4}|(?=[IlL|]*I)[IlL|]{2,4}|L)([.):\-–]?)([._,]{0,2})$/u;

/**
 * Strokes read with an opening square bracket among them ("[." or "I[." for "I.": a serif I whose serifs noise joined on
 * one side), with its stop, as the first word of its line: no line opens with a bracket and a stop, and the image's strokes are counted.
 */
const SQUARE_RUN = /^(?=[Il|[]*\[)([Il|[]{1,4})([.):\-–])([._,]{0,2})$/u;

/** Strokes and a closing bracket read as a D ("ID" for "II)"): a marker only when the image shows the bracket. */
const I_BRACKET_D = /^[Il|]{1,3}D$/u;

/**
 * Two strokes read as an H ("H" for "II", "IH" for "III": a table's group row or a heading's marker), as the first word
 * of its line: a marker only when the image shows two or three strokes and no bar joins two of them between their heads
 * and feet (an H's crossbar).
 */
const H_RUN = /^(?=[Il|]*H[Il|]*[.):\-–]?[._,]{0,2}$)([Il|H]{1,3})([.):\-–]?)([._,]{0,2})$/u;

/**
 * Tesseract's Vietnamese model often reads "III." as "II." (or "Il.", "IL."), however sharp the
 * image, and sure of it: the strokes of a serif I touch at their feet. Count them instead: a column
 * of the word's box is part of a stroke when it is dark over most of the box's height (serifs and
 * the stop are not), and each run of such columns is one I. A closing bracket is tall enough to be
 * such a run too, but it reaches below the I's feet (a bracket hangs below the baseline): that run is
 * the bracket, not a stroke, and the marker ends in ")" whatever Tesseract read ("I)" is often read
 * "I_", the bracket taken for an underscore, or "ID", taken for a D). A marker-shaped word (ending in a stop or bracket, or
 * the first of its line) whose count differs takes the count, when it is one to three; a stop
 * Tesseract dropped ("III CÔNG TÁC") is put back when a dot sits on the baseline after the last
 * stroke; what Tesseract added after the marker ("II).", "I_") goes.
 */
export function recountRomanMarkers(page: OcrPage, img: { w: number; h: number; px: Buffer }): number {
  let changed = 0;
  let line = '';
  page.words.forEach((w, i) => {
    const first = w.line !== line;
    line = w.line;
    const q = first ? null : PERIOD_STROKES.exec(w.text);
    const h = H_PERIOD.exec(w.text);
    if ((q && NUMBERED_PERIOD_PARTS[page.words[i - 1].text.normalize('NFC').toLowerCase()] !== undefined) || h) {
      const n = strokesBeforeSlash(img, w);
      if (n >= (h ? 2 : 1) && n <= 3 && (h !== null || n !== q![1].length)) {
        const year = (h ?? q)![2];
        w.text = 'I'.repeat(n) + year;
        changed++;
      }
      return;
    }
    const m = I_RUN.exec(w.text) ?? (first ? H_RUN.exec(w.text) ?? SQUARE_RUN.exec(w.text) : null);
    const d = !m && first && I_BRACKET_D.test(w.text);
    if (!d && (!m || (!m[2] && !first))) return;
    const shape = strokes(img, w);
    if (shape.strokes < 1 || shape.strokes > 3 || (d && !shape.bracket)) return;
    if (m?.[1].includes('H') && (shape.strokes < 2 || shape.bar)) return;
    // An "L" read alone is an I only when its foot is a serif, as long on the right as on the left.
    if (m?.[1] === 'L' && (shape.strokes !== 1 || !shape.serif)) return;
    const stop = shape.bracket ? ')' : m?.[2] || (shape.stop ? '.' : '');
    const text = 'I'.repeat(shape.strokes) + stop;
    if (text !== w.text) {
      w.text = text;
      changed++;
    }
  });
  return changed;
}

/**
 * A period's number of strokes and its year after a period word numbered in Roman or Arabic ("Quý III/2025", read
 * "Quý II/2025" or "Quý 11/2025"): its strokes are counted in the image up to the slash, as a marker's are.
 */
const PERIOD_STROKES = /^([Il1|]{1,4})(\/(?:19|20)\d\d[.,;:)]?)$/u;
/**
 * The same strokes read with an H before the slash ("IH/2024", "IHI/2025": serif I's touching at their feet), a word no
 * Arabic period or date is: counted wherever it stands, with no period word before it on its line (a wrapped header
 * cell, "Quý" on the line above), when two strokes at least.
 */
const H_PERIOD = /^(?=[Il|]*H)([IlH|]{1,4})(\/(?:19|20)\d\d[.,;:)]?)$/u;

/**
 * Upright strokes (columns dark over 60% of the box's height) of a word's glyphs before its first glyph with none that
 * still reaches over that height (a slash: each of its columns dark over a short stretch only), or 0 when no such
 * glyph follows them, or a glyph before it is neither (a speck: the count is not known).
 */
function strokesBeforeSlash(img: { w: number; h: number; px: Buffer }, box: { left: number; top: number; width: number; height: number }): number {
  const { w, h, px } = img;
  if (box.height < 8 || box.left < 0 || box.top < 0 || box.left + box.width > w || box.top + box.height > h) return 0;
  let runs = 0;
  let inRun = false;
  let glyph: { stroke: boolean; top: number; bottom: number } | null = null;
  for (let x = box.left; x <= box.left + box.width; x++) {
    let dark = 0;
    let top = h;
    let bottom = -1;
    for (let y = box.top; x < box.left + box.width && y < box.top + box.height; y++) {
      if (px[y * w + x] < 128) {
        dark++;
        top = Math.min(top, y);
        bottom = y;
      }
    }
    const stroke = dark >= 0.6 * box.height;
    if (dark === 0 && glyph) {
      if (!glyph.stroke) return glyph.bottom - glyph.top + 1 >= 0.6 * box.height ? runs : 0;
      glyph = null;
    }
    if (dark > 0) {
      glyph ??= { stroke: false, top, bottom };
      glyph.top = Math.min(glyph.top, top);
      glyph.bottom = Math.max(glyph.bottom, bottom);
    }
    if (stroke && !inRun) runs++;
    if (stroke) glyph!.stroke = true;
    inRun = stroke;
  }
  return 0;
}

/**
 * Upright strokes in a word's box (runs of columns dark over 60% of the box's height), whether the
 * last run is a closing bracket, and whether a stop follows them: past the last run and a white
 * column (the end of its serif), dark pixels all in the lowest third of the box. A bracket is a glyph
 * of its own (white columns between it and the strokes) that hangs below the strokes' feet by a
 * tenth of the box's height or more; serif I's touching at their feet are one glyph. `serif`: the
 * first stroke's glyph reaches right of it no further than left (an I's serifs, not an L's foot).
 */
function strokes(img: { w: number; h: number; px: Buffer }, box: { left: number; top: number; width: number; height: number }): { strokes: number; bracket: boolean; stop: boolean; serif: boolean; bar: boolean } {
  const { w, h, px } = img;
  if (box.height < 8 || box.left < 0 || box.top < 0 || box.left + box.width > w || box.top + box.height > h) return { strokes: 0, bracket: false, stop: false, serif: false, bar: false };
  // Each run's glyph (its columns and the dark columns touching them) and the glyphs' lowest rows.
  const runGlyph: number[] = [];
  const glyphBottom: number[] = [];
  const glyphFrom: number[] = [];
  const glyphTo: number[] = [];
  let firstRun: [number, number] | null = null;
  const runs: Array<[number, number]> = [];
  let inGlyph = false;
  let inRun = false;
  let lastStroke = -1;
  let cleared = false;
  let afterDark = 0;
  let afterHigh = 0;
  const low = box.top + (2 * box.height) / 3;
  for (let x = box.left; x < box.left + box.width; x++) {
    let dark = 0;
    let high = 0;
    let bottom = -1;
    for (let y = box.top; y < box.top + box.height; y++) {
      if (px[y * w + x] < 128) {
        dark++;
        bottom = y;
        if (y < low) high++;
      }
    }
    if (dark > 0 && !inGlyph) {
      glyphBottom.push(bottom);
      glyphFrom.push(x);
    }
    if (dark > 0) {
      glyphBottom[glyphBottom.length - 1] = Math.max(glyphBottom[glyphBottom.length - 1], bottom);
      glyphTo[glyphBottom.length - 1] = x;
    }
    inGlyph = dark > 0;
    const stroke = dark >= 0.6 * box.height;
    if (stroke && !inRun) runGlyph.push(glyphBottom.length - 1);
    if (stroke && runGlyph.length === 1) firstRun = firstRun ? [firstRun[0], x] : [x, x];
    if (stroke && !inRun) runs.push([x, x]);
    if (stroke) runs[runs.length - 1][1] = x;
    if (stroke) {
      lastStroke = x;
      cleared = false;
      afterDark = 0;
      afterHigh = 0;
    } else if (lastStroke >= 0) {
      if (dark === 0) cleared = true;
      else if (cleared) {
        afterDark += dark;
        afterHigh += high;
      }
    }
    inRun = stroke;
  }
  const stop = afterDark >= 4 && afterHigh <= afterDark / 8;
  const n = runGlyph.length;
  const last = runGlyph[n - 1];
  const stems = runGlyph.slice(0, -1);
  const bracket = n > 1 && !stems.includes(last) && glyphBottom[last] - Math.max(...stems.map((g) => glyphBottom[g])) >= Math.max(3, 0.1 * box.height);
  // The first stroke's glyph reaches as far right of the stroke as left of it (give or take its
  // width): a serif, not the foot of an L.
  const g = runGlyph[0];
  const serif = firstRun !== null && glyphTo[g] - firstRun[1] <= 1.5 * (firstRun[0] - glyphFrom[g]) + (firstRun[1] - firstRun[0] + 1);
  // A bar between two strokes, away from their heads and feet (where serifs may touch): a row of the middle half dark
  // over most of the gap, an H's crossbar (a speck of noise is not).
  let bar = false;
  for (let r = 1; r < runs.length && !bar; r++) {
    const [from, to] = [runs[r - 1][1] + 1, runs[r][0]];
    for (let y = Math.ceil(box.top + box.height / 4); y < box.top + (3 * box.height) / 4 && !bar && to > from; y++) {
      let dark = 0;
      for (let x = from; x < to; x++) if (px[y * w + x] < 128) dark++;
      bar = dark >= 0.6 * (to - from);
    }
  }
  return { strokes: n - (bracket ? 1 : 0), bracket, stop, serif, bar };
}

/** A word Tesseract closed with a semicolon or colon, not quite sure of it: the mark is looked at in the image. */
const TWO_DOT_END = /\p{L}[;:]$/u;
/** Confidence from which a closing ";" or ":" is taken as read. */
const SURE_MARK = 95;

/**
 * A closing ";" or ":" Tesseract read where the page shows a "," or "." (a horn or a tone mark above the letter before
 * it taken for the upper dot: "THƯ," read "THƯ;" at 91): the word's last glyph (its rightmost piece of ink, in the
 * lower half of the box: the comma or the stop) has no piece of ink of its own above it, over its columns, apart
 * from the letters (a semicolon's or colon's upper dot, at mid-height). Only words under `SURE_MARK`. Returns how many
 * were rewritten.
 */
export function checkTwoDotMarks(page: OcrPage, img: { w: number; h: number; px: Buffer }): number {
  let changed = 0;
  for (const word of page.words) {
    if (word.conf >= SURE_MARK || !TWO_DOT_END.test(word.text)) continue;
    const pieces = inkPieces(img, word);
    if (!pieces || pieces.length < 2) continue;
    // The lowest-reaching piece among those that end furthest right (give or take a sixth of the box's height, the upper
    // dot may end a pixel right of the comma): the comma or the stop.
    const right = Math.max(...pieces.map((q) => q.x1));
    const last = pieces.filter((q) => q.x1 >= right - word.height / 6).reduce((a, b) => (b.y1 > a.y1 ? b : a));
    if (last.y0 < word.height / 2 || last.x1 - last.x0 > word.height / 2) continue;
    const dot = pieces.some((q) => q !== last && q.y1 < last.y0 && q.x0 <= last.x1 + 2 && q.x1 >= last.x0 - 2 &&
      q.x0 >= last.x0 - word.height / 4 && q.y1 - q.y0 < word.height / 3 && q.x1 - q.x0 < word.height / 3);
    if (dot) continue;
    word.text = word.text.slice(0, -1) + (word.text.endsWith(';') ? ',' : '.');
    changed++;
  }
  return changed;
}

/** The pieces of ink (8-connected, darker than 128, over 3 pixels) in a word's box, as boxes relative to it; null when the box leaves the image. */
function inkPieces(img: { w: number; h: number; px: Buffer }, box: { left: number; top: number; width: number; height: number }): Array<{ x0: number; x1: number; y0: number; y1: number }> | null {
  const { left, top, width: w, height: h } = box;
  if (h < 8 || left < 0 || top < 0 || left + w > img.w || top + h > img.h) return null;
  const seen = new Uint8Array(w * h);
  const dark = (x: number, y: number) => img.px[(top + y) * img.w + left + x] < 128;
  const out: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  const stack: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (seen[y * w + x] || !dark(x, y)) continue;
      const p = { x0: x, x1: x, y0: y, y1: y };
      let n = 0;
      seen[y * w + x] = 1;
      stack.push(x, y);
      while (stack.length) {
        const cy = stack.pop()!;
        const cx = stack.pop()!;
        n++;
        if (cx < p.x0) p.x0 = cx;
        if (cx > p.x1) p.x1 = cx;
        if (cy < p.y0) p.y0 = cy;
        if (cy > p.y1) p.y1 = cy;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const nx = cx + dx;
            const ny = cy + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !dark(nx, ny)) continue;
            seen[ny * w + nx] = 1;
            stack.push(nx, ny);
          }
        }
      }
      if (n > 3) out.push(p);
    }
  }
  return out;
}

/** Tesseract's TSV: level 1 rows give each page's size, level 5 rows the words. */
export function parseTsv(tsv: string, dpi = OCR_DPI): OcrPage[] {
  const pages: OcrPage[] = [];
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] === 'level') continue;
    const level = Number(c[0]);
    if (level === 1) {
      pages.push({ width: Number(c[8]), height: Number(c[9]), dpi, words: [] });
      continue;
    }
    const text = c.slice(11).join('\t').normalize('NFC').trim();
    if (level !== 5 || !text || pages.length === 0) continue;
    pages[pages.length - 1].words.push({
      text, left: Number(c[6]), top: Number(c[7]), width: Number(c[8]), height: Number(c[9]),
      conf: Math.max(0, Number(c[10])), line: `${c[2]}.${c[3]}.${c[4]}`,
    });
  }
  return pages;
}

/**
 * A word of small letters with neither ascender nor descender (tone marks and a closing stop or comma
 * allowed): "sản.", "món", "vừa,". Its box is about the x-height, far under the line's font size.
 */
export const X_HEIGHT_ONLY = /^[aceimnorsuvwxzăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữự]+[.,;:]?$/u;

/**
 * A word that reaches under the baseline (g, p, q, y, a comma or semicolon: "huyện", "0,95", "tỷ", "đồng."): its box runs
 * from its tallest mark to its deepest stroke, so a line of nothing but such words has boxes taller than the page's
 * usual, though set in the same size.
 */
export const DEEP = /[gpqyỳýỷỹỵ,;]/u;

/**
 * A recognised page as pdf.js-like runs in points (y grows upwards): every word of a Tesseract line
 * shares the line's baseline and size, so the PDF line builder puts it on one line; a new Tesseract
 * line skips a sequence number, so a wide gap to it separates table cells as in a text layer.
 */
export function ocrItems(page: OcrPage): PdfItem[] {
  const k = 72 / page.dpi;
  const lines = new Map<string, OcrWord[]>();
  for (const w of page.words) {
    const l = lines.get(w.line);
    if (l) l.push(w);
    else lines.set(w.line, [w]);
  }
  // A word box spans ascenders, tone marks and descenders: about 1.3 font sizes. Boxes vary with the
  // letters a line holds, so a line within a quarter of the page's usual size takes the usual size
  // (the PDF paragraph builder compares sizes to tell a heading from body text); so does a smaller
  // line of small letters only, whose boxes hold no ascender or descender ("sản.", the end of a paragraph), and a
  // larger line (to 1.4 times) of small letters whose every word reaches under the baseline ("huyện 0,95 tỷ đồng.").
  // Marks alone (a row of "-" cells, ":" specks) are a few pixels high: a line's size is its letters' and digits' when it
  // has any ("3. Dự 300,0 - - : :" measured by its dashes came out a tenth of its size, and split its table in two).
  const raw = new Map<string, number>();
  for (const [key, words] of lines) {
    const glyphs = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    raw.set(key, median((glyphs.length ? glyphs : words).map((w) => w.height)) / 1.3);
  }
  const usual = median([...raw.values()]);
  const leads = bulletLeads(lines, usual);
  const items: PdfItem[] = [];
  let seq = 0;
  for (const [key, words] of lines) {
    const r = raw.get(key)!;
    const bottom = baseline(words, r);
    const size = (Math.abs(r - usual) <= 0.25 * usual || (r < usual && words.every((w) => X_HEIGHT_ONLY.test(w.text))) ||
      (r > usual && r <= 1.4 * usual && /\p{Ll}/u.test(words.map((w) => w.text).join('')) && words.every((w) => DEEP.test(w.text))) ? usual : r) * k;
    const sorted = dropMarginSpecks([...words].sort((a, b) => a.left - b.left), r, leads);
    // A bullet glyph (•, ▪, ◦) comes out as a narrow, unsure scrap ("‹Ò", "ÖỔ"), often with a speck
    // of punctuation after it: read both as the dash a typed list uses.
    const first = sorted[0];
    // A digit read from a dash's few pixels ("5" 15 px high among words of 45) is the bullet only where the page's other
    // lines open with their dash at its place before text at the place of its line's text.
    // A sure scrap is measured by the larger of the line's own size and the size it is given: a line of capitals and short
    // words ("- Lưu: VT, KT-NS.") reads its boxes small, and its bullet's dot (15 px, read "s-") came out half its size and more.
    const bullet = sorted.length > 1 && ((first.conf < 50 && first.width < 0.6 * (size / k) && !MARKER_LIKE.test(first.text) &&
      (!/\d/u.test(first.text) || (digitScrap(first, r) && isBulletLead(first, sorted[1], leads, r)))) || sureDotBullet(sorted, leads, Math.max(r, size / k)));
    // A bullet read as an unsure dash before a word of letters opens a list item, not a cell's gap: kept on a line that
    // holds a number ("- Nhân rộng … ở 100% thôn.", whose dash `strayDash` took for a speck, and the item left its list).
    const itemDash = bullet && /^\p{L}/u.test(afterScrap(sorted)?.text ?? '');
    const lineFrom = items.length;
    sorted.forEach((w, i) => {
      if (bullet && i === 1 && /^[._&~\-–—]+$/u.test(w.text)) return;
      // The gap after a marker read as an unsure underscore of its own ("5. _ ĐÁNH GIÁ"): under 50 anywhere, under 90
      // right after the line's numbering marker (as `shownText` drops one stuck to it; a blank to fill in follows words).
      if (/^_+$/u.test(w.text) && (w.conf < 50 || (i === 1 && w.conf < 90 && LINE_MARKER.test(sorted[0].text)))) return;
      if (baselineSpeck(w, r, words) || (!(itemDash && i === 0) && strayDash(w, words, page.words))) return;
      const str = bullet && i === 0 ? '-' : enDash(sorted, i, r) ? '–' : shownText(w);
      // Tesseract's words are split at spaces: two words of letters whose boxes a speck or the
      // turn brought within a word space ("Sàng" "lọc") are set a word space apart, so the line
      // builder does not glue them ("Sànglọc"). Digits keep their place (a number's pieces).
      let x = w.left * k;
      const before = items.length > lineFrom ? items[items.length - 1] : undefined;
      if (before && /\p{L}$/u.test(before.str) && /^\p{L}/u.test(str)) {
        // A box that runs on over the next word's start ("phí" 229 px wide where its three letters take 78, "do" starting
        // inside it) holds ink that is no letter of its own: it ends a word space before the next word, not pushes that
        // word and every one after it right (the label's wrapped line then crossed the next column and ended its table).
        const clipped = x - WORD_SPACE * size - before.x;
        if (before.x + before.width > x && clipped >= OVERRUN_KEEP * before.str.length * size) before.width = clipped;
        x = Math.max(x, before.x + before.width + WORD_SPACE * size);
      }
      items.push({ str, x, y: (page.height - bottom) * k, size, width: w.width * k, seq: seq++ });
    });
    seq++;
  }
  return items;
}

/**
 * A dash or underscore read from a speck on the line's baseline, however sure ("NGÂN _", "NGÀN -" in a label cell's
 * wrapped line: a cell of its own, which split the table's columns). A hyphen or dash sits at the middle of the small
 * letters, its foot some half a font size above the baseline (a quarter is left for the baseline a line of descenders
 * only is given); an underscore typed to fill in is several sizes long. So
 * a mark of dashes narrower than half a font size and thinner than a quarter, whose foot lies on the baseline, is no
 * character. The baseline is the line's other words' (`size` in pixels).
 */
function baselineSpeck(w: OcrWord, size: number, words: OcrWord[]): boolean {
  if (!DASHES.test(w.text) || w.width >= 0.5 * size || w.height >= 0.25 * size) return false;
  const others = words.filter((o) => !DASHES.test(o.text));
  return others.length > 0 && Math.abs(baseline(others, size) - (w.top + w.height)) < 0.25 * size;
}

const DASHES = /^[-_–—~]+$/u;

/** Confidence under which a dash standing in no column of numbers is taken for a speck (`strayDash`). */
const STRAY_DASH_BELOW = 50;

/**
 * A dash read unsure, in a cell's gap of a line that holds a digit, where no column of numbers runs ("Lừa đảo — 3 | 2"
 * read at 36 between a row's label and its first number): a speck, not a cell. A dash that says "nothing here" stands
 * in a column of numbers; one between words of a sentence sits a word space from them.
 */
function strayDash(w: OcrWord, line: OcrWord[], words: OcrWord[]): boolean {
  if (!DASHES.test(w.text) || w.conf >= STRAY_DASH_BELOW || !line.some((o) => /\d/u.test(o.text))) return false;
  // A word space is a fraction of the letters' height (the dash's own box may be a blot's, "—" 81 px high among 40).
  const gap = 0.5 * median(line.filter((o) => o !== w).map((o) => o.height));
  const apart = line.every((o) => o === w || o.left >= w.left + w.width + gap || o.left + o.width <= w.left - gap);
  // Its column measured by the line's letters, not by the dash's own box (a hyphen's few pixels, a blot's many).
  return apart && !inNumberColumn(words, { ...w, height: 2 * gap });
}

/**
 * A "-" set off by word spaces between two words of letters, its ink half a font size wide or more: the en dash typed
 * between names ("Văn hóa – Thể thao"), which Tesseract reads as a hyphen. A hyphen's ink is about a quarter of a font
 * size, an en dash's half (`size` in pixels); one set off by more than a word space stands between cells.
 */
function enDash(words: OcrWord[], i: number, size: number): boolean {
  const w = words[i];
  const before = words[i - 1];
  const after = words[i + 1];
  // Not after a line's first word nor after capitals: the dash of a marker ("II - ĐÁNH GIÁ", "a - Nội dung") stays as read.
  if (w.text !== '-' || i < 2 || !after || !/\p{Ll}$/u.test(before.text) || !/^\p{L}/u.test(after.text)) return false;
  if (w.width < 0.5 * size || w.width > 0.9 * size) return false;
  return w.left - (before.left + before.width) < size && after.left - (w.left + w.width) < size;
}

/** The least gap between two words of letters of one Tesseract line, in font sizes (the line builder's word space is 0.12). */
const WORD_SPACE = 0.2;

/** A word's box clipped before the next word keeps at least this many font sizes a letter (a narrow letter's width is ~0.3). */
const OVERRUN_KEEP = 0.25;

/** A word as the line builder takes it: the gap after a marker is often read as an underscore stuck to it ("b)_", "c._"), dropped when unsure. */
export function shownText(w: OcrWord): string {
  return w.conf < 90 && /[^_]_+$/u.test(w.text) ? w.text.replace(/_+$/u, '') : w.text;
}

/** Letters and marks that reach below the baseline: descenders, dots below, commas, brackets. */
const BELOW = /[gpqyjQ,;()[\]|ạặậẹệịọộợụựỵỳỷỹýẠẶẬẸỆỊỌỘỢỤỰỴ]/u;

/**
 * A line's baseline in pixels. A word box ends at its lowest ink, so "Phong" or "cùng kỳ" ends a
 * descender below "Tiền" or "KH": taken as they are, wrapped lines of a table cell look further
 * apart than they are and split into rows. The median bottom of the words with nothing below the
 * baseline, else the highest bottom less a descender (a fifth of the font size). Marks are measured only on a line of
 * marks alone: a dash's foot sits half the small letters above the baseline, and in "Lộc - Đồng" (every word of letters
 * reaching below it) the dash alone set the line three points high, so the cell's next wrapped line ("Tâm") looked a
 * row's gap under it and became a row of its own.
 */
function baseline(words: OcrWord[], size: number): number {
  const glyphs = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const from = glyphs.length ? glyphs : words;
  const flat = from.filter((w) => !BELOW.test(w.text)).map((w) => w.top + w.height);
  if (flat.length) return median(flat);
  return Math.min(...from.map((w) => w.top + w.height)) - 0.2 * size;
}

/**
 * Words read from specks in the margins: unsure words (under 50), or stops, commas, colons or quotes in a box under
 * `SPECK` of a font size each way however sure (a ":" of 2 × 2 pixels at 55 before "II- KIẾN NGHỊ"), before the line's
 * first sure word or after its last, set apart from it by a gap of more than two font sizes. Digits are kept (a
 * finding on them is cautioned instead), and so is a word of text size on a line holding a number
 * (a table cell Tesseract read as garbage: the table's sums rest on it, see extract/ocr-confidence.ts).
 */
function dropMarginSpecks(words: OcrWord[], size: number, leads: ReadonlyArray<BulletLead> = []): OcrWord[] {
  // On a line with a number (a table row), a word as tall as text at its end is a cell read as garbage ("LỆ} AÀ)" for
  // "107,50"), kept so the table shows a cell it could not read.
  const numbers = words.some((w) => /^[\d.,%]*\d[\d.,%]*$/u.test(w.text) && w.conf >= 50);
  const speck = (w: OcrWord) => /^[.,:;'`"‘’·]+$/u.test(w.text) && w.height < SPECK * size && w.width < SPECK * size;
  const sure = words.map((w) => (w.conf >= 50 && !speck(w)) || /\d/u.test(w.text) || (numbers && w.height >= 1.1 * size && w.width >= 0.8 * size));
  const first = sure.indexOf(true);
  const last = sure.lastIndexOf(true);
  if (first < 0) return words;
  let from = 0;
  for (let i = first - 1; i >= 0; i--) {
    if (words[i + 1].left - (words[i].left + words[i].width) > 2 * size) {
      // A list's bullet set as far before its text as on another line of the page is the bullet, not a speck. Its text is
      // the word right after the gap, however unsure ("Giải" read at 44 after a dash read "«": the first sure word is
      // further on, and the item lost its dash while the list's next items kept theirs).
      from = isBulletLead(words[i], words[i + 1], leads, size) ? i : i + 1;
      break;
    }
  }
  let to = words.length;
  for (let i = last + 1; i < words.length; i++) {
    if (words[i].left - (words[i - 1].left + words[i - 1].width) > 2 * size) {
      to = i;
      break;
    }
  }
  return words.slice(from, to);
}

/** A stop, colon or quote smaller than this many font sizes both ways, set apart from a line's text, is a speck. */
const SPECK = 0.3;

/** An unsure scrap opening a line before its first sure word, and that word: a bullet and its text, or a speck. */
interface BulletLead { line: string; scrap: number; text: number }

/** A lone digit unsure and under half a font size high: a digit stands as tall as a capital, this is a dash's few pixels. */
const digitScrap = (w: OcrWord, size: number) => w.conf < 50 && /^\d$/u.test(w.text) && w.height < 0.5 * size;

/** A scrap that may be a bullet: unsure, narrow, no digit (but a digit scrap), no numbering marker. */
const bulletLike = (w: OcrWord, size: number) => w.conf < 50 && w.width < 0.6 * size && (!/\d/u.test(w.text) || digitScrap(w, size)) && !MARKER_LIKE.test(w.text);

/**
 * A small mark opening a line: a bullet glyph (•) read, however sure, as a scrap of no digit ("°", "°Ò", "«", "ÖÒ", "-"
 * at 50–74), its box under half a font size each way and its middle well above the baseline (a stop, comma or underscore
 * speck lies on it). `size` in pixels; `line` the line's words.
 */
function dotShaped(w: OcrWord, size: number, line: OcrWord[]): boolean {
  if (w.width >= 0.5 * size || w.height >= 0.5 * size || /\d/u.test(w.text) || MARKER_LIKE.test(w.text) || /^[.,:;'`"‘’_]+$/u.test(w.text)) return false;
  const others = line.filter((o) => o !== w && /[\p{L}\p{N}]/u.test(o.text) && o.height >= 0.5 * size);
  return others.length > 0 && baseline(others, size) - (w.top + w.height / 2) >= 0.25 * size;
}

/** The word a line's opening scrap stands before: the next one, past dashes, stops or underscores read from the gap ("__", "_."). */
function afterScrap(sorted: OcrWord[]): OcrWord | undefined {
  return sorted[1] && /^[._&~\-–—]+$/u.test(sorted[1].text) ? sorted[2] : sorted[1];
}

/**
 * A line opening with a sure scrap of a bullet's shape (`dotShaped`), more than a font size before the line's text,
 * where another line of the page opens with a scrap at the same place before text at the same place (a list's bullets:
 * "°Ò" at 58 on one item where the others were read under 50, or all read sure). Without that second line it is left as read.
 */
function sureDotBullet(sorted: OcrWord[], leads: ReadonlyArray<BulletLead>, size: number): boolean {
  const [scrap, text] = [sorted[0], afterScrap(sorted)];
  if (!text || !/\p{L}/u.test(text.text) || !dotShaped(scrap, size, sorted) || text.left - (scrap.left + scrap.width) <= size) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.3 * size;
  return leads.some((l) => l.line !== scrap.line && near(l.scrap, scrap.left) && near(l.text, text.left));
}

/** Each line's scraps before its first sure word, with that word's left edge (in pixels); and each line opening with a sure bullet-shaped scrap, with the word after it. */
function bulletLeads(lines: Map<string, OcrWord[]>, size: number): BulletLead[] {
  const out: BulletLead[] = [];
  for (const [line, words] of lines) {
    const sorted = [...words].sort((a, b) => a.left - b.left);
    const first = sorted.findIndex((w) => w.conf >= 50 || /\d/u.test(w.text));
    for (let i = 0; i < first; i++) if (bulletLike(sorted[i], size)) out.push({ line, scrap: sorted[i].left, text: sorted[first].left });
    const text = afterScrap(sorted);
    if (first === 0 && text && dotShaped(sorted[0], size, sorted)) out.push({ line, scrap: sorted[0].left, text: text.left });
  }
  return out;
}

/**
 * Whether `scrap`, before a line's first sure word `text` by more than a speck's gap, is a bullet: another line of the
 * page opens with a scrap at the same place before text at the same place (a list's dash read "-Ò", "°e", "«").
 */
function isBulletLead(scrap: OcrWord, text: OcrWord, leads: ReadonlyArray<BulletLead>, size: number): boolean {
  if (!bulletLike(scrap, size)) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.3 * size;
  return leads.some((l) => l.line !== scrap.line && near(l.scrap, scrap.left) && near(l.text, text.left));
}

/** A numbering marker followed by more than one stop. */
const MARKER_STOPS = /^(?:\d{1,2}|[IVXLC]{1,6}|[a-zđA-Z])\.{2,}$/u;

/** The gap after a line's marker read as a second stop ("4.. LĨNH VỰC"), when unsure: one stop. */
export function oneStop(page: OcrPage): void {
  let line = '';
  for (const w of page.words) {
    if (w.line !== line && w.conf < 90 && MARKER_STOPS.test(w.text)) w.text = w.text.replace(/\.+$/u, '.');
    line = w.line;
  }
}

/** A line's numbering marker as read: "1.", "2.1.", "II.", "a)". */
const LINE_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]$/u;

/** A numbering marker, never taken for a bullet however unsure ("c.", "b)", "II."). */
const MARKER_LIKE = /^(?:[a-zđ]|[IVXLC]{1,6})[.),]$/u;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Pairs of syllables the later stages know a report's structure by, counted as read twice among sure words: a total
 * row's label ("tổng cộng", "toàn xã"), a part heading's opening ("phần thứ") and a plan section's title ("mục tiêu",
 * "nhiệm vụ"). A report writes each once or twice, and a scan that glues them ("Tổngcộng") or loses or changes a mark
 * ("PHÂN THỨ HAI", "MỤC TIỂU") loses the total row, the heading, or the section's being one of plans.
 */
const KNOWN_PAIRS = [...TOTAL_ROW_LABELS, ...WHOLE_SCOPE_ROW_LABELS, ...PART_HEADING_OPENERS, ...PLAN_SECTION_WORDS, ...PLAN_TITLE_EXTRA]
  .filter((l) => l.split(' ').length === 2);

/** Tesseract confidence under which a word may be put right by the document's own word pairs. */
const UNSURE_WORD = 90;
/**
 * The same for a word in capitals (a heading's): Tesseract reads a capital's tone mark wrong and is
 * still sure of it ("QUÁ" for "QUẢ" at 90–91), the marks above capitals being small and crowded.
 */
const UNSURE_CAPITALS = 95;

/** Whether a word is unsure enough to be put right (a word from 90 to 95 in capitals still counts among the sure words that put others right). */
const unsureWord = (w: OcrWord) => w.conf < (capitals(w) ? UNSURE_CAPITALS : UNSURE_WORD);

/** A word of two letters or more, all capitals (a heading's). */
const capitals = (w: OcrWord) => w.text.length > 1 && w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase();

/** A word's letters without tone or vowel marks, lower case ("VỰC" → "vuc"), đ kept apart. */
const bare = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '');

/** The marks over or under a letter ("ầ" → the circumflex and the grave), as combining characters. */
const marksOf = (c: string) => new Set(c.normalize('NFD').replace(/[^\u0300-\u036f]/gu, ''));
/** Whether letter `a` bears only some of the marks `b` bears ("â" of "ầ", "u" of "ư"): read twice, `b` is the fuller reading. */
const fewerMarks = (a: string, b: string) => {
  const ma = marksOf(a);
  const mb = marksOf(b);
  return ma.size < mb.size && [...ma].every((m) => mb.has(m));
};

/**
 * A letter Tesseract read twice, once with its mark and once without ("uưu" for "ưu": the horn taken as a glyph of its own):
 * of the words made by dropping one of two neighbouring letters alike but for their marks, the one that is a syllable,
 * when only one is ('' otherwise). Where one of the two bears only some of the other's marks ("PHÂẦN": the circumflex
 * read alone, then with the grave), it is the one dropped: a mark the page shows was seen, a lost one was not.
 */
function oneLetterDoubled(word: string): string {
  const chars = [...word];
  const found = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    // Alike but for their marks: two same letters ("II", "oo") are as the report may write them.
    if (chars[i] === chars[i + 1] || bare(chars[i]) !== bare(chars[i + 1])) continue;
    const drops = fewerMarks(chars[i], chars[i + 1]) ? [i] : fewerMarks(chars[i + 1], chars[i]) ? [i + 1] : [i, i + 1];
    for (const drop of drops) {
      const cut = [...chars.slice(0, drop), ...chars.slice(drop + 1)].join('');
      if (isSyllable(cut)) found.add(cut);
    }
  }
  return found.size === 1 ? [...found][0] : '';
}

/** `word` in the case pattern of `like` (all capitals, a capital first, or lower case). */
function caseLike(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/**
 * Tone and vowel marks misread in words Tesseract was unsure of, put right by the document's own
 * vocabulary: capitals in headings lose marks more than body text does ("KẾT QUÁ" for "KẾT QUẢ",
 * "LĨNH VỤC" for "LĨNH VỰC"), while the same pair of words is read right in sure words elsewhere in
 * the report. An unsure word of letters only (under 90, or 95 in capitals) whose pairs with the words before and after
 * it never occur among sure words is replaced by the spelling of the same letters (marks aside) whose
 * pairs occur at least twice (once for a word in capitals, when no other spelling ties; `KNOWN_PAIRS` count as
 * read twice; a tie goes to the spelling seen on both sides); failing that, a word that is no Vietnamese syllable and is
 * read nowhere else among sure words, by the one syllable of the list spelled with its letters, when there is only
 * one ("Uu" → "Ưu"), or with one of two like letters dropped ("UƯu" → "Ưu"). Words with digits are never touched. Returns how many were replaced.
 */
export function repairUnsureWords(pages: OcrPage[]): number {
  const lines: OcrWord[][] = [];
  for (const p of pages) {
    let cur: OcrWord[] = [];
    let key = '';
    for (const w of p.words) {
      if (w.line !== key && cur.length) {
        lines.push(cur);
        cur = [];
      }
      key = w.line;
      cur.push(w);
    }
    if (cur.length) lines.push(cur);
  }
  const norm = (w: OcrWord) => w.text.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const pairs = new Map<string, number>(KNOWN_PAIRS.map((k) => [k, 2]));
  const spellings = new Map<string, Set<string>>();
  for (const a of KNOWN_PAIRS.flatMap((k) => k.split(' '))) spellings.set(bare(a), (spellings.get(bare(a)) ?? new Set<string>()).add(a));
  for (const ws of lines) {
    for (let i = 0; i < ws.length; i++) {
      const a = norm(ws[i]);
      if (!a || ws[i].conf < UNSURE_WORD) continue;
      const forms = spellings.get(bare(a)) ?? new Set<string>();
      forms.add(a);
      spellings.set(bare(a), forms);
      const b = i + 1 < ws.length ? norm(ws[i + 1]) : '';
      if (b && ws[i + 1].conf >= UNSURE_WORD) pairs.set(`${a} ${b}`, (pairs.get(`${a} ${b}`) ?? 0) + 1);
    }
  }
  // Words read somewhere with high confidence (as sure as a capital needs): those are the report's.
  const verySure = new Set(lines.flat().filter((w) => w.conf >= UNSURE_CAPITALS).map(norm));
  const seen = (prev: string, w: string, next: string) => (prev ? pairs.get(`${prev} ${w}`) ?? 0 : 0) + (next ? pairs.get(`${w} ${next}`) ?? 0 : 0);
  const sidesSeen = (prev: string, w: string, next: string) => (prev && pairs.has(`${prev} ${w}`) ? 1 : 0) + (next && pairs.has(`${w} ${next}`) ? 1 : 0);
  let changed = 0;
  for (const ws of lines) {
    ws.forEach((w, i) => {
      if (/\d/u.test(w.text)) return;
      const word = norm(w);
      if (!word || !/^\p{L}+$/u.test(word)) return;
      let best = '';
      const prev = i > 0 ? norm(ws[i - 1]) : '';
      const next = i + 1 < ws.length ? norm(ws[i + 1]) : '';
      // A word read at 90 or more counted its own pairs among the sure ones: they are not seen elsewhere.
      const own = w.conf < UNSURE_WORD ? 0 : (prev && ws[i - 1].conf >= UNSURE_WORD ? 1 : 0) + (next && ws[i + 1].conf >= UNSURE_WORD ? 1 : 0);
      if (unsureWord(w) && (prev || next) && seen(prev, word, next) - own === 0) {
        // A heading's word in capitals read unsure ("PHÂN THỨ NHẤT" at 67, "PHÂN THỨ HAI" at 91): headings seldom repeat their pairs, so one
        // sure pair of the report's ("PHẦN THỨ HAI") is enough when no other spelling is seen as often.
        // Equal counts are told apart by the sides seen: a spelling the report writes both after the word before and
        // before the word after ("hóa sổ", "sổ hộ") beats one seen on one side only, however often ("hồ sơ hộ": "sơ hộ").
        let bestSeen = capitals(w) ? 0 : 1;
        let bestSides = 0;
        let tied = false;
        for (const form of spellings.get(bare(word)) ?? []) {
          if (form === word) continue;
          const n = seen(prev, form, next);
          const sides = sidesSeen(prev, form, next);
          if (n > bestSeen || (n === bestSeen && best && sides > bestSides)) [best, bestSeen, bestSides, tied] = [form, n, sides, false];
          else if (n === bestSeen && best && sides === bestSides) tied = true;
        }
        if (tied) best = '';
      }
      // No spelling of the report's own: a word under 95 that is no Vietnamese syllable and is read
      // nowhere with high confidence, whose letters spell one syllable only ("Uu" for "Ưu": the horn lost).
      if (!best && w.conf < UNSURE_CAPITALS && word.length > 1 && !verySure.has(word) && !isSyllable(word)) {
        const like = syllablesLike(word);
        if (like.length === 1) best = like[0];
        else if (!like.length) best = oneLetterDoubled(word);
      }
      if (!best) return;
      const at = w.text.toLowerCase().indexOf(word);
      const core = w.text.slice(at, at + word.length);
      w.text = w.text.slice(0, at) + caseLike(best, core) + w.text.slice(at + word.length);
      changed++;
    });
  }
  return changed;
}

/**
 * Two syllables Tesseract read as one word ("Sànglọc" for "Sàng lọc": the space between them lost to
 * a speck or the turn): a word of letters that is no Vietnamese syllable, and splits in one way only
 * into two syllables of the list that the report reads as a pair, split apart, at least twice among
 * sure words (90 or more) elsewhere, or that is one of `KNOWN_PAIRS` (a total row's "Tổng cộng": typed once, and read
 * "Tổngcộng", its row is no total). Each part takes its share of the box by its letters. Words with digits are never
 * touched. Returns how many were split.
 */
export function splitGluedWords(pages: OcrPage[]): number {
  const norm = (t: string) => t.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const pairs = new Map<string, number>(KNOWN_PAIRS.map((k) => [k, 2]));
  for (const p of pages) {
    p.words.forEach((w, i) => {
      const next = p.words[i + 1];
      if (!next || next.line !== w.line || w.conf < UNSURE_WORD || next.conf < UNSURE_WORD) return;
      const key = `${norm(w.text)} ${norm(next.text)}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    });
  }
  let split = 0;
  for (const p of pages) {
    for (let i = 0; i < p.words.length; i++) {
      const w = p.words[i];
      const m = /^(\p{L}{4,})([.,;:)]?)$/u.exec(w.text);
      if (!m || isSyllable(m[1])) continue;
      const letters = [...m[1]];
      const cuts: number[] = [];
      for (let k = 1; k < letters.length; k++) {
        const a = letters.slice(0, k).join('');
        const b = letters.slice(k).join('');
        if (isSyllable(a) && isSyllable(b) && (pairs.get(`${a.toLowerCase()} ${b.toLowerCase()}`) ?? 0) >= 2) cuts.push(k);
      }
      if (cuts.length !== 1) continue;
      const k = cuts[0];
      const share = Math.round((w.width * k) / letters.length);
      const first: OcrWord = { ...w, text: letters.slice(0, k).join(''), width: Math.max(1, share - 2) };
      const second: OcrWord = { ...w, text: letters.slice(k).join('') + m[2], left: w.left + share + 2, width: Math.max(1, w.width - share - 2) };
      p.words.splice(i, 1, first, second);
      i++;
      split++;
    }
  }
  return split;
}

/**
 * Number words OCR garbled in ways the words themselves show: a unit's superscript Tesseract's
 * Vietnamese model does not know. "m²" after a number is read "m?" (or "m2" in a file that reads
 * "m?" elsewhere; in one that never does, the report typed "m2"), "km²" "km?"; the superscript may also
 * come out as a closing quote ("m”", "m\""), read the same way as "?"; such a word after a
 * word ending in a digit is written "m²" ("km²"), with what
 * followed it ("m?/người" → "m²/người", "m?," → "m²,"). A "?" may also be a "³": when the file reads
 * "m3" or "m³" anywhere, "m?" is left as read. (A separator doubled between digits, "12,,6", is left:
 * reports do type it, and garbled-number reports it.) Returns how many words were rewritten.
 */
/** A unit whose superscript Tesseract lost: "m?", "km?", or a closing quote in its place ("m”", "m\""). */
const LOST_SUPERSCRIPT = /^k?m[?”"](?![\p{L}\d])/u;

export function tidyNumberWords(pages: OcrPage[]): number {
  const words = pages.flatMap((p) => p.words);
  const cubic = words.some((w) => /^(?:k?m|dm)[3³](?![\p{L}\d])/u.test(w.text));
  // "m2" is the superscript lost only in a file that shows it lost ("m?" or "m”" somewhere); else the report typed "m2".
  const lost = words.some((w) => LOST_SUPERSCRIPT.test(w.text));
  let changed = 0;
  for (const p of pages) {
    p.words.forEach((w, i) => {
      const prev = i > 0 ? p.words[i - 1] : undefined;
      if (!prev || prev.line !== w.line || !/\d$/u.test(prev.text)) return;
      const m = /^(k?m)([?”"2])(?![\p{L}\d])/u.exec(w.text);
      if (!m || (m[2] !== '2' && cubic) || (m[2] === '2' && !lost)) return;
      w.text = `${m[1]}²${w.text.slice(m[0].length)}`;
      changed++;
    });
  }
  return changed;
}

/**
 * A period's Roman number whose strokes Tesseract read as ones ("QUÝ 1V/2024", "Quý II1/2025", "Quý 11/2025"): after a
 * period word numbered in Roman or Arabic (`NUMBERED_PERIOD_PARTS`, "quý"), an unsure word (under 90) of I, V, 1, l or |
 * that is no Arabic number of such a part ("11" names no quarter) and, each 1, l or | read as the I it stands for, a
 * Roman one that is ("II", "IV"), is written so; a year after a slash and a closing mark stay. A number that is one
 * ("Quý 1/2025", "quý 3") is left as read, unless the report numbers that period word in Roman elsewhere ("quý II",
 * "QUÝ I/2025") and never with an Arabic number other than 1 ("quý 2", "quý 3/2025"): then its "1" (l, |), however
 * sure, is a lone I Tesseract read as a one, which strokes alone cannot tell from it ("QUÝ 1/2025" for "QUÝ I/2025").
 * Returns how many words were rewritten.
 */
export function romanPeriodParts(pages: OcrPage[]): number {
  let changed = 0;
  /** Each period word's number after it, with the word itself, in reading order. */
  const numbered: Array<{ w: OcrWord; word: string; parts: number; m: RegExpExecArray }> = [];
  /** The period words the report numbers in Arabic past 1 ("quý 2", "quý 3/2025"). */
  const arabic = new Set<string>();
  for (const p of pages) {
    p.words.forEach((w, i) => {
      const prev = i > 0 ? p.words[i - 1] : undefined;
      const word = prev && prev.line === w.line ? prev.text.normalize('NFC').toLowerCase() : '';
      const parts = NUMBERED_PERIOD_PARTS[word];
      if (parts === undefined) return;
      const m = PERIOD_NUMBER.exec(w.text);
      if (m) numbered.push({ w, word, parts, m });
      const n = Number(ARABIC_PERIOD_NUMBER.exec(w.text)?.[1]);
      if (n > 1 && n <= parts) arabic.add(word);
    });
  }
  for (const { w, parts, m } of numbered) {
    if (w.conf >= UNSURE_WORD) continue;
    if (!/[1l|]/u.test(m[1]) || (/^\d+$/u.test(m[1]) && Number(m[1]) <= parts)) continue;
    const roman = m[1].replace(/[1l|]/gu, 'I');
    const value = ROMAN_PARTS.indexOf(roman) + 1;
    if (value < 1 || value > parts) continue;
    w.text = roman + m[2];
    changed++;
  }
  // The period words the report numbers in Roman and never in Arabic beyond 1.
  const romanWords = new Set(numbered.filter(({ m, parts, word }) => ROMAN_PARTS.indexOf(m[1]) >= 0 && ROMAN_PARTS.indexOf(m[1]) < parts && !arabic.has(word)).map(({ word }) => word));
  for (const { w, word, m } of numbered) {
    if (!romanWords.has(word) || !/^[1l|]$/u.test(m[1]) || w.text !== m[0]) continue;
    w.text = `I${m[2]}`;
    changed++;
  }
  return changed;
}

/** A period's number as read after its period word: strokes, ones or V ("II", "1", "1V"), then a year after a slash and a closing mark. */
const PERIOD_NUMBER = /^([IV1l|]{1,4})((?:\/(?:19|20)\d\d)?[.,;:)]?)$/u;

/** The same written in Arabic digits ("3", "2/2025"). */
const ARABIC_PERIOD_NUMBER = /^(\d{1,2})(?:\/(?:19|20)\d\d)?[.,;:)]?$/u;

/** The Roman numbers of a period's parts, in order. */
const ROMAN_PARTS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The first word of every line of the pages, in reading order. */
function lineFirstWords(pages: OcrPage[]): OcrWord[] {
  const firsts: OcrWord[] = [];
  for (const p of pages) {
    let line = '';
    for (const w of p.words) {
      if (w.line !== line) firsts.push(w);
      line = w.line;
    }
  }
  return firsts;
}

/**
 * Numbering markers opening a line whose thin or small part Tesseract lost, put back from the report's own markers
 * (the words as read elsewhere in the file, never a wording):
 * - an empty bracket pair ("()") opening a line is typed by no one: the lone thin glyph between the brackets was
 *   dropped (an underscore Tesseract made of the gap after it aside), a lower-case "i" (the report opens other lines with bracketed lower-case Roman markers, "(ii)", "(iv)") or
 *   a "1" (it opens them with bracketed numbers, "(2)"), so the marker was "(i)" or "(1)", the first of its list;
 * - a Roman marker run into its sub-number ("II2 Tồn tại") lost its stop, when the report opens other lines with such
 *   markers stop and all ("II.1", "III.2."); an "H" in it is two strokes joined at the serifs ("HI.1" for "III.1").
 *   A lone "I" run into its number ("I2.") is left: it may be "II.2." with a stroke lost as well.
 * Returns how many words were rewritten.
 */
export function restoreLostMarkers(pages: OcrPage[]): number {
  const firsts = lineFirstWords(pages);
  const romanInBrackets = firsts.some((w) => /^\((?:i{2,3}|iv|vi{0,3}|ix|x)\)$/u.test(w.text));
  const numberInBrackets = firsts.some((w) => /^\([2-9]\)$/u.test(w.text));
  const compound = firsts.some((w) => COMPOUND_ROMAN.test(w.text));
  let changed = 0;
  for (const w of firsts) {
    if (/^\(\)_*$/u.test(w.text) && romanInBrackets !== numberInBrackets) {
      w.text = romanInBrackets ? '(i)' : '(1)';
      changed++;
      continue;
    }
    if (!compound) continue;
    const m = RUN_TOGETHER_ROMAN.exec(w.text);
    if (!m) continue;
    // A lone "I" run into its number ("I2.") may as well be "II.2." with a stroke lost: its count is not known.
    const roman = m[1].replace(/H/gu, 'II');
    if (m[1] === 'I' || !/^(?:I{1,3}|IV|VI{0,3}|IX|X)$/u.test(roman)) continue;
    const text = `${roman}.${m[2]}${m[3]}`;
    if (text !== w.text && COMPOUND_ROMAN.test(text)) {
      w.text = text;
      changed++;
    }
  }
  return changed;
}

/**
 * The first marker of a Roman series read as a one ("1." for "I.", or "l.", "|."): Tesseract reads a lone serif I as a
 * 1 however sure of it, and its strokes cannot tell them apart. The report's own markers can. A line opening with "II."
 * whose text is in capitals needs an "I." before it, after the Roman marker before it (or the report's start); when no
 * line there opens with "I." (the same stop), the first that opens with a one-like "1." and goes on in capitals is that
 * "I.", unless the Arabic count it would start goes on: a line opening with "2." before the "II." that no other line
 * opening with "1." comes before (under an "I.", the sub-headings count "1.", "2." again). Returns how many were rewritten.
 */
export function romanSeriesFirst(pages: OcrPage[]): number {
  const lines: Array<{ first: OcrWord; rest: OcrWord[] }> = [];
  for (const p of pages) {
    let line = '';
    for (const w of p.words) {
      if (w.line !== line || !lines.length) lines.push({ first: w, rest: [] });
      else lines[lines.length - 1].rest.push(w);
      line = w.line;
    }
  }
  let changed = 0;
  let before = -1;
  lines.forEach(({ first, rest }, at) => {
    const roman = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})([.)])$/u.exec(first.text);
    if (!roman) return;
    const previous = before;
    before = at;
    const stop = roman[1];
    if (first.text !== `II${stop}` || !inCapitals(rest) || (previous >= 0 && lines[previous].first.text === `I${stop}`)) return;
    const window = lines.slice(previous + 1, at);
    const one = window.findIndex((l) => ONE_LIKE.test(l.first.text) && l.first.text.endsWith(stop) && inCapitals(l.rest));
    if (one < 0) return;
    for (const l of window.slice(one + 1)) {
      if (/^[1l|][.)]$/u.test(l.first.text)) break;
      if (/^2[.)]$/u.test(l.first.text)) return;
    }
    window[one].first.text = `I${stop}`;
    changed++;
  });
  return changed;
}

/** A one or what Tesseract reads for an I, with a heading's stop: the shape of a first marker, Arabic or Roman. */
const ONE_LIKE = /^[1l|][.)]$/u;

/** Words whose letters are all capitals, two letters at least: a heading's title typed in capitals. */
function inCapitals(words: OcrWord[]): boolean {
  const letters = words.map((w) => w.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The letters a Vietnamese report numbers its items with, in order ("a)", "b)", … "đ)", "e)"). */
const LETTER_ORDER = 'abcdđeghiklmnopqrstuvxy';

/**
 * Numbering markers a scan made of specks or glued a speck to, at the start of a line, when Tesseract was unsure:
 * - a lower-case letter marker ("s.", "k)") no taller than small letters, read under 70, that no line of the report
 *   before it opens with the letter before it ("r." or "r)"; any letter but "a" follows one): a speck of the margin
 *   read as a letter and a stop, taken out (it made a heading of "TM. ỦY BAN NHÂN DÂN" or of a list's last item);
 * - a number with a capital read between it and its stop ("6G."), read under 60, where lines of the report open with the
 *   numbers before and after it ("5.", "7."): the capital is a speck, the marker the number's.
 * Returns how many were changed.
 */
export function tidyStrayMarkers(pages: OcrPage[]): number {
  const firsts = lineFirstWords(pages);
  const opened = new Set(firsts.map((w) => w.text));
  const usual = median(pages.flatMap((p) => p.words.filter((w) => /[\p{L}\p{N}]/u.test(w.text)).map((w) => w.height)));
  const drop = new Set<OcrWord>();
  let changed = 0;
  // The lines' first words read so far, in the report's order.
  const before = new Set<string>();
  for (const w of firsts) {
    const letter = /^([a-zđ])[.)]$/u.exec(w.text)?.[1];
    if (letter && letter !== 'a' && w.conf < 70 && w.height < 0.6 * usual) {
      const prev = LETTER_ORDER[LETTER_ORDER.indexOf(letter) - 1];
      // "e" may follow "d" where a list skips "đ".
      const prevs = letter === 'e' ? [prev, 'd'] : [prev];
      if (!prevs.some((p) => before.has(`${p}.`) || before.has(`${p})`))) drop.add(w);
    }
    before.add(w.text);
    if (letter) continue;
    const glued = /^(\d{1,2})\p{Lu}\.$/u.exec(w.text);
    if (glued && w.conf < 60) {
      const n = Number(glued[1]);
      if (n > 1 && opened.has(`${n - 1}.`) && opened.has(`${n + 1}.`)) {
        w.text = `${n}.`;
        changed++;
      }
    }
  }
  if (drop.size) for (const p of pages) p.words = p.words.filter((w) => !drop.has(w));
  return changed + drop.size;
}

/** A Roman marker and its sub-number as typed: "II.1", "III.2.", "IV.3)". */
const COMPOUND_ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X)\.\d{1,2}[.)]?$/u;
/** The same read with its stop lost ("II2") or an H for two strokes ("HI.1"). */
const RUN_TOGETHER_ROMAN = /^([IVXH]{1,4})\.?(\d{1,2})([.)]?)$/u;

/** Run `tasks` with at most one per core at a time, reporting each one done. */
export async function inParallel<T>(tasks: Array<() => Promise<T>>, onDone?: (done: number, total: number) => void): Promise<T[]> {
  const queue = new PQueue({ concurrency: Math.max(1, availableParallelism()) });
  let done = 0;
  return Promise.all(
    tasks.map((task) =>
      queue.add(async () => {
        const r = await task();
        onDone?.(++done, tasks.length);
        return r;
      }) as Promise<T>,
    ),
  );
}
