/**
 * A one-line progress bar on stderr for long batches: files done / total, elapsed time, current
 * file. Silent when the stream is not a terminal (pipes, CI logs) and for runs shorter than `delayMs`,
 * so short audits print nothing but their result.
 */
import type { WriteStream } from 'node:tty';
import { terminalLine } from './terminal-safe.js';

export interface ProgressOptions {
  /** Show nothing until this long after the start (default 1000 ms). */
  delayMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** What a batch calls: `update` after each file, `end` once at the end (clears the line). */
export interface ProgressBar {
  update: (done: number, total: number, current: string) => void;
  end: () => void;
}

const BAR = 20;

/** A progress bar drawn on `stream` (stderr), or undefined when the stream is not a TTY. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr, options: ProgressOptions = {}): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 1000;
  const started = now();
  const width = () => Math.max(40, ((stream as unknown as WriteStream).columns ?? 80) - 1);
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total, current) {
      const t = now();
      // At most 10 redraws a second, but always the last one.
      if (t - started < delay || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      stream.write(`\r${progressLine(done, total, current, t - started, width())}`);
    },
    end() {
      if (shown) stream.write(`\r${' '.repeat(width())}\r`);
    },
  };
}

/** "[#####---------------] 12/40  3s  path/to/file.docx", cut or padded to `width` columns. */
export function progressLine(done: number, total: number, current: string, elapsedMs: number, width: number): string {
  const filled = Math.round((done / Math.max(total, 1)) * BAR);
  const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total}  ${Math.floor(elapsedMs / 1000)}s  `;
  const room = width - head.length;
  current = terminalLine(current);
  const name = [...current].length > room ? '…' + [...current].slice(-(room - 1)).join('') : current;
  return (head + name).padEnd(width);
}
