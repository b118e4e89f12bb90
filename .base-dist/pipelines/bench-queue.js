/**
 * bench-queue: the cost of the shared database — the bench's corpus through the PostgreSQL queue
 * with 1, 2 and 4 worker processes (one analysis thread each), each on a fresh database of a
 * throwaway server: enqueue every file, start the workers with --drain, time until the last
 * exits. Wall time includes the workers' start (about a second each). Skipped with a note when
 * no PostgreSQL programs are installed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open.js';
import { openQueue } from '../src/store/queue.js';
import { enqueue } from './enqueue.js';
import { createDatabase, findPostgresBin, startCluster, stopCluster } from './pg-cluster.js';
const BIN = fileURLToPath(new URL('../../bin/baocao.js', import.meta.url));
function runWorker(url) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--drain'], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
    });
}
async function runOnce(url, corpusDir, workers) {
    const store = await openStore(url);
    const queue = await openQueue(url);
    try {
        let t = performance.now();
        const summary = await enqueue(store, queue, [corpusDir]);
        const enqueueSeconds = (performance.now() - t) / 1000;
        t = performance.now();
        const codes = await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
        const seconds = (performance.now() - t) / 1000;
        if (codes.some((c) => c !== 0))
            throw new Error(`a queue worker failed (exit ${codes.join(', ')})`);
        const status = await queue.status();
        const stored = (await store.listDocuments()).length;
        return { workers, seconds, stored, failed: status.failed + status.unreadable, perSecond: summary.queued / seconds, files: summary.files, enqueueSeconds };
    }
    finally {
        await queue.close();
        await store.close();
    }
}
/** Run the corpus through the queue with each number of worker processes. */
export async function benchQueue(corpusDir, counts = [1, 2, 4]) {
    if (!findPostgresBin())
        return { skipped: 'no PostgreSQL programs found (apt-get install postgresql, or set PG_BIN)' };
    const cluster = await startCluster();
    try {
        const runs = [];
        let files = 0;
        let enqueueSeconds = 0;
        for (const w of counts) {
            process.stderr.write(`bench: PostgreSQL queue, ${w} worker process${w > 1 ? 'es' : ''}…\n`);
            const r = await runOnce(createDatabase(cluster, `bench_${w}`), corpusDir, w);
            files = r.files;
            enqueueSeconds = r.enqueueSeconds;
            runs.push({ workers: w, seconds: r.seconds, stored: r.stored, failed: r.failed, perSecond: r.perSecond, speedup: runs.length ? r.perSecond / runs[0].perSecond : 1 });
        }
        return { files, enqueueSeconds, runs };
    }
    finally {
        stopCluster(cluster);
    }
}
//# sourceMappingURL=bench-queue.js.map