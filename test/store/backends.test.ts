import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIndicators } from '../../pipelines/export.js';
import { load } from '../../pipelines/load.js';
import { openStore, type Store } from '../../src/store/open.js';
import { freshPostgres, hasPostgres } from '../helpers/postgres.js';

// Every seed in its typed form, two docx and two pdf forms, and a file that cannot be read.
const SEEDS = 'fixtures/seeds';
const INPUTS = [
  ...['000_d822b3314a80c054', '001_311a9839200255dd', '002_1b00c6e55fb426e7', '003_de71c115c989c0f9', '004_9d8bea49ef95c194'].map((s) => join(SEEDS, `${s}.txt`)),
  join(SEEDS, '004_9d8bea49ef95c194.pd.docx'), join(SEEDS, '002_1b00c6e55fb426e7.lo.docx'),
  join(SEEDS, '004_9d8bea49ef95c194.pd.pdf'), join(SEEDS, '001_311a9839200255dd.lo.pdf'),
  join(SEEDS, 'no-such-report.txt'),
];

async function loaded(store: Store): Promise<Store> {
  await load(store, INPUTS, { workers: 1 });
  return store;
}

describe.runIf(hasPostgres)('the same analysis in SQLite and PostgreSQL', () => {
  it('reads back equal documents and gives byte-identical CSV and JSON exports and equal filtered queries', async () => {
    const sqlite = await loaded(await openStore(join(mkdtempSync(join(tmpdir(), 'baocao-backends-')), 'db.sqlite')));
    const postgres = await loaded(await openStore(freshPostgres('backends')));
    try {
      const [a, b] = [await sqlite.readDocuments(), await postgres.readDocuments()];
      expect(a).toHaveLength(INPUTS.length);
      expect(a.filter((d) => d.error).map((d) => d.error!.code)).toEqual(['NOT_FOUND']);
      expect(b).toEqual(a);
      for (const format of ['csv', 'json'] as const) {
        const [x, y] = [await exportIndicators(sqlite, format), await exportIndicators(postgres, format)];
        expect(x.count).toBeGreaterThan(100);
        expect(y.bytes.equals(x.bytes)).toBe(true);
      }
      for (const filter of [{ key: 'vanban.signed_rate' }, { locality: 'hưng hà' }, { period: 'Q2/2024' }, { key: 'dvc.online_full_rate', period: '2024' }]) {
        expect(await postgres.queryIndicators(filter)).toEqual(await sqlite.queryIndicators(filter));
      }
      const [la, lb] = [await sqlite.listDocuments(), await postgres.listDocuments()];
      expect(lb.map(({ ingestedAt, ...d }) => d)).toEqual(la.map(({ ingestedAt, ...d }) => d));
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });

  it('keeps uploaded bytes under their SHA-256 once, in both', async () => {
    const bytes = readFileSync(INPUTS[0]);
    for (const store of [await openStore(':memory:'), await openStore(freshPostgres('blobs'))]) {
      await store.saveBlob('abc', bytes);
      await store.saveBlob('abc', bytes);
      expect((await store.readBlob('abc'))!.equals(bytes)).toBe(true);
      expect(await store.readBlob('def')).toBeNull();
      await store.close();
    }
  });
});
