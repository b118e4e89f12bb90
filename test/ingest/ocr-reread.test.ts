import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrUnavailable, rasterisePdfPage, readPgm, recogniseImage, rereadDigits, type OcrWord } from '../../src/ingest/ocr.js';
import { applySecondReading, digitSheet } from '../../src/ingest/ocr-reread.js';
import type { Finding, Source } from '../../src/model/index.js';
import { cautionOcr } from '../../src/rules/ocr-caution.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'fixtures/seeds/001_311a9839200255dd.pd.pdf');
process.env.BAOCAO_OCR_CACHE = join(mkdtempSync(join(tmpdir(), 'baocao-reread-test-')), 'cache');

const missing = await ocrUnavailable();
if (missing && process.env.CI) throw new Error(`OCR tests need Tesseract and poppler on CI: ${missing}`);

const word = (text: string, left: number, top: number, width = 40, height = 20): OcrWord => ({ text, left, top, width, height, conf: 96, line: '1.1.1' });

describe('the sheet of cut-out digit words', () => {
  // A 200 × 100 page, white, with one dark pixel at (55, 32) inside the first word's box.
  const px = Buffer.alloc(200 * 100, 255);
  px[32 * 200 + 55] = 0;
  const img = { w: 200, h: 100, px };
  const words = [word('84,0', 50, 30), word('12', 120, 60, 30, 20)];

  it('copies each word with its margin to a slot of its own, slots apart', () => {
    const { pgm, slots } = digitSheet(img, words);
    const sheet = readPgm(pgm)!;
    expect(slots).toHaveLength(2);
    // Margins: 0.35 of the height (7 px) left and right, 0.2 (4 px) above and below.
    expect(slots.map((s) => [s.w, s.h])).toEqual([[54, 28], [44, 28]]);
    // The second slot starts a slot height (the gap) after the first ends.
    expect(slots[1].x - (slots[0].x + slots[0].w)).toBe(28);
    // The dark pixel lands 12 px right and 6 px down of the first slot's corner (55−43, 32−26).
    expect(sheet.px[(slots[0].y + 6) * sheet.w + slots[0].x + 12]).toBe(0);
    expect([...sheet.px].filter((p) => p === 0)).toHaveLength(1);
  });

  it('keeps a second reading only when its digits differ, same count', () => {
    const ws = [word('34,0', 0, 0), word('12', 0, 0), word('5-', 0, 0), word('2023', 0, 0)];
    const slots = ws.map((w, i) => ({ word: w, x: 100 * i, y: 0, w: 80, h: 30 }));
    const read = [word('84,0', 10, 5), word('12', 110, 5), word('S-', 210, 5), word('202', 310, 5), word('3', 360, 5, 10)];
    expect(applySecondReading(slots, read)).toBe(1);
    expect(ws.map((w) => w.alt)).toEqual(['84,0', undefined, undefined, undefined]);
  });
});

describe('OCR caution with a second reading', () => {
  const text = 'Tỷ lệ đạt 34,0% so với kế hoạch.';
  const source = {
    path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text, pages: 1, warnings: [], ocrPages: [1],
    blocks: [{
      index: 0, kind: 'paragraph', text, span: { start: 0, end: text.length, line: 1, page: 1 },
      ocr: { confidence: 96, words: [{ start: 10, end: 15, conf: 97, alt: '84,0%' }, { start: 0, end: 3, conf: 96 }] },
    }],
  } as Source;
  const finding = (start: number, end: number): Finding => ({
    rule: 'percent-mismatch', severity: 'error', messageId: 'm', message: 'Tỷ lệ sai', data: {}, section: '', suggestion: null,
    evidence: [{ text, quote: text.slice(start, end), span: { start, end, line: 1, page: 1 } }],
  });

  it('turns an error on a sure digit read otherwise the second time into a warning naming both readings', () => {
    const [f] = cautionOcr([finding(10, 15)], source);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('"34,0%" đọc lại thành "84,0%"');
    expect(f.data).toMatchObject({ ocrUnsure: '34,0%', ocrSecondReading: '84,0%' });
  });

  it('leaves an error elsewhere as it is', () => {
    expect(cautionOcr([finding(0, 3)], source)[0].severity).toBe('error');
  });
});

describe.skipIf(Boolean(missing))('a second reading of a scanned page', () => {
  it('agrees with the first on a clean page, and reads a digit changed in the first reading as it is printed', async () => {
    const pgm = await rasterisePdfPage(readFileSync(SEED), 1);
    const [page] = await recogniseImage(pgm);
    const digits = page.words.filter((w) => /\d/.test(w.text));
    expect(digits.length).toBeGreaterThan(15);
    // Page 1 of the seed, printed and read at 300 dpi: the two readings agree on every digit
    // (checked by hand: the text layer has the same numbers).
    expect(digits.filter((w) => w.alt !== undefined).map((w) => `${w.text} → ${w.alt}`)).toEqual([]);
    // Tesseract reading "33/59" as "38/59", sure of it: the second reading sees the print.
    const w = page.words.find((x) => x.text.startsWith('33/59'))!;
    expect(w).toBeDefined();
    w.text = w.text.replace('33/59', '38/59');
    expect(await rereadDigits(page, readPgm(pgm)!)).toBe(1);
    expect(w.alt?.startsWith('33/59')).toBe(true);
  }, 180_000);
});
