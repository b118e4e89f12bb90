import { terminalLine } from './terminal-safe.js';
const BAR = 20;
/** A progress bar drawn on `stream` (stderr), or undefined when the stream is not a TTY. */
export function progressBar(stream = process.stderr, options = {}) {
    if (!stream.isTTY)
        return undefined;
    const now = options.now ?? Date.now;
    const delay = options.delayMs ?? 1000;
    const started = now();
    const width = () => Math.max(40, (stream.columns ?? 80) - 1);
    let last = -Infinity;
    let shown = false;
    return {
        update(done, total, current) {
            const t = now();
            // At most 10 redraws a second, but always the last one.
            if (t - started < delay || (t - last < 100 && done < total))
                return;
            last = t;
            shown = true;
            stream.write(`\r${progressLine(done, total, current, t - started, width())}`);
        },
        end() {
            if (shown)
                stream.write(`\r${' '.repeat(width())}\r`);
        },
    };
}
/** "[#####---------------] 12/40  3s  path/to/file.docx", cut or padded to `width` columns. */
export function progressLine(done, total, current, elapsedMs, width) {
    const filled = Math.round((done / Math.max(total, 1)) * BAR);
    const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total}  ${Math.floor(elapsedMs / 1000)}s  `;
    const room = width - head.length;
    current = terminalLine(current);
    const name = [...current].length > room ? '…' + [...current].slice(-(room - 1)).join('') : current;
    return (head + name).padEnd(width);
}
//# sourceMappingURL=progress.js.map