/**
 * XLSX of indicator rows (exceljs): a bold frozen header, column widths,
 * numbers as numbers, and rate cells as percent cells (96.56 → 0.9656 shown
 * as 96.56%) so a spreadsheet can compute with them; text that could start a formula gets a
 * leading `'` (negative numbers stay numbers).
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.js';
import { RECORD_COLUMNS } from './indicator-table.js';
const WIDTHS = { source: 40, title: 50, name: 60, snippet: 80, section_path: 20, parents: 30, key: 28 };
/** The workbook bytes of indicator rows on one sheet "Chỉ tiêu". */
export async function renderXlsx(rows) {
    const chunks = [];
    const sink = new PassThrough().on('data', (c) => chunks.push(c));
    await writeXlsx(fromArray(rows), sink);
    return Buffer.concat(chunks);
}
/**
 * Write the workbook to `sink` as rows are read, through exceljs's streaming writer: each row is
 * committed to the zip as it comes, so memory stays flat however many rows there are. Resolves
 * to the number of rows once the workbook is complete.
 */
export async function writeXlsx(rows, sink) {
    const finished = new Promise((resolve, reject) => {
        sink.once('finish', resolve).once('close', resolve).once('error', reject);
    });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('Chỉ tiêu', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = RECORD_COLUMNS.map((c) => ({ header: c.name, key: c.name, width: WIDTHS[c.name] ?? (c.kind === 'number' ? 12 : 16) }));
    ws.getRow(1).font = { bold: true };
    let count = 0;
    for await (const r of rows) {
        count++;
        const row = ws.addRow(RECORD_COLUMNS.map((c) => cellValue(r, c)));
        RECORD_COLUMNS.forEach((c, k) => {
            if (isPercentCell(r, c) && r[c.name] !== null)
                row.getCell(k + 1).numFmt = '0.00%';
        });
        row.commit();
        if (count % 200 === 0)
            await zipCaughtUp(ws);
    }
    ws.commit();
    await wb.commit();
    await finished;
    return count;
}
/**
 * Wait until the zip compressor has taken the sheet's rows written so far. exceljs's sheet stream
 * ignores the result of each write to the compressor (its StreamBuf always returns true), and a
 * source that never waits for I/O (better-sqlite3) leaves zlib no turn: the whole sheet piled up as
 * XML (378 MB of RSS at 200,000 rows). Waiting for the compressor's drain (which itself waits for
 * the zip and the sink) keeps one row batch in flight. The stream is exceljs's own field: without
 * it, one turn of the event loop.
 */
async function zipCaughtUp(ws) {
    const stream = ws.stream;
    const busy = stream?.pipes?.find((p) => p.writableNeedDrain || p._writableState?.needDrain);
    if (busy)
        await once(busy, 'drain');
    else
        await new Promise((resolve) => setImmediate(resolve));
}
async function* fromArray(items) {
    yield* items;
}
// A stored rate (96.56) is a fraction (0.9656) in a spreadsheet; `percent` always is a rate, the others when the unit is.
function isPercentCell(r, c) {
    return Boolean(c.percentLike) && (c.name === 'percent' || r.unit === 'percent');
}
function cellValue(r, c) {
    const v = r[c.name];
    if (v === null)
        return v;
    if (typeof v === 'string')
        return neutraliseFormula(v);
    return isPercentCell(r, c) ? Math.round(v * 1e6) / 1e8 : v;
}
//# sourceMappingURL=xlsx.js.map