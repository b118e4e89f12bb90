/**
 * report: an HTML audit report from a loaded database (no re-reading of files).
 *   store → documents, sections, figures, indicators, findings → html (evidence passages, no full text)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../src/report/html.js';
import type { Store } from '../src/store/open.js';

/** Write `DIR/index.html` for the documents in `store`; returns the file written and how many documents it shows. */
export async function reportFromStore(store: Store, outDir: string): Promise<{ file: string; documents: number }> {
  const documents = await store.readDocuments();
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, renderHtml(documents, { origin: `cơ sở dữ liệu ${store.label}` }));
  return { file, documents: documents.length };
}
