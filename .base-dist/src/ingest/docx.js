import { buildSource } from './build-source.js';
import { createNumberer, readNumbering } from './docx-numbering.js';
import { MissingDocumentError, readDocxParts } from './docx-package.js';
import { NoteMarks, readParagraph } from './docx-paragraph.js';
import { readStyles } from './docx-styles.js';
import { child, childElements, valAt } from './xml.js';
import { packageFailure } from './zip.js';
import { fail } from './index.js';
import { convertMarkedRuns } from './legacy.js';
/** Refuse packages declaring more than this many uncompressed bytes (zip bombs). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Read a .docx file into a Source; never throws. */
export async function ingestDocx(path, bytes) {
    let parts;
    try {
        parts = await readDocxParts(bytes, MAX_UNCOMPRESSED_BYTES);
    }
    catch (e) {
        return packageFailure(e, (x) => x instanceof MissingDocumentError, 'CORRUPT_DOCX', { name: 'Word', ext: '.docx' });
    }
    try {
        return readBody(path, bytes, parts);
    }
    catch (e) {
        return fail('CORRUPT_DOCX', `Không đọc được nội dung tệp Word (.docx): ${e.message}`);
    }
}
function readBody(path, bytes, parts) {
    const styles = readStyles(parts.styles);
    const numbering = readNumbering(parts.numbering, (styleId) => styles.paragraph(styleId).numId);
    const numberer = createNumberer(numbering);
    const walk = { styles, numberer, notes: new NoteMarks(), blocks: [], line: 0, table: 0, tabRows: null };
    const body = child(parts.document, 'body');
    if (!body)
        return fail('CORRUPT_DOCX', 'Tệp Word (.docx) không có phần thân văn bản (w:body)');
    walkBody(body, walk);
    appendNotes(walk, parts.footnotes, 'footnotes');
    appendNotes(walk, parts.endnotes, 'endnotes');
    const legacy = convertMarkedRuns(walk.blocks);
    const messages = [...parts.problems, ...numberer.warnings, ...(legacy ? [legacy] : [])];
    const warnings = messages.map((message) => ({ stage: 'ingest', message, span: null }));
    return { ok: true, source: buildSource({ path, format: 'docx', bytes, encoding: 'utf-8', blocks: walk.blocks, warnings }) };
}
function pushParagraph(p, walk) {
    walk.line += 1;
    const para = readParagraph(p, walk);
    if (para.text.includes('\t') && para.text.trim()) {
        // Tab-separated paragraphs are a table typed without Word's table tool: keep them as rows, as the txt reader does.
        walk.tabRows ??= { table: walk.table++, row: 0 };
        const cells = para.text.split('\t');
        walk.blocks.push({ kind: 'row', text: '', cells, table: walk.tabRows.table, row: walk.tabRows.row++, line: walk.line, page: null });
    }
    else {
        // Empty paragraphs (blank lines) do not end a run of tab rows.
        if (para.text.trim())
            walk.tabRows = null;
        walk.blocks.push({ kind: 'paragraph', text: para.text, emphasis: para.emphasis || undefined, outlineLevel: para.outlineLevel, line: walk.line, page: null });
    }
    for (const inner of para.floating)
        pushParagraph(inner, walk);
}
/** Body-level content in order; containers (sdt, customXml, tracked insertions) are looked through. */
function walkBody(el, walk) {
    for (const c of childElements(el)) {
        if (c.name === 'p')
            pushParagraph(c, walk);
        else if (c.name === 'tbl')
            walkTable(c, walk);
        else if (c.name !== 'sectPr' && c.name !== 'del' && c.name !== 'sdtPr')
            walkBody(c, walk);
    }
}
/** Rows of a table, looking through content controls around rows. */
function tableRows(el) {
    return childElements(el).flatMap((c) => (c.name === 'tr' ? [c] : ['sdt', 'sdtContent', 'customXml'].includes(c.name) ? tableRows(c) : []));
}
function rowCells(el) {
    return childElements(el).flatMap((c) => (c.name === 'tc' ? [c] : ['sdt', 'sdtContent', 'customXml'].includes(c.name) ? rowCells(c) : []));
}
function gridCount(tr, name) {
    const n = Number(valAt(tr, 'trPr', name) ?? 0);
    return Number.isFinite(n) ? Math.max(0, Math.min(n, 64)) : 0;
}
/** One `row` block per table row; a cell spanning n grid columns is followed by n − 1 empty cells. */
function walkTable(tbl, walk) {
    walk.tabRows = null;
    const table = walk.table++;
    tableRows(tbl).forEach((tr, row) => {
        walk.line += 1;
        const cells = Array(gridCount(tr, 'gridBefore')).fill('');
        for (const tc of rowCells(tr)) {
            cells.push(cellText(tc, walk));
            const span = Number(valAt(tc, 'tcPr', 'gridSpan') ?? 1);
            for (let k = 1; k < Math.min(span, 64); k++)
                cells.push('');
        }
        cells.push(...Array(gridCount(tr, 'gridAfter')).fill(''));
        walk.blocks.push({ kind: 'row', text: '', cells, table, row, line: walk.line, page: null });
    });
}
/** A cell's paragraphs (and nested tables' cells) joined with a space. */
function cellText(el, walk) {
    const texts = [];
    for (const c of childElements(el)) {
        if (c.name === 'p') {
            const para = readParagraph(c, walk);
            texts.push(para.text, ...para.floating.map((f) => readParagraph(f, walk).text));
        }
        else if (c.name === 'tbl') {
            for (const tr of tableRows(c))
                for (const tc of rowCells(tr))
                    texts.push(cellText(tc, walk));
        }
        else if (c.name !== 'tcPr')
            texts.push(cellText(c, walk));
    }
    return texts.map((t) => t.trim()).filter(Boolean).join(' ');
}
/** Notes that the body referenced, in reference order, as "¹ text" blocks after the body. */
function appendNotes(walk, root, kind) {
    if (!root)
        return;
    const byId = new Map(childElements(root).filter((n) => !n.attrs.type || n.attrs.type === 'normal').map((n) => [n.attrs.id, n]));
    const noteContext = { styles: walk.styles, numberer: null, notes: walk.notes };
    for (const [id, mark] of walk.notes[kind]) {
        const note = byId.get(id);
        if (!note)
            continue;
        const text = childElements(note, 'p').map((p) => readParagraph(p, noteContext).text.trim()).filter(Boolean).join(' ');
        walk.line += 1;
        walk.blocks.push({ kind: 'footnote', text: `${mark} ${text}`, line: walk.line, page: null });
    }
}
//# sourceMappingURL=docx.js.map