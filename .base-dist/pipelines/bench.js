/**
 * bench: how fast the whole pipeline (ingest → sections → figures → audit →
 * indicators → SQLite, i.e. `load`) runs on a corpus made from the fixtures.
 *   fixtures → corpus (N files: txt, docx, pdf) → child process: load ×2 (first, re-run)
 *            → stage times on a sample (in this thread) → pdftotext / pandoc on the same files
 *            → the same corpus through the PostgreSQL queue with 1, 2, 4 worker processes
 *            → PDF text: the poppler and pdf.js readers beside `pdftotext -bbox-layout` alone
 *            → summary on stdout and output/bench.json
 *
 *   npm run bench -- [--files N] [--scale] [--workers W] [--sample K] [--no-tools] [--no-postgres] [--ocr-pages K] [--pdf-text K]
 *   npm run bench -- --large [--rows 10000,100000,1000000]   (peak memory of export, indicators, report: bench-large.ts)
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, CORPUS_FORMATS } from './bench-corpus.js';
import { measureLoad } from './bench-load.js';
import { timeStages } from './bench-stages.js';
import { runPandoc, runPdftotext } from './bench-tools.js';
import { formatReport } from './bench-report.js';
import { benchQueue } from './bench-queue.js';
import { benchOcr } from './bench-ocr.js';
import { benchPdfText } from './bench-pdftext.js';
import { benchLarge, formatLarge } from './bench-large.js';
const OUT = 'output/bench';
function parseArgs(argv) {
    const args = { files: 1000, scale: false, sample: 20, tools: true, postgres: true, ocrPages: 6, pdfText: 60 };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--files')
            args.files = Number(argv[++i]);
        else if (a === '--scale')
            args.scale = true;
        else if (a === '--workers')
            args.workers = Number(argv[++i]);
        else if (a === '--sample')
            args.sample = Number(argv[++i]);
        else if (a === '--no-tools')
            args.tools = false;
        else if (a === '--no-postgres')
            args.postgres = false;
        else if (a === '--ocr-pages')
            args.ocrPages = Number(argv[++i]);
        else if (a === '--pdf-text')
            args.pdfText = Number(argv[++i]);
        else if (a === '--child')
            args.child = { corpus: argv[++i], db: argv[++i] };
        else if (a === '--large')
            args.large ??= [10_000, 100_000, 1_000_000];
        else if (a === '--rows')
            args.large = argv[++i].split(',').map(Number);
        else
            throw new Error(`unknown argument: ${a}`);
    }
    if (!(args.files >= 3))
        throw new Error('--files needs a number ≥ 3');
    return args;
}
/** Run the measured load in a fresh node process, so its peak memory is its own. */
function measureInChild(corpus, workers) {
    const db = join(OUT, `bench-${sum(corpus.files)}.sqlite`);
    const argv = [...process.execArgv, fileURLToPath(import.meta.url), '--child', corpus.dir, db, ...(workers ? ['--workers', String(workers)] : [])];
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    if (r.status !== 0)
        throw new Error(`bench child failed (exit ${r.status})`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
}
function sum(files) {
    return CORPUS_FORMATS.reduce((s, f) => s + files[f].length, 0);
}
async function benchSize(n, args) {
    process.stderr.write(`bench: building a corpus of ${n} files…\n`);
    const corpus = await buildCorpus(join(OUT, `corpus-${n}`), n);
    process.stderr.write(`bench: loading ${n} files (first run, then re-run)…\n`);
    const load = measureInChild(corpus, args.workers);
    return { size: { files: n, bytes: corpus.bytes, load }, corpus };
}
async function timeAllStages(corpus, sample) {
    process.stderr.write(`bench: timing stages on ${sample} files per format…\n`);
    const out = {};
    for (const f of CORPUS_FORMATS)
        out[f] = await timeStages(corpus.files[f].slice(0, sample), join(OUT, `stages-${f}.sqlite`));
    return out;
}
async function runTools(corpus, enabled) {
    if (!enabled)
        return [{ tool: 'pdftotext', skipped: '--no-tools' }, { tool: 'pandoc', skipped: '--no-tools' }];
    process.stderr.write('bench: running pdftotext and pandoc on the same files (2 processes each)…\n');
    return [await runPdftotext(corpus.files.pdf), await runPandoc(corpus.files.docx)];
}
function machine() {
    const list = cpus();
    return { cpu: list[0]?.model ?? 'unknown', cores: list.length, memoryGB: totalmem() / 2 ** 30, node: process.version, os: `${platform()} ${release()}` };
}
async function main(argv) {
    const args = parseArgs(argv);
    if (args.child) {
        process.stdout.write(`${JSON.stringify(await measureLoad(args.child.corpus, args.child.db, args.workers))}\n`);
        return;
    }
    if (args.large) {
        process.stdout.write(formatLarge(await benchLarge(args.large)));
        return;
    }
    mkdirSync(OUT, { recursive: true });
    const { size, corpus } = await benchSize(args.files, args);
    const stages = await timeAllStages(corpus, args.sample);
    const tools = await runTools(corpus, args.tools);
    const postgres = args.postgres ? await benchQueue(corpus.dir) : { skipped: '--no-postgres' };
    const ocr = args.ocrPages > 0 ? await benchOcr(Math.min(9, args.ocrPages)) : { skipped: '--ocr-pages 0' };
    process.stderr.write('bench: PDF text through poppler, pdf.js and pdftotext alone…\n');
    const pdfText = args.pdfText > 0 ? await benchPdfText(corpus.files.pdf.slice(0, args.pdfText)) : { skipped: '--pdf-text 0' };
    const sizes = [size];
    if (args.scale)
        sizes.push((await benchSize(args.files * 10, args)).size);
    const result = { at: new Date().toISOString(), machine: machine(), workers: args.workers ?? null, variation: corpus.variation, sizes, stages, tools, postgres, ocr, pdfText };
    writeFileSync('output/bench.json', `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(formatReport(result));
    process.stdout.write('\nwritten: output/bench.json\n');
}
await main(process.argv.slice(2));
//# sourceMappingURL=bench.js.map