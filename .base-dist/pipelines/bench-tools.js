/**
 * bench-tools: the reference tools a bench compares against — pdftotext
 * (poppler-utils) on pdf, pandoc `-t plain` on docx — one process per file,
 * `parallel` at a time. Nothing is installed: a missing tool is reported as skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
/** The first line of `<tool> --version`/`-v`, or null when the tool is not on PATH. */
function versionOf(tool, flag) {
    const r = spawnSync(tool, [flag], { encoding: 'utf8' });
    if (r.error)
        return null;
    return `${r.stdout}${r.stderr}`.split('\n').find((l) => l.trim())?.trim() ?? tool;
}
function runOne(cmd, args) {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { stdio: 'ignore' });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
    });
}
/** Run `args(file)` with `cmd` over every file, `parallel` processes at a time; wall time in seconds. */
async function runAll(cmd, args, files, parallel) {
    let next = 0;
    let failed = 0;
    const t = performance.now();
    const lane = async () => {
        while (next < files.length) {
            const file = files[next++];
            if (!(await runOne(cmd, args(file))))
                failed += 1;
        }
    };
    await Promise.all(Array.from({ length: parallel }, lane));
    return { seconds: (performance.now() - t) / 1000, failed };
}
/** pdftotext on every pdf (text to /dev/null). */
export async function runPdftotext(files, parallel = 2) {
    const version = versionOf('pdftotext', '-v');
    if (!version)
        return { tool: 'pdftotext', skipped: 'pdftotext not found (apt-get install poppler-utils)' };
    const r = await runAll('pdftotext', (f) => ['-enc', 'UTF-8', f, '/dev/null'], files, parallel);
    return { tool: 'pdftotext', files: files.length, version, ...r };
}
/** pandoc -t plain on every docx (text to /dev/null). */
export async function runPandoc(files, parallel = 2) {
    const version = versionOf('pandoc', '--version');
    if (!version)
        return { tool: 'pandoc', skipped: 'pandoc not found (apt-get install pandoc)' };
    const r = await runAll('pandoc', (f) => ['-f', 'docx', '-t', 'plain', '-o', '/dev/null', f], files, parallel);
    return { tool: 'pandoc', files: files.length, version, ...r };
}
//# sourceMappingURL=bench-tools.js.map