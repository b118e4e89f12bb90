import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSource } from '../../pipelines/analyse.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { X_HEIGHT_ONLY, ocrItems, ocrUnavailable, parseTsv, rasterisePdfPage, recogniseImage } from '../../src/ingest/ocr.js';
import { buildLines } from '../../src/ingest/pdf-lines.js';
import type { Analysis, Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';
import { makeScan } from '../../fixtures/make-scans.mjs';

const require = createRequire(import.meta.url);
const { LevenshteinDistance: levenshtein } = require('natural/lib/natural/distance/levenshtein_distance.js') as { LevenshteinDistance: (a: string, b: string) => number };

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'fixtures/seeds/001_311a9839200255dd.pd.pdf');
const work = mkdtempSync(join(tmpdir(), 'baocao-ocr-test-'));
// A fresh cache: these tests read every page for real.
process.env.BAOCAO_OCR_CACHE = join(work, 'cache');

// CI installs tesseract-ocr-vie and poppler-utils (.ci/run): there a missing tool is a failure, not a skip.
const missing = await ocrUnavailable();
if (missing && process.env.CI) throw new Error(`OCR tests need Tesseract and poppler on CI: ${missing}`);
const withOcr = describe.skipIf(Boolean(missing));

async function read(path: string): Promise<Source> {
  const r = await ingestBytes(path, readFileSync(path));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.source;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('Tesseract TSV → runs', () => {
  // Two lines as Tesseract writes them: a bullet scrap, a speck, then words; all sizes in pixels at 300 dpi.
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t',
    '5\t1\t1\t1\t1\t1\t300\t1000\t14\t39\t12.5\t‹Ò',
    '5\t1\t1\t1\t1\t2\t330\t1000\t10\t39\t20.0\t.',
    '5\t1\t1\t1\t1\t3\t400\t1000\t120\t39\t96.1\t100%',
    '5\t1\t1\t1\t1\t4\t540\t1000\t80\t39\t95.0\tcán',
    '5\t1\t1\t1\t2\t1\t300\t1100\t60\t52\t70.0\tII.',
    '5\t1\t1\t1\t2\t2\t380\t1100\t200\t52\t93.0\tKẾT',
  ].join('\n');

  it('reads the page size and every word with its box, confidence and line, in NFC', () => {
    const [page] = parseTsv(tsv);
    expect(page.width).toBe(2550);
    expect(page.height).toBe(3300);
    expect(page.words.map((w) => w.text)).toEqual(['‹Ò', '.', '100%', 'cán', 'II.', 'KẾT']);
    expect(page.words[2]).toMatchObject({ left: 400, top: 1000, width: 120, height: 39, conf: 96.1, line: '1.1.1' });
  });

  it('puts a line on one baseline, in points, and reads a bullet scrap (and its speck) as a dash; a marker stays', () => {
    const items = ocrItems(parseTsv(tsv)[0]);
    expect(items.map((i) => i.str)).toEqual(['-', '100%', 'cán', 'II.', 'KẾT']);
    // Baseline: the page height less the bottom of the line's words (none reaches below it), 72/300 points a pixel.
    expect(items[1].y).toBeCloseTo((3300 - 1039) * 0.24, 6);
    expect(items[3].y).toBeCloseTo((3300 - 1152) * 0.24, 6);
    // Both lines are within a quarter of the usual size (median of 39/1.3 and 52/1.3 → 40): one size.
    expect(items[1].size).toBeCloseTo(items[3].size, 6);
    expect(items[1].x).toBeCloseTo(400 * 0.24, 6);
  });
});

