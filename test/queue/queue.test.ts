import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { freshPostgres, hasPostgres } from '../helpers/postgres.js';
import { baocao, complete, counts, reportFolder, status } from './helpers.js';

describe.runIf(hasPostgres)('the job queue on PostgreSQL', () => {
  it('does not duplicate work when the same folder is enqueued twice, before and after the workers ran', async () => {
    const url = freshPostgres('dup');
    const dir = reportFolder(12);
    expect(counts((await baocao('enqueue', '--db', url, dir)).stdout)).toEqual({ files: 12, queued: 12, already: 0, unchanged: 0, failed: 0 });
    expect(counts((await baocao('enqueue', '--db', url, dir)).stdout)).toEqual({ files: 12, queued: 0, already: 12, unchanged: 0, failed: 0 });
    expect(await status(url)).toMatchObject({ queued: 12, running: 0, done: 0 });
    const worker = await baocao('worker', '--db', url, '--drain');
    expect(worker.code).toBe(0);
    expect(worker.stdout).toMatch(/^12 đã nạp, 0 không đổi/);
    expect(counts((await baocao('enqueue', '--db', url, dir)).stdout)).toEqual({ files: 12, queued: 0, already: 0, unchanged: 12, failed: 0 });
    expect(await status(url)).toMatchObject({ queued: 0, running: 0, done: 12, failed: 0 });
  });

  it('lets workers analyse uploaded files without seeing the folder they came from', async () => {
    const url = freshPostgres('upload');
    const dir = reportFolder(5);
    const enq = await baocao('enqueue', '--db', url, '--upload', dir);
    expect(counts(enq.stdout).queued).toBe(5);
    renameSync(dir, `${dir}-moved`);
    const worker = await baocao('worker', '--db', url, '--drain');
    expect(worker.stdout).toMatch(/^5 đã nạp/);
    const store = await openStore(url);
    expect((await store.listDocuments()).map((d) => d.source)).toEqual(Array.from({ length: 5 }, (_, i) => `${dir}/xa-00${i}.txt`));
    expect(await complete(await store.readDocuments(), `${dir}-moved`)).toBe(true);
    await store.close();
  });

  it('fails a file for good after three timed-out attempts, and records an unreadable file without retrying it', async () => {
    const url = freshPostgres('fail');
    const slow = reportFolder(1, 400);
    const empty = reportFolder(0);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${empty}/trong.txt`, '');
    expect((await baocao('enqueue', '--db', url, '--timeout', '0,01', slow)).code).toBe(0);
    expect((await baocao('enqueue', '--db', url, empty)).code).toBe(0);
    const worker = await baocao('worker', '--db', url, '--drain');
    expect(worker.code).toBe(0);
    const s = await status(url);
    expect(s).toMatchObject({ queued: 0, running: 0, failed: 1, done: 1, unreadable: 1 });
    // Listed in the order they ended, which two workers do not fix: compare as a set.
    expect(s.failures.map((f) => [f.code, f.attempts]).sort()).toEqual([['EMPTY', 1], ['TIMEOUT', 3]]);
    const text = await baocao('status', '--db', url);
    expect(text.stdout).toMatch(/lỗi\s+1\n/);
    expect(text.stdout).toMatch(/trong\.txt\s+EMPTY/);
    const json = JSON.parse((await baocao('status', '--db', url, '--format', 'json')).stdout);
    expect(json).toMatchObject({ queued: 0, running: 0, done: 1, failed: 1 });
    const store = await openStore(url);
    const errors = (await store.readDocuments()).map((d) => d.error?.code);
    await store.close();
    expect(errors.sort()).toEqual(['EMPTY', 'TIMEOUT']);
  });
});
