/**
 * stress: is every stage linear in its input? Generates texts of 10k, 100k and 1M characters in
 * the shapes that broke bounds before (one long line, many figures, deep nesting of numbered
 * lines, many headings; fixtures/make-hostile.mjs) and a pdf of many pages, runs each stage in
 * one thread, and prints time and retained memory per stage, and their growth per 10× of input.
 * Each stage's time is the least CPU time (user + system of the process) per run over batches of its rounds: rounds of
 * the whole chain (ROUNDS in stress-stats.ts: at least 5; when they are cheap, at least 11 and enough for three batches
 * of the shortest stage, and 1.5 s of CPU; at most 12 s), each a first reading (caches across documents emptied, a full
 * collection before every stage), in a child process per (shape, size), and every (shape, size) measured again in a
 * later pass (--passes, 2 by default) so that a burst of load on the shared machine does not fall on one size only. A
 * batch is as many consecutive rounds as it takes the stage to run 20 ms in all (one round for a longer stage), so a
 * stage of 1 ms is read over as much of its own CPU time as a judged one and meets the machine's disturbances as often.
 * Every disturbance adds time and none removes any, so the least is the stage's own cost; a real quadratic is in
 * every round, the fastest too. A stage growing more than 15×
 * per 10× is flagged (noise floor, still needed: growth to under 20 ms or 4 MB is not judged; a stage of 0.1 ms at 10k
 * is mostly fixed cost, and 2 ms at 100k would read as ×20). Each child has a time limit, so one runaway stage shows
 * as a timeout instead of stopping the run.
 *   npm run stress [-- --sizes 10000,100000 --shapes one-line,many-figures --limit 300 --passes 2]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../src/ingest/index.js';
import { renderJsonParts, toDocumentOut } from '../src/report/json.js';
import { pdfOfLines } from './stress-pdf.js';
import { analyseSource } from './analyse.js';
import { parseXml } from '../src/ingest/xml.js';
import { clearMemos } from '../src/text/memo.js';
import { STAGES, BATCH_MS, CHILD_FLAGS, GROWTH_LIMIT, ROUNDS, WARM_UPS, combine, enoughRounds, growths, kept } from './stress-stats.js';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
async function xmlShapes() {
    const mod = (await import(new URL('fixtures/make-hostile.mjs', `file://${ROOT}/`).href));
    return mod.XML_SHAPES;
}
/** The XML reader alone (saxes and the tree built from its events) on one document.xml of a hostile shape: least of ROUNDS, in batches. */
async function measureXml(shape, chars) {
    parseQuietly((await xmlShapes())[shape](20_000));
    const src = (await xmlShapes())[shape](chars);
    const base = retainedMb();
    const times = [];
    let mb = 0;
    const t0 = cpuMs();
    do {
        retainedMb();
        const t = cpuMs();
        parseQuietly(src);
        times.push(cpuMs() - t);
        if (process.env.STRESS_ROUNDS)
            process.stderr.write(`round ${times.length - 1}: ingest ${times[times.length - 1].toFixed(1)}\n`);
        if (times.length === 1)
            mb = retainedMb() - base;
    } while (!enoughRounds(times.length, cpuMs() - t0, ROUNDS, kept(times, 0)));
    return { shape: `xml ${shape}`, chars: src.length, ms: { ingest: kept(times) }, mb: { ingest: mb }, rounds: times.length };
}
function parseQuietly(src) {
    try {
        parseXml(src);
    }
    catch {
        // Too deep or no root: refused, which is the reader's answer; its time is what is measured.
    }
}
async function shapes() {
    const mod = (await import(new URL('fixtures/make-hostile.mjs', `file://${ROOT}/`).href));
    return { ...mod.TEXT_SHAPES, 'many-pages.pdf': mod.TEXT_SHAPES['many-figures'] };
}
function retainedMb() {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return (m.heapUsed + m.arrayBuffers) / 1048576;
}
/**
 * Run every stage on one generated input, in this process, and report each stage's least CPU time over several rounds.
 * Warm-up: two runs on 20,000 characters of the shape (lazy modules, the JIT's optimised code, regexes compiled to
 * native code). Then the whole chain, from the same text, runs again and again (ROUNDS): every round builds fresh
 * objects, so caches a stage keeps per object (a WeakMap on the clauses, the readings, the claims) start cold in
 * each round as they do in a real run; repeating one stage on the same objects would time cache hits. A stage of a
 * few milliseconds on 10k characters is timed 11 to 200 times (60 when it is 1 ms or less) and the least time per run
 * of its batches of 20 ms kept (`kept`), so neither one collection, JIT tier-up or time slice of another process in
 * it, nor a lucky run that met none, passes for growth. A full collection runs before every
 * stage (retainedMb), outside its clock, so no stage pays for the garbage of the one before. The maps kept across documents (src/text/memo.ts) are emptied before each
 * round, so a round is a first reading of the text, not a re-reading of one whose labels are all answered already.
 * Memory is what the first round retained after each stage.
 */