describe('the size of a short last line of a scanned paragraph', () => {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const page = 'level\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t'.replace('level', '1');
  const word = (line: number, n: number, left: number, h: number, text: string) => `5\t1\t1\t1\t${line}\t${n}\t${left}\t${1000 + 60 * line}\t${8 * text.length}\t${h}\t95\t${text}`;
  const lines = (last: string, h: number) => [head, page, word(1, 1, 300, 52, 'Nhà'), word(1, 2, 400, 52, 'văn'), word(2, 1, 300, 52, 'hóa'), word(2, 2, 400, 52, 'thôn'), word(3, 1, 300, 52, 'Đông'), word(4, 1, 300, h, last)].join('\n');

  it('takes the usual size when its words have only small letters without ascender or descender', () => {
    const items = ocrItems(parseTsv(lines('mới.', 30))[0]);
    expect(items.at(-1)!.str).toBe('mới.');
    expect(items.at(-1)!.size).toBeCloseTo(items[0].size, 6);
  });

  it('keeps its own size when a letter of it is tall or deep', () => {
    const items = ocrItems(parseTsv(lines('xây.', 30))[0]);
    expect(items.at(-1)!.size).toBeLessThan(0.7 * items[0].size);
  });

  it('takes the usual size when every word of it reaches under the baseline, a line of small letters', () => {
    const deep = [head, page, word(1, 1, 300, 52, 'Nhà'), word(1, 2, 400, 52, 'văn'), word(2, 1, 300, 52, 'hóa'), word(2, 2, 400, 52, 'thôn'),
      word(3, 1, 300, 52, 'Đông'), word(4, 1, 300, 66, 'huyện'), word(4, 2, 400, 66, '0,75'), word(4, 3, 500, 66, 'tỷ'), word(4, 4, 600, 66, 'đồng.')].join('\n');
    const items = ocrItems(parseTsv(deep)[0]);
    expect(items.at(-1)!.str).toBe('đồng.');
    expect(items.at(-1)!.size).toBeCloseTo(items[0].size, 6);
    // A word that stays on the baseline ("tiền") leaves the line its own size: it may be a larger title.
    const mixed = [head, page, word(1, 1, 300, 52, 'Nhà'), word(1, 2, 400, 52, 'văn'), word(2, 1, 300, 52, 'hóa'), word(2, 2, 400, 52, 'thôn'),
      word(3, 1, 300, 52, 'Đông'), word(4, 1, 300, 66, 'huyện'), word(4, 2, 400, 66, 'tiền')].join('\n');
    const sized = ocrItems(parseTsv(mixed)[0]);
    expect(sized.at(-1)!.size).toBeGreaterThan(1.2 * sized[0].size);
  });

  it('tells such words', () => {
    expect(['sản.', 'món', 'vừa,', 'con'].every((w) => X_HEIGHT_ONLY.test(w))).toBe(true);
    expect(['đã', 'hộ', 'Sản', 'gạo', '12', '(ra)'].some((w) => X_HEIGHT_ONLY.test(w))).toBe(false);
  });
});

describe('words of letters a speck brought together on a scan', () => {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const page = '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t';
  const word = (n: number, left: number, width: number, text: string) => `5\t1\t1\t1\t1\t${n}\t${left}\t1000\t${width}\t39\t91\t${text}`;

  it('stay two words however close their boxes, while the pieces of a number keep their places', () => {
    // "Kiểm" ends at 420 and "tra" starts at 421; "12," ends at 700 and "5" starts at 701.
    const tsv = [head, page, word(1, 300, 120, 'Kiểm'), word(2, 421, 70, 'tra'), word(3, 520, 60, 'đợt'), word(4, 640, 60, '12,'), word(5, 701, 20, '5')].join('\n');
    const items = ocrItems(parseTsv(tsv)[0]);
    expect(items[3].x).toBeCloseTo(640 * 0.24, 6);
    expect(items[4].x).toBeCloseTo(701 * 0.24, 6);
    const line = buildLines(1, items)[0];
    expect(line.segments.map((s) => s.text).join(' ')).toBe('Kiểm tra đợt 12,5');
  });
});

describe('OCR caution', () => {
  const text = 'Có 21/22 cán bộ, đạt 100%.';
  const source = {
    path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text, pages: 1, warnings: [], ocrPages: [1],
    blocks: [{
      index: 0, kind: 'paragraph', text, span: { start: 0, end: text.length, line: 1, page: 1 },
      ocr: { confidence: 80, words: [{ start: 3, end: 8, conf: 62 }, { start: 21, end: 25, conf: 96 }] },
    }],
  } as Source;
  const finding = (severity: Finding['severity'], start: number, end: number): Finding => ({
    rule: 'percent-mismatch', severity, messageId: 'm', message: 'Tỷ lệ sai', data: {}, section: '', suggestion: null,
    evidence: [{ text, quote: text.slice(start, end), span: { start, end, line: 1, page: 1 } }],
  });

  it('turns an error resting on an unsure digit into a warning that says so', () => {
    const [f] = cautionOcr([finding('error', 3, 8)], source);
    expect(f.severity).toBe('warning');
    expect(f.data).toMatchObject({ ocrUnsure: '21/22', ocrConfidence: 62 });
    expect(f.message).toContain('OCR');
  });

  it('leaves an error on sure characters, and typed documents, as they are', () => {
    expect(cautionOcr([finding('error', 21, 25)], source)[0].severity).toBe('error');
    expect(cautionOcr([finding('error', 3, 8)], { ...source, ocrPages: undefined })[0].severity).toBe('error');
  });
});

