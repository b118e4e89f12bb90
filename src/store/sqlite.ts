/**
 * The embedded default: one SQLite file (better-sqlite3), WAL, a busy timeout, foreign keys.
 * Calls are synchronous underneath; each write is one IMMEDIATE transaction, so two processes
 * loading the same file take turns.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis, FileError } from '../model/index.js';
import { collect, finishIndicator, indicatorParams, indicatorSql, type IndicatorFilter, type IndicatorRecord } from './indicators.js';
import { analysisRows, documentsFromRows, fileErrorRow, READ_SQL, type ReadRows, type Row } from './rows.js';
import { MIGRATIONS } from './schema.js';
import type { Store, StoredDocument } from './store.js';

/** Open (creating if needed) a SQLite store, migrations applied; `readonly` opens an existing file as it is. */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = options.readonly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path, { timeout: 15000 });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return sqliteStore(db, path);
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      // Another process may have migrated while we waited for the lock.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

function inserter(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (table: string, row: Row): number => {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return Number(statement.run(...Object.values(row)).lastInsertRowid);
  };
}

function sqliteStore(db: Database.Database, path: string): Store {
  const insert = inserter(db);
  const save = db.transaction((analysis: Analysis) => {
    const rows = analysisRows(analysis);
    db.prepare('DELETE FROM documents WHERE source = ?').run(analysis.source.path);
    db.prepare('DELETE FROM file_errors WHERE source = ?').run(analysis.source.path);
    const documentId = insert('documents', rows.document);
    const sectionIds: number[] = [];
    for (const s of rows.sections) sectionIds.push(insert('sections', { document_id: documentId, parent_id: s.parent === null ? null : sectionIds[s.parent], ...s.row }));
    for (const f of rows.figures) insert('figures', { document_id: documentId, section_id: f.section === null ? null : sectionIds[f.section], ...f.row });
    for (const f of rows.findings) insert('findings', { document_id: documentId, ...f });
    for (const i of rows.indicators) insert('indicators', { document_id: documentId, ...i });
  });
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  return {
    kind: 'sqlite',
    label: path,
    async storedSha(source) {
      const row = db.prepare('SELECT sha256 FROM documents WHERE source = ?').get(source) as { sha256: string } | undefined;
      return row?.sha256 ?? null;
    },
    async saveAnalysis(analysis) {
      save.immediate(analysis);
    },
    async saveFileError(source: string, error: FileError) {
      const row = fileErrorRow(source, error);
      db.prepare('INSERT OR REPLACE INTO file_errors (source, code, message, at) VALUES (?, ?, ?, ?)').run(...Object.values(row));
    },
    async queryIndicators(filter: IndicatorFilter = {}) {
      return collect(this.iterateIndicators(filter));
    },
    async *iterateIndicators(filter: IndicatorFilter = {}) {
      const params = indicatorParams(filter);
      for (const row of db.prepare(indicatorSql('COLLATE BINARY')).iterate(...params) as IterableIterator<IndicatorRecord>) {
        const r = finishIndicator(row, filter);
        if (r) yield r;
      }
    },
    async readDocuments() {
      const rows = Object.fromEntries(Object.entries(READ_SQL).map(([k, sql]) => [k, all(sql)])) as ReadRows;
      return documentsFromRows(rows);
    },
    async listDocuments(): Promise<StoredDocument[]> {
      return all('SELECT source, sha256, format, pages, ingested_at AS "ingestedAt" FROM documents ORDER BY source') as unknown as StoredDocument[];
    },
    async saveBlob(sha256, bytes) {
      db.prepare('INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(sha256, bytes.length, Buffer.from(bytes));
    },
    async readBlob(sha256) {
      const row = db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
      return row?.bytes ?? null;
    },
    async close() {
      db.close();
    },
  };
}
