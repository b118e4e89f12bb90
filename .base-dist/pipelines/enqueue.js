/**
 * enqueue: one queue job per file, for workers on any machine to analyse.
 *   files → bytes → sha256 → (stored with this hash? skip) → [--upload: bytes into the store] → job
 * A job's id comes from the file's name and hash, so enqueuing a folder twice adds nothing twice.
 */
import { resolve } from 'node:path';
import { sha256 } from '../src/ingest/build-source.js';
import { readInput } from '../src/ingest/index.js';
import { expandInputs } from '../src/ingest/inputs.js';
/** Enqueue every file the inputs name. */
export async function enqueue(store, queue, inputs, options = {}) {
    const files = await expandInputs(inputs);
    const summary = { files: files.length, queued: 0, alreadyQueued: 0, unchanged: 0, failed: [] };
    const jobs = [];
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
        if (options.upload)
            await store.saveBlob(hash, input.bytes);
        jobs.push({ source: f.path, path: options.upload ? null : resolve(f.path), sha256: hash, timeoutMs: options.timeoutMs ?? 120_000, maxBytes: options.maxBytes });
    }
    summary.queued = await queue.add(jobs);
    summary.alreadyQueued = jobs.length - summary.queued;
    return summary;
}
//# sourceMappingURL=enqueue.js.map