import { describe, expect, it } from 'vitest';
import { median3x3, speckleCounts } from '../../src/ingest/ocr-median.js';

/** A deterministic sequence in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The 3×3 median the slow way: each inner pixel's nine values sorted, the fifth taken; edges kept. */
function sortedMedian(px: Uint8Array, w: number, h: number): Uint8Array {
  const out = Uint8Array.from(px);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const nine: number[] = [];
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) nine.push(px[(y + dy) * w + x + dx]);
      nine.sort((a, b) => a - b);
      out[y * w + x] = nine[4];
    }
  }
  return out;
}

describe('3×3 median in WebAssembly SIMD', () => {
  it('gives every inner pixel the median of its nine and leaves the edges, at widths that are and are not a multiple of sixteen', () => {
    const rnd = lcg(11);
    for (const [w, h] of [[18, 3], [19, 5], [33, 7], [34, 4], [100, 9], [257, 6]]) {
      // Every grey, and runs of black and white (0 and 255, where a byte comparison could go wrong).
      const px = Uint8Array.from({ length: w * h }, (_, i) => (i % 7 === 0 ? 0 : i % 11 === 0 ? 255 : Math.floor(rnd() * 256)));
      const before = Uint8Array.from(px);
      const out = Uint8Array.from(px);
      expect(median3x3(px, w, h, out)).toBe(true);
      expect(Buffer.compare(Buffer.from(out), Buffer.from(sortedMedian(px, w, h)))).toBe(0);
      // The input is left as it was.
      expect(Buffer.compare(Buffer.from(px), Buffer.from(before))).toBe(0);
    }
  });

  it('clears a lone speck and keeps a stroke three pixels wide', () => {
    const w = 40;
    const h = 12;
    const px = new Uint8Array(w * h).fill(250);
    px[3 * w + 5] = 0; // a speck
    for (let y = 2; y < 10; y++) for (let x = 20; x < 23; x++) px[y * w + x] = 10; // a stroke
    const out = Uint8Array.from(px);
    expect(median3x3(px, w, h, out)).toBe(true);
    expect(out[3 * w + 5]).toBe(250);
    expect(out[5 * w + 21]).toBe(10);
    expect(out[5 * w + 20]).toBe(10);
  });

  it('declines a page too narrow for one block of sixteen, leaving it to the caller', () => {
    const px = new Uint8Array(17 * 5).fill(9);
    const out = Uint8Array.from(px);
    expect(median3x3(px, 17, 5, out)).toBe(false);
  });

  it('reads a larger page after a smaller one (its memory grows)', () => {
    const rnd = lcg(5);
    for (const [w, h] of [[20, 4], [600, 300], [40, 5]]) {
      const px = Uint8Array.from({ length: w * h }, () => Math.floor(rnd() * 256));
      const out = Uint8Array.from(px);
      expect(median3x3(px, w, h, out)).toBe(true);
      expect(Buffer.compare(Buffer.from(out), Buffer.from(sortedMedian(px, w, h)))).toBe(0);
    }
  });
});

/** Dark inner pixels (under 128) of columns 1 to `upTo` − 1 and those with at most one dark neighbour, one pixel at a time. */
function naiveSpeckles(px: Uint8Array, w: number, h: number, upTo: number): { dark: number; alone: number } {
  let dark = 0;
  let alone = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < upTo; x++) {
      if (px[y * w + x] >= 128) continue;
      dark++;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && px[(y + dy) * w + x + dx] < 128) n++;
      if (n <= 1) alone++;
    }
  }
  return { dark, alone };
}

describe('speckle count in WebAssembly SIMD', () => {
  it('counts dark pixels and lone dark pixels as one pixel at a time does, over whole blocks of sixteen columns', () => {
    const rnd = lcg(5);
    for (const [w, h] of [[18, 3], [19, 5], [33, 7], [34, 4], [100, 9], [257, 6]]) {
      // Greys around the threshold (127, 128), black, white and random: lone and clustered dark pixels.
      const px = Uint8Array.from({ length: w * h }, (_, i) => (i % 13 === 0 ? 127 : i % 17 === 0 ? 128 : i % 5 === 0 ? 0 : rnd() < 0.8 ? 255 : Math.floor(rnd() * 256)));
      const c = speckleCounts(px, w, h)!;
      expect(c.upTo).toBe(1 + 16 * Math.floor((w - 2) / 16));
      const want = naiveSpeckles(px, w, h, c.upTo);
      expect(want.dark).toBeGreaterThan(0);
      expect(want.alone).toBeGreaterThan(0);
      expect({ dark: c.dark, alone: c.alone }).toEqual(want);
    }
  });

  it('sees a lone dot, a dark pair (one neighbour each: alone) and an L of three (two each: not alone) on white', () => {
    const w = 20;
    const h = 6;
    const px = new Uint8Array(w * h).fill(255);
    px[2 * w + 3] = 0; // alone
    px[3 * w + 10] = 40; // a pair: each has one dark neighbour, still "alone" (at most one)
    px[3 * w + 11] = 40;
    px[4 * w + 14] = 90; // three in an L: the corner has two neighbours
    px[4 * w + 15] = 90;
    px[3 * w + 15] = 90;
    expect(speckleCounts(px, w, h)).toEqual({ dark: 6, alone: 3, upTo: 17 });
  });

  it('declines a page under 18 pixels wide', () => {
    expect(speckleCounts(new Uint8Array(17 * 5), 17, 5)).toBeNull();
  });
});
