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
