import { describe, expect, it } from 'vitest';
import { constants, createDeflate, deflateSync } from 'node:zlib';
import { ingestBytes } from '../../src/ingest/index.js';
import { drawPictureOnlyPage } from '../../src/ingest/ocr-raster.js';
import { checkLaterPictures, checkPdfStreams, laterPictures } from '../../src/ingest/pdf-limits.js';
// @ts-expect-error a plain script kept beside the fixtures, no type declarations
import { pdf } from '../../fixtures/make-hostile.mjs';

/** A grey picture `side` pixels square, white with a black bar, as its raw bytes. */
function picture(side: number): Buffer {
  const px = Buffer.alloc(side * side, 255);
  for (let y = side / 3; y < side / 2; y++) px.fill(0, y * side + 10, y * side + side - 10);
  return px;
}

/**
 * A one-page scan: the page (one inch square) is nothing but one Flate grey picture `side` pixels
 * square, whose stream is `data`; `extra` streams come after it (pictures no page shows).
 */
function scan(side: number, data: Buffer, extra: Buffer[] = []): Uint8Array {
  const image = (d: Buffer) => ({ dict: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %LEN% >>`, data: d });
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    { dict: '<< /Length %LEN% >>', data: Buffer.from('q 72 0 0 72 0 0 cm /Im1 Do Q\n', 'latin1') },
    image(data),
    ...extra.map(image),
  ]);
}

/** `bytes` zero bytes deflated (run-length strategy: ~1000:1) without holding them. */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const chunk = Buffer.alloc(16 << 20);
  const d = createDeflate({ level: 9, strategy: constants.Z_RLE });
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => d.on('end', resolve).on('error', reject));
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!d.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => d.once('drain', r));
  }
  d.end();
  await done;
  return Buffer.concat(out);
}

describe("a scan's Flate pictures, inflated once", () => {
  it('leaves them to the drawing, which clears a picture it inflates whole to its own size', async () => {
    const bytes = scan(300, deflateSync(picture(300)));
    expect(await checkPdfStreams(bytes, {}, { picturesLater: true })).toBeNull();
    expect(laterPictures(bytes)).toBe(1);
    expect(await drawPictureOnlyPage(bytes, 1, 300)).not.toBeNull();
    expect(laterPictures(bytes)).toBe(0);
    expect(await checkLaterPictures(bytes)).toBeNull();
    // Without picturesLater nothing is left: every stream is inflated by the check itself.
    const plain = scan(300, deflateSync(picture(300)));
    expect(await checkPdfStreams(plain)).toBeNull();
    expect(laterPictures(plain)).toBe(0);
  });

  it('checks later a picture the drawing could not inflate whole, and one past the limit however drawn', async () => {
    // Declared 300 × 300 (90,000 bytes), inflating to 2 MB: the drawing stops, the check finds it.
    const long = scan(300, deflateSync(Buffer.alloc(2_000_000, 255)));
    expect(await checkPdfStreams(long, { maxStream: 1_000_000 }, { picturesLater: true })).toBeNull();
    expect(await drawPictureOnlyPage(long, 1, 300)).toBeNull();
    expect(laterPictures(long)).toBe(1);
    expect(await checkLaterPictures(long)).toMatchObject({ message: expect.stringContaining('MB') });
    expect(laterPictures(long)).toBe(0);
    // Drawn whole, but its 90,000 bytes are over a limit of 50,000: not cleared by the drawing.
    const big = scan(300, deflateSync(picture(300)));
    expect(await checkPdfStreams(big, { maxStream: 50_000 }, { picturesLater: true })).toBeNull();
    expect(await drawPictureOnlyPage(big, 1, 300)).not.toBeNull();
    expect(laterPictures(big)).toBe(1);
    expect(await checkLaterPictures(big)).not.toBeNull();
    // A picture no page shows is never drawn: only the later check sees it.
    const orphan = scan(300, deflateSync(picture(300)), [deflateSync(Buffer.alloc(2_000_000))]);
    expect(await checkPdfStreams(orphan, { maxStream: 1_000_000 }, { picturesLater: true })).toBeNull();
    expect(await drawPictureOnlyPage(orphan, 1, 300)).not.toBeNull();
    expect(laterPictures(orphan)).toBe(1);
    expect(await checkLaterPictures(orphan)).not.toBeNull();
  });

  it('gives DECOMPRESSION_LIMIT for a scan whose one Flate picture inflates past 256 MB, drawn or not', async () => {
    const bomb = await deflatedZeros(300 << 20);
    expect(bomb.length).toBeLessThan(2 << 20);
    // The page's own picture: the drawing stops at its declared size, then the check refuses it before pdftoppm.
    expect(await ingestBytes('scan.pdf', scan(300, bomb))).toMatchObject({ ok: false, error: { code: 'DECOMPRESSION_LIMIT' } });
    // A picture no page shows, after a page the drawing reads: refused all the same.
    expect(await ingestBytes('scan.pdf', scan(300, deflateSync(picture(300)), [bomb]))).toMatchObject({ ok: false, error: { code: 'DECOMPRESSION_LIMIT' } });
  }, 120_000);
});
