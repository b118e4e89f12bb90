/**
 * PostgreSQL for a team: one server that several people load and query, and that the job queue
 * (queue.ts) shares. Same tables and columns as SQLite (schema.ts), node-postgres underneath.
 * A save is one transaction holding an advisory lock on the document's source, so two workers
 * saving the same file take turns and the file is stored once.
 */
import pg from 'pg';
import type { Analysis, FileError } from '../model/index.js';
import { collect, finishIndicator, indicatorPageSql, indicatorParams, pageParams, type IndicatorFilter, type IndicatorRecord } from './indicators.js';
import { analysisRows, fileErrorRow, iterateDocumentRows, type AnalysisRows, type Row } from './rows.js';
import { forPostgres, MIGRATIONS } from './schema.js';
import type { Store, StoredDocument } from './store.js';
import { checkPostgresUrl, connectionError, redactUrl } from './url.js';

type Client = pg.PoolClient;

/** Indicator rows read per query when streaming. */
const PAGE = 2000;

/** `?` placeholders (the shared SQL's) as PostgreSQL's `$1, $2, …`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// One key for the migration lock; any constant unlikely to clash with other applications.
const MIGRATION_LOCK = 7_240_512;

async function migrate(client: Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    if (!rows.length) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    for (let v = rows[0]?.version ?? 0; v < MIGRATIONS.length; v++) await client.query(forPostgres(MIGRATIONS[v]));
    await client.query('UPDATE schema_version SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** Insert rows (all with the same columns) in as few statements as the parameter limit allows. */
async function insertMany(client: Client, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.floor(60_000 / columns.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + perStatement).map((r) => `(${columns.map((c) => (params.push(r[c]), `$${params.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

async function nextIds(client: Client, sequence: string, n: number): Promise<number[]> {
  if (!n) return [];
  const { rows } = await client.query<{ id: number }>(`SELECT nextval('${sequence}')::int AS id FROM generate_series(1, $1)`, [n]);
  return rows.map((r) => r.id);
}

async function saveRows(client: Client, rows: AnalysisRows): Promise<void> {
  const source = rows.document.source as string;
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [source]);
  await client.query('DELETE FROM documents WHERE source = $1', [source]);
  await client.query('DELETE FROM file_errors WHERE source = $1', [source]);
  const columns = Object.keys(rows.document);
  const inserted = await client.query<{ id: number }>(
    `INSERT INTO documents (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(rows.document),
  );
  const documentId = inserted.rows[0].id;
  // Section ids are drawn first so children can name their parent within one multi-row insert.
  const ids = await nextIds(client, 'sections_id_seq', rows.sections.length);
  const parentOf = (i: number | null) => (i === null ? null : ids[i]);
  await insertMany(client, 'sections', rows.sections.map((s, i) => ({ id: ids[i], document_id: documentId, parent_id: parentOf(s.parent), ...s.row })));
  await insertMany(client, 'passages', rows.passages.map((p) => ({ document_id: documentId, ...p })));
  await insertMany(client, 'figures', rows.figures.map((f) => ({ document_id: documentId, section_id: parentOf(f.section), ...f.row })));
  await insertMany(client, 'findings', rows.findings.map((f) => ({ document_id: documentId, ...f })));
  await insertMany(client, 'indicators', rows.indicators.map((i) => ({ document_id: documentId, ...i })));
}

/** Connect to PostgreSQL at `url` and apply migrations; a failure is one StoreUnavailable line. */
export async function openPostgresStore(url: string, options: { max?: number } = {}): Promise<Store> {
  checkPostgresUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw connectionError(url, e);
  }
  return postgresStore(pool, redactUrl(url));
}

function postgresStore(pool: pg.Pool, label: string): Store {
  const all = async (sql: string, params: unknown[] = []) => (await pool.query(numbered(sql), params)).rows as Row[];
  const transaction = async (work: (client: Client) => Promise<void>) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    label,
    async storedSha(source) {
      const rows = await all('SELECT sha256 FROM documents WHERE source = ?', [source]);
      return rows.length ? String(rows[0].sha256) : null;
    },
    async saveAnalysis(analysis) {
      await transaction((client) => saveRows(client, analysisRows(analysis)));
    },
    async saveRows(rows) {
      await transaction((client) => saveRows(client, rows));
    },
    async saveFileError(source: string, error: FileError) {
      const r = fileErrorRow(source, error);
      await all(
        'INSERT INTO file_errors (source, code, message, at) VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET code = EXCLUDED.code, message = EXCLUDED.message, at = EXCLUDED.at',
        Object.values(r),
      );
    },
    async queryIndicators(filter: IndicatorFilter = {}) {
      return collect(this.iterateIndicators(filter));
    },
    // Pages of PAGE rows after the last (source, id) read: memory bounded by a page, no OFFSET rescans.
    async *iterateIndicators(filter: IndicatorFilter = {}) {
      const params = indicatorParams(filter);
      const sql = indicatorPageSql('COLLATE "C"');
      let last: { source: string; id: number } | null = null;
      for (;;) {
        const rows = (await all(sql, [...params, ...pageParams(last, PAGE)])) as unknown as Array<IndicatorRecord & { row_id: number }>;
        for (const { row_id, ...row } of rows) {
          last = { source: row.source, id: row_id };
          const r = finishIndicator(row, filter);
          if (r) yield r;
        }
        if (rows.length < PAGE) return;
      }
    },
    async readDocuments() {
      return collect(this.iterateDocuments());
    },
    iterateDocuments() {
      return iterateDocumentRows(all);
    },
    async listDocuments(): Promise<StoredDocument[]> {
      return (await all('SELECT source, sha256, format, pages, ingested_at AS "ingestedAt" FROM documents ORDER BY source COLLATE "C"')) as unknown as StoredDocument[];
    },
    async saveBlob(sha256, bytes) {
      await all('INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [sha256, bytes.length, Buffer.from(bytes)]);
    },
    async readBlob(sha256) {
      const rows = await all('SELECT bytes FROM blobs WHERE sha256 = ?', [sha256]);
      return rows.length ? (rows[0].bytes as Buffer) : null;
    },
    async close() {
      await pool.end();
    },
  };
}
