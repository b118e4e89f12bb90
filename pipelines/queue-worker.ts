/**
 * queue-worker: take jobs from the queue and run each through `analyse` in a worker thread, then
 * save it in one transaction — the same steps as `load`, one file at a time per slot.
 *   fetch job → stored with this hash? done → bytes (shared path or uploaded) → analyse → save → complete
 * A job that runs again (its worker died, or it expired) finds its document stored with the same
 * hash and is done at once, so every document is stored exactly once. Timeouts, crashes and
 * database errors fail the attempt and pg-boss retries it with backoff; after the last attempt the
 * job stays failed with its error code. A file that cannot be read (empty, corrupt, encrypted…)
 * fails the same way every time: it is recorded like `ingest` records it, and not retried.
 */
import { readInput } from '../src/ingest/index.js';
import type { FileError } from '../src/model/index.js';
import type { Store } from '../src/store/open.js';
import type { FetchedJob, Queue } from '../src/store/queue.js';
import { createPool, type Pool } from './pool.js';

/** Errors worth another attempt: the file may well succeed on a quieter machine. */
const RETRYABLE = new Set(['TIMEOUT', 'INTERNAL']);

export interface WorkerOptions {
  /** Jobs analysed at once, each in its own worker thread (default 1). */
  concurrency?: number;
  /** Stop once the queue has nothing waiting, running or to retry. */
  drain?: boolean;
  /** Aborting finishes the jobs in hand, then stops (SIGTERM). */
  signal?: AbortSignal;
  /** Wait between polls of an empty queue (default 500 ms). */
  pollMs?: number;
}

/** Jobs this worker finished, by outcome. */
export interface WorkerSummary {
  loaded: number;
  unchanged: number;
  unreadable: number;
  failed: number;
}

class AttemptFailed extends Error {
  constructor(readonly error: FileError) {
    super(error.message);
  }
}

async function jobBytes(store: Store, job: FetchedJob): Promise<Uint8Array> {
  const { path, sha256, source, maxBytes } = job.data;
  if (path === null) {
    const blob = await store.readBlob(sha256);
    if (!blob) throw new AttemptFailed({ code: 'BLOB_MISSING', message: `Không có nội dung tệp ${source} (sha256 ${sha256}) trong cơ sở dữ liệu` });
    return blob;
  }
  const input = await readInput(path, { maxBytes });
  if (!input.ok) throw new AttemptFailed(input.error);
  return input.bytes;
}

async function runJob(store: Store, queue: Queue, pool: Pool, job: FetchedJob, summary: WorkerSummary): Promise<void> {
  const { source, sha256, timeoutMs, maxBytes } = job.data;
  try {
    if ((await store.storedSha(source)) === sha256) {
      await queue.complete(job.id, { status: 'unchanged' });
      summary.unchanged += 1;
      return;
    }
    const bytes = await jobBytes(store, job);
    const { outcome } = await pool.run({ path: source, bytes, timeoutMs, ingest: { maxBytes }, reply: { kind: 'rows' } });
    if (outcome?.error && RETRYABLE.has(outcome.error.code)) throw new AttemptFailed(outcome.error);
    if (outcome?.error) {
      await store.saveFileError(source, outcome.error);
      await queue.complete(job.id, { status: 'unreadable', ...outcome.error });
      summary.unreadable += 1;
      return;
    }
    if (outcome) await store.saveRows(outcome.rows!);
    await queue.complete(job.id, { status: 'loaded' });
    summary.loaded += 1;
  } catch (e) {
    const error = e instanceof AttemptFailed ? e.error : { code: 'INTERNAL', message: (e as Error).message };
    if (job.lastAttempt) await store.saveFileError(source, error).catch(() => undefined);
    await queue.fail(job.id, error).catch(() => undefined);
    summary.failed += 1;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Work on the queue until aborted (or, with `drain`, until it is empty). */
export async function runQueueWorker(store: Store, queue: Queue, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const pool = createPool({ size: concurrency, threads: true });
  const summary: WorkerSummary = { loaded: 0, unchanged: 0, unreadable: 0, failed: 0 };
  const slot = async () => {
    while (!options.signal?.aborted) {
      const job = await queue.fetch();
      if (job) {
        await runJob(store, queue, pool, job, summary);
        continue;
      }
      if (options.drain && (await queue.idle())) return;
      await sleep(options.pollMs ?? 500, options.signal);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
  } finally {
    await pool.close();
  }
  return summary;
}
