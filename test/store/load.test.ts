import { copyFileSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../../pipelines/load.js';
import { openStore } from '../../src/store/open.js';
import { readDocuments } from '../../src/store/read.js';

const SEED = 'fixtures/seeds/004_9d8bea49ef95c194.txt';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'baocao-store-'));
}

describe('loading reports into SQLite', () => {
  it('stores a document with its sections and figures, and skips it when unchanged', async () => {
    const dir = tempDir();
    const db = openStore(join(dir, 'db.sqlite'));
    const first = await load(db, [SEED]);
    expect(first[0].status).toBe('loaded');
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('documents')).toBe(1);
    expect(count('sections')).toBe(first[0].sections);
    expect(count('figures')).toBe(first[0].figures);
    const second = await load(db, [SEED]);
    expect(second[0].status).toBe('unchanged');
    expect(count('documents')).toBe(1);
    db.close();
  });

  it('keeps each finding evidence offset through the database', async () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.txt');
    const text = 'Năm trước toàn bộ hồ sơ đạt 100%. Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.\n';
    writeFileSync(file, text);
    const db = openStore(join(dir, 'db.sqlite'));
    await load(db, [file]);
    const [doc] = readDocuments(db);
    const found = doc.findings.find((f) => f.rule === 'percent-mismatch');
    expect(found?.evidence[0]).toMatchObject({ quote: '100%', offset: text.lastIndexOf('100%') });
    db.close();
  });

  it('replaces the old rows when a file changes', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    copyFileSync(SEED, file);
    const db = openStore(join(dir, 'db.sqlite'));
    await load(db, [file]);
    const before = db.prepare('SELECT id, sha256 FROM documents').get() as { id: number; sha256: string };
    appendFileSync(file, '\nTổng số hồ sơ đã tiếp nhận: 12 hồ sơ.\n');
    const again = await load(db, [file]);
    expect(again[0].status).toBe('loaded');
    const rows = db.prepare('SELECT id, sha256 FROM documents').all() as Array<{ id: number; sha256: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0].sha256).not.toBe(before.sha256);
    const orphans = db.prepare('SELECT count(*) AS n FROM figures WHERE document_id <> ?').get(rows[0].id) as { n: number };
    expect(orphans.n).toBe(0);
    db.close();
  });

  it('records a file that cannot be read and goes on with the batch', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const db = openStore(join(dir, 'db.sqlite'));
    const results = await load(db, [empty, join(dir, 'missing.docx'), SEED]);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'loaded']);
    expect(results.map((r) => r.error?.code)).toEqual(['EMPTY', 'NOT_FOUND', undefined]);
    const errors = db.prepare('SELECT code FROM file_errors ORDER BY source').all() as Array<{ code: string }>;
    expect(errors.map((e) => e.code).sort()).toEqual(['EMPTY', 'NOT_FOUND']);
    db.close();
  });
});
