/**
 * export: indicators of the database, joined with each document's identity,
 * as CSV, JSON or XLSX — one row per indicator.
 *   store → iterateIndicators → CSV | JSON lines as read → file or stdout (never all rows in memory)
 *   store → iterateIndicators → exceljs streaming WorkbookWriter → file
 */
import { PassThrough } from 'node:stream';
import { csvHeader, csvRow } from '../src/report/csv.js';
/** The XLSX writer, loaded when an XLSX is asked for: exceljs costs ~0.6 s CPU to import, which every other command (an audit, a CSV) would pay. */
const xlsx = () => import('../src/report/xlsx.js');
export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'];
/** The bytes of an export and how many indicators it holds (all in memory: tests and small databases). */
export async function exportIndicators(store, format, filter = {}) {
    if (format === 'xlsx') {
        const chunks = [];
        const { writeXlsx } = await xlsx();
        const count = await writeXlsx(store.iterateIndicators(filter), new PassThrough().on('data', (c) => chunks.push(c)));
        return { bytes: Buffer.concat(chunks), count };
    }
    const parts = [];
    const counted = { count: 0 };
    for await (const part of textExport(store.iterateIndicators(filter), format, counted))
        parts.push(part);
    return { bytes: Buffer.from(parts.join(''), 'utf8'), count: counted.count };
}
/**
 * Write an export to `sink` as the rows are read, waiting for the sink to drain; resolves to the
 * number of indicators. Stops early, without error, when the sink is closed (`export | head`).
 */
export async function writeExport(store, format, sink, filter = {}) {
    if (format === 'xlsx')
        return (await xlsx()).writeXlsx(store.iterateIndicators(filter), sink);
    const counted = { count: 0 };
    await writeAll(sink, textExport(store.iterateIndicators(filter), format, counted));
    return counted.count;
}
/** Write strings to `sink` in chunks of about 64 KB, honouring backpressure; false when the sink closed. */
export async function writeAll(sink, parts) {
    let buffer = '';
    for await (const part of parts) {
        buffer += part;
        if (buffer.length >= 65_536) {
            if (!(await writeChunk(sink, buffer)))
                return false;
            buffer = '';
        }
    }
    return buffer ? writeChunk(sink, buffer) : !sink.destroyed;
}
async function writeChunk(sink, chunk) {
    if (sink.destroyed)
        return false;
    if (!sink.write(chunk))
        await drained(sink);
    return !sink.destroyed;
}
/** Resolves when `sink` drains, closes or fails (its own error listener reports a failure). */
function drained(sink) {
    return new Promise((resolve) => {
        const done = () => {
            sink.off('drain', done).off('close', done).off('error', done);
            resolve();
        };
        sink.on('drain', done).on('close', done).on('error', done);
    });
}
/** CSV or JSON text of rows, piece by piece; the same bytes as rendering all rows at once. */
async function* textExport(rows, format, counted) {
    if (format === 'csv') {
        yield csvHeader();
        for await (const r of rows) {
            counted.count++;
            yield csvRow(r);
        }
        return;
    }
    // JSON.stringify({ version: 1, indicators: rows }, null, 2) + '\n', one row at a time.
    yield '{\n  "version": 1,\n  "indicators": [';
    for await (const r of rows) {
        yield (counted.count++ ? ',\n    ' : '\n    ') + JSON.stringify(r, null, 2).replace(/\n/g, '\n    ');
    }
    yield counted.count ? '\n  ]\n}\n' : ']\n}\n';
}
//# sourceMappingURL=export.js.map