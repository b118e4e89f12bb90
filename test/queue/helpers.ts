/** Running the CLI as separate processes, and small generated reports, for the queue tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseFile } from '../../pipelines/analyse.js';
import type { DocumentOut } from '../../src/model/index.js';
import { openQueue } from '../../src/store/queue.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start `baocao ARGS` in a child process; `done` resolves when it exits. */
export function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['bin/baocao.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Run `baocao ARGS` to the end. */
export function baocao(...args: string[]): Promise<Run> {
  return start(args).done;
}

/**
 * A folder of `n` short commune reports with different numbers that add up (so each file has
 * its own bytes and a handful of figures), each `repeat` times as long as the shortest.
 */
export function reportFolder(n: number, repeat = 1): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'baocao-queue-')), 'in');
  mkdirSync(dir);
  for (let i = 0; i < n; i++) {
    const online = 40 + (i % 50);
    const total = online + 10 + (i % 7);
    const body = Array.from({ length: repeat }, (_, k) => `${k + 2}. Dịch vụ công trực tuyến, đợt ${k + 1}
Tiếp nhận ${total} hồ sơ, trong đó ${online} hồ sơ trực tuyến và ${total - online} hồ sơ trực tiếp.
Số cán bộ được cấp chữ ký số: ${12 + (i % 5)} người.
`).join('');
    writeFileSync(join(dir, `xa-${String(i).padStart(3, '0')}.txt`), `ỦY BAN NHÂN DÂN XÃ AN PHÚ ${i + 1}
BÁO CÁO
Kết quả chuyển đổi số tháng 5 năm 2024
1. Tình hình chung
Xã có ${3 + (i % 4)} thôn.
${body}`);
  }
  return dir;
}

/** Wait until `test` holds, checking every 100 ms, for at most `ms`. */
export async function until(test: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await test())) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The numbers of `enqueue`'s summary line. */
export const counts = (stdout: string) => {
  const m = /(\d+) tệp: (\d+) đã xếp hàng, (\d+) đã có trong hàng đợi, (\d+) đã nạp \(không đổi\), (\d+) lỗi/.exec(stdout);
  if (!m) throw new Error(`no summary in: ${stdout}`);
  const [files, queued, already, unchanged, failed] = m.slice(1).map(Number);
  return { files, queued, already, unchanged, failed };
};

/** True when every stored document holds what a fresh analysis of its file finds: nothing half-stored. */
export async function complete(docs: DocumentOut[], dir = ''): Promise<boolean> {
  for (const d of docs) {
    const fresh = await analyseFile(dir ? d.source.replace(/^.*\//, `${dir}/`) : d.source);
    const a = fresh.analysis!;
    if (d.error || d.sections.length !== a.sections.length || d.figures.length !== a.figures.length || d.findings.length !== a.findings.length) return false;
  }
  return true;
}

/** The queue's status, read in this process. */
export async function status(url: string) {
  const queue = await openQueue(url);
  try {
    return await queue.status();
  } finally {
    await queue.close();
  }
}
