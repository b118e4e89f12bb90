import { copyFileSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../../pipelines/load.js';
import { openStore, type Store } from '../../src/store/open.js';
import { freshPostgres, hasPostgres } from '../helpers/postgres.js';

const SEED = 'fixtures/seeds/004_9d8bea49ef95c194.txt';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'baocao-store-'));
}

const BACKENDS: Array<[string, () => Promise<Store>, boolean]> = [
  ['SQLite', () => openStore(join(tempDir(), 'db.sqlite')), true],
  ['PostgreSQL', () => openStore(freshPostgres('load')), hasPostgres],
];

describe.each(BACKENDS)('loading reports into %s', (_, open, available) => {
  it.runIf(available)('stores a document with its sections and figures, and skips it when unchanged', async () => {
    const db = await open();
    const first = await load(db, [SEED]);
    expect(first[0].status).toBe('loaded');
    const [doc] = await db.readDocuments();
    expect(await db.listDocuments()).toHaveLength(1);
    expect(doc.sections).toHaveLength(first[0].sections);
    expect(doc.figures).toHaveLength(first[0].figures);
    expect(doc.findings).toHaveLength(first[0].findings);
    const second = await load(db, [SEED]);
    expect(second[0].status).toBe('unchanged');
    expect(await db.listDocuments()).toHaveLength(1);
    await db.close();
  });

  it.runIf(available)('keeps each finding evidence offset through the database', async () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.txt');
    const text = 'Năm trước toàn bộ hồ sơ đạt 100%. Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.\n';
    writeFileSync(file, text);
    const db = await open();
    await load(db, [file]);
    const [doc] = await db.readDocuments();
    const found = doc.findings.find((f) => f.rule === 'percent-mismatch');
    expect(found?.evidence[0]).toMatchObject({ quote: '100%', offset: text.lastIndexOf('100%') });
    await db.close();
  });

  it.runIf(available)('replaces the old rows when a file changes', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    copyFileSync(SEED, file);
    const db = await open();
    await load(db, [file]);
    const [before] = await db.listDocuments();
    appendFileSync(file, '\nTổng số hồ sơ đã tiếp nhận: 12 hồ sơ.\n');
    const again = await load(db, [file]);
    expect(again[0].status).toBe('loaded');
    const rows = await db.listDocuments();
    expect(rows).toHaveLength(1);
    expect(rows[0].sha256).not.toBe(before.sha256);
    const [doc] = await db.readDocuments();
    expect(doc.figures).toHaveLength(again[0].figures);
    expect(doc.figures.some((f) => f.raw === '12')).toBe(true);
    await db.close();
  });

  it.runIf(available)('records a file that cannot be read and goes on with the batch', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const db = await open();
    const results = await load(db, [empty, join(dir, 'missing.docx'), SEED]);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'loaded']);
    expect(results.map((r) => r.error?.code)).toEqual(['EMPTY', 'NOT_FOUND', undefined]);
    const errors = (await db.readDocuments()).filter((d) => d.error).map((d) => d.error!.code);
    expect(errors.sort()).toEqual(['EMPTY', 'NOT_FOUND']);
    await db.close();
  });
});
