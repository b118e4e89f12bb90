/**
 * pool: run the analyse pipeline over files in worker threads (one per core by default, at
 * least one), falling back to the current thread where workers are unavailable (tests run from
 * TypeScript sources, where no time limit holds). A file that takes longer than the time limit is abandoned: its worker is
 * terminated and replaced, and the file gets a TIMEOUT error. The limit counts from the moment the worker is ready (it tells
 * when its pipeline is imported), not from its start: a fresh worker's import (~1 s CPU, several seconds on a loaded
 * machine) is no part of the file, and counted in, a limit shorter than the import failed every file, since each
 * timeout replaces the worker by another that must import again. Memory: each worker's heap is
 * capped (V8 then collects sooner), and a worker whose heap holds more than `recycleHeapMb` after
 * a file is replaced (each answer tells its heap), so what a parser caches or a heap keeps after a
 * large file goes with it however long the batch; `recycleAfter` files replace it in any case.
 * A worker is not replaced on a count alone while its heap stays small: a fresh one pays its
 * import (~1 s CPU) and its engine's warm-up over its first files again.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { IngestOptions, readInput } from '../src/ingest/index.js';
import { sha256 } from '../src/ingest/build-source.js';
import type { RuleOptions } from '../src/rules/run.js';
import { answerOf, type Answer, type Reply } from './reply.js';

/** A file to analyse; `skipSha` makes the worker skip analysis when the bytes hash to it. */
export interface Job {
  id: number;
  path: string;
  rules?: RuleOptions;
  ingest?: IngestOptions;
  skipSha?: string | null;
  /** The file's bytes when already read (the queue's uploaded files); `path` then only names it. */
  bytes?: Uint8Array;
  /** This file's time limit, instead of the pool's. */
  timeoutMs?: number;
  /** The part of the analysis to send back (default: all of it). */
  reply?: Reply;
}

/** A job's answer: outcome null means skipped as unchanged. */
export interface JobResult {
  id: number;
  outcome: Answer | null;
  sha256: string | null;
  /** The worker's heap in use after the file, in MB (workers tell it; the pool recycles on it). */
  heapMb?: number;
  /** The worker thread that answered (its threadId; absent when analysed in this thread). */
  thread?: number;
}

/** Pages of a scanned file read so far (OCR progress). */
export type PageProgress = (done: number, total: number) => void;

export interface Pool {
  /** Analyse one file; `onPage` hears of each scanned page read. */
  run(job: Omit<Job, 'id'>, onPage?: PageProgress): Promise<JobResult>;
  close(): Promise<void>;
  size: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Analyse in this thread (no workers). */
async function runInline(job: Job, onPage?: PageProgress): Promise<JobResult> {
  // Loaded here, not with this module: with workers the CLI's process never analyses, and the
  // readers and extractors cost it ~1 s CPU to import (each worker imports them for itself).
  const [{ ingestBytes }, { analyseResult }] = await Promise.all([import('../src/ingest/index.js'), import('./analyse.js')]);
  const input = await readJobInput(job);
  if (!input.ok) return { id: job.id, outcome: { path: job.path, error: input.error }, sha256: null };
  const hash = sha256(input.bytes);
  if (job.skipSha === hash) return { id: job.id, outcome: null, sha256: hash };
  return { id: job.id, outcome: answerOf(analyseResult(job.path, await ingestBytes(job.path, input.bytes, { ...job.ingest, onOcrPage: onPage }), job.rules), job.reply), sha256: hash };
}

/** A job's bytes: those it carries, or the file read from disk. */
export async function readJobInput(job: Job): ReturnType<typeof readInput> {
  return job.bytes ? { ok: true, bytes: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) } : (await import('../src/ingest/index.js')).readInput(job.path, job.ingest);
}

export interface PoolOptions {
  /**
   * Worker threads (default: one per core). At least one worker runs even with one core: only
   * a worker can be stopped when a file overruns its time limit, so the limit holds everywhere.
   */
  size?: number;
  /**
   * A file taking longer is abandoned with a TIMEOUT error (default 120 s). A scan's limit starts
   * again after each page OCR reads, so a long scanned report is not cut off while it moves.
   */
  timeoutMs?: number;
  /**
   * A worker whose heap holds more than this many MB after a file is replaced by a fresh one
   * (default 192; reading txt, docx and pdf reports one after another, a worker's heap after
   * a file went 40–80 MB, garbage included, rising slowly between V8's full collections).
   */
  recycleHeapMb?: number;
  /** Files a worker analyses before it is replaced whatever its heap (default 5000). */
  recycleAfter?: number;
  /**
   * A worker's old-generation heap limit in MB (default 512). V8 sizes its heap growth by this
   * limit, which by default follows the machine's memory (4 GB here): under it the workers let
   * garbage pile up to 150 MB each before collecting. A file that needs more fails with an
   * INTERNAL error; the batch goes on. The young generation is held to 8 MB: pdf.js allocates
   * many short-lived objects, and the default semi-spaces cost ~40 MB of peak RSS per worker for
   * no measurable speed (bench: 331 → 256 MB peak at N = 1000, same files/s).
   */
  heapLimitMb?: number;
  /** Use a worker thread even for a pool of one, so the time limit can stop a file (queue workers). */
  threads?: boolean;
  /** The worker threads' module (default ./worker.js; a test wraps it). */
  worker?: URL;
}

