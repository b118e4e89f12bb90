import { describe, expect, it } from 'vitest';
import { deskew, despeckle, readPgm, skewAngle } from '../../src/ingest/ocr.js';
import { giveBuffer } from '../../src/ingest/ocr-pool.js';

/** A grey PGM of `w` × `h` whose pixel (x, y) is `at(x, y)`. */
function pgm(w: number, h: number, at: (x: number, y: number) => number): Buffer {
  const px = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px[y * w + x] = at(x, y);
  return Buffer.concat([Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1'), px]);
}

/** A deterministic sequence in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * Lines of "text" across a page: dark bars 12 pixels high every 40 rows, broken into words, turned
 * by `deg` (counter-clockwise, as a scanner feeds a page askew). As wide as a page at 300 dpi: a
 * tenth of a degree moves a line's end by 4 pixels there, by 1.5 on a page a third as wide.
 */
function page(deg: number, w = 2400, h = 900): Buffer {
  const r = (deg * Math.PI) / 180;
  return pgm(w, h, (x, y) => {
    // The point of the straight page that lands here once turned.
    const sx = Math.cos(r) * (x - w / 2) + Math.sin(r) * (y - h / 2) + w / 2;
    const sy = -Math.sin(r) * (x - w / 2) + Math.cos(r) * (y - h / 2) + h / 2;
    const inLine = sy > 60 && sy < h - 60 && sy % 40 < 12 && sx > 80 && sx < w - 80 && sx % 90 < 70;
    return inLine ? 20 : 250;
  });
}

describe('page images before Tesseract', () => {
  it('finds the turn of a skewed page to a tenth of a degree, and 0 on a straight one', () => {
    expect(skewAngle(page(0))).toBe(0);
    expect(skewAngle(page(0.8))).toBeCloseTo(0.8, 5);
    expect(skewAngle(page(-1.7))).toBeCloseTo(-1.7, 5);
    expect(skewAngle(page(0.3))).toBeCloseTo(0.3, 5);
  });

  it('takes each pixel of a speckled page to the median of its 3 × 3 neighbourhood', () => {
    const rnd = lcg(11);
    // Grey text-like stripes with 3% salt-and-pepper specks: far more lone dark pixels than text has.
    const noisy = pgm(60, 40, (x, y) => (rnd() < 0.03 ? Math.floor(rnd() * 256) : y % 10 < 3 ? 30 : 240 - ((x * 7) % 13)));
    const out = readPgm(despeckle(noisy))!;
    const src = readPgm(noisy)!;
    for (let y = 1; y < 39; y++) {
      for (let x = 1; x < 59; x++) {
        const around: number[] = [];
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) around.push(src.px[(y + dy) * 60 + x + dx]);
        around.sort((a, b) => a - b);
        expect(out.px[y * 60 + x]).toBe(around[4]);
      }
    }
    // The border keeps its pixels.
    expect(out.px[0]).toBe(src.px[0]);
  });

  it('gives the same medians at an odd width and over the full range of greys (two pixels are filtered at once)', () => {
    const rnd = lcg(5);
    // Every pixel of any grey: speckled past doubt, and every comparison of two greys happens;
    // an odd width leaves a last pixel without a partner, a width of 5 three inner pixels.
    for (const [w, h] of [[61, 23], [62, 17], [5, 31]]) {
      const noisy = pgm(w, h, () => Math.floor(rnd() * 256));
      const src = readPgm(noisy)!;
      const filtered = despeckle(noisy);
      expect(filtered).not.toBe(noisy);
      const out = readPgm(filtered)!;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (x === 0 || y === 0 || x === w - 1 || y === h - 1) {
            expect(out.px[y * w + x]).toBe(src.px[y * w + x]);
            continue;
          }
          const around: number[] = [];
          for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) around.push(src.px[(y + dy) * w + x + dx]);
          around.sort((a, b) => a - b);
          expect(out.px[y * w + x]).toBe(around[4]);
        }
      }
    }
  });

  it('turns a skewed page back pixel for pixel as working out the source of each pixel does, whichever way it leans', () => {
    const rnd = lcg(3);
    for (const deg of [0.6, -0.8, 1.7, -2.9]) {
      // Every pixel its own grey (dark ones stay dark), so a pixel copied from the wrong place shows.
      const src = readPgm(page(deg, 900, 500))!;
      for (let i = 0; i < src.px.length; i++) src.px[i] = src.px[i] < 128 ? Math.floor(rnd() * 100) : 140 + Math.floor(rnd() * 116);
      const scan = Buffer.concat([Buffer.from(`P5\n900 500\n255\n`, 'latin1'), src.px]);
      const angle = skewAngle(scan);
      expect(Math.abs(angle)).toBeGreaterThanOrEqual(0.2);
      const out = readPgm(deskew(scan))!;
      const r = (angle * Math.PI) / 180;
      const [w, h, cx, cy] = [900, 500, 450, 250];
      let wrong = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const sx = Math.round(Math.cos(r) * (x - cx) - Math.sin(r) * (y - cy) + cx);
          const sy = Math.round(Math.sin(r) * (x - cx) + Math.cos(r) * (y - cy) + cy);
          const want = sx < 0 || sy < 0 || sx >= w || sy >= h ? 255 : src.px[sy * w + sx];
          if (out.px[y * w + x] !== want) wrong++;
        }
      }
      expect(wrong).toBe(0);
    }
  });

  it('keeps the header, every edge pixel and the bytes after the pixels of a filtered page, in a reused buffer too', () => {
    const rnd = lcg(23);
    // At least 64 KiB each (the pool keeps no smaller buffer); 7 wide is filtered in JavaScript, the others in WebAssembly.
    for (const [w, h] of [[301, 220], [19, 3500], [7, 9400]]) {
      // Bytes after the pixels, and a reused buffer full of another page's bytes: none may show through.
      const noisy = Buffer.concat([pgm(w, h, () => Math.floor(rnd() * 256)), Buffer.from('tail', 'latin1')]);
      giveBuffer(Buffer.alloc(noisy.length, 0x55));
      const filtered = despeckle(noisy, true);
      expect(filtered).not.toBe(noisy);
      expect(filtered.length).toBe(noisy.length);
      const { at } = readPgm(noisy)!;
      expect(filtered.subarray(0, at).equals(noisy.subarray(0, at))).toBe(true);
      expect(filtered.subarray(at + w * h).toString('latin1')).toBe('tail');
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (x === 0 || y === 0 || x === w - 1 || y === h - 1) expect(filtered[at + y * w + x]).toBe(noisy[at + y * w + x]);
        }
      }
    }
  });

  it('leaves a clean page as it is (the filter would thin its tone marks)', () => {
    const clean = page(0, 300, 300);
    expect(despeckle(clean)).toBe(clean);
  });
});
