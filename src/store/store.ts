/**
 * The store seam: what the pipelines need from a database, whichever it is. `sqlite.ts` (the
 * default, embedded) and `postgres.ts` (a shared server for a team) implement it; a third
 * backend is one more file implementing `Store` and one more branch in `open.ts`.
 */
import type { Analysis, DocumentOut, FileError } from '../model/index.js';
import type { IndicatorFilter, IndicatorRecord } from './indicators.js';
import type { AnalysisRows } from './rows.js';

/** One stored document, as `listDocuments` returns it. */
export interface StoredDocument {
  source: string;
  sha256: string;
  format: string;
  pages: number | null;
  ingestedAt: string;
}

/** A database holding analysed reports. Every method is async; each write is atomic. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, safe to print (a PostgreSQL URL without its password). */
  readonly label: string;
  /** The SHA-256 this source was stored with, or null when it is not stored. */
  storedSha(source: string): Promise<string | null>;
  /** Replace a source's rows with this analysis, in one transaction. */
  saveAnalysis(analysis: Analysis): Promise<void>;
  /** The same with the analysis's rows made already (`analysisRows`, as a batch's worker threads make them). */
  saveRows(rows: AnalysisRows): Promise<void>;
  /** Record a file that could not be read, replacing any earlier record of it. */
  saveFileError(source: string, error: FileError): Promise<void>;
  /** Indicator rows with their document's identity, in source then position order. */
  queryIndicators(filter?: IndicatorFilter): Promise<IndicatorRecord[]>;
  /**
   * The same rows as `queryIndicators`, one at a time as they are read, never all in memory
   * (exports and `indicators` of archive-size databases). The filter is checked before the first row.
   */
  iterateIndicators(filter?: IndicatorFilter): AsyncIterable<IndicatorRecord>;
  /** Every stored document (and every recorded unreadable file) as `audit` returns them, with their passages but not their whole text. */
  readDocuments(): Promise<DocumentOut[]>;
  /** The same documents, ordered by source, read one at a time as they are asked for (the HTML report of a large database). */
  iterateDocuments(): AsyncIterable<DocumentOut>;
  /** Stored documents, ordered by source. */
  listDocuments(): Promise<StoredDocument[]>;
  /** Keep a file's bytes under their SHA-256 (no-op when already kept). */
  saveBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes kept under this SHA-256, or null. */
  readBlob(sha256: string): Promise<Buffer | null>;
  close(): Promise<void>;
}
