/**
 * The arithmetic of `npm run stress`, apart from the measuring so that it can be tested: which reading of a stage is
 * kept from its rounds, when enough rounds have run, and which growth per 10× of input is flagged.
 *
 * A stage's time is the least, over batches of consecutive rounds, of its CPU time per run; a batch is as many rounds
 * as it takes for the stage to have run at least BATCH_MS (one round for a stage of 20 ms or more). On a shared machine
 * every disturbance adds time (other processes' time slices evicting the caches, a collection or a JIT tier-up falling
 * inside the stage) and none takes any away, so the least is the closest to the stage's own cost; a median still moved
 * with the load of the moment (markup-runs rules 11 → 175 ms in one run, 14 → 97 ms in another). The batches keep the
 * least honest for stages of a few milliseconds: a 2 ms run can fall between two time slices of other processes and
 * meet no disturbance at all, a 40 ms run never does (deep-nesting indicators at 10k: 2.3 ms in a run with no
 * involuntary context switch, 6–12 ms with 5–8; at 100k every run had 13–69), so the least of single runs held a
 * disturbance-free small reading against a disturbed large one and read growth that is not in the work. Each batch
 * spans as much of the stage's own CPU time as a judged reading does (the 20 ms floor), and is the same work: every
 * round is a first reading on fresh objects. The least hides no real growth: work that grows with the square of the
 * input is in every round, the fastest one too (test/pipelines/stress-stats.test.ts).
 */
/** Rounds of one (shape, size) at most. */
const ROUNDS_MAX = 200;
/** Ingest, the steps of analyse.ts's analyseSource in its order (ANALYSE_STEPS), then the JSON output. */
export const STAGES = ['ingest', 'segment', 'figures', 'figureConfidence', 'tables', 'meta', 'sentences', 'claims', 'readings', 'textReadings', 'indicators', 'rules', 'ocrCaution', 'json'];
/** Runs of the whole chain on 20,000 characters of the shape before the measured rounds (lazy modules, the JIT). */
export const WARM_UPS = 2;
/** Full collections forced in one round: one before the chain (the base of its memory readings), one after each stage. */
export const FORCED_GCS_PER_ROUND = STAGES.length + 1;
/**
 * How many full collections V8 keeps a hidden class (map) that no live object has (`--retain-maps-for-n-gc`, 2 by
 * default): more than a child forces in all its rounds. Optimised code holds the maps it was made for weakly and is
 * thrown away when one dies; the objects of one round (blocks, figures, readings, rule records) die with it, and the
 * 13 forced collections of every round, there for the memory readings, aged their maps out before the next round,
 * so every round compiled its code again (`--trace-deopt`: "weak objects" in every round) and the compiler's CPU time
 * fell inside the stages. A real run collects when its heap fills, not 13 times a document. With the default, many-pages
 * pdf claims read 2.6–44 ms a round at 100k (least of 12: 3.4) and 103–132 ms at 1M in all 5 rounds (×30 per 10×
 * by the least); with maps kept, 2.5–14 ms and 104, 59, 16, 18, 17 ms (×6). At 100k the 12–16 rounds left some
 * rounds without a recompile, at 1M the 5 rounds none: the forced collections read as growth.
 */
export const MAP_RETAIN_GCS = (ROUNDS_MAX + WARM_UPS) * FORCED_GCS_PER_ROUND;
/**
 * V8 flags of the child measuring one (shape, size). `--single-threaded-gc` keeps the collector on the main thread: the
 * forced collection before each stage (for its memory) otherwise leaves V8's helper threads busy on a large heap while
 * the next stage starts, and process.cpuUsage counts their time against that stage (pdf sentences read 2.8 -> 43 ms
 * from 100k to 1M with them, 2.7-4.2 -> 29-33 ms without; the stage alone, after a pause, 2.4 -> 25 ms).
 */
export const CHILD_FLAGS = ['--expose-gc', '--single-threaded-gc', '--max-old-space-size=4096', `--retain-maps-for-n-gc=${MAP_RETAIN_GCS}`];
/** Growth per 10× of input over which a stage is flagged. */
export const GROWTH_LIMIT = 15;
/**
 * Not judged below these at the larger size: a stage of 0.1 ms at 10k is mostly fixed cost, and 2 ms at 100k would
 * read ×20; a stage that retains 1 MB is within the heap's own variation after a forced collection.
 */
export const FLOOR = { ms: 20, mb: 4 };
/**
 * The least a smaller size's retained memory is taken as when growth is worked out. A round's reading is shifted by
 * memory it frees that was held before it (pdf.js's caches from the warm-up): the many-pages pdf read -0.3 to 0.2 MB
 * at 10k where its 100k and 1M readings (8.7 and 91 MB, ×10.4 between them) put it near 0.9 MB. Against the
 * 0.5 MB used before, that offset alone read ×15–17.6 from 10k to 100k on a linear stage.
 */
