import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const PASSWORD = 'mat-khau-Bi-Mat-42';

function baocao(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/baocao.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Nothing listens on port 1 of this machine: the connection is refused at once.
const REFUSED = `postgres://baocao:${PASSWORD}@127.0.0.1:1/baocao`;

const COMMANDS: string[][] = [
  ['ingest', 'fixtures/seeds/004_9d8bea49ef95c194.txt'],
  ['export'],
  ['indicators'],
  ['report', '--out', 'output/never'],
  ['enqueue', 'fixtures/seeds/004_9d8bea49ef95c194.txt'],
  ['worker'],
  ['status'],
];

function expectOneLine(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr + r.stdout).not.toContain(PASSWORD);
}

describe('a database that cannot be reached', () => {
  it('gives every command that takes --db one readable line, exit 2 and no password', async () => {
    const runs = await Promise.all(COMMANDS.map(([name, ...rest]) => baocao([name, '--db', REFUSED, ...rest])));
    runs.forEach((r, i) => {
      expectOneLine(r, new RegExp(`^baocao ${COMMANDS[i][0]}: không kết nối được PostgreSQL postgres://baocao:\\*\\*\\*@127\\.0\\.0\\.1:1/baocao: máy chủ từ chối kết nối`));
    });
  });

  it('explains a URL that is not one, or that names no database, before trying to connect', async () => {
    const [badPort, noDb, fromEnv] = await Promise.all([
      baocao(['export', '--db', `postgres://baocao:${PASSWORD}@127.0.0.1:cong/baocao`]),
      baocao(['status', '--db', `postgresql://baocao:${PASSWORD}@127.0.0.1:5432`]),
      baocao(['indicators'], { BAOCAO_DB: REFUSED }),
    ]);
    expectOneLine(badPort, /địa chỉ PostgreSQL không hợp lệ: postgres:\/\/baocao:\*\*\*@127\.0\.0\.1:cong\/baocao/);
    expectOneLine(noDb, /thiếu tên cơ sở dữ liệu/);
    expectOneLine(fromEnv, /^baocao indicators: không kết nối được PostgreSQL .*từ chối kết nối/);
  });

  it('refuses the queue commands on a SQLite file', async () => {
    const r = await baocao(['worker', '--db', 'output/baocao.sqlite']);
    expectOneLine(r, /lệnh này cần PostgreSQL/);
  });
});
