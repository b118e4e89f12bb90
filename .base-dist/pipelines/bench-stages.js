/**
 * bench-stages: time each stage of the whole pipeline in this thread, on a sample of files. The
 * middle stages are analyse.ts's own analyseSource, run through its step hook, so the times are those
 * of the composition the CLI runs.
 *   ingest → analyseSource (segment → extract → rules, step by step) → store
 *
 *   node dist/pipelines/bench-stages.js [files or folders…]   (default fixtures/seeds, each format apart)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ingestBytes } from '../src/ingest/index.js';
import { openStore } from '../src/store/open.js';
import { ANALYSE_STEPS, analyseSource } from './analyse.js';
/** The stages timed, in pipeline order. */
export const STAGES = ['ingest', 'segment', 'extract', 'rules', 'store'];
function add(clock, key, ms) {
    clock[key] = (clock[key] ?? 0) + ms;
}
/** A step runner that adds each step's time to `clock`. */
function clockSteps(clock) {
    return (step, run) => {
        const t = performance.now();
        const result = run();
        add(clock, step, performance.now() - t);
        return result;
    };
}
/**
 * Run one file through every stage, adding each stage's time to `clock`; its analysis, or null when
 * ingest refused it.
 */
export async function timeOne(path, bytes, clock, store) {
    const t = performance.now();
    const result = await ingestBytes(path, bytes);
    add(clock, 'ingest', performance.now() - t);
    if (!result.ok)
        return null;
    const analysis = analyseSource(result.source, {}, clockSteps(clock));
    if (store) {
        const t2 = performance.now();
        await store(analysis);
        add(clock, 'store', performance.now() - t2);
    }
    return analysis;
}
/** Delete a SQLite database and its WAL side files. */
export function removeDb(path) {
    for (const suffix of ['', '-wal', '-shm'])
        rmSync(path + suffix, { force: true });
}
/** Each stage's and each step's mean per file from the summed `clock`. */
function meanTimes(clock, files, failed) {
    const per = (k) => (clock[k] ?? 0) / Math.max(1, files);
    const names = Object.keys(ANALYSE_STEPS);
    const steps = Object.fromEntries(names.map((s) => [s, per(s)]));
    const stage = (g) => names.filter((s) => ANALYSE_STEPS[s] === g).reduce((a, s) => a + steps[s], 0);
    return {
        files,
        failed,
        msPerFile: { ingest: per('ingest'), segment: stage('segment'), extract: stage('extract'), rules: stage('rules'), store: per('store') },
        steps,
    };
}
/** Time every stage on `paths` in this thread, storing into a scratch database at `dbPath`. */
export async function timeStages(paths, dbPath) {
    removeDb(dbPath);
    const db = await openStore(dbPath);
    const inputs = paths.map((p) => ({ path: p, bytes: readFileSync(p) }));
    const store = (a) => db.saveAnalysis(a);
    for (const { path, bytes } of inputs.slice(0, 3))
        await timeOne(`warm:${path}`, bytes, {}, store);
    const clock = {};
    let failed = 0;
    for (const { path, bytes } of inputs) {
        if (!(await timeOne(path, bytes, clock, store)))
            failed += 1;
    }
    await db.close();
    removeDb(dbPath);
    return meanTimes(clock, inputs.length, failed);
}
const f2 = (n) => n.toFixed(2);
/** The header of a stage-times table. */
export function stageHeader() {
    return `  ${'format'.padEnd(6)} ${STAGES.map((s) => s.padStart(8)).join(' ')}    total`;
}
/** One format's row of a stage-times table, then its stages split into steps. */
export function stageRows(label, t) {
    const total = STAGES.reduce((a, s) => a + t.msPerFile[s], 0);
    const lines = [`  ${label.padEnd(6)} ${STAGES.map((s) => f2(t.msPerFile[s]).padStart(8)).join(' ')} ${f2(total).padStart(8)}`];
    for (const stage of ['extract', 'rules']) {
        const parts = Object.keys(ANALYSE_STEPS).filter((s) => ANALYSE_STEPS[s] === stage);
        lines.push(`         ${stage} = ${parts.map((s) => `${s} ${f2(t.steps[s])}`).join(', ')}`);
    }
    return lines;
}
function filesUnder(p) {
    return statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => filesUnder(join(p, n))) : [p];
}
async function main(args) {
    const byFormat = new Map();
    for (const f of (args.length ? args : ['fixtures/seeds']).flatMap(filesUnder)) {
        const ext = extname(f).slice(1);
        if (['txt', 'docx', 'pdf', 'doc', 'odt'].includes(ext))
            byFormat.set(ext, [...(byFormat.get(ext) ?? []), f]);
    }
    mkdirSync('output', { recursive: true });
    process.stdout.write(`stage times, ms/file, one thread\n${stageHeader()}\n`);
    for (const [format, files] of byFormat) {
        const t = await timeStages(files, join('output', `bench-stages-${format}.sqlite`));
        process.stdout.write(`${stageRows(format, t).join('\n')}\n         (${t.files} files, ${t.failed} failed)\n`);
    }
}
if (process.argv[1]?.endsWith('bench-stages.js'))
    await main(process.argv.slice(2));
//# sourceMappingURL=bench-stages.js.map