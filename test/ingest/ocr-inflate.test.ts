import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateEach, inflateStream, rgbToGrey } from '../../src/ingest/ocr-raster.js';

/** A fixed pseudo-random byte sequence (a linear congruential generator), every tenth run grey. */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    b[i] = s >>> 24;
  }
  // Runs of r = g = b pixels, converted four at a time.
  for (let p = 0; p + 3 <= n; p += 3) if ((p / 3) % 10 < 6) b[p + 1] = b[p + 2] = b[p];
  return b;
}

/** What both inflaters hand on, put back together, and the count they return. */
async function collect(inflate: typeof inflateStream, data: Uint8Array, max: number): Promise<{ n: number | null; out: Buffer }> {
  const parts: Buffer[] = [];
  let seen = 0;
  const n = await inflate(data, max, (piece, at) => {
    expect(at).toBe(seen);
    seen += piece.length;
    parts.push(Buffer.from(piece));
  });
  return { n, out: Buffer.concat(parts) };
}

describe('a scanned picture inflated piece by piece', () => {
  const raw = bytes(700_001, 7);
  const deflated = deflateSync(raw);

  it('hands on every byte in order, in the handle\'s way and the stream\'s', async () => {
    for (const inflate of [inflateEach, inflateStream]) {
      const { n, out } = await collect(inflate, deflated, raw.length);
      expect(n).toBe(raw.length);
      expect(out.equals(raw)).toBe(true);
    }
  });

  it('gives what came out of a stream cut short, null past the size allowed or for bytes that are not zlib', async () => {
    const cut = deflated.subarray(0, deflated.length >> 1);
    const a = await collect(inflateEach, cut, raw.length);
    const b = await collect(inflateStream, cut, raw.length);
    expect(a.n).toBe(b.n);
    expect(a.n).toBeGreaterThan(0);
    expect(a.n).toBeLessThan(raw.length);
    expect(a.out.equals(raw.subarray(0, a.n!))).toBe(true);
    for (const inflate of [inflateEach, inflateStream]) {
      expect((await collect(inflate, deflated, raw.length - 1)).n).toBeNull();
      expect((await collect(inflate, Buffer.from('not deflated at all'), raw.length)).n).toBeNull();
    }
  });

  it('turns RGB bytes fed in pieces of any length into the same greys as fed whole', () => {
    const rgb = bytes(3 * 4099, 11);
    const greyOf = (r: number, g: number, b: number) => (r === g && g === b ? r : (r * 3 + g * 5 + b * 2) >> 4 & 255);
    const whole = new Uint8Array(4099);
    rgbToGrey(whole, greyOf)(rgb);
    // Pixel by pixel, as the reference.
    for (let p = 0; p < 4099; p++) expect(whole[p]).toBe(greyOf(rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]));
    for (const size of [1, 2, 5, 12, 13, 100, 1001]) {
      const px = new Uint8Array(4099);
      const feed = rgbToGrey(px, greyOf);
      for (let at = 0; at < rgb.length; at += size) feed(rgb.subarray(at, at + size));
      expect(Buffer.from(px).equals(Buffer.from(whole))).toBe(true);
    }
  });
});