async function measureOne(shape, chars, warm = true, report = () => { }) {
    if (warm)
        for (let k = 0; k < WARM_UPS; k++)
            await measureRound(shape, 20_000, () => { });
    const text = (await shapes())[shape](chars);
    const times = {};
    const userTimes = {};
    const faults = {};
    let first;
    const t0 = cpuMs();
    for (let round = 0;; round++) {
        // Every round a first reading: the maps kept across documents (folded keys, labels, catalogue matches) emptied, as
        // in a fresh process; without this, rounds after the first at 10k timed every label already answered.
        clearMemos();
        const m = await measureRound(shape, chars, round === 0 ? report : () => { }, text);
        first ??= m;
        for (const s of STAGES)
            if (m.ms[s] !== undefined)
                (times[s] ??= []).push(m.ms[s]);
        for (const s of STAGES)
            if (m.user?.[s] !== undefined)
                (userTimes[s] ??= []).push(m.user[s]);
        for (const s of STAGES)
            if (m.faults?.[s] !== undefined)
                faults[s] = Math.min(faults[s] ?? Infinity, m.faults[s]);
        if (process.env.STRESS_ROUNDS)
            process.stderr.write(`round ${round}: ${STAGES.filter((s) => m.ms[s] !== undefined).map((s) => `${s} ${m.ms[s].toFixed(1)}`).join(', ')}\n`);
        if (m.error)
            break;
        // The quickest stage's least reading so far sets how many rounds its batches of 20 ms need (60 at 1 ms or less).
        const shortest = Math.min(...STAGES.map((s) => (times[s]?.length ? kept(times[s], 0) : Infinity)));
        if (enoughRounds(round + 1, cpuMs() - t0, ROUNDS, shortest))
            break;
    }
    const out = { ...first, ms: {}, user: {}, faults, rounds: times.ingest?.length ?? 0 };
    for (const s of STAGES)
        if (times[s])
            out.ms[s] = kept(times[s]);
    // User time kept as the whole time is (least over batches of the same rounds): the batches are sized by `kept`'s own
    // reading of each list, so a stage's user and whole readings may come from different batches.
    for (const s of STAGES)
        if (userTimes[s])
            out.user[s] = kept(userTimes[s]);
    report(out);
    return out;
}
/**
 * CPU milliseconds this process has used (user + system, all its threads: the collector's and the compiler's too).
 * The machine is shared: wall-clock time of a stage there stretches with everyone else's load (×3–5 when 10
 * processes share 2 cores), CPU time does not.
 */
function cpuMs() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}
/**
 * User CPU milliseconds this process has used: cpuMs without the system time, so without the kernel's work of handing
 * out pages touched for the first time (pageFaults). The stage's own work; reported beside the whole time, not for it.
 */
function userMs() {
    return process.cpuUsage().user / 1000;
}
/**
 * Minor page faults of this process so far: memory touched for the first time. On the test machine (a Firecracker VM)
 * each costs about 20 µs of system time, which cpuMs counts: a stage whose output at 1M characters no longer fits the
 * memory the forced collection before it left committed pays for every new page (the readings' Map of every block's text
 * at 1M: 848 faults, 35 ms), where the same stage at 100k reuses pages and pays none. Reported beside the time.
 */
