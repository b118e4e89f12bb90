/**
 * report: an HTML audit report from a loaded database (no re-reading of files), written as it is read.
 *   store → documents one at a time: summaries (index, totals, filters)
 *         → documents one at a time again: html of each (its passages, figures, indicators, findings) → file
 * Memory: the summaries (source, unit, period, each finding's rule and severity) and one document.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { renderDocument, renderHtmlHead, renderHtmlTail, summarise } from '../src/report/html.js';
import { writeAll } from './export.js';
/** Write `DIR/index.html` for the documents in `store`; returns the file written and how many documents it shows. */
export async function reportFromStore(store, outDir) {
    const summaries = [];
    for await (const d of store.iterateDocuments())
        summaries.push(summarise(d));
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'index.html');
    const sink = createWriteStream(file);
    const failed = new Promise((_, reject) => sink.once('error', reject));
    await Promise.race([writeAll(sink, pages(store, summaries, `cơ sở dữ liệu ${store.label}`)), failed]);
    sink.end();
    await Promise.race([finished(sink), failed]);
    return { file, documents: summaries.length };
}
async function* pages(store, summaries, origin) {
    yield renderHtmlHead(summaries, { origin });
    let i = 0;
    for await (const d of store.iterateDocuments()) {
        if (i >= summaries.length)
            break; // stored after the index was written
        yield renderDocument(d, i++).value;
    }
    yield renderHtmlTail();
}
//# sourceMappingURL=report.js.map