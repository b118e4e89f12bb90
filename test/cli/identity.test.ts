import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/baocao.js');
const SEED = join(process.cwd(), 'fixtures/seeds/004_9d8bea49ef95c194.txt');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('one document per file', () => {
  it('reads a file named by two spellings and a symlink once, under its real path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-id-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(SEED, join(dir, 'a', 'x.txt'));
    symlinkSync(join(dir, 'a', 'x.txt'), join(dir, 'link.txt'));
    const r = run(dir, 'audit', '--format', 'json', 'a/x.txt', './a/x.txt', 'link.txt', 'a/../a/x.txt');
    const docs = JSON.parse(r.stdout).documents as Array<{ source: string }>;
    expect(docs.map((d) => d.source)).toEqual([join('a', 'x.txt')]);
  });

  it('stores it once however it is spelled from one run to the next', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-id-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(SEED, join(dir, 'a', 'x.txt'));
    expect(run(dir, 'ingest', '--db', 'k.sqlite', 'a/x.txt').status).toBe(0);
    const again = run(dir, 'ingest', '--db', 'k.sqlite', './a/x.txt');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('1 không đổi');
    const { indicators } = JSON.parse(run(dir, 'export', '--db', 'k.sqlite', '--format', 'json').stdout) as { indicators: Array<{ source: string }> };
    expect(indicators.length).toBeGreaterThan(0);
    expect(new Set(indicators.map((x) => x.source))).toEqual(new Set([join('a', 'x.txt')]));
  });
});

describe('commands that only read a database', () => {
  it.each([['export'], ['indicators'], ['report', '--out', 'r']])('%s: a mistyped --db is an error (exit 2), and no empty database is made', (command, ...rest) => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-ro-'));
    const r = run(dir, command, '--db', 'khong-co.sqlite', ...rest);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('khong-co.sqlite');
    expect(existsSync(join(dir, 'khong-co.sqlite'))).toBe(false);
  });
});
