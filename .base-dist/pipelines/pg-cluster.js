/**
 * pg-cluster: a throwaway PostgreSQL server for tests and the bench — initdb in a temporary
 * folder, started on a free local port (and a socket there), trust authentication, durability
 * off (fsync, synchronous commit: the data is thrown away), removed by `stop`. Uses the server's
 * own programs (initdb, pg_ctl, createdb), found in /usr/lib/postgresql/N/bin, on PATH or in
 * PG_BIN. Run as root, they run as the `postgres` user, since the server refuses root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
    const candidates = [process.env.PG_BIN ?? ''];
    const root = '/usr/lib/postgresql';
    if (existsSync(root)) {
        const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
        candidates.push(...versions.map((v) => join(root, v, 'bin')));
    }
    try {
        candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    }
    catch {
        // no pg_config on PATH
    }
    return candidates.find((d) => d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'))) ?? null;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
// The server will not run as root: run its programs as the `postgres` user then.
function asServerUser() {
    if (process.getuid?.() !== 0)
        return null;
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
}
function run(cluster, program, args, options = {}) {
    const as = asServerUser();
    const r = spawnSync(join(cluster.bin, program), args, { encoding: 'utf8', cwd: tmpdir(), ...(as ?? {}), ...options });
    if (r.status !== 0)
        throw new Error(`${program} failed (exit ${r.status}): ${String(r.stderr ?? '').trim() || String(r.stdout ?? '').trim()}`);
}
/** Start a fresh server; throws when PostgreSQL is not installed. */
export async function startCluster() {
    const bin = findPostgresBin();
    if (!bin)
        throw new Error('PostgreSQL not found (install Debian package postgresql, or set PG_BIN)');
    const dir = mkdtempSync(join(tmpdir(), 'baocao-pg-'));
    const as = asServerUser();
    if (as)
        chownSync(dir, as.uid, as.gid);
    const cluster = { bin, dir, port: await freePort(), user: 'baocao' };
    run(cluster, 'initdb', ['-D', join(dir, 'data'), '-U', cluster.user, '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const settings = `-p ${cluster.port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run(cluster, 'pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start']);
    return cluster;
}
/** The URL of database `name` on the cluster (over TCP, as a user would connect). */
export function clusterUrl(cluster, name) {
    return `postgres://${cluster.user}@127.0.0.1:${cluster.port}/${name}`;
}
/** Create an empty database on the cluster and return its URL. */
export function createDatabase(cluster, name) {
    run(cluster, 'createdb', ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', cluster.user, name]);
    return clusterUrl(cluster, name);
}
/** Stop the server at once and delete its files. */
export function stopCluster(cluster) {
    try {
        run(cluster, 'pg_ctl', ['-D', join(cluster.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    }
    finally {
        rmSync(cluster.dir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=pg-cluster.js.map