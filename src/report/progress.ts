import type { WriteStream } from 'node:tty';

/** A progress bar on stderr (files done / total, current file, elapsed); nothing when stderr is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number, current: string) => void; end: () => void } | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const tty = stream as unknown as WriteStream;
  return {
    update(done, total, current) {
      const now = Date.now();
      // Quiet for the first second, so short runs print nothing; then at most 10 redraws a second.
      if (now - started < 1000 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const width = Math.max(20, (tty.columns ?? 80) - 1);
      const bar = 20;
      const filled = Math.round((done / Math.max(total, 1)) * bar);
      const secs = ((now - started) / 1000).toFixed(0);
      const head = `[${'#'.repeat(filled)}${'-'.repeat(bar - filled)}] ${done}/${total} ${secs}s `;
      const name = current.length > width - head.length ? '…' + current.slice(-(width - head.length - 1)) : current;
      stream.write(`\r${(head + name).padEnd(width).slice(0, width)}`);
    },
    end() {
      if (shown) stream.write(`\r${' '.repeat(Math.max(20, (tty.columns ?? 80) - 1))}\r`);
    },
  };
}
