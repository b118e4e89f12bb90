/**
 * bench-ocr: scanned pages per second through baocao (rasterise, despeckle/deskew, Tesseract,
 * layout into a Source) beside `tesseract` alone on the same page images, both with one process
 * per core. The scan is made from a seed PDF (fixtures/make-scans.mjs, 300 dpi, not timed); the OCR
 * cache is off for the run. Skipped with a note when Tesseract or poppler is missing. Both are timed
 * in CPU seconds too (this process and the children it waited for, from /proc on Linux): on a
 * machine shared with other work the wall clock measures the neighbours as much as the code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestBytes } from '../src/ingest/index.js';
import { ocrUnavailable, rasterisePdfPage } from '../src/ingest/ocr.js';
/** CPU seconds of this process and of the children it has waited for (Linux /proc, 100 ticks a second), or null elsewhere. */
function cpuSeconds() {
    if (!existsSync('/proc/self/stat'))
        return null;
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const u = process.cpuUsage();
    return (Number(f[13]) + Number(f[14])) / 100 + (u.user + u.system) / 1e6;
}
const spent = (from) => {
    const now = cpuSeconds();
    return from === null || now === null ? null : now - from;
};
const SEED = 'fixtures/seeds/001_311a9839200255dd.pd.pdf';
function tesseract(image) {
    return new Promise((resolve, reject) => {
        const child = spawn('tesseract', [image, '-', '-l', 'vie', '--psm', '6', 'tsv'], { stdio: 'ignore', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited ${code}`))));
    });
}
/** OCR `pages` pages (at most the seed's 9) both ways; `look` adds noise and a turn to the scan. */
export async function benchOcr(pages = 6, look = {}) {
    const missing = await ocrUnavailable();
    if (missing)
        return { skipped: missing };
    const work = mkdtempSync(join(tmpdir(), 'baocao-bench-ocr-'));
    const cache = process.env.BAOCAO_OCR_CACHE;
    try {
        const { makeScan } = (await import(new URL('../../fixtures/make-scans.mjs', import.meta.url).href));
        const scan = join(work, 'scan.pdf');
        const n = await makeScan(SEED, scan, { dpi: 300, first: 1, last: pages, ...look });
        const bytes = readFileSync(scan);
        // tesseract alone reads the images baocao would give it (rasterised beforehand, not timed).
        const images = [];
        for (let p = 1; p <= n; p++) {
            const file = join(work, `p${p}.pgm`);
            writeFileSync(file, await rasterisePdfPage(bytes, p));
            images.push(file);
        }
        let next = 0;
        // The machine's load when timing starts: on a shared machine both timings move with it.
        const load = loadavg()[0];
        const c0 = cpuSeconds();
        const t0 = performance.now();
        await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
            while (next < images.length)
                await tesseract(images[next++]);
        }));
        const tesseractSeconds = (performance.now() - t0) / 1000;
        const tesseractCpu = spent(c0);
        process.env.BAOCAO_OCR_CACHE = 'off';
        const c1 = cpuSeconds();
        const own = process.cpuUsage();
        const t1 = performance.now();
        const r = await ingestBytes(scan, bytes);
        const oursSeconds = (performance.now() - t1) / 1000;
        const oursCpu = spent(c1);
        const ownUsed = process.cpuUsage(own);
        // Of which this process (drawing, filters, layout), its children (Tesseract, pdftotext) apart.
        const oursOwnCpu = (ownUsed.user + ownUsed.system) / 1e6;
        if (!r.ok)
            return { skipped: `${r.error.code}: ${r.error.message}` };
        const cpuRatio = oursCpu !== null && tesseractCpu ? oursCpu / tesseractCpu : null;
        return { pages: n, oursSeconds, tesseractSeconds, ratio: oursSeconds / tesseractSeconds, oursCpu, tesseractCpu, cpuRatio, oursOwnCpu, load };
    }
    finally {
        if (cache === undefined)
            delete process.env.BAOCAO_OCR_CACHE;
        else
            process.env.BAOCAO_OCR_CACHE = cache;
        rmSync(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=bench-ocr.js.map