/** Create a pool of `size` workers (default: cores), each file limited to `timeoutMs`. */
export function createPool(options: PoolOptions = {}): Pool {
  const size = options.size ?? Math.max(1, availableParallelism());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const recycleAfter = options.recycleAfter ?? 5000;
  const recycleHeapMb = options.recycleHeapMb ?? 192;
  const heapLimitMb = options.heapLimitMb ?? 512;
  // Worker threads even on one core (`size` 1): analysing in this thread left --timeout unenforced.
  const workerUrl = options.worker ?? WORKER_URL;
  const usable = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  let nextId = 0;
  if (!usable) {
    return { size: 1, run: (job, onPage) => runInline({ ...job, id: nextId++ }, onPage), close: async () => {} };
  }
  const idle: Worker[] = [];
  const served = new WeakMap<Worker, number>();
  // Each worker's readiness: it posts { ready: true } once its pipeline is imported.
  const readyOf = new WeakMap<Worker, Promise<void>>();
  const waiting: Array<(w: Worker) => void> = [];
  let closing = false;
  const spawn = (): Worker => {
    const w = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 8 } });
    readyOf.set(w, new Promise((resolve) => {
      const onReady = (m: { ready?: boolean }) => {
        if (!m?.ready) return;
        w.off('message', onReady);
        resolve();
      };
      w.on('message', onReady);
    }));
    // A worker can die after answering (a parser's stray promise rejection in pdf.js):
    // without a listener its 'error' would crash this process, and a dead idle worker would
    // take the next file into a timeout. Swallow the error here and replace the worker.
    w.on('error', () => undefined);
    w.once('exit', () => {
      const i = idle.indexOf(w);
      if (closing || i < 0) return;
      idle.splice(i, 1);
      release(spawn());
    });
    return w;
  };
  // One worker starts now (it imports the pipeline while the files are listed); the others when a
  // file finds none idle: a worker costs ~1 s CPU to start, spent for nothing when one file is audited.
  let started = 1;
  idle.push(spawn());
  const acquire = () => new Promise<Worker>((resolve) => {
    const w = idle.pop();
    if (w) resolve(w);
    else if (started < size) {
      started++;
      resolve(spawn());
    } else waiting.push(resolve);
  });
  const release = (w: Worker) => {
    // After close (a batch stopped by a failed database), a worker that finishes is not kept alive.
    if (closing) {
      void w.terminate();
      return;
    }
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    size,
    async run(job, onPage) {
      const id = nextId++;
      const worker = await acquire();
      const limitMs = job.timeoutMs ?? timeoutMs;
      return new Promise<JobResult>((resolve) => {
        let settled = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const expire = () => {
          cleanup();
          void worker.terminate();
          release(spawn());
          resolve({ id, sha256: null, outcome: { path: job.path, error: { code: 'TIMEOUT', message: `Quá thời gian xử lý (giới hạn ${(limitMs / 1000).toLocaleString('vi-VN')} giây)` } } });
        };
        // The limit runs from when the worker is ready (at once for one that already served), again after each scanned page.
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(expire, limitMs);
        };
        void readyOf.get(worker)!.then(() => {
          if (!settled) arm();
        });
        const onMessage = (r: JobResult | { id: number; progress: { done: number; total: number } }) => {
          if (r.id !== id) return;
          if ('progress' in r) {
            arm();
            onPage?.(r.progress.done, r.progress.total);
            return;
          }
          cleanup();
          const n = (served.get(worker) ?? 0) + 1;
          if (n >= recycleAfter || (r.heapMb ?? 0) > recycleHeapMb) {
            void worker.terminate();
            release(spawn());
          } else {
            served.set(worker, n);
            release(worker);
          }
          resolve({ ...r, thread: worker.threadId });
        };
        const onError = (e: Error) => {
          cleanup();
          release(spawn());
          resolve({ id, sha256: null, outcome: { path: job.path, error: { code: 'INTERNAL', message: e.message } } });
        };
        // A worker that exits without an error (before it is ready, when no limit runs yet) fails the file the same way.
        const onExit = (code: number) => onError(new Error(`Luồng phân tích dừng giữa chừng (mã thoát ${code})`));
        const cleanup = () => {
          settled = true;
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        // The worker learns the limit too, so a child process it runs (pdftotext) is stopped before the worker is.
        worker.postMessage({ ...job, id, timeoutMs: limitMs });
      });
    },
    async close() {
      closing = true;
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
