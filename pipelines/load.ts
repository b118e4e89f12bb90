/**
 * load: read, analyse and store (SQLite or PostgreSQL); unchanged files are skipped.
 *   files → pool of workers: sha256 (skip if stored) → analyse → rows → one writer: store (one transaction per document)
 *   (the workers send back only the rows the store saves, not the whole analysis: see reply.ts)
 */
import type { RuleOptions } from '../src/rules/run.js';
import type { Store } from '../src/store/open.js';
import { runBatch, type Progress } from './batch.js';
import { createPool } from './pool.js';

/** What happened to one file. */
export interface LoadResult {
  path: string;
  status: 'loaded' | 'unchanged' | 'failed';
  sections: number;
  figures: number;
  findings: number;
  error?: { code: string; message: string };
}

export interface LoadOptions {
  rules?: RuleOptions;
  progress?: Progress;
  /** Worker threads (default: one per core; 1 analyses in this thread). */
  workers?: number;
  /** Time limit per file in worker threads (default 120 s); a file over it gets TIMEOUT. */
  timeoutMs?: number;
  /** Files larger than this many bytes get TOO_LARGE (default 100 MiB). */
  maxBytes?: number;
}

/** Load files and directories into the database. */
export async function load(store: Store, inputs: string[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const pool = createPool({ size: options.workers, timeoutMs: options.timeoutMs });
  // A database that fails (full disk, read-only, corrupt) ends the batch: files not yet read are
  // left alone, documents already saved stay saved.
  let broken: unknown = null;
  const guard = <T>(write: Promise<T>): Promise<T> => write.catch((e: unknown) => {
    broken ??= e;
    throw e;
  });
  const failed = async (path: string, error: { code: string; message: string }): Promise<LoadResult> => {
    await guard(store.saveFileError(path, error));
    return { path, status: 'failed', sections: 0, figures: 0, findings: 0, error };
  };
  try {
    return await runBatch(
      inputs,
      async (path, onPage): Promise<LoadResult> => {
        if (broken) throw broken;
        const job = { path, rules: options.rules, ingest: { maxBytes: options.maxBytes }, skipSha: await guard(store.storedSha(path)), reply: { kind: 'rows' } as const };
        const { outcome } = await pool.run(job, onPage);
        if (!outcome) return { path, status: 'unchanged', sections: 0, figures: 0, findings: 0 };
        if (outcome.error) return failed(path, outcome.error);
        await guard(store.saveRows(outcome.rows!));
        return { path, status: 'loaded', ...outcome.counts! };
      },
      (m) => failed(m.path, m.error),
      { concurrency: pool.size * 2, progress: options.progress },
    );
  } finally {
    await pool.close();
  }
}
