/**
 * report: an HTML audit report from a loaded database (no re-reading of files).
 *   SQLite → documents, sections, figures, indicators, findings → html (evidence passages, no full text)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { renderHtml } from '../src/report/html.js';
import { readDocuments } from '../src/store/read.js';

/** Write `DIR/index.html` for the database at `dbPath`; returns the file written and how many documents it shows. */
export function reportFromDb(dbPath: string, outDir: string): { file: string; documents: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const documents = readDocuments(db);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'index.html');
    writeFileSync(file, renderHtml(documents, { origin: `cơ sở dữ liệu ${dbPath}` }));
    return { file, documents: documents.length };
  } finally {
    db.close();
  }
}
