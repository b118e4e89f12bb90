import { buildSource } from './build-source.js';
import { decodeText } from './decode.js';
/** Read a text file: decode, strip markup, and keep tab-separated lines as table rows. */
export function ingestTxt(path, bytes) {
    const decoded = decodeText(bytes);
    const warnings = decoded.warnings.map((message) => ({ stage: 'ingest', message, span: null }));
    const lines = decoded.text.split(/\r\n|\r|\n/);
    const blocks = [];
    let table = -1;
    let row = 0;
    let lastWasRow = false;
    lines.forEach((rawLine, i) => {
        const line = i + 1;
        if (!rawLine.trim())
            return; // blank lines do not end a table: exports put them between rows
        if (rawLine.includes('\t')) {
            if (!lastWasRow) {
                table += 1;
                row = 0;
            }
            blocks.push({ kind: 'row', text: '', cells: rawLine.split('\t'), table, row: row++, line, page: null });
            lastWasRow = true;
            return;
        }
        lastWasRow = false;
        const footnote = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/.test(rawLine);
        blocks.push({ kind: footnote ? 'footnote' : 'paragraph', text: rawLine, line, page: null, emphasis: /^\s*\*\*.*\*\*\s*$/.test(rawLine) || undefined });
    });
    return { ok: true, source: buildSource({ path, format: 'txt', bytes, encoding: decoded.encoding, blocks, warnings }) };
}
//# sourceMappingURL=txt.js.map