import { describe, expect, it } from 'vitest';
import { BATCH_MS, BATCHES, CHILD_FLAGS, FLOOR, FORCED_GCS_PER_ROUND, GROWTH_LIMIT, MAP_RETAIN_GCS, MEMORY_BASE_MB, ROUNDS, STAGES, WARM_UPS, batchMeans, combine, enoughRounds, growths, kept, per10, type Measure } from '../../pipelines/stress-stats.js';

/**
 * The arithmetic of `npm run stress` on readings made up here (no timing): the least time per run of a stage's batches
 * of rounds (20 ms of the stage's CPU each) is kept, which takes out what load adds to some rounds without holding a
 * lucky 1 ms run against a 40 ms one, and still flags a stage whose every round grows with the square of its input.
 */
const measure = (chars: number, ms: Measure['ms'], mb: Measure['mb'] = {}, extra: Partial<Measure> = {}): Measure => ({ shape: 's', chars, ms, mb, ...extra });

/** Rounds of a stage whose own cost is `cost`, some of them stretched by load (×1 to ×4, as on the shared machine). */
const rounds = (cost: number, stretch: number[]) => stretch.map((x) => cost * x);

describe('stress: which reading of a stage is kept', () => {
  it('keeps the least reading of the rounds when each is a batch of its own (20 ms or more)', () => {
    expect(kept([32, 27.5, 30, 28])).toBe(27.5);
    expect(kept([12, 7.5, 30, 8], 0)).toBe(7.5);
  });

  it('groups short readings into batches of consecutive rounds of at least 20 ms and keeps the least per run', () => {
    expect(BATCH_MS).toBe(20);
    // 5 + 6 + 9 = 20 (per run 6.67), 4 + 4 + 4 + 4 + 4 = 20 (4), 10 + 12 = 22 (11), then 3 short of a batch, left out.
    expect(batchMeans([5, 6, 9, 4, 4, 4, 4, 4, 10, 12, 3])).toEqual([20 / 3, 4, 11]);
    expect(kept([5, 6, 9, 4, 4, 4, 4, 4, 10, 12, 3])).toBe(4);
    // A long reading is a batch of one, next to batches of short ones.
    expect(batchMeans([25, 10, 10, 21])).toEqual([25, 10, 21]);
    // A stage that never ran 20 ms in all: the mean of its rounds.
    expect(batchMeans([0.1, 0.2, 0.3])).toHaveLength(1);
    expect(kept([0.1, 0.2, 0.3])).toBeCloseTo(0.2, 10);
  });

  it('a 2 ms stage whose quickest run met no disturbance is not read as growing against a 40 ms one', () => {
    // Own cost 2 ms at 10k and 20 ms at 100k (×10); each involuntary context switch costs 0.9 ms of cache refill. The
    // 2 ms runs meet 0 to 3 switches, a 20 ms run ten times as many as the average 2 ms run (1.5): every one about 13.
    const small = [0, 2, 1, 3, 1, 0, 2, 3, 1, 2, 1, 2, 0, 3, 2, 1, 2, 1, 3, 2, 1, 2, 2, 1, 0, 3, 2, 1, 2, 1].map((s) => 2 + 0.9 * s);
    const large = [13, 15, 12, 14, 16].map((s) => 20 + 0.9 * s);
    // The least of single runs: 2 ms against 30.8 ms, ×15.4, flagged; in batches of 20 ms: ×9.8.
    expect(per10(kept(small, 0), kept(large, 0), 10_000, 100_000)).toBeGreaterThan(GROWTH_LIMIT);
    const g = growths([measure(10_000, { indicators: kept(small) }), measure(100_000, { indicators: kept(large) })]);
    expect(g[0].time).toBeLessThan(10);
    expect(g[0].slowT).toBe(false);
  });

  it('a linear stage with load on some rounds of the larger input is not flagged; its median would be', () => {
    // Own cost 30 ms at 100k and 300 ms at 1M (×10); at 1M three rounds of five fell in a burst of load (×2.5–4).
    const small = rounds(30, [1.0, 1.3, 1.1, 1.2, 1.05]);
    const large = rounds(300, [1.1, 3.0, 2.5, 1.0, 4.0]);
    const g = growths([measure(100_000, { rules: kept(small) }), measure(1_000_000, { rules: kept(large) })]);
    expect(g).toHaveLength(1);
    expect(g[0].time).toBeCloseTo(10, 5);
    expect(g[0].slowT).toBe(false);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    expect(per10(median(small), median(large), 100_000, 1_000_000)).toBeGreaterThan(GROWTH_LIMIT);
  });

  it('a quadratic stage is flagged from its least readings, quiet rounds or not, in batches or not', () => {
    // Own cost 40 ms at 10k, 4 s at 100k, 400 s at 1M (×100 per 10×); every round at least its own cost.
    const runs = [10_000, 100_000, 1_000_000].map((n, i) => measure(n, { claims: kept(rounds(40 * 100 ** i, [1.4, 1.0, 2.2])) }));
    const g = growths(runs);
    expect(g.map((x) => Math.round(x.time))).toEqual([100, 100]);
    expect(g.every((x) => x.slowT)).toBe(true);
    // Own cost 1 ms at 10k, 100 ms at 100k: batches of 20 runs at 10k, of one at 100k.
    const small = growths([10_000, 100_000].map((n, i) => measure(n, { claims: kept(rounds(100 ** i, Array.from({ length: 60 }, (_, k) => 1 + (k % 3) / 2))) })));
    expect(small[0].time).toBeGreaterThan(60);
    expect(small[0].slowT).toBe(true);
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

  it('takes a smaller size\'s memory as at least MEMORY_BASE_MB: a reading near zero is offset, not a base', () => {
    // Hand-checked: 0.1 MB at 10k is taken as 1 MB; 8.7 MB at 100k is ×8.7 per 10× (was ×17.4 against 0.5 MB), and
    // 20 MB is ×20, still flagged.
    const [g] = growths([measure(10_000, { json: 5 }, { json: 0.1 }), measure(100_000, { json: 50 }, { json: 8.7 })]);
    expect(MEMORY_BASE_MB).toBe(1);
    expect(g.memory).toBeCloseTo(8.7, 5);
    expect(g.slowM).toBe(false);
    const [h] = growths([measure(10_000, { json: 5 }, { json: 0.1 }), measure(100_000, { json: 50 }, { json: 20 })]);
    expect(h.memory).toBeCloseTo(20, 5);
    expect(h.slowM).toBe(true);
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

  it('keeps per stage the least page faults of the passes, reported beside the time and never taken out of it', () => {
    const a = measure(1000, { readings: 30 }, {}, { faults: { readings: 900, rules: 10 } });
    const b = measure(1000, { readings: 40 }, {}, { faults: { readings: 850 } });
    const c = combine([a, b]);
    expect(c.faults).toEqual({ readings: 850, rules: 10 });
    expect(c.ms.readings).toBe(30);
    expect(combine([measure(1000, { ingest: 5 })]).faults).toBeUndefined();
  });

  it('keeps per stage the least user time of the passes, beside the whole time, and none when no pass read it', () => {
    const a = measure(1000, { sentences: 30 }, {}, { user: { sentences: 21 } });
    const b = measure(1000, { sentences: 28 }, {}, { user: { sentences: 24 } });
    const c = combine([a, b]);
    expect(c.ms.sentences).toBe(28);
    expect(c.user).toEqual({ sentences: 21 });
    expect(combine([measure(1000, { ingest: 5 })]).user).toBeUndefined();
  });

  it('gives the user time\'s growth and the page faults beside the whole time\'s, and flags on the whole time only', () => {
    // A stage whose 1M run pays 3,000 first-touched pages (system time) its 100k run does not: ×16.3 in all, ×10.6 of its own.
    const small = measure(100_000, { sentences: 10 }, {}, { user: { sentences: 9 }, faults: { sentences: 0 } });
    const large = measure(1_000_000, { sentences: 163 }, {}, { user: { sentences: 95 }, faults: { sentences: 3264 } });
    const [g] = growths([small, large]);
    expect(g.time).toBeCloseTo(16.3, 5);
    expect(g.slowT).toBe(true);
    expect(g.userTime).toBeCloseTo(95 / 9, 5);
    expect(g.user).toEqual([9, 95]);
    expect(g.faults).toEqual([0, 3264]);
    // Without user readings (older runs), nothing is made up.
    const [h] = growths([measure(100_000, { sentences: 10 }), measure(1_000_000, { sentences: 100 })]);
    expect(h.userTime).toBeUndefined();
    expect(h.faults).toBeUndefined();
  });

  it('keeps an error of any pass', () => {
    const c = combine([measure(1000, { ingest: 5 }), measure(1000, { ingest: 4 }, {}, { error: 'rules over 300 s' })]);
    expect(c.error).toBe('rules over 300 s');
    expect(c.ms.ingest).toBe(4);
  });
});

describe('stress: how many rounds', () => {
  it('runs at least the minimum, then on until 11 rounds and enough CPU, or the CPU cap', () => {
    // With every stage over 20 ms (the default): batches of one round.
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

  it('runs enough rounds for three batches of 20 ms of the shortest stage, within the CPU cap', () => {
    expect(BATCHES).toBe(3);
    // Shortest stage 1 ms (or less, counted as 1): 60 rounds; 2 ms: 30; 7 ms: 3 × 3 = 9, then the 11 rounds.
    expect(enoughRounds(59, ROUNDS.ms, ROUNDS, 0.2)).toBe(false);
    expect(enoughRounds(60, ROUNDS.ms, ROUNDS, 0.2)).toBe(true);
    expect(enoughRounds(29, ROUNDS.ms, ROUNDS, 2)).toBe(false);
    expect(enoughRounds(30, ROUNDS.ms, ROUNDS, 2)).toBe(true);
    expect(enoughRounds(10, ROUNDS.ms, ROUNDS, 7)).toBe(false);
    expect(enoughRounds(11, ROUNDS.ms, ROUNDS, 7)).toBe(true);
    // The CPU cap and the round cap still end it (100k characters: a round takes most of a second).
    expect(enoughRounds(ROUNDS.min, ROUNDS.maxMs, ROUNDS, 0.2)).toBe(true);
    expect(enoughRounds(ROUNDS.max, 0, ROUNDS, 0.2)).toBe(true);
  });
});

describe('stress: the child measuring one input', () => {
  it('keeps hidden classes through more full collections than a child forces in all its rounds', () => {
    // One collection before the chain and one after each stage, in every round, the warm-ups too.
    expect(FORCED_GCS_PER_ROUND).toBe(STAGES.length + 1);
    expect(MAP_RETAIN_GCS).toBeGreaterThanOrEqual((ROUNDS.max + WARM_UPS) * FORCED_GCS_PER_ROUND);
    expect(CHILD_FLAGS).toContain(`--retain-maps-for-n-gc=${MAP_RETAIN_GCS}`);
  });

  it('keeps the collector on the main thread and exposes it', () => {
    expect(CHILD_FLAGS).toContain('--single-threaded-gc');
    expect(CHILD_FLAGS).toContain('--expose-gc');
  });
});
