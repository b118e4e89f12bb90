/**
 * export: indicators of the database, joined with each document's identity,
 * as CSV, JSON or XLSX — one row per indicator.
 *   store → queryIndicators → renderCsv | JSON | renderXlsx → file or stdout
 */
import { renderCsv } from '../src/report/csv.js';
import type { IndicatorFilter } from '../src/store/indicators.js';
import { renderXlsx } from '../src/report/xlsx.js';
import type { Store } from '../src/store/open.js';

export type ExportFormat = 'csv' | 'json' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'xlsx'];

/** The bytes of an export and how many indicators it holds. */
export async function exportIndicators(store: Store, format: ExportFormat, filter: IndicatorFilter = {}): Promise<{ bytes: Buffer; count: number }> {
  const rows = await store.queryIndicators(filter);
  const bytes =
    format === 'xlsx' ? await renderXlsx(rows)
    : format === 'json' ? Buffer.from(JSON.stringify({ version: 1, indicators: rows }, null, 2) + '\n', 'utf8')
    : Buffer.from(renderCsv(rows), 'utf8');
  return { bytes, count: rows.length };
}
