/**
 * The embedded default: one SQLite file (better-sqlite3), WAL, a busy timeout, foreign keys.
 * Calls are synchronous underneath; each write is one IMMEDIATE transaction, so two processes
 * loading the same file take turns.
 */
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis, FileError } from '../model/index.js';
import { collect, finishIndicator, indicatorParams, indicatorSql, type IndicatorFilter, type IndicatorRecord } from './indicators.js';
import { analysisRows, fileErrorRow, iterateDocumentRows, type AnalysisRows, type Row } from './rows.js';
import { MIGRATIONS } from './schema.js';
import type { Store, StoredDocument } from './store.js';
import { StoreUnavailable } from './url.js';

/** Open (creating if needed) a SQLite store, migrations applied; `readonly` opens an existing file as it is. */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  if (path !== ':memory:' && !options.readonly) {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) {
      try {
        accessSync(path, constants.W_OK);
      } catch (e) {
        throw new StoreUnavailable(`cơ sở dữ liệu ${path}: chỉ đọc được, không ghi được (${(e as NodeJS.ErrnoException).code}: quyền của tệp hoặc ổ đĩa chỉ đọc)`);
      }
    }
  }
  let db: Database.Database | undefined;
  let copy: string | undefined;
  try {
    if (options.readonly) ({ db, copy } = openReadonly(path));
    else db = new Database(path, { timeout: 60000 });
    if (!options.readonly) {
      const writable = db;
      // Switching a new file to WAL while another run opens it can fail SQLITE_BUSY at once, without the busy timeout's
      // wait (SQLite's deadlock and recovery cases): the setup is tried again, with a pause, for as long as that timeout.
      whileBusy(() => {
        writable.pragma('journal_mode = WAL');
        writable.pragma('synchronous = NORMAL');
        writable.pragma('foreign_keys = ON');
        migrate(writable);
      });
    }
  } catch (e) {
    db?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    throw sqliteFailure(path, e) ?? e;
  }
  const store = guarded(sqliteStore(db, path), path);
  if (!copy) return store;
  const folder = copy;
  return { ...store, close: () => store.close().finally(() => rmSync(folder, { recursive: true, force: true })) };
}

/**
 * Open an existing file read-only. A database in WAL mode (as `ingest` leaves it) cannot be read
 * where SQLite may not create its `-shm` file (a read-only disk, a CD, a write-protected share),
 * and this build has no `immutable` URI; then it is read from a copy in the temporary folder,
 * removed on close. `copy` is that folder.
 */
