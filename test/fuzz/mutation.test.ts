/**
 * Mutation fuzzing of the docx, odt and pdf ingesters (.doc is left out: each
 * mutant would be a LibreOffice conversion of seconds): every damaged copy of a
 * fixture must end in a Source or a per-file error — never a throw, never a
 * hang — and the analysis after it must not crash.
 *
 * A time limit can only interrupt asynchronous work: a synchronous endless
 * loop would stall this test file (in production the worker pool's per-file
 * timeout terminates the worker). Each call is also timed after it returns,
 * so a slow-but-finishing file still fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestBytes, type IngestResult } from '../../src/ingest/index.js';
import { analyseResult } from '../../pipelines/analyse.js';
import { MUTATIONS, SEED, timeLimit } from './config.js';
import { MUTATIONS_BY_FORMAT, seededRandom } from './mutate.js';

const SEEDS = 'fixtures/seeds';
const LIMIT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Run `check` while catching promise rejections nobody handled (a parser's
 * stray internal promise): they would crash a worker after its answer, so they
 * count against the mutant that caused them, except those raised inside pdf.js,
 * which src/ingest/pdf-guard.ts lets pass once the file has its answer.
 */
async function checkWithStrays(name: string, bytes: Buffer): Promise<{ end: string; problem?: string }> {
  const strays: unknown[] = [];
  const onStray = (reason: unknown) => strays.push(reason);
  process.on('unhandledRejection', onStray);
  try {
    const result = await check(name, bytes);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ours = strays.filter((r) => !(r instanceof Error && /pdfjs-dist/.test(r.stack ?? '')));
    if (ours.length && !result.problem) return { ...result, problem: `unhandled rejection: ${(ours[0] as Error)?.stack ?? ours[0]}` };
    return result;
  } finally {
    process.off('unhandledRejection', onStray);
  }
}

/** How one mutant ended ("ok" or its error code) and what went wrong, if anything. */
async function check(name: string, bytes: Buffer): Promise<{ end: string; problem?: string }> {
  const started = performance.now();
  let result: IngestResult | 'timeout';
  try {
    // The parsers are fuzzed, not Tesseract: a mutant that loses its text layer would otherwise be OCRed (test/ingest/ocr.test.ts).
    result = await withTimeout(ingestBytes(name, bytes, { ocr: false }), LIMIT_MS);
  } catch (e) {
    return { end: 'threw', problem: `ingestBytes threw: ${(e as Error).stack ?? e}` };
  }
  const elapsed = performance.now() - started;
  if (result === 'timeout' || elapsed > LIMIT_MS) return { end: 'timeout', problem: `no answer within ${LIMIT_MS} ms (${Math.round(elapsed)} ms)` };
  if (!result.ok) return { end: result.error.code, problem: result.error.code && result.error.message ? undefined : `malformed error ${JSON.stringify(result.error)}` };
  const outcome = analyseResult(name, result);
  return { end: 'ok', problem: outcome.error?.code === 'INTERNAL' ? `analysis crashed: ${outcome.error.message}` : undefined };
}

describe.each(['docx', 'odt', 'pdf'] as const)('mutated %s fixtures', (format) => {
  test(`end in a Source or a per-file error, within ${LIMIT_MS / 1000} s each`, async () => {
    const dir = format === 'odt' ? 'fixtures/formats' : SEEDS;
    const files = readdirSync(dir).filter((n) => n.endsWith(`.${format}`)).sort().map((n) => ({ name: n, bytes: readFileSync(join(dir, n)) }));
    const random = seededRandom(SEED + (format === 'pdf' ? 1 : format === 'odt' ? 2 : 0));
    const mutations = MUTATIONS_BY_FORMAT[format];
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < MUTATIONS; i++) {
      const file = files[i % files.length];
      const mutant = mutations[Math.floor(random() * mutations.length)](file.bytes, random);
      const { end, problem } = await checkWithStrays(file.name, mutant.bytes);
      if (problem) failures.push(`#${i} ${file.name}, ${mutant.how}: ${problem}`);
      outcomes[end] = (outcomes[end] ?? 0) + 1;
    }
    if (process.env.FUZZ_VERBOSE) console.log(format, outcomes);
    expect(failures).toEqual([]);
  }, timeLimit(format === 'pdf' ? 400 : 100, MUTATIONS));
});
