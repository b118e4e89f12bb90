import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/**
 * A file's time limit counts from the moment its worker is ready, not from the worker's start: a fresh worker imports
 * the pipeline first (~1 s CPU, several seconds on a loaded machine), and with that counted in, a limit shorter than the
 * import failed every file (each timeout replaces the worker by a fresh one). Worker threads run only from the built
 * code (dist/), so the pool is imported from there; the workers here stand in for the real one.
 */
const DIST = join(process.cwd(), 'dist/pipelines');
const { createPool } = (await import(join(DIST, 'pool.js'))) as typeof import('../../pipelines/pool.js');

const dir = mkdtempSync(join(tmpdir(), 'baocao-pool-start-'));

/** A worker module made of `code`, as a file URL. */
function workerModule(name: string, code: string): URL {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, code);
  return pathToFileURL(path);
}

/**
 * A stand-in worker that sleeps `ms` at its start (a loaded machine's slow import, without spending CPU), then tells it
 * is ready and answers each file at once, as skipped unchanged with the hash 'stand-in'.
 */
const slowStart = (ms: number) =>
  workerModule(
    `slow-${ms}`,
    `import { parentPort } from 'node:worker_threads';
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
parentPort.on('message', (job) => parentPort.postMessage({ id: job.id, outcome: null, sha256: 'stand-in' }));
parentPort.postMessage({ ready: true });
`,
  );

/** A file to send (the stand-ins never read it). */
function report(): string {
  const path = join(dir, 'bao-cao-thuy-loi.txt');
  writeFileSync(path, 'UBND XÃ TÂN HIỆP\nBÁO CÁO\nĐã kiên cố 45/60 tuyến kênh nội đồng.\n');
  return path;
}

describe("a file's time limit runs from its worker's readiness", () => {
  it('answers a quick file on a worker slower to start than the limit', async () => {
    // The worker needs 6 s to start; its answer then comes at once, well within the 3 s limit.
    const pool = createPool({ size: 1, timeoutMs: 3000, worker: slowStart(6000) });
    try {
      const r = await pool.run({ path: report() });
      expect(r.outcome).toBeNull();
      expect(r.sha256).toBe('stand-in');
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('the real worker tells when it is ready', async () => {
    const worker = new Worker(new URL(pathToFileURL(join(DIST, 'worker.js')).href));
    try {
      const first = await new Promise((resolve) => worker.once('message', resolve));
      expect(first).toEqual({ ready: true });
    } finally {
      await worker.terminate();
    }
  }, 120_000);

  it('still stops a file that overruns its limit once the worker is ready', async () => {
    // Ready at once, then never answers: a file that hangs.
    const hang = workerModule('hang', `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => undefined);\nparentPort.postMessage({ ready: true });\n`);
    const pool = createPool({ size: 1, timeoutMs: 500, worker: hang });
    try {
      const started = Date.now();
      const r = await pool.run({ path: report() });
      expect(r.outcome?.error?.code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('fails the file of a worker that exits before it is ready, instead of waiting for ever', async () => {
    const exits = workerModule('exits', `process.exit(3);\n`);
    const pool = createPool({ size: 1, timeoutMs: 500, worker: exits });
    try {
      const r = await pool.run({ path: report() });
      expect(r.outcome?.error?.code).toBe('INTERNAL');
      expect(r.outcome?.error?.message).toContain('3');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
