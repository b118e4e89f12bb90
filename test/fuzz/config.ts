/**
 * Fuzz settings shared by test/fuzz: a fixed seed so a failure replays, and
 * modest counts in the normal test run. `npm run fuzz` raises them through
 * FUZZ_RUNS (property runs) and FUZZ_MUTATIONS (mutated files per format).
 */
import type { Parameters } from 'fast-check';

/** Runs per property: 300 normally, FUZZ_RUNS under `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Mutated copies per format in the mutation fuzzer: 50 normally, FUZZ_MUTATIONS under `npm run fuzz`. */
export const MUTATIONS = Number(process.env.FUZZ_MUTATIONS ?? 50);

/** The seed every property and mutation starts from; FUZZ_SEED replays another. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);

/** fast-check parameters for a property: fixed seed, RUNS runs (or a share of them for slow properties). */
export function params<T>(share = 1): Parameters<T> {
  return { seed: SEED, numRuns: Math.max(10, Math.round(RUNS * share)) };
}

/** A vitest time limit that grows with the run count, so `npm run fuzz` is not cut short. */
export function timeLimit(msPerRun: number, runs = RUNS): number {
  return Math.max(60_000, runs * msPerRun);
}