withOcr('scanned reports', () => {
  let text: Analysis;
  let scan300: Analysis;
  const scan300Path = join(work, 'scan300.pdf');

  beforeAll(async () => {
    await makeScan(SEED, scan300Path, { dpi: 300 });
    text = analyseSource(await read(SEED));
    scan300 = analyseSource(await read(scan300Path));
  }, 600_000);

  it('gives a scanned PDF at 300 dpi the section tree of its text PDF', () => {
    expect(scan300.source.ocrPages?.length).toBe(scan300.source.pages);
    const key = (s: { number: string; title: string; level: number }) => `${s.level} ${s.number} ${squash(s.title).slice(0, 25)}`;
    const got = new Set(scan300.sections.map(key));
    const same = text.sections.filter((s) => got.has(key(s))).length;
    // Measured: 23 of 23 headings of this report (number, level, title).
    expect(same / text.sections.length).toBeGreaterThanOrEqual(0.95);
    expect(scan300.sections.length).toBeLessThanOrEqual(text.sections.length + 1);
  });

  it('reads the same figures from the scan as from the text layer', () => {
    const bag = new Map<string, number>();
    for (const f of scan300.figures) bag.set(`${f.raw}=${f.value}`, (bag.get(`${f.raw}=${f.value}`) ?? 0) + 1);
    let same = 0;
    for (const f of text.figures) {
      const k = `${f.raw}=${f.value}`;
      if (bag.get(k)) {
        same++;
        bag.set(k, bag.get(k)! - 1);
      }
    }
    expect(same / text.figures.length).toBeGreaterThanOrEqual(0.95);
    // Every figure of the scan carries the confidence of its least sure word.
    expect(scan300.figures.every((f) => typeof f.ocrConfidence === 'number' && f.ocrConfidence >= 0 && f.ocrConfidence <= 100)).toBe(true);
  });

  it('raises no error on the scan that the text PDF does not raise', () => {
    const key = (f: Finding) => `${f.rule} ${f.message.replace(/ \(đọc bằng OCR.*$/, '')}`;
    const textErrors = new Set(text.findings.filter((f) => f.severity === 'error').map(key));
    const extra = scan300.findings.filter((f) => f.severity === 'error' && !textErrors.has(key(f)));
    expect(extra.map(key)).toEqual([]);
  });

  it('reads page 1 with a character error rate under 3% against the text layer', async () => {
    const layer = squash(spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', SEED, '-']).stdout.toString('utf8')).replace(/ /g, '');
    const png = await rasterisePdfPage(readFileSync(scan300Path), 1);
    const [page] = await recogniseImage(png);
    const ocr = squash(page.words.map((w) => w.text).join(' ')).replace(/ /g, '');
    const cer = levenshtein(ocr, layer) / layer.length;
    expect(cer).toBeLessThan(0.03);
  }, 120_000);

  it('reads a noisy, slightly rotated 150 dpi scan well enough to keep most figures', async () => {
    const path = join(work, 'scan150.pdf');
    await makeScan(SEED, path, { dpi: 150, rotateDeg: 0.7, noise: 0.01, first: 1, last: 3 });
    const scan = analyseSource(await read(path));
    const want = text.figures.filter((f) => f.span.page !== null && f.span.page <= 3).map((f) => `${f.raw}=${f.value}`);
    const got = scan.figures.map((f) => `${f.raw}=${f.value}`);
    const kept = want.filter((k) => {
      const i = got.indexOf(k);
      if (i < 0) return false;
      got.splice(i, 1);
      return true;
    }).length;
    expect(want.length).toBeGreaterThan(5);
    expect(kept / want.length).toBeGreaterThanOrEqual(0.8);
  }, 300_000);

  it('reads a Roman "III." heading right on a noisy, slightly turned 200 dpi scan', async () => {
    // The measure: printed, rasterised at 200 dpi, 0.5% noise, a 0.3° turn. Tesseract reads
    // this report's "III." as "II." at 200 and 300 dpi, sure of it; its strokes are counted instead.
    const three = text.sections.find((s) => s.number === 'III.');
    expect(three?.span.page).toBeGreaterThan(1);
    const page = three!.span.page!;
    const path = join(work, 'scan200.pdf');
    await makeScan(SEED, path, { dpi: 200, rotateDeg: 0.3, noise: 0.005, first: page, last: page });
    const scan = analyseSource(await read(path));
    const title = (s: { title: string }) => squash(s.title).slice(0, 25);
    expect(scan.sections.filter((s) => /^[IVX]+\.$/.test(s.number)).map((s) => `${s.number} ${title(s)}`)).toEqual([`III. ${title(three!)}`]);
  }, 300_000);

  it('reads a mixed PDF (typed pages, then a scanned page) into one Source in page order', async () => {
    const typed = await PDFDocument.load(readFileSync(SEED));
    const scanned = await PDFDocument.load(readFileSync(scan300Path));
    const mixed = await PDFDocument.create();
    for (const p of await mixed.copyPages(typed, [0, 1])) mixed.addPage(p);
    const [last] = await mixed.copyPages(scanned, [2]);
    mixed.addPage(last);
    const path = join(work, 'mixed.pdf');
    writeFileSync(path, await mixed.save());
    const source = await read(path);
    expect(source.ocrPages).toEqual([3]);
    const pages = source.blocks.map((b) => b.span.page);
    expect(pages).toEqual([...pages].sort((a, b) => a! - b!));
    expect(source.blocks.filter((b) => b.span.page === 3).every((b) => b.ocr)).toBe(true);
    expect(source.blocks.filter((b) => b.span.page === 1).some((b) => b.ocr)).toBe(false);
    // The typed pages read as in the text PDF.
    const textPage1 = text.source.blocks.filter((b) => b.span.page === 1).map((b) => b.text);
    expect(source.blocks.filter((b) => b.span.page === 1).map((b) => b.text)).toEqual(textPage1);
  }, 120_000);

  it('reads a PNG page as an image document, and caches what it read by the image content', async () => {
    const png = await rasterisePdfPage(readFileSync(SEED), 1);
    const path = join(work, 'page1.png');
    writeFileSync(path, png);
    const source = await read(path);
    expect(source.format).toBe('image');
    expect(source.text).toContain('BÁO CÁO');
    const cached = readdirSync(process.env.BAOCAO_OCR_CACHE!, { recursive: true }).filter((f) => String(f).endsWith('.tsv'));
    expect(cached.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('without Tesseract', () => {
  it('gives a scanned PDF the OCR_UNAVAILABLE code with the install command, and exits 2', async () => {
    const scan = join(work, 'tiny-scan.pdf');
    if (!existsSync(scan)) {
      const doc = await PDFDocument.create();
      doc.addPage([200, 200]);
      writeFileSync(scan, await doc.save());
    }
    // A PATH holding node and nothing else: no tesseract, no pdftoppm.
    const bin = mkdtempSync(join(tmpdir(), 'baocao-nopath-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const r = spawnSync(process.execPath, [join(root, 'bin/baocao.js'), 'audit', '--format', 'json', scan], { env: { PATH: bin, BAOCAO_OCR_CACHE: 'off' }, encoding: 'utf8' });
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.error.code).toBe('OCR_UNAVAILABLE');
    expect(doc.error.message).toContain('apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils');
    expect(r.status).toBe(2);
  });
});

describe('unsure words at a line\'s end on a scan', () => {
  const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const page = '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t';
  const w = (line: number, n: number, left: number, width: number, h: number, conf: number, text: string) => `5\t1\t1\t1\t${line}\t${n}\t${left}\t${1000 + 80 * line}\t${width}\t${h}\t${conf}\t${text}`;

  it('keeps a text-sized scrap after a row\'s numbers (a cell read as garbage) and drops a speck, or a scrap after words', () => {
    const tsv = [head, page,
      w(1, 1, 300, 140, 52, 96, 'Xóm'), w(1, 2, 900, 80, 40, 96, '215'), w(1, 3, 1400, 80, 56, 6, 'Ụ}'), w(1, 4, 1500, 50, 56, 0, 'AÀ)'),
      w(2, 1, 300, 140, 52, 96, 'Xóm'), w(2, 2, 900, 80, 40, 96, '188'), w(2, 3, 1400, 10, 12, 9, '.'),
      w(3, 1, 300, 140, 52, 96, 'Ghi'), w(3, 2, 460, 120, 52, 96, 'chú'), w(3, 3, 1400, 80, 56, 6, 'Ụ}'),
    ].join('\n');
    expect(ocrItems(parseTsv(tsv)[0]).map((i) => i.str)).toEqual(['Xóm', '215', 'Ụ}', 'AÀ)', 'Xóm', '188', 'Ghi', 'chú']);
  });
});