function pageFaults() {
    return process.resourceUsage().minorPageFault;
}
/** One run of every stage on one input (generated from `shape` unless given), each stage timed once. */
async function measureRound(shape, chars, report, given) {
    const text = given ?? (await shapes())[shape](chars);
    const pdf = shape.endsWith('.pdf');
    const bytes = pdf ? pdfOfLines(text.split('\n')) : new TextEncoder().encode(text);
    const out = { shape, chars: text.length, ms: {}, mb: {}, faults: {}, user: {} };
    const timed = (stage, f) => {
        const p = pageFaults();
        const u = userMs();
        const t = cpuMs();
        const r = f();
        out.ms[stage] = cpuMs() - t;
        out.user[stage] = userMs() - u;
        out.faults[stage] = pageFaults() - p;
        out.mb[stage] = retainedMb() - base;
        report(out);
        return r;
    };
    const base = retainedMb();
    const p = pageFaults();
    const u = userMs();
    const t = cpuMs();
    const result = await ingestBytes(pdf ? 'stress.pdf' : 'stress.txt', bytes, { maxBytes: 1 << 30 });
    out.ms.ingest = cpuMs() - t;
    out.user.ingest = userMs() - u;
    out.faults.ingest = pageFaults() - p;
    out.mb.ingest = retainedMb() - base;
    report(out);
    if (!result.ok)
        return { ...out, error: result.error.code };
    // analyse.ts's own composition, each of its steps a stage here (a step missing from STAGES does not compile).
    const analysis = analyseSource(result.source, {}, (step, run) => timed(step, run));
    try {
        // What `audit --format json` does for one document: its output form, then its text part by part.
        timed('json', () => {
            let n = 0;
            for (const part of renderJsonParts([toDocumentOut('stress', analysis)]))
                n += part.length;
            return n;
        });
    }
    catch (e) {
        out.error = `json: ${e.message}`;
    }
    return out;
}
/**
 * Run one (shape, size) in a child with GC exposed and a time limit, with CHILD_FLAGS (stress-stats.ts: the collector on
 * the main thread, and hidden classes kept through the forced collections). STRESS_ROUNDS=1 in the environment makes
 * the child print every round's readings on stderr (`node --expose-gc dist/pipelines/stress.js --one SHAPE CHARS`).
 */
