import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync('fixtures/seeds/004_9d8bea49ef95c194.txt', 'utf8');
const FILES = 40;

function corpus(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-resume-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'in', `r${String(i).padStart(3, '0')}.txt`), `${SEED}\nGhi chú bản sao số ${i + 1}.\n`);
  return { dir, db: join(dir, 'db.sqlite') };
}

const count = (db: string, sql: string) => {
  const d = new Database(db, { readonly: true, timeout: 5000 });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('an interrupted load', () => {
  it('ends with every document stored exactly once after SIGKILL and a re-run', async () => {
    const { dir, db } = corpus();
    const child = spawn(process.execPath, ['bin/baocao.js', 'ingest', '--db', db, join(dir, 'in')], { stdio: 'ignore' });
    // Kill it once a few documents are in, well before the end.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        let n = 0;
        try {
          n = count(db, 'SELECT count(*) AS n FROM documents');
        } catch {
          // database not created yet
        }
        if (n >= 3 || Date.now() - started > 30_000) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('error', reject);
    });
    await new Promise((r) => child.on('exit', r));
    const before = count(db, 'SELECT count(*) AS n FROM documents');
    expect(before).toBeLessThan(FILES);

    const rerun = spawnSync(process.execPath, ['bin/baocao.js', 'ingest', '--db', db, join(dir, 'in')], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`${FILES} tệp: ${FILES - before} đã nạp, ${before} không đổi, 0 lỗi`));
    expect(count(db, 'SELECT count(DISTINCT source) AS n FROM documents')).toBe(FILES);
    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBe(FILES);
    // No half-written document: every one has the same number of sections and figures.
    expect(count(db, 'SELECT count(DISTINCT c) AS n FROM (SELECT count(*) AS c FROM sections GROUP BY document_id)')).toBe(1);
    expect(count(db, 'SELECT count(DISTINCT c) AS n FROM (SELECT count(*) AS c FROM figures GROUP BY document_id)')).toBe(1);
  });

  it('lets two runs load the same database at once without corrupting it', async () => {
    const { dir, db } = corpus();
    // Each run's exit code travels with the tail of its stderr, so a failure names its cause.
    const run = () => new Promise<string>((resolve) => {
      const c = spawn(process.execPath, ['bin/baocao.js', 'ingest', '--db', db, join(dir, 'in')], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr.setEncoding('utf8');
      c.stderr.on('data', (s: string) => { err = (err + s).slice(-2000); });
      c.on('close', (code) => resolve(code === 0 ? 'exit 0' : `exit ${code}: ${err.trim()}`));
    });
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual(['exit 0', 'exit 0']);
    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBe(FILES);
    const d = new Database(db, { readonly: true });
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    d.close();
  });
});
