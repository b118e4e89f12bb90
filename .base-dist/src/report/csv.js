/**
 * CSV of indicator rows: UTF-8 with a byte-order mark so Excel reads
 * Vietnamese correctly, CRLF line ends and RFC 4180 quoting; no cell runs as a formula.
 */
import { neutraliseFormula } from './formula-guard.js';
import { RECORD_COLUMNS } from './indicator-table.js';
/**
 * Quote a field when it holds a comma, quote, CR or LF (RFC 4180), doubling inner quotes;
 * text that could start a formula gets a leading `'` (numbers stay numbers).
 */
export function csvField(v) {
    if (v === null)
        return '';
    const s = typeof v === 'number' ? String(v) : neutraliseFormula(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** The CSV text of indicator rows, header first, starting with a BOM. */
export function renderCsv(rows) {
    return csvHeader() + rows.map(csvRow).join('');
}
/** The BOM and the header line, CRLF-ended. */
export function csvHeader() {
    return '\uFEFF' + RECORD_COLUMNS.map((c) => c.name).join(',') + '\r\n';
}
/** One indicator's line, CRLF-ended. */
export function csvRow(r) {
    return RECORD_COLUMNS.map((c) => csvField(r[c.name])).join(',') + '\r\n';
}
//# sourceMappingURL=csv.js.map