/**
 * enqueue: one queue job per file, for workers on any machine to analyse.
 *   files → bytes → sha256 → (stored with this hash? skip) → [--upload: bytes into the store] → job
 * A job's id comes from the file's name and hash, so enqueuing a folder twice adds nothing twice.
 */
import { resolve } from 'node:path';
import { sha256 } from '../src/ingest/build-source.js';
import { readInput } from '../src/ingest/index.js';
import { expandInputs } from '../src/ingest/inputs.js';
import type { FileError } from '../src/model/index.js';
import type { Store } from '../src/store/open.js';
import type { AnalyseJob, Queue } from '../src/store/queue.js';

export interface EnqueueOptions {
  /** Keep each file's bytes in the database, so workers need no shared folder. */
  upload?: boolean;
  /** Per-job time limit (default 120 s). */
  timeoutMs?: number;
  maxBytes?: number;
}

/** What an enqueue did with the files it was given. */
export interface EnqueueSummary {
  files: number;
  queued: number;
  /** Already waiting in the queue (or done there) with the same bytes. */
  alreadyQueued: number;
  /** Already stored with the same bytes. */
  unchanged: number;
  failed: Array<{ path: string; error: FileError }>;
}

/** Enqueue every file the inputs name. */
export async function enqueue(store: Store, queue: Queue, inputs: string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const files = await expandInputs(inputs);
  const summary: EnqueueSummary = { files: files.length, queued: 0, alreadyQueued: 0, unchanged: 0, failed: [] };
  const jobs: AnalyseJob[] = [];
  for (const f of files) {
    const input = f.missing ? await readInput(f.path) : await readInput(f.path, { maxBytes: options.maxBytes });
    if (!input.ok) {
      summary.failed.push({ path: f.path, error: input.error });
      continue;
    }
    const hash = sha256(input.bytes);
    if ((await store.storedSha(f.path)) === hash) {
      summary.unchanged += 1;
      continue;
    }
    if (options.upload) await store.saveBlob(hash, input.bytes);
    jobs.push({ source: f.path, path: options.upload ? null : resolve(f.path), sha256: hash, timeoutMs: options.timeoutMs ?? 120_000, maxBytes: options.maxBytes });
  }
  summary.queued = await queue.add(jobs);
  summary.alreadyQueued = jobs.length - summary.queued;
  return summary;
}
