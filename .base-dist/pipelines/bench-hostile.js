/**
 * bench-hostile: issue 13's batch, measured. Every hostile kind fixtures/make-hostile.mjs makes
 * (zip, entity, numbering and pdf bombs, deep nesting, unclosed XML, a 100 KB one-line text, a
 * 2,000-page pdf, self-referring pdf objects) beside one ordinary report, in one
 * `audit --format json`; prints the peak RSS of the process tree's largest process (GNU time's
 * maximum resident set size), the wall time and each document's error code or finding count, and
 * writes them to output/bench-hostile.json.
 *
 *   npm run -s build && node dist/pipelines/bench-hostile.js [--pages 2000] [--timeout S] [--omit FILE]...
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ORDINARY = join(ROOT, 'fixtures/seeds/004_9d8bea49ef95c194.txt');
async function main() {
    const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' }, timeout: { type: 'string', default: '120' }, omit: { type: 'string', multiple: true, default: [] } } });
    const make = (await import(new URL('fixtures/make-hostile.mjs', `file://${ROOT}/`).href));
    const dir = join(ROOT, 'output', 'hostile-batch');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = await make.hostileBatch({ pages: Number(values.pages) });
    for (const name of values.omit)
        delete files[name];
    for (const [name, bytes] of Object.entries(files))
        writeFileSync(join(dir, name), bytes);
    copyFileSync(ORDINARY, join(dir, basename(ORDINARY)));
    const out = join(ROOT, 'output', 'bench-hostile-audit.json');
    const args = [join(ROOT, 'bin/baocao.js'), 'audit', '--format', 'json', '--timeout', values.timeout, '--out', out, dir];
    const timed = existsSync('/usr/bin/time');
    const started = Date.now();
    const r = timed
        ? spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, ...args], { encoding: 'utf8' })
        : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const wallS = (Date.now() - started) / 1000;
    const peakKb = timed ? Number(/(\d+) [\d.]+\s*$/.exec(r.stderr)?.[1]) : NaN;
    let documents = [];
    let valid = true;
    try {
        const audit = JSON.parse(readFileSync(out, 'utf8'));
        documents = audit.documents.map((d) => ({ file: basename(d.source), outcome: d.error ? d.error.code : `${d.findings.length} findings` }));
    }
    catch (e) {
        valid = false;
        // A file over V8's longest string (~512 MB) cannot be checked here; say which it was.
        process.stderr.write(`JSON không đọc được (${Math.round(statSync(out).size / 1048576)} MB): ${e.message}\n`);
    }
    const result = { at: new Date().toISOString(), cores: cpus().length, files: Object.keys(files).length + 1, valid, peakRssMb: Math.round(peakKb / 1024), wallS, exit: r.status, documents };
    for (const d of documents)
        process.stdout.write(`${d.file.padEnd(32)} ${d.outcome}\n`);
    process.stdout.write(`${result.files} files, valid JSON: ${valid}, peak RSS ${result.peakRssMb} MB, ${wallS.toFixed(1)} s, exit ${r.status}\n`);
    writeFileSync(join(ROOT, 'output', 'bench-hostile.json'), JSON.stringify(result, null, 2));
}
await main();
//# sourceMappingURL=bench-hostile.js.map