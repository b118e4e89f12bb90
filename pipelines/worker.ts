/**
 * worker: the analyse pipeline in a worker thread, so parsing uses every core.
 * Receives a Job ({ id, path, rules, reply… }), answers { id, outcome, sha256, heapMb } (structured-cloned; the outcome
 * is the part of the analysis the job's `reply` asks for); while a scan is read it also sends { id, progress: { done, total } }
 * after each page. `heapMb` is this thread's heap in use after the file, on which the pool recycles the worker.
 * Once its pipeline is imported it posts { ready: true }: a file's time limit runs from then.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { ingestBytes } from '../src/ingest/index.js';
import { sha256 } from '../src/ingest/build-source.js';
import { analyseResult } from './analyse.js';
import { answerOf } from './reply.js';
import { readJobInput, type Job, type JobResult } from './pool.js';

parentPort?.on('message', async (job: Job) => {
  let result: JobResult;
  try {
    const input = await readJobInput(job);
    if (!input.ok) {
      result = { id: job.id, outcome: { path: job.path, error: input.error }, sha256: null };
    } else {
      const hash = sha256(input.bytes);
      if (job.skipSha && job.skipSha === hash) {
        result = { id: job.id, outcome: null, sha256: hash };
      } else {
        // Each scanned page read tells the pool the file is moving (its time limit starts again).
        const onOcrPage = (done: number, total: number) => parentPort!.postMessage({ id: job.id, progress: { done, total } });
        const outcome = analyseResult(job.path, await ingestBytes(job.path, input.bytes, { ...job.ingest, onOcrPage, timeoutMs: job.timeoutMs }), job.rules);
        result = { id: job.id, outcome: answerOf(outcome, job.reply), sha256: hash };
      }
    }
  } catch (e) {
    result = { id: job.id, outcome: { path: job.path, error: { code: 'INTERNAL', message: (e as Error).message } }, sha256: null };
  }
  parentPort!.postMessage({ ...result, heapMb: getHeapStatistics().used_heap_size / 2 ** 20 });
});
parentPort?.postMessage({ ready: true });
