import { describe, expect, it } from 'vitest';
import { FLOOR, GROWTH_LIMIT, ROUNDS, combine, enoughRounds, growths, kept, per10, type Measure } from '../../pipelines/stress-stats.js';

/**
 * The arithmetic of `npm run stress` on readings made up here (no timing): the least reading of a stage's rounds is
 * kept, which takes out what load adds to some rounds, and still flags a stage whose every round grows with the square
 * of its input.
 */
const measure = (chars: number, ms: Measure['ms'], mb: Measure['mb'] = {}, extra: Partial<Measure> = {}): Measure => ({ shape: 's', chars, ms, mb, ...extra });

/** Rounds of a stage whose own cost is `cost`, some of them stretched by load (×1 to ×4, as on the shared machine). */
const rounds = (cost: number, stretch: number[]) => stretch.map((x) => cost * x);

describe('stress: which reading of a stage is kept', () => {
  it('keeps the least reading of the rounds', () => {
    expect(kept([12, 7.5, 30, 8])).toBe(7.5);
    expect(kept([3])).toBe(3);
  });

  it('a linear stage with load on some rounds of the larger input is not flagged; its median would be', () => {
    // Own cost 10 ms at 100k and 100 ms at 1M (×10); at 1M three rounds of five fell in a burst of load (×2.5–4).
    const small = rounds(10, [1.0, 1.3, 1.1, 1.2, 1.05]);
    const large = rounds(100, [1.1, 3.0, 2.5, 1.0, 4.0]);
    const g = growths([measure(100_000, { rules: kept(small) }), measure(1_000_000, { rules: kept(large) })]);
    expect(g).toHaveLength(1);
    expect(g[0].time).toBeCloseTo(10, 5);
    expect(g[0].slowT).toBe(false);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    expect(per10(median(small), median(large), 100_000, 1_000_000)).toBeGreaterThan(GROWTH_LIMIT);
  });

  it('a quadratic stage is flagged from its least readings, quiet rounds or not', () => {
    // Own cost 4 ms at 10k, 400 ms at 100k, 40 s at 1M (×100 per 10×); every round at least its own cost.
    const runs = [10_000, 100_000, 1_000_000].map((n, i) => measure(n, { claims: kept(rounds(4 * 100 ** i, [1.4, 1.0, 2.2])) }));
    const g = growths(runs);
    expect(g.map((x) => Math.round(x.time))).toEqual([100, 100]);
    expect(g.every((x) => x.slowT)).toBe(true);
    // And one that grows ×20 per 10× (about n^1.3): over the line, not only the gross cases.
    const mild = growths([measure(100_000, { claims: 30 }), measure(1_000_000, { claims: 30 * 20 })]);
    expect(mild[0].time).toBeCloseTo(20, 5);
    expect(mild[0].slowT).toBe(true);
  });

  it('does not judge growth below the floor, and takes the smaller reading as at least 1 ms', () => {
    // 0.1 → 3 ms reads ×3 against 1 ms, and is under the 20 ms floor anyway.
    const [g] = growths([measure(10_000, { meta: 0.1 }), measure(100_000, { meta: 3 })]);
    expect(g.time).toBeCloseTo(3, 5);
    expect(g.slowT).toBe(false);
    const [h] = growths([measure(10_000, { meta: 1 }), measure(100_000, { meta: FLOOR.ms - 1 })]);
    expect(h.time).toBeGreaterThan(GROWTH_LIMIT);
    expect(h.slowT).toBe(false);
  });

  it('growth is per 10× of input whatever the step between sizes', () => {
    // ×4 time for ×2 input is n²: ×100 per 10×.
    expect(per10(10, 40, 100_000, 200_000)).toBeCloseTo(100, 5);
    expect(per10(10, 100, 100_000, 1_000_000)).toBeCloseTo(10, 5);
  });

  it('flags memory growth over the limit above its floor', () => {
    const [g] = growths([measure(100_000, { json: 5 }, { json: 1 }), measure(1_000_000, { json: 50 }, { json: 40 })]);
    expect(g.memory).toBeCloseTo(40, 5);
    expect(g.slowM).toBe(true);
    const [h] = growths([measure(10_000, { json: 5 }, { json: 0.1 }), measure(100_000, { json: 50 }, { json: FLOOR.mb - 0.5 })]);
    expect(h.slowM).toBe(false);
  });
});

describe('stress: passes combined', () => {
  it('keeps per stage the least reading of all passes, memory from the first, rounds added up', () => {
    const a = measure(1000, { ingest: 5, rules: 9 }, { ingest: 1.5 }, { rounds: 5, pass: 1 });
    const b = measure(1000, { ingest: 7, rules: 4 }, { ingest: 2.5 }, { rounds: 6, pass: 2 });
    const c = combine([a, b]);
    expect(c.ms).toEqual({ ingest: 5, rules: 4 });
    expect(c.mb).toEqual({ ingest: 1.5 });
    expect(c.rounds).toBe(11);
    expect(c.error).toBeUndefined();
  });

  it('keeps an error of any pass', () => {
    const c = combine([measure(1000, { ingest: 5 }), measure(1000, { ingest: 4 }, {}, { error: 'rules over 300 s' })]);
    expect(c.error).toBe('rules over 300 s');
    expect(c.ms.ingest).toBe(4);
  });
});

describe('stress: how many rounds', () => {
  it('runs at least the minimum, then on until 11 rounds and enough CPU, or the CPU cap', () => {
    expect(enoughRounds(ROUNDS.min - 1, ROUNDS.maxMs * 2)).toBe(false);
    // Cheap rounds: 11 of them and 1.5 s of CPU.
    expect(enoughRounds(10, ROUNDS.ms * 2)).toBe(false);
    expect(enoughRounds(11, ROUNDS.ms - 1)).toBe(false);
    expect(enoughRounds(11, ROUNDS.ms)).toBe(true);
    // Costly rounds (1M characters, seconds each): the minimum, then the CPU cap.
    expect(enoughRounds(ROUNDS.min, ROUNDS.maxMs - 1)).toBe(false);
    expect(enoughRounds(ROUNDS.min, ROUNDS.maxMs)).toBe(true);
    expect(enoughRounds(ROUNDS.max, 0)).toBe(true);
  });
});
