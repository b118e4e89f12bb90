/**
 * audit: read, analyse and print; writes no database.
 *   files → pool of workers: analyse (ingest → segment → extract → rules) → DocumentOut (made in the worker) → DocumentOut[] → text | json | html
 *   (with `blocks: true` each document also carries its blocks, so the HTML report can show the text)
 */
import type { DocumentOut, DocumentView } from '../src/model/index.js';
import { toDocumentOut } from '../src/report/json.js';
import type { RuleOptions } from '../src/rules/run.js';
import { runBatch, type Progress } from './batch.js';
import { createPool } from './pool.js';

export interface AuditOptions {
  rules?: RuleOptions;
  progress?: Progress;
  /** Worker threads (default: one per core, at least one so the time limit holds). */
  workers?: number;
  /** Time limit per file in worker threads (default 120 s); a file over it gets TIMEOUT. */
  timeoutMs?: number;
  /** Files larger than this many bytes get TOO_LARGE (default 100 MiB). */
  maxBytes?: number;
  /** Also return each document's blocks (text, line, page), for the HTML report; off by default so JSON stays as it is. */
  blocks?: boolean;
}

/** Audit files and directories; one DocumentOut per file, in the order given. */
export async function audit(inputs: string[], options: AuditOptions = {}): Promise<DocumentView[]> {
  const pool = createPool({ size: options.workers, timeoutMs: options.timeoutMs });
  try {
    return await runBatch(
      inputs,
      async (path, onPage) => {
        const reply = { kind: 'document', blocks: options.blocks } as const;
        const { outcome } = await pool.run({ path, rules: options.rules, ingest: { maxBytes: options.maxBytes }, reply }, onPage);
        return outcome?.document ?? toDocumentOut(path, undefined, outcome?.error);
      },
      (m) => toDocumentOut(m.path, undefined, m.error),
      { concurrency: pool.size * 2, progress: options.progress },
    );
  } finally {
    await pool.close();
  }
}

/** ESLint-style exit code: 2 if a file failed, 1 if any error finding, else 0. */
export function auditExitCode(documents: DocumentOut[]): number {
  if (documents.some((d) => d.error)) return 2;
  return documents.some((d) => d.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