function openReadonly(path: string): { db: Database.Database; copy?: string } {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('user_version'); // reads the header: not-a-database and corruption show here
    return { db };
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_CANTOPEN' || !existsSync(path)) throw e;
    const folder = mkdtempSync(join(tmpdir(), 'baocao-ro-'));
    try {
      const file = join(folder, 'copy.sqlite');
      copyFileSync(path, file);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${file}-wal`);
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('user_version');
      return { db, copy: folder };
    } catch (inner) {
      rmSync(folder, { recursive: true, force: true });
      throw inner;
    }
  }
}

/** What SQLite's result codes mean to the person who named the file. */
const SQLITE_REASONS: Array<[RegExp, string]> = [
  [/^SQLITE_NOTADB/, 'không phải tệp cơ sở dữ liệu SQLite'],
  [/^SQLITE_CORRUPT/, 'tệp SQLite bị hỏng'],
  [/^SQLITE_READONLY/, 'chỉ đọc được, không ghi được (quyền của tệp hoặc ổ đĩa chỉ đọc)'],
  [/^SQLITE_FULL/, 'hết chỗ trên đĩa; các báo cáo đã ghi trước đó vẫn còn nguyên'],
  [/^SQLITE_CANTOPEN/, 'không mở được tệp (thư mục không có, hoặc không có quyền)'],
  [/^SQLITE_(PERM|AUTH)/, 'không có quyền'],
  [/^SQLITE_(BUSY|LOCKED)/, 'đang bị khóa bởi một tiến trình khác'],
  [/^SQLITE_IOERR/, 'lỗi đọc hoặc ghi đĩa (đĩa đầy, hỏng hoặc đã tháo ra?)'],
];

/**
 * A SQLite failure as one line naming the file (the CLI prints it and exits 2), or undefined when
 * `e` is not one of SQLite's errors about the file itself (a bug stays a stack trace).
 */
export function sqliteFailure(path: string, e: unknown): StoreUnavailable | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  const reason = SQLITE_REASONS.find(([re]) => re.test(code))?.[1];
  return reason ? new StoreUnavailable(`cơ sở dữ liệu ${path}: ${reason} (${code})`) : undefined;
}

/** The store with every SQLite failure of every call turned into `sqliteFailure`'s line. */
function guarded(store: Store, path: string): Store {
  const fail = (e: unknown): never => {
    throw sqliteFailure(path, e) ?? e;
  };
  return {
    kind: store.kind,
    label: store.label,
    storedSha: (source) => store.storedSha(source).catch(fail),
    saveAnalysis: (analysis) => store.saveAnalysis(analysis).catch(fail),
    saveRows: (rows) => store.saveRows(rows).catch(fail),
    saveFileError: (source, error) => store.saveFileError(source, error).catch(fail),
    queryIndicators: (filter) => store.queryIndicators(filter).catch(fail),
    async *iterateIndicators(filter) {
      try {
        yield* store.iterateIndicators(filter);
      } catch (e) {
        fail(e);
      }
    },
    readDocuments: () => store.readDocuments().catch(fail),
    async *iterateDocuments() {
      try {
        yield* store.iterateDocuments();
      } catch (e) {
        fail(e);
      }
    },
    listDocuments: () => store.listDocuments().catch(fail),
    saveBlob: (sha256, bytes) => store.saveBlob(sha256, bytes).catch(fail),
    readBlob: (sha256) => store.readBlob(sha256).catch(fail),
    close: () => store.close().catch(fail),
  };
}

/** Run `setup`, again after a pause while SQLite answers BUSY or LOCKED, for at most `limit` ms; then its error. */
export function whileBusy(setup: () => void, limit = 60000): void {
  const start = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      setup();
      return;
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      if (typeof code !== 'string' || !/^SQLITE_(BUSY|LOCKED)/.test(code) || Date.now() - start > limit) throw e;
      Atomics.wait(pause, 0, 0, Math.min(50 * 2 ** attempt, 1000));
    }
  }
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

/** Rows per multi-row INSERT at most; a batch is cut into powers of two, so a table needs at most 7 statements. */
const BATCH = 64;

/**
 * Insert many rows of one table, all `document_id` first and then the same columns in the same order,
 * with multi-row INSERTs (one native call per up to 64 rows instead of one per row: SQLite assigns
 * the rows the same ids in the same order as row-by-row inserts). `extra` gives each row's values
 * that precede its own (its document's and, for figures, its section's id).
 */
function batchInserter(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  const statement = (table: string, columns: string[], count: number): Database.Statement => {
    const key = `${table}\u0000${columns.join(',')}\u0000${count}`;
    let s = cache.get(key);
    if (!s) {
      const one = `(${columns.map(() => '?').join(', ')})`;
      s = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(count).fill(one).join(', ')}`);
      cache.set(key, s);
    }
    return s;
  };
  return <T>(table: string, lead: string[], items: T[], extra: (item: T) => unknown[], row: (item: T) => Row): void => {
    if (items.length === 0) return;
    const own = Object.keys(row(items[0]));
    const columns = [...lead, ...own];
    let at = 0;
    while (at < items.length) {
      let count = BATCH;
      while (count > items.length - at) count >>= 1;
      const params: unknown[] = [];
      for (let i = at; i < at + count; i++) {
        const r = row(items[i]);
        const values = Object.values(r);
        // Every row of a table is built by the same object literal; a different shape would bind wrong columns.
        if (values.length !== own.length) throw new Error(`${table}: row ${i} has ${values.length} columns, expected ${own.length}`);
        params.push(...extra(items[i]), ...values);
      }
      statement(table, columns, count).run(params);
      at += count;
    }
  };
}

function sqliteStore(db: Database.Database, path: string): Store {
  const insert = inserter(db);
  const insertAll = batchInserter(db);
  // Prepared on the first save, once (a read-only store never prepares them).
  let deletes: Database.Statement[] | undefined;
  const save = db.transaction((rows: AnalysisRows) => {
    deletes ??= [db.prepare('DELETE FROM documents WHERE source = ?'), db.prepare('DELETE FROM file_errors WHERE source = ?')];
    for (const statement of deletes) statement.run(rows.document.source);
    const documentId = insert('documents', rows.document);
    // Sections one by one: a section's parent id is the id SQLite gave an earlier row.
    const sectionIds: number[] = [];
    for (const s of rows.sections) sectionIds.push(insert('sections', { document_id: documentId, parent_id: s.parent === null ? null : sectionIds[s.parent], ...s.row }));
    const doc = [documentId];
    const own = (r: Row) => r;
    insertAll('passages', ['document_id'], rows.passages, () => doc, own);
    insertAll('figures', ['document_id', 'section_id'], rows.figures, (f) => [documentId, f.section === null ? null : sectionIds[f.section]], (f) => f.row);
    insertAll('findings', ['document_id'], rows.findings, () => doc, own);
    insertAll('indicators', ['document_id'], rows.indicators, () => doc, own);
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
      save.immediate(analysisRows(analysis));
    },
    async saveRows(rows) {
      save.immediate(rows);
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
      return collect(this.iterateDocuments());
    },
    iterateDocuments() {
      return iterateDocumentRows(async (sql, params = []) => all(sql, ...params));
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
