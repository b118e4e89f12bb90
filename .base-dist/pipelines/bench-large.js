/**
 * bench --large: peak memory of the commands that read a whole database, from 10k to 1M indicator
 * rows (target: under 300 MB at every size, flat). Each command runs in its own node process; its
 * peak RSS is the process's own `resourceUsage().maxRSS`, printed on exit by a preloaded hook.
 *   make-large-db (documents of 500 rows, one passage each) → export csv | json | xlsx, indicators, report
 *   → table on stdout and output/bench-large.json
 *
 *   npm run bench -- --large [--rows 10000,100000,1000000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeLargeDb } from '../src/store/large.js';
const OUT = 'output/bench';
const LIMIT_MB = 300;
const PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBAOCAO_MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
/** The commands measured, with their arguments after the database. */
const COMMANDS = [
    ['export csv', (db, out) => ['export', '--db', db, '--format', 'csv', '--out', join(out, 'x.csv')]],
    ['export json', (db, out) => ['export', '--db', db, '--format', 'json', '--out', join(out, 'x.json')]],
    ['export xlsx', (db, out) => ['export', '--db', db, '--format', 'xlsx', '--out', join(out, 'x.xlsx')]],
    ['indicators', (db) => ['indicators', '--db', db]],
    ['report', (db, out) => ['report', '--db', db, '--out', join(out, 'report')]],
];
function measure(command, args, rows) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--import', PROBE, 'bin/baocao.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const seconds = (performance.now() - started) / 1000;
    const peak = /BAOCAO_MAXRSS (\d+)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !peak)
        throw new Error(`${command} at ${rows} rows failed (exit ${r.status}): ${r.stderr?.slice(-400)}`);
    return { command, rows, peakMB: Number(peak[1]) / 1024, seconds };
}
/** Measure every command at every size; databases are made once under output/bench and kept. */
export async function benchLarge(sizes) {
    mkdirSync(OUT, { recursive: true });
    const results = [];
    for (const rows of sizes) {
        const db = join(OUT, `large-${rows}.sqlite`);
        if (!existsSync(db)) {
            process.stderr.write(`bench: making a database of ${rows} indicator rows…\n`);
            await makeLargeDb(db, rows);
        }
        const out = join(OUT, `large-${rows}-out`);
        for (const [command, args] of COMMANDS) {
            process.stderr.write(`bench: ${command} on ${rows} rows…\n`);
            results.push(measure(command, args(db, out), rows));
        }
        rmSync(out, { recursive: true, force: true });
    }
    writeFileSync('output/bench-large.json', `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
    return results;
}
/** Peak RSS (MB) and time (s) per command and size, each peak marked against the 300 MB limit. */
export function formatLarge(results) {
    const sizes = [...new Set(results.map((r) => r.rows))];
    const head = ['command', ...sizes.map((n) => `${n.toLocaleString('en')} rows`)];
    const lines = [head.join(' | ')];
    for (const [command] of COMMANDS) {
        const cells = sizes.map((n) => {
            const r = results.find((x) => x.command === command && x.rows === n);
            return r ? `${Math.round(r.peakMB)} MB ${r.peakMB < LIMIT_MB ? '' : 'OVER '}/ ${r.seconds.toFixed(1)} s` : '—';
        });
        lines.push([command, ...cells].join(' | '));
    }
    return `Peak RSS / time of commands that read a whole database (limit ${LIMIT_MB} MB):\n${lines.join('\n')}\nwritten: output/bench-large.json\n`;
}
//# sourceMappingURL=bench-large.js.map