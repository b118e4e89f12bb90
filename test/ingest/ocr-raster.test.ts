import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { ocrUnavailable } from '../../src/ingest/ocr.js';
import { drawPictureOnlyPage, pictureOnlyPageCount } from '../../src/ingest/ocr-raster.js';
import { mostlyPictures } from '../../src/ingest/pdf-limits.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'fixtures/seeds/001_311a9839200255dd.pd.pdf');
const work = mkdtempSync(join(tmpdir(), 'baocao-raster-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const missing = await ocrUnavailable();
if (missing && process.env.CI) throw new Error(`OCR tests need Tesseract and poppler on CI: ${missing}`);
const withPoppler = describe.skipIf(Boolean(missing));

/** What `pdftoppm -r DPI -gray` gives for one page: the bytes the drawing must equal. */
const pdftoppm = (file: string, page: number, dpi: number) =>
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', file], { maxBuffer: 1 << 30 });

/** How many bytes of two buffers differ (and by length): 0 means the same image. */
function differing(a: Buffer, b: Buffer): number {
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

withPoppler('a page that is one picture, drawn without pdftoppm', () => {
  it('gives pdftoppm\'s bytes for scans made like the tests\' (a grey PNG at 300 and 200 dpi, speckled and turned)', async () => {
    const { makeScan } = (await import(join(root, 'fixtures/make-scans.mjs'))) as { makeScan: (i: string, o: string, opt: object) => Promise<number> };
    for (const [name, opts] of [['clean', { dpi: 300 }], ['noisy', { dpi: 200, noise: 0.005, rotateDeg: 0.3 }]] as const) {
      const file = join(work, `${name}.pdf`);
      await makeScan(SEED, file, { first: 1, last: 2, ...opts });
      const bytes = readFileSync(file);
      for (const page of [1, 2]) {
        const drawn = await drawPictureOnlyPage(bytes, page, 300);
        expect(drawn, `${name} page ${page}`).not.toBeNull();
        expect(differing(drawn!, pdftoppm(file, page, 300)), `${name} page ${page}`).toBe(0);
      }
    }
  }, 300_000);

  it('gives pdftoppm\'s bytes for an RGB picture enlarged into part of a page, and on an A4 page of a fractional pixel size', async () => {
    // Random colours: every grey conversion is exercised, not only r = g = b.
    const w = 700;
    const h = 496;
    const png = new PNG({ width: w, height: h });
    let s = 7;
    for (let i = 0; i < w * h * 4; i++) png.data[i] = i % 4 === 3 ? 255 : (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    // And runs of grey among them (r = g = b, two pixels in five), which are converted four at a time.
    for (let p = 0; p < w * h; p++) if (p % 5 < 2) png.data[4 * p + 1] = png.data[4 * p + 2] = png.data[4 * p];
    const pdf = await PDFDocument.create();
    const img = await pdf.embedPng(PNG.sync.write(png, { colorType: 2 }));
    // Enlarged 2.1× at an offset of half a point: white margins around it.
    pdf.addPage([612, 792]).drawImage(img, { x: 36.5, y: 100.5, width: 352.8, height: 250 });
    // A4 (2480.33 × 3507.9 pixels at 300 dpi: pdftoppm writes 2481 × 3508), the picture at the foot, 3.5×.
    pdf.addPage([595.28, 841.89]).drawImage(img, { x: 0, y: 0, width: 595.28, height: 421.8 });
    const file = join(work, 'colour.pdf');
    writeFileSync(file, await pdf.save());
    const bytes = readFileSync(file);
    for (const page of [1, 2]) {
      const drawn = await drawPictureOnlyPage(bytes, page, 300);
      expect(drawn, `page ${page}`).not.toBeNull();
      expect(differing(drawn!, pdftoppm(file, page, 300)), `page ${page}`).toBe(0);
    }
  }, 60_000);

  it('leaves to pdftoppm a page with text, a picture drawn smaller than it is or enlarged four times, and a turned page', async () => {
    const png = new PNG({ width: 100, height: 100 });
    png.data.fill(128);
    const pdf = await PDFDocument.create();
    const img = await pdf.embedPng(PNG.sync.write(png, { colorType: 0 }));
    const text = pdf.addPage([612, 792]);
    text.drawImage(img, { x: 0, y: 0, width: 24, height: 24 });
    text.drawText('Báo cáo');
    pdf.addPage([612, 792]).drawImage(img, { x: 0, y: 0, width: 10, height: 10 });
    pdf.addPage([612, 792]).drawImage(img, { x: 0, y: 0, width: 100, height: 100 });
    const turned = pdf.addPage([24, 24]);
    turned.drawImage(img, { x: 0, y: 0, width: 24, height: 24 });
    turned.setRotation(degrees(90));
    const bytes = await pdf.save();
    for (const page of [1, 2, 3, 4]) expect(await drawPictureOnlyPage(bytes, page, 300), `page ${page}`).toBeNull();
    // The same picture at 24 pt on a page of its own is drawn (100 px to 100 px at 300 dpi).
    const plain = await PDFDocument.create();
    const img2 = await plain.embedPng(PNG.sync.write(png, { colorType: 0 }));
    plain.addPage([24, 24]).drawImage(img2, { x: 0, y: 0, width: 24, height: 24 });
    expect(await drawPictureOnlyPage(await plain.save(), 1, 300)).not.toBeNull();
  });
});

describe('pictureOnlyPageCount (a scan needs no pdftotext)', () => {
  /** A 200 × 150 grey picture of grain (a fixed pseudo-random sequence), so that it does not compress away. */
  function picture(): Buffer {
    const png = new PNG({ width: 200, height: 150, colorType: 0 });
    let seed = 7;
    for (let i = 0; i < 200 * 150; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      png.data.fill(seed >>> 24, 4 * i, 4 * i + 3);
      png.data[4 * i + 3] = 255;
    }
    return PNG.sync.write(png, { colorType: 0 });
  }

  it('counts the pages of a pdf of pictures only, and is null once a page has text or a note', async () => {
    const scan = await PDFDocument.create();
    const img = await scan.embedPng(picture());
    scan.addPage([200, 150]).drawImage(img, { x: 0, y: 0, width: 200, height: 150 });
    const second = scan.addPage([200, 150]);
    second.drawImage(img, { x: 0, y: 0, width: 100, height: 75 });
    second.drawImage(img, { x: 100, y: 75, width: 100, height: 75 });
    const bytes = await scan.save();
    expect(await pictureOnlyPageCount(bytes)).toBe(2);
    expect(mostlyPictures(bytes)).toBe(true);

    const typed = await PDFDocument.create();
    const img2 = await typed.embedPng(picture());
    typed.addPage([200, 150]).drawImage(img2, { x: 0, y: 0, width: 200, height: 150 });
    typed.addPage([200, 150]).drawText('Tong thu 12 ty', { x: 10, y: 10, size: 10, font: await typed.embedFont('Helvetica') });
    expect(await pictureOnlyPageCount(await typed.save())).toBeNull();

    const blank = await PDFDocument.create();
    blank.addPage([200, 150]);
    expect(await pictureOnlyPageCount(await blank.save())).toBeNull();
    expect(mostlyPictures(await blank.save())).toBe(false);
  });
});