function measureInChild(shape, chars, limitS) {
    const r = spawnSync(process.execPath, [...CHILD_FLAGS, fileURLToPath(import.meta.url), '--one', shape, String(chars)], { encoding: 'utf8', timeout: limitS * 1000, maxBuffer: 1 << 24 });
    // The child prints its measures after every stage: a stage over the limit still leaves the ones before it.
    const line = r.stdout?.trim().split('\n').pop();
    const partial = line ? JSON.parse(line) : { shape, chars, ms: {}, mb: {} };
    if (r.status === 0)
        return partial;
    const next = STAGES.find((s) => partial.ms[s] === undefined) ?? 'json';
    const why = r.error && r.error.code === 'ETIMEDOUT' ? `${next} over ${limitS} s` : (r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}`;
    return { ...partial, error: why };
}
const fmt = (n, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));
const fmtMs = (n) => (n === undefined ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0));
/** Growth per 10× of each stage between consecutive sizes, flagged over the limit. */
function growthRows(runs) {
    const lines = [];
    const flagged = [];
    for (const g of growths(runs)) {
        const [ma, mb] = g.mb ?? [undefined, undefined];
        if (g.slowT || g.slowM)
            flagged.push(`${g.shape} ${g.stage} ${g.from}→${g.to}: time ×${g.time.toFixed(1)}, memory ×${fmt(g.memory, 1)} per 10×`);
        const user = g.user ? `${fmtMs(g.user[0])} → ${fmtMs(g.user[1])} | ×${fmt(g.userTime, 1)}` : '— | —';
        const faults = g.faults ? `${g.faults[0]} → ${g.faults[1]}` : '—';
        lines.push(`| ${g.shape} | ${g.stage} | ${fmtMs(g.ms[0])} → ${fmtMs(g.ms[1])} | ×${g.time.toFixed(1)}${g.slowT ? ' ⚠' : ''} | ${user} | ${faults} | ${fmt(ma, 1)} → ${fmt(mb, 1)} | ×${fmt(g.memory, 1)}${g.slowM ? ' ⚠' : ''} |`);
    }
    return { lines, flagged };
}
/** Two tables of the whole run, one row per input: each stage's CPU ms at every size, and its growth per 10×. */
function summaryTables(byShape) {
    const used = STAGES.filter((s) => byShape.some((runs) => runs.some((m) => m.ms[s] !== undefined)));
    const head = (what) => [`| ${what} | ${used.join(' | ')} |`, `|---|${used.map(() => '---|').join('')}`];
    const ms = byShape.map((runs) => `| ${runs[0].shape} | ${used.map((s) => runs.map((m) => fmtMs(m.ms[s])).join(' / ')).join(' | ')} |`);
    const grow = byShape.map((runs) => {
        const g = growths(runs);
        return `| ${runs[0].shape} | ${used.map((s) => g.filter((x) => x.stage === s).map((x) => `×${x.time.toFixed(1)}${x.slowT ? ' ⚠' : ''}`).join(' / ') || '—').join(' | ')} |`;
    });
    const userGrow = byShape.map((runs) => {
        const g = growths(runs);
        return `| ${runs[0].shape} | ${used.map((s) => g.filter((x) => x.stage === s).map((x) => (x.userTime === undefined ? '—' : `×${x.userTime.toFixed(1)}`)).join(' / ') || '—').join(' | ')} |`;
    });
    return [...head(`CPU ms at ${byShape[0]?.map((m) => m.chars >= 5e5 ? `${Math.round(m.chars / 1e5) / 10}M` : `${Math.round(m.chars / 1e3)}k`).join(' / ')}`), ...ms, '', ...head('time growth per 10× (user + system, flagged)'), ...grow, '', ...head('user time growth per 10× (without the kernel: page faults)'), ...userGrow];
}
async function main(argv) {
    if (argv[0] === '--one') {
        const one = argv[1].startsWith('xml ') ? await measureXml(argv[1].slice(4), Number(argv[2])) : await measureOne(argv[1], Number(argv[2]), true, (m) => process.stdout.write(JSON.stringify(m) + '\n'));
        if (argv[1].startsWith('xml '))
            process.stdout.write(JSON.stringify(one) + '\n');
        return;
    }
    const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
    const sizes = (opt('sizes') ?? '10000,100000,1000000').split(',').map(Number);
    // Text shapes through every stage; "xml NAME" shapes through the XML reader only (its time shows as ingest).
    const names = opt('shapes')?.split(',') ?? [...Object.keys(await shapes()), ...Object.keys(await xmlShapes()).map((n) => `xml ${n}`)];
    const limitS = Number(opt('limit') ?? 300);
    const passes = Math.max(1, Number(opt('passes') ?? 2));
    const report = ['| input | stage | ms (user + system) | time growth per 10× | user ms | user growth per 10× | page faults | MB retained | memory growth per 10× |', '|---|---|---|---|---|---|---|---|---|'];
    const flagged = [];
    const all = [];
    // Every (shape, size) once per pass, passes one after the other: a burst of load on the machine falls on one pass,
    // and each stage keeps its least reading of all of them. A (shape, size) that failed is not run again.
    const taken = new Map();
    const failed = new Set();
    for (let pass = 1; pass <= passes; pass++) {
        for (const shape of names) {
            for (const chars of sizes) {
                const key = `${shape} ${chars}`;
                if (failed.has(key) || [...failed].some((f) => f.startsWith(`${shape} `) && Number(f.slice(shape.length + 1)) < chars))
                    continue;
                const m = measureInChild(shape, chars, limitS);
                process.stderr.write(`pass ${pass}: ${shape} ${m.chars} (least of ${m.rounds ?? 1}): ${STAGES.map((s) => `${s} ${fmt(m.ms[s], 1)} ms${m.user?.[s] !== undefined ? ` (user ${fmt(m.user[s], 1)})` : ''}${m.faults?.[s] ? ` (${m.faults[s]} page faults)` : ''}`).join(', ')}${m.error ? ` — ${m.error}` : ''}\n`);
                all.push({ ...m, pass });
                if (m.error)
                    failed.add(key);
                taken.set(key, [...(taken.get(key) ?? []), m]);
            }
        }
    }
    const byShape = [];
    for (const shape of names) {
        const runs = [];
        for (const chars of sizes) {
            const ms = taken.get(`${shape} ${chars}`);
            if (!ms)
                continue;
            const m = combine(ms);
            if (m.error)
                flagged.push(`${shape} at ${chars}: ${m.error}`);
            if (m.error && !Object.keys(m.ms).length)
                break;
            runs.push(m);
        }
        if (runs.length)
            byShape.push(runs);
        const g = growthRows(runs);
        report.push(...g.lines);
        flagged.push(...g.flagged);
    }
    const text = [...report, '', ...summaryTables(byShape), '', flagged.length ? `Over ${GROWTH_LIMIT}× per 10× (or failed):\n${flagged.map((f) => `- ${f}`).join('\n')}` : `No stage grows more than ${GROWTH_LIMIT}× per 10×.`].join('\n');
    process.stdout.write(text + '\n');
    mkdirSync(join(ROOT, 'output'), { recursive: true });
    writeFileSync(join(ROOT, 'output', 'stress.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, passes, rounds: ROUNDS, kept: `least CPU ms per run over batches of consecutive rounds of at least ${BATCH_MS} ms, least of the passes`, runs: all, combined: byShape }, null, 2));
    process.exitCode = flagged.length ? 1 : 0;
}
await main(process.argv.slice(2));
//# sourceMappingURL=stress.js.map