export const MEMORY_BASE_MB = 1;
export const ROUNDS = { min: 5, ms: 1500, maxMs: 12_000, max: ROUNDS_MAX };
/** Rounds run whatever they cost, once `min` have: a stage of a few ms is then read often enough to meet a quiet moment. */
const SMALL_ROUNDS = 11;
/** A stage's reading spans at least this much of its own CPU time (the floor under which growth is not judged). */
export const BATCH_MS = 20;
/** Batches wanted of the shortest stage, so that its least is the least of several. */
export const BATCHES = 3;
/**
 * True when `done` rounds that took `spentMs` of CPU in all are enough; `shortestMs` is the least reading so far of the
 * quickest stage (1 ms when less), which sets how many rounds its batches need.
 */
export function enoughRounds(done, spentMs, r = ROUNDS, shortestMs = BATCH_MS) {
    if (done >= r.max)
        return true;
    if (done < r.min)
        return false;
    if (spentMs >= r.maxMs)
        return true;
    const wanted = Math.max(SMALL_ROUNDS, BATCHES * Math.ceil(BATCH_MS / Math.max(shortestMs, 1)));
    return done >= wanted && spentMs >= r.ms;
}
/**
 * A stage's readings of consecutive rounds grouped into batches of at least `batchMs` in all, each batch's time per
 * run (its sum over its rounds). A last batch short of `batchMs` is left out, unless no batch is complete (a stage that
 * ran less than `batchMs` in all its rounds: its mean). Readings of `batchMs` or more are batches of one.
 */
export function batchMeans(readings, batchMs = BATCH_MS) {
    const out = [];
    let sum = 0;
    let n = 0;
    for (const x of readings) {
        sum += x;
        n++;
        if (sum >= batchMs) {
            out.push(sum / n);
            sum = 0;
            n = 0;
        }
    }
    if (!out.length && n)
        out.push(sum / n);
    return out;
}
/** The reading kept of a stage's rounds (in the order they ran): the least time per run of its batches. */
export function kept(readings, batchMs = BATCH_MS) {
    let least = Infinity;
    for (const x of batchMeans(readings, batchMs))
        if (x < least)
            least = x;
    return least;
}
/**
 * Per stage, the least of the readings kept by every run given (its batches within one process, and the same (shape,
 * size) measured again in another process later in the run); memory from the first run (what its first round retained).
 */
export function combine(runs) {
    const out = { ...runs[0], ms: {}, mb: { ...runs[0].mb }, rounds: 0 };
    const faults = {};
    const user = {};
    for (const s of STAGES) {
        const xs = runs.map((r) => r.ms[s]).filter((x) => x !== undefined);
        if (xs.length)
            out.ms[s] = kept(xs, 0);
        const us = runs.map((r) => r.user?.[s]).filter((x) => x !== undefined);
        if (us.length)
            user[s] = kept(us, 0);
        const fs = runs.map((r) => r.faults?.[s]).filter((x) => x !== undefined);
        if (fs.length)
            faults[s] = Math.min(...fs);
    }
    if (Object.keys(faults).length)
        out.faults = faults;
    if (Object.keys(user).length)
        out.user = user;
    else
        delete out.user;
    out.rounds = runs.reduce((n, r) => n + (r.rounds ?? 0), 0);
    const error = runs.find((r) => r.error)?.error;
    if (error)
        out.error = error;
    else
        delete out.error;
    return out;
}
/** Growth of `y` over `x` per 10× of input, between inputs of `charsA` and `charsB` characters. */
export function per10(x, y, charsA, charsB) {
    return Math.pow(y / Math.max(x, 1e-9), 1 / Math.log10(charsB / charsA));
}
/**
 * Growth per 10× of each stage between consecutive sizes of one shape. Time is taken against at least 1 ms at the
 * smaller size, memory against at least MEMORY_BASE_MB; a growth is flagged over GROWTH_LIMIT when the larger reading is over
 * the floor.
 */
export function growths(runs) {
    const out = [];
    for (let i = 1; i < runs.length; i++) {
        const [a, b] = [runs[i - 1], runs[i]];
        for (const stage of STAGES) {
            const [ta, tb, ma, mb] = [a.ms[stage], b.ms[stage], a.mb[stage], b.mb[stage]];
            if (ta === undefined || tb === undefined)
                continue;
            const time = per10(Math.max(ta, 1), tb, a.chars, b.chars);
            const memory = ma === undefined || mb === undefined ? undefined : per10(Math.max(ma, MEMORY_BASE_MB), Math.max(mb, 0), a.chars, b.chars);
            const [ua, ub] = [a.user?.[stage], b.user?.[stage]];
            const [fa, fb] = [a.faults?.[stage], b.faults?.[stage]];
            out.push({
                ...(ua === undefined || ub === undefined ? {} : { user: [ua, ub], userTime: per10(Math.max(ua, 1), ub, a.chars, b.chars) }),
                ...(fa === undefined || fb === undefined ? {} : { faults: [fa, fb] }),
                shape: a.shape, stage, from: a.chars, to: b.chars, ms: [ta, tb], time, slowT: time > GROWTH_LIMIT && tb > FLOOR.ms,
                mb: ma === undefined || mb === undefined ? undefined : [ma, mb], memory, slowM: memory !== undefined && memory > GROWTH_LIMIT && (mb ?? 0) > FLOOR.mb,
            });
        }
    }
    return out;
}
//# sourceMappingURL=stress-stats.js.map