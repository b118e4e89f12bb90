/**
 * The job queue on the same PostgreSQL: pg-boss (maintained, SKIP LOCKED fetching, retries with
 * backoff, expiry of jobs whose worker died, a failed state). One job per file; its id is derived
 * from the file's name and SHA-256, so enqueuing the same file twice adds nothing.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { checkPostgresUrl, connectionError } from './url.js';
/** The queue's name in pg-boss. */
export const QUEUE = 'baocao-analyse';
/** Attempts before a job is failed for good (pg-boss counts retries: 2 retries = 3 attempts). */
export const ATTEMPTS = 3;
/** A job id from the source and its bytes' hash, in UUID form (pg-boss keys jobs by UUID). */
export function jobId(source, sha256) {
    const h = createHash('sha256').update(`${source}\0${sha256}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
// Expired jobs (their worker died) are found by pg-boss's maintenance, run by one worker at a time.
const MAINTENANCE_SECONDS = 2;
/** Connect to the queue; `supervise` (workers) also runs pg-boss's maintenance: expiry, archiving. */
export async function openQueue(url, options = {}) {
    checkPostgresUrl(url);
    const boss = new PgBoss({
        connectionString: url, max: 2, supervise: options.supervise ?? false, schedule: false, migrate: true,
        maintenanceIntervalSeconds: MAINTENANCE_SECONDS, connectionTimeoutMillis: 10_000,
    });
    // pg-boss reports background errors (a lost connection during maintenance) as events; without a
    // listener they would crash the worker. The next fetch or save reports a lasting failure.
    boss.on('error', () => undefined);
    const sql = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000 });
    sql.on('error', () => undefined);
    try {
        await boss.start();
        await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: ATTEMPTS - 1, retryDelay: 1, retryBackoff: true });
    }
    catch (e) {
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        await sql.end().catch(() => undefined);
        throw connectionError(url, e);
    }
    const query = async (text, params = []) => (await sql.query(text, params)).rows;
    return {
        async add(jobs) {
            let added = 0;
            for (let i = 0; i < jobs.length; i += 500) {
                const chunk = jobs.slice(i, i + 500).map((data) => ({ id: jobId(data.source, data.sha256), data }));
                const known = new Set((await query('SELECT id::text FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])', [QUEUE, chunk.map((j) => j.id)])).map((r) => r.id));
                const fresh = chunk.filter((j) => !known.has(j.id));
                // The time limit doubles as pg-boss's expiry, with a margin for the save: a job whose
                // worker died is retried once it has been active that long.
                if (fresh.length)
                    await boss.insert(fresh.map((j) => ({ name: QUEUE, id: j.id, data: j.data, expireInSeconds: Math.ceil(j.data.timeoutMs / 1000) + 2 })));
                added += fresh.length;
            }
            return added;
        },
        async fetch() {
            const [job] = await boss.fetch(QUEUE, { batchSize: 1, includeMetadata: true });
            if (!job)
                return null;
            return { id: job.id, data: job.data, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit };
        },
        async complete(id, output) {
            await boss.complete(QUEUE, id, output);
        },
        async fail(id, output) {
            await boss.fail(QUEUE, id, output);
        },
        status: () => readStatus(query),
        async idle() {
            const [row] = await query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')", [QUEUE]);
            return row.n === 0;
        },
        async close() {
            await boss.stop({ graceful: false, wait: true, timeout: 1000 });
            await sql.end();
        },
    };
}
// Finished jobs move from pgboss.job to pgboss.archive after a while; both are counted.
const JOBS = `(SELECT state, data, output, retry_count, started_on, completed_on FROM pgboss.job WHERE name = $1
  UNION ALL SELECT state, data, output, retry_count, started_on, completed_on FROM pgboss.archive WHERE name = $1) j`;
async function readStatus(query) {
    const counts = await query(`SELECT state::text, COALESCE(output->>'status' = 'unreadable', false) AS unreadable, count(*)::int AS n FROM ${JOBS} GROUP BY 1, 2`, [QUEUE]);
    const n = (test) => counts.filter(test).reduce((s, r) => s + r.n, 0);
    const [speed] = await query(`SELECT count(*)::int AS n, extract(epoch FROM max(completed_on) - min(started_on))::float8 AS seconds FROM ${JOBS}
     WHERE state = 'completed' AND completed_on > now() - interval '10 minutes'`, [QUEUE]);
    const failures = await query(`SELECT data->>'source' AS source, COALESCE(output->>'code', 'EXPIRED') AS code,
       COALESCE(output->>'message', output->'value'->>'message', '') AS message, retry_count + 1 AS attempts
     FROM ${JOBS} WHERE state = 'failed' OR output->>'status' = 'unreadable' ORDER BY data->>'source' COLLATE "C" LIMIT 100`, [QUEUE]);
    const status = {
        queued: n((r) => r.state === 'created' || r.state === 'retry'),
        running: n((r) => r.state === 'active'),
        done: n((r) => r.state === 'completed'),
        unreadable: n((r) => r.state === 'completed' && r.unreadable),
        failed: n((r) => r.state === 'failed'),
    };
    const perSecond = speed.n > 0 ? speed.n / Math.max(speed.seconds ?? 0, 1) : null;
    const left = status.queued + status.running;
    return {
        ...status,
        perSecond,
        etaSeconds: left === 0 ? 0 : perSecond ? left / perSecond : null,
        failures: failures.map((f) => ({ source: f.source, code: f.code ?? 'EXPIRED', message: f.message ?? '', attempts: Number(f.attempts) })),
    };
}
//# sourceMappingURL=queue.js.map