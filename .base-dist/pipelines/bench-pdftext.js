/**
 * bench-pdftext: PDF text throughput, one file at a time in this thread, on the same files:
 *   `pdftotext -bbox-layout` alone, run as the reader runs it (pdf on stdin, output read and
 *   dropped) — the floor for the poppler reader;
 *   baocao's poppler reader (bytes → Source: pdftotext, parse, lines, blocks, tables);
 *   baocao's pdf.js reader (the fallback), for comparison.
 * Each file is read by the three in turn, `rounds` times, and each file's fastest time per reader
 * kept (the machine is shared: the fastest is the one least slowed by others); CPU seconds (this
 * process and its children) are given beside. A long pdf (the seed pdfs three times over, joined
 * by qpdf when installed) is timed the same way, alone.
 * Skipped with a note when pdftotext is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPdf } from '../src/ingest/pdf.js';
import { popplerAvailable } from '../src/ingest/pdf-poppler.js';
const SEEDS = 'fixtures/seeds';
/** pdftotext as the reader runs it (the pdf on stdin, the XHTML read from stdout and dropped). */
function pdftotextAlone(file) {
    return new Promise((resolve, reject) => {
        const child = spawn('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-q', '-', '-'], { stdio: ['pipe', 'pipe', 'ignore'] });
        child.stdout.on('data', () => undefined);
        child.stdin.on('error', () => undefined);
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext exited ${code} on ${file}`))));
        child.stdin.end(readFileSync(file));
    });
}
async function readWith(reader, file) {
    const r = await ingestPdf(file, readFileSync(file), { reader, ocr: false });
    if (!r.ok)
        throw new Error(`${file}: ${r.error.code}`);
    return r.source.pages ?? 0;
}
/** CPU seconds used so far by this process and by its children that have exited (Linux: /proc/self/stat). */
function cpuSeconds() {
    const own = process.cpuUsage();
    let children = 0;
    try {
        // Fields after the command name: utime stime cutime cstime are the 12th to 15th (clock ticks, 100 per second).
        const f = readFileSync('/proc/self/stat', 'latin1').split(') ')[1].split(' ');
        children = (Number(f[13]) + Number(f[14])) / 100;
    }
    catch {
        children = 0;
    }
    return (own.user + own.system) / 1e6 + children;
}
const METHODS = ['pdftotext', 'poppler', 'pdfjs'];
async function measureSet(label, files, rounds) {
    const run = {
        pdftotext: pdftotextAlone,
        poppler: (f) => readWith('poppler', f),
        pdfjs: (f) => readWith('pdfjs', f),
    };
    // Warm up (pdf.js loads on first use; pdftotext's binary comes into the page cache).
    for (const m of METHODS)
        await run[m](files[0]);
    let pages = 0;
    for (const f of files)
        pages += await readWith('poppler', f);
    // Each file is read by the three in turn, `rounds` times; each file's fastest time per method is
    // kept, so a moment when the shared machine was busy counts against none of them.
    const best = new Map(files.map((f) => [f, { pdftotext: Infinity, poppler: Infinity, pdfjs: Infinity }]));
    const cpu = { pdftotext: Infinity, poppler: Infinity, pdfjs: Infinity };
    for (let r = 0; r < rounds; r++) {
        const used = { pdftotext: 0, poppler: 0, pdfjs: 0 };
        // The order turns each round, so none always follows pdf.js (whose collector may still be at work).
        const order = METHODS.map((_, i) => METHODS[(i + r) % METHODS.length]);
        for (const f of files) {
            for (const m of order) {
                const c = cpuSeconds();
                const t = performance.now();
                await run[m](f);
                const b = best.get(f);
                b[m] = Math.min(b[m], (performance.now() - t) / 1000);
                used[m] += cpuSeconds() - c;
            }
        }
        for (const m of METHODS)
            cpu[m] = Math.min(cpu[m], used[m]);
    }
    const total = (m) => files.reduce((a, f) => a + best.get(f)[m], 0);
    const result = (m) => {
        const seconds = total(m);
        return { seconds, cpuSeconds: cpu[m], filesPerSecond: files.length / seconds, pagesPerSecond: pages / seconds };
    };
    return {
        label,
        files: files.length,
        pages,
        pdftotext: result('pdftotext'),
        poppler: result('poppler'),
        pdfjs: result('pdfjs'),
        ratio: total('poppler') / total('pdftotext'),
        cpuRatio: cpu.poppler / cpu.pdftotext,
        pdfjsRatio: total('pdfjs') / total('pdftotext'),
    };
}
/** The seed pdfs three times over in one file, or null without qpdf. */
function longPdf(dir) {
    const seeds = readdirSync(SEEDS).filter((n) => n.endsWith('.pdf')).sort().map((n) => join(SEEDS, n));
    const out = join(dir, 'long.pdf');
    const r = spawnSync('qpdf', ['--empty', '--pages', ...seeds, ...seeds, ...seeds, '--', out], { stdio: 'ignore' });
    return r.error || r.status !== 0 ? null : out;
}
/** PDF text throughput on `files` (a batch) and on one long pdf, `rounds` rounds each. */
export async function benchPdfText(files, rounds = 5) {
    if (!(await popplerAvailable()))
        return { skipped: 'pdftotext not found (apt-get install poppler-utils)' };
    const v = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
    const version = `${v.stdout}${v.stderr}`.split('\n').find((l) => l.trim())?.trim() ?? 'pdftotext';
    const work = mkdtempSync(join(tmpdir(), 'baocao-bench-pdftext-'));
    try {
        const sets = [];
        if (files.length)
            sets.push(await measureSet(`${files.length} report pdfs`, files, rounds));
        const long = longPdf(work);
        if (long)
            sets.push(await measureSet('one long pdf (the seed pdfs ×3, qpdf)', [long], rounds));
        return { version, rounds, sets };
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=bench-pdftext.js.map