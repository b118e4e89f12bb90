/**
 * bench-load: the measured run of a bench, meant to run in a process of its
 * own so its peak memory is its own: load each format's folder into a fresh
 * database (first run), then load the whole corpus again (re-run, every file
 * unchanged), sampling memory throughout.
 *
 * Memory: worker threads live in this process, so the process figures cover
 * them. `sampledPeakMB` is the highest `process.memoryUsage().rss` seen every
 * 50 ms; `maxRssMB` is `process.resourceUsage().maxRSS` (the kernel's high-water
 * mark, which sampling cannot miss); `vmHwmMB` is VmHWM from /proc/self/status
 * (the same mark, Linux only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/open.js';
import { load } from './load.js';
import { CORPUS_FORMATS } from './bench-corpus.js';
import { removeDb } from './bench-stages.js';
function summarise(results, seconds, cpuSeconds) {
    const run = { seconds, cpuSeconds, files: results.length, loaded: 0, unchanged: 0, failed: 0, errors: {} };
    for (const r of results) {
        run[r.status] += 1;
        if (r.error)
            run.errors[r.error.code] = (run.errors[r.error.code] ?? 0) + 1;
    }
    return run;
}
async function timedLoad(db, inputs, workers) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const results = await load(db, inputs, { workers });
    const used = process.cpuUsage(cpu);
    return summarise(results, (performance.now() - t) / 1000, (used.user + used.system) / 1e6);
}
function vmHwmMB() {
    const status = '/proc/self/status';
    if (!existsSync(status))
        return null;
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(status, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
}
/** Load `corpusDir` into a fresh database at `dbPath`, format by format, then again; measure time and memory. */
export async function measureLoad(corpusDir, dbPath, workers) {
    removeDb(dbPath);
    const db = await openStore(dbPath);
    let sampledPeak = process.memoryUsage().rss;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 50);
    try {
        const first = {};
        for (const format of CORPUS_FORMATS)
            first[format] = await timedLoad(db, [join(corpusDir, format)], workers);
        const rerun = await timedLoad(db, [corpusDir], workers);
        const pages = { n: (await db.listDocuments()).filter((d) => d.format === 'pdf').reduce((s, d) => s + (d.pages ?? 0), 0) };
        const firstSeconds = CORPUS_FORMATS.reduce((s, f) => s + first[f].seconds, 0);
        const mb = (bytes) => bytes / 1024 / 1024;
        return {
            first,
            firstSeconds,
            rerun,
            pdfPages: pages.n,
            memory: { sampledPeakMB: mb(sampledPeak), maxRssMB: process.resourceUsage().maxRSS / 1024, vmHwmMB: vmHwmMB() },
        };
    }
    finally {
        clearInterval(sampler);
        await db.close();
    }
}
//# sourceMappingURL=bench-load.js.map