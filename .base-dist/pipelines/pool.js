/**
 * pool: run the analyse pipeline over files in worker threads (one per core by default, at
 * least one), falling back to the current thread where workers are unavailable (tests run from
 * TypeScript sources, where no time limit holds). A file that takes longer than the time limit is abandoned: its worker is
 * terminated and replaced, and the file gets a TIMEOUT error. Memory: each worker's heap is
 * capped (V8 then collects sooner), and a worker is replaced after `recycleAfter` files, so what
 * a parser caches or a heap keeps after a large file goes with it however long the batch.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { sha256 } from '../src/ingest/build-source.js';
const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Analyse in this thread (no workers). */
async function runInline(job, onPage) {
    // Loaded here, not with this module: with workers the CLI's process never analyses, and the
    // readers and extractors cost it ~1 s CPU to import (each worker imports them for itself).
    const [{ ingestBytes }, { analyseResult }] = await Promise.all([import('../src/ingest/index.js'), import('./analyse.js')]);
    const input = await readJobInput(job);
    if (!input.ok)
        return { id: job.id, outcome: { path: job.path, error: input.error }, sha256: null };
    const hash = sha256(input.bytes);
    if (job.skipSha === hash)
        return { id: job.id, outcome: null, sha256: hash };
    return { id: job.id, outcome: analyseResult(job.path, await ingestBytes(job.path, input.bytes, { ...job.ingest, onOcrPage: onPage }), job.rules), sha256: hash };
}
/** A job's bytes: those it carries, or the file read from disk. */
export async function readJobInput(job) {
    return job.bytes ? { ok: true, bytes: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) } : (await import('../src/ingest/index.js')).readInput(job.path, job.ingest);
}
/** Create a pool of `size` workers (default: cores), each file limited to `timeoutMs`. */
export function createPool(options = {}) {
    const size = options.size ?? Math.max(1, availableParallelism());
    const timeoutMs = options.timeoutMs ?? 120_000;
    const recycleAfter = options.recycleAfter ?? 200;
    const heapLimitMb = options.heapLimitMb ?? 512;
    // Worker threads even on one core (`size` 1): analysing in this thread left --timeout unenforced.
    const usable = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
    let nextId = 0;
    if (!usable) {
        return { size: 1, run: (job, onPage) => runInline({ ...job, id: nextId++ }, onPage), close: async () => { } };
    }
    const idle = [];
    const served = new WeakMap();
    const waiting = [];
    let closing = false;
    const spawn = () => {
        const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 8 } });
        // A worker can die after answering (a parser's stray promise rejection in pdf.js):
        // without a listener its 'error' would crash this process, and a dead idle worker would
        // take the next file into a timeout. Swallow the error here and replace the worker.
        w.on('error', () => undefined);
        w.once('exit', () => {
            const i = idle.indexOf(w);
            if (closing || i < 0)
                return;
            idle.splice(i, 1);
            release(spawn());
        });
        return w;
    };
    // One worker starts now (it imports the pipeline while the files are listed); the others when a
    // file finds none idle: a worker costs ~1 s CPU to start, spent for nothing when one file is audited.
    let started = 1;
    idle.push(spawn());
    const acquire = () => new Promise((resolve) => {
        const w = idle.pop();
        if (w)
            resolve(w);
        else if (started < size) {
            started++;
            resolve(spawn());
        }
        else
            waiting.push(resolve);
    });
    const release = (w) => {
        // After close (a batch stopped by a failed database), a worker that finishes is not kept alive.
        if (closing) {
            void w.terminate();
            return;
        }
        const next = waiting.shift();
        if (next)
            next(w);
        else
            idle.push(w);
    };
    return {
        size,
        async run(job, onPage) {
            const id = nextId++;
            const worker = await acquire();
            const limitMs = job.timeoutMs ?? timeoutMs;
            return new Promise((resolve) => {
                const expire = () => {
                    cleanup();
                    void worker.terminate();
                    release(spawn());
                    resolve({ id, sha256: null, outcome: { path: job.path, error: { code: 'TIMEOUT', message: `Quá thời gian xử lý (giới hạn ${(limitMs / 1000).toLocaleString('vi-VN')} giây)` } } });
                };
                let timer = setTimeout(expire, limitMs);
                const onMessage = (r) => {
                    if (r.id !== id)
                        return;
                    if ('progress' in r) {
                        clearTimeout(timer);
                        timer = setTimeout(expire, limitMs);
                        onPage?.(r.progress.done, r.progress.total);
                        return;
                    }
                    cleanup();
                    const n = (served.get(worker) ?? 0) + 1;
                    if (n >= recycleAfter) {
                        void worker.terminate();
                        release(spawn());
                    }
                    else {
                        served.set(worker, n);
                        release(worker);
                    }
                    resolve(r);
                };
                const onError = (e) => {
                    cleanup();
                    release(spawn());
                    resolve({ id, sha256: null, outcome: { path: job.path, error: { code: 'INTERNAL', message: e.message } } });
                };
                const cleanup = () => {
                    clearTimeout(timer);
                    worker.off('message', onMessage);
                    worker.off('error', onError);
                };
                worker.on('message', onMessage);
                worker.once('error', onError);
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
//# sourceMappingURL=pool.js.map