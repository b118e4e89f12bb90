import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/baocao.js';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const SEED = 'fixtures/seeds/004_9d8bea49ef95c194.txt';

describe('the command line on hostile names, closed pipes and wrong paths', () => {
  it('prints no escape sequence, control character or bidi override from a document or its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-esc-'));
    const name = join(dir, 'bao\x1b]0;pwned\x07cao\u202e.txt');
    const planted = 'Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%. Xem\x1b[2J\x1b]0;pwned\x07 mục\u202e 2\x1b[31m.\n';
    writeFileSync(name, readFileSync(SEED, 'utf8') + planted);
    writeFileSync(join(dir, 'rong\x1b[1A.txt'), '');
    const r = run('audit', dir);
    expect(r.stdout).toContain('percent-mismatch');
    expect(r.stdout).toMatch(/«100%».*Xem\s+mục\s+2\./);
    expect(r.stdout).toMatch(/bao\s*cao/);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).not.toContain('pwned\x07');
  });

  it('ends quietly with its own exit code when the reader closes the pipe (audit | head)', () => {
    // Two reports' JSON (300 KB) is far more than a pipe holds, so the writer meets the closed pipe.
    const script = `node ${BIN} audit --format json ${SEED} ./${SEED} | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim()).toBe(`exit=${run('audit', '--format', 'json', SEED).status}`);
  });

  it.skipIf(!existsSync('/usr/bin/taskset'))('holds the per-file time limit on one CPU too', () => {
    // With one core the pool used to analyse in the main thread, where nothing can stop a file.
    const r = spawnSync('taskset', ['-c', '0', process.execPath, BIN, 'audit', '--format', 'json', '--timeout', '0.001', SEED], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout).documents[0].error?.code).toBe('TIMEOUT');
    expect(r.status).toBe(2);
  });

  it('says so and exits 2 when it found no readable file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'baocao-empty-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'notes.md'), '# not a report');
    const r = run('audit', empty);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(empty);
    const unreadable = run('audit', '--format', 'json', join(empty, 'no-such.txt'));
    expect(unreadable.status).toBe(2);
  });

  it('creates a missing folder for --out, and refuses a folder as --out with one line and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-out-'));
    const target = join(dir, 'a', 'b', 'ket-qua.json');
    const ok = run('audit', '--format', 'json', '--out', target, SEED);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8')).documents).toHaveLength(1);
    const onFolder = run('audit', '--out', dir, SEED);
    expect(onFolder.status).toBe(2);
    expect(onFolder.stderr.trim().split('\n')).toHaveLength(1);
    expect(onFolder.stderr).not.toMatch(/\n\s+at /);
    const exportOnFolder = run('export', '--db', join(dir, 'none.sqlite'), '--out', dir);
    expect(exportOnFolder.status).toBe(2);
    expect(exportOnFolder.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'a', 'b'))).toBe(true);
    const nowhere = run('audit', '--out', '/proc/baocao-no-such/ket-qua.txt', SEED);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr.trim().split('\n')).toHaveLength(1);
  });
});
