import { describe, expect, it } from 'vitest';
import { rowMixer } from '../../src/ingest/ocr-mix.js';

/** A deterministic sequence in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('vertical mix of two rows in WebAssembly SIMD', () => {
  it('gives each pixel trunc(a·gy + b·fy) computed in doubles, as the scalar loop does, at lengths that are and are not a multiple of sixteen', () => {
    const rnd = lcg(5);
    for (const n of [16, 17, 31, 100, 2551]) {
      const m = rowMixer(n);
      expect(m).not.toBeNull();
      // Weights as the enlargement makes them (fy = ys − trunc(ys), gy = 1 − fy), random ones, and the ends.
      const weights = [0, 1, 0.5, ...Array.from({ length: 40 }, (_, k) => ((k * 3300) / 3301) % 1), ...Array.from({ length: 40 }, rnd)];
      for (const fy of weights) {
        const gy = 1.0 - fy;
        // Some rows white but for a few pixels (the white blocks are passed over, stored as 255).
        const white = rnd() < 0.3;
        for (let x = 0; x < n; x++) {
          m!.rows[0][x] = white ? (x % 37 === 0 ? 0 : 255) : x % 5 === 0 ? 255 : Math.floor(rnd() * 256);
          // Equal neighbours a third of the time (v·gy + v·fy can fall short of v).
          m!.rows[1][x] = white ? 255 : x % 3 === 0 ? m!.rows[0][x] : x % 7 === 0 ? 0 : Math.floor(rnd() * 256);
        }
        m!.mix(gy, fy);
        const expected = Array.from({ length: n }, (_, x) => (m!.rows[0][x] * gy + m!.rows[1][x] * fy) | 0);
        expect(Array.from(m!.out)).toEqual(expected);
      }
    }
  });

  it('declines rows under sixteen pixels (the scalar loop draws them)', () => {
    expect(rowMixer(15)).toBeNull();
  });
});

describe('horizontal enlargement of a row in WebAssembly SIMD', () => {
  it('gives each pixel trunc(r[col]·gx + r[col + 1]·fx) in doubles, as expandRow does, for enlargements from 1:1 to almost 4×, offsets and clipped ends', () => {
    const rnd = lcg(11);
    // Source width, enlarged width (as Splash sizes them), and the output columns wanted.
    const cases: Array<[number, number, number, number]> = [
      [2550, 2551, 0, 2551],
      [100, 101, 3, 90],
      [1700, 2551, 0, 2551],
      [40, 159, 7, 159],
      [16, 17, 0, 17],
      [31, 47, 10, 30],
    ];
    for (const [srcW, sw, from, to] of cases) {
      // Columns and weights the way the enlargement computes them (a running sum of srcW / sw).
      const col = new Int32Array(sw);
      const fx = new Float64Array(sw);
      const gx = new Float64Array(sw);
      for (let x = 0, xs = 0.0; x < sw; x++, xs += srcW / sw) {
        col[x] = Math.trunc(xs);
        fx[x] = xs - col[x];
        gx[x] = 1.0 - fx[x];
      }
      const m = rowMixer(sw, { srcW, col, gx, fx, from, to });
      expect(m?.expand).toBeDefined();
      for (let t = 0; t < 5; t++) {
        // Noise, flat runs (equal neighbours) and white.
        const src = Uint8Array.from({ length: srcW }, (_, i) => (t === 0 ? 255 : t === 1 ? (i % 9 < 5 ? 200 : 37) : Math.floor(rnd() * 256)));
        const r = [...src, src[srcW - 1]];
        const into = m!.rows[t % 2];
        into.fill(1);
        m!.expand!(src, into);
        const expected = Array.from({ length: to - from }, (_, k) => (r[col[from + k]] * gx[from + k] + r[col[from + k] + 1] * fx[from + k]) | 0);
        expect(Array.from(into.subarray(from, to))).toEqual(expected);
      }
    }
  });

  it('is left to the scalar loop under sixteen output columns', () => {
    const col = new Int32Array(20);
    const w = new Float64Array(20);
    expect(rowMixer(20, { srcW: 20, col, gx: w, fx: w, from: 5, to: 20 })?.expand).toBeUndefined();
  });
});
