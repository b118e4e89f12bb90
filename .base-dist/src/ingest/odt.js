import { buildSource } from './build-source.js';
import { FORMATS } from './docx-numbering.js';
import { NoteMarks } from './docx-paragraph.js';
import { fail } from './index.js';
import { convertLegacyText, convertMarkedRuns, legacyFontEncoding, markUnknownFontRun } from './legacy.js';
import { toSuperscript } from '../text/normalize.js';
import { readOdtStyles } from './odt-styles.js';
import { childElements, parseXml, textContent, XmlError } from './xml.js';
import { openZip, packageFailure } from './zip.js';
/** Refuse packages declaring more than this many uncompressed bytes (zip bombs). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** The mimetype an OpenDocument text (or text template) declares. */
export const ODT_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.text(?:-template)?$/;
/** Read a .odt file into a Source; never throws. */
export async function ingestOdt(path, bytes) {
    let content;
    let styles = null;
    const warnings = [];
    try {
        const zip = await openZip(bytes, MAX_UNCOMPRESSED_BYTES);
        const contentText = await zip.readText('content.xml');
        if (contentText === null)
            return fail('CORRUPT_ODT', 'Tệp OpenDocument (.odt) bị hỏng: thiếu content.xml');
        content = parseXml(contentText);
        const stylesText = await zip.readText('styles.xml');
        if (stylesText !== null) {
            try {
                styles = parseXml(stylesText);
            }
            catch (e) {
                warnings.push({ stage: 'ingest', message: `styles.xml: ${e.message}`, span: null });
            }
        }
    }
    catch (e) {
        return packageFailure(e, (x) => x instanceof XmlError, 'CORRUPT_ODT', { name: 'OpenDocument', ext: '.odt' });
    }
    try {
        const text = childElements(childElements(content, 'body')[0], 'text')[0];
        if (!text)
            return fail('CORRUPT_ODT', 'Tệp OpenDocument (.odt) không có phần văn bản (office:text)');
        const walk = {
            styles: readOdtStyles(styles, content),
            blocks: [], line: 0, table: 0, tabRows: null, notes: new NoteMarks(), noteBodies: [],
            counters: new Map(), listKeys: new Map(), lastListKey: null, nextKey: 0,
        };
        walkBody(text, walk);
        appendNotes(walk);
        const legacy = convertMarkedRuns(walk.blocks);
        if (legacy)
            warnings.push({ stage: 'ingest', message: legacy, span: null });
        return { ok: true, source: buildSource({ path, format: 'odt', bytes, encoding: 'utf-8', blocks: walk.blocks, warnings }) };
    }
    catch (e) {
        return fail('CORRUPT_ODT', `Không đọc được nội dung tệp OpenDocument (.odt): ${e.message}`);
    }
}
/** Containers whose content is never shown as body text. */
const SKIPPED_BODY = new Set([
    'tracked-changes', 'sequence-decls', 'variable-decls', 'user-field-decls', 'dde-connection-decls', 'forms',
    'index-title-template', 'table-of-content-source', 'alphabetical-index-source', 'illustration-index-source',
    'table-index-source', 'object-index-source', 'user-index-source', 'bibliography-source', 'soft-page-break',
]);
function walkBody(el, walk) {
    for (const c of childElements(el)) {
        if (c.name === 'p' || c.name === 'h')
            pushParagraph(c, walk, headingLabel(c, walk));
        else if (c.name === 'list')
            walkList(c, walk, 0, listKey(c, walk), c.attrs['style-name']);
        else if (c.name === 'table')
            walkTable(c, walk);
        else if (!SKIPPED_BODY.has(c.name))
            walkBody(c, walk);
    }
}
/** The counter a top-level list uses: its own, or the one it continues. */
function listKey(list, walk) {
    const continues = list.attrs['continue-list'];
    let key;
    if (continues)
        key = walk.listKeys.get(continues) ?? `continued:${continues}`;
    else if (list.attrs['continue-numbering'] === 'true' && walk.lastListKey)
        key = walk.lastListKey;
    else
        key = `list:${walk.nextKey++}`;
    for (const id of [list.attrs.id, continues])
        if (id && !walk.listKeys.has(id))
            walk.listKeys.set(id, key);
    walk.lastListKey = key;
    return key;
}
function walkList(list, walk, depth, key, styleName) {
    const style = list.attrs['style-name'] ?? styleName;
    for (const item of childElements(list)) {
        if (item.name !== 'list-item' && item.name !== 'list-header')
            continue;
        let first = item.name === 'list-item';
        const start = item.attrs['start-value'];
        for (const c of childElements(item)) {
            if (c.name === 'p' || c.name === 'h') {
                const listStyle = style ?? walk.styles.style(c.attrs['style-name']).listStyle;
                if (c.name === 'h' && (listStyle === undefined || listStyle === walk.styles.outlineName)) {
                    // A heading in a list of the outline style (LibreOffice writes some so) is numbered by the outline.
                    pushParagraph(c, walk, first ? headingLabel(c, walk) : null);
                }
                else {
                    const label = first ? advance(walk, key, walk.styles.list(listStyle), depth, start) : null;
                    pushParagraph(c, walk, first ? (producerNumber(c) ?? label) : null);
                }
                first = false;
            }
            else if (c.name === 'list') {
                walkList(c, walk, depth + 1, key, style);
            }
            else if (c.name === 'table') {
                walkTable(c, walk);
            }
            else if (c.name === 'soft-page-break') {
                continue;
            }
        }
    }
}
/** The label of a `text:h` outside a list, from the outline style. */
function headingLabel(el, walk) {
    if (el.name !== 'h' || el.attrs['is-list-header'] === 'true')
        return null;
    const level = Math.min(10, Math.max(1, Number(el.attrs['outline-level'] ?? 1) || 1));
    const restart = el.attrs['restart-numbering'] === 'true' ? (el.attrs['start-value'] ?? '1') : undefined;
    const label = advance(walk, '#outline', walk.styles.outline, level - 1, restart);
    return producerNumber(el) ?? label;
}
/** The `text:number` a producer wrote inside a list paragraph or heading. */
function producerNumber(el) {
    const number = childElements(el, 'number')[0];
    const text = number ? textContent(number).trim() : '';
    return text ? `${text} ` : null;
}
function render(level, n) {
    if (!level)
        return String(n);
    const fmt = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' }[level.format];
    return fmt ? FORMATS[fmt](n) : level.format === '' ? '' : String(n);
}
/** Advance a list's counter at `depth` and return the label ("1.2. ", "a) ", "- "), or null. */
function advance(walk, key, levels, depth, startValue) {
    const state = walk.counters.get(key) ?? [];
    walk.counters.set(key, state);
    const d = Math.min(9, depth);
    const level = levels?.[d];
    const start = startValue !== undefined ? Number(startValue) : NaN;
    state[d] = Number.isFinite(start) ? start : state[d] === undefined ? (level?.start ?? 1) : state[d] + 1;
    for (let k = d + 1; k < state.length; k++)
        state[k] = undefined;
    if (!levels || !level)
        return null;
    if (level.format === 'bullet')
        return '- ';
    const value = (k) => state[k] ?? levels[k]?.start ?? 1;
    let text;
    if (level.template !== undefined) {
        text = level.template.replace(/%(\d+)%/g, (_m, n) => render(levels[Number(n) - 1], value(Number(n) - 1)));
    }
    else {
        const shown = [];
        for (let k = Math.max(0, d - level.displayLevels + 1); k <= d; k++)
            shown.push(render(k === d ? level : levels[k], value(k)));
        text = level.prefix + shown.filter(Boolean).join('.') + level.suffix;
    }
    return text.trim() ? `${text.trim()} ` : null;
}
function pushParagraph(p, walk, label) {
    walk.line += 1;
    const floating = [];
    const para = readParagraph(p, walk, floating);
    const text = label && para.text.trim() ? label + para.text.trimStart() : para.text;
    if (text.includes('\t') && text.trim()) {
        walk.tabRows ??= { table: walk.table++, row: 0 };
        walk.blocks.push({ kind: 'row', text: '', cells: text.split('\t'), table: walk.tabRows.table, row: walk.tabRows.row++, line: walk.line, page: null });
    }
    else {
        if (text.trim())
            walk.tabRows = null;
        walk.blocks.push({ kind: 'paragraph', text, emphasis: para.emphasis || undefined, line: walk.line, page: null });
    }
    for (const inner of floating)
        pushParagraph(inner, walk, null);
}
/** Inline elements never shown as text. */
const SKIPPED_INLINE = new Set(['annotation', 'annotation-end', 'note-citation', 'number', 'change', 'change-start', 'change-end', 'ruby-text', 'soft-page-break', 'bookmark', 'bookmark-start', 'bookmark-end', 'reference-mark', 'reference-mark-start', 'reference-mark-end']);
/** A paragraph's text and whether it is a heading or all bold. */
function readParagraph(p, walk, floating) {
    const style = walk.styles.style(p.attrs['style-name']);
    const runs = [];
    readInline(p, walk, { bold: style.bold ?? false, font: style.font ?? walk.styles.defaultFont }, runs, floating);
    const visible = runs.filter((r) => r.text.trim());
    return { text: runs.map((r) => r.text).join(''), emphasis: p.name === 'h' || (visible.length > 0 && visible.every((r) => r.bold)) };
}
function pushText(text, inherited, runs) {
    const legacy = legacyFontEncoding(inherited.font);
    runs.push({ text: legacy ? convertLegacyText(text, legacy.encoding, legacy) : markUnknownFontRun(text), bold: inherited.bold });
}
function readInline(el, walk, inherited, runs, floating) {
    for (const c of el.children) {
        if (typeof c === 'string') {
            pushText(c, inherited, runs);
            continue;
        }
        if (SKIPPED_INLINE.has(c.name))
            continue;
        if (c.name === 's')
            runs.push({ text: ' '.repeat(Math.min(1000, Math.max(1, Number(c.attrs.c ?? 1) || 1))), bold: inherited.bold });
        else if (c.name === 'tab')
            runs.push({ text: '\t', bold: inherited.bold });
        else if (c.name === 'line-break')
            runs.push({ text: '\n', bold: inherited.bold });
        else if (c.name === 'note') {
            const kind = c.attrs['note-class'] === 'endnote' ? 'endnotes' : 'footnotes';
            const mark = walk.notes.mark(kind, `${kind}:${walk.noteBodies.length}`);
            const body = childElements(c, 'note-body')[0];
            if (body)
                walk.noteBodies.push({ mark, body });
            runs.push({ text: mark, bold: inherited.bold });
        }
        else if (c.name === 'frame' || c.name === 'text-box') {
            if (floating)
                collectFloating(c, floating);
        }
        else if (c.name === 'span' || c.name === 'a') {
            const style = walk.styles.style(c.attrs['style-name']);
            const inner = [];
            readInline(c, walk, { bold: style.bold ?? inherited.bold, font: style.font ?? inherited.font }, inner, floating);
            runs.push(...(style.superscript ? inner.map((r) => ({ ...r, text: toSuperscript(r.text) })) : inner));
        }
        else
            readInline(c, walk, inherited, runs, floating);
    }
}
/** Paragraphs of text boxes, read after the paragraph that anchors them. */
function collectFloating(el, floating) {
    for (const c of childElements(el)) {
        if (c.name === 'p' || c.name === 'h')
            floating.push(c);
        else
            collectFloating(c, floating);
    }
}
/** Rows of a table, looking through header-rows / rows / row-groups. */
function tableRows(el) {
    return childElements(el).flatMap((c) => (c.name === 'table-row' ? [c] : ['table-header-rows', 'table-rows', 'table-row-group'].includes(c.name) ? tableRows(c) : []));
}
/** One `row` block per table row; a covered cell (under a span) is an empty cell, as in .docx. */
function walkTable(tbl, walk) {
    walk.tabRows = null;
    const table = walk.table++;
    tableRows(tbl).forEach((tr, row) => {
        walk.line += 1;
        const cells = [];
        for (const tc of childElements(tr)) {
            if (tc.name !== 'table-cell' && tc.name !== 'covered-table-cell')
                continue;
            const repeat = Math.min(64, Math.max(1, Number(tc.attrs['number-columns-repeated'] ?? 1) || 1));
            const text = tc.name === 'table-cell' ? cellText(tc, walk) : '';
            for (let k = 0; k < repeat && cells.length < 1024; k++)
                cells.push(text);
        }
        // Trailing empty repeated cells (spreadsheet-style padding) are not columns.
        while (cells.length > 1 && cells[cells.length - 1] === '' && tr.children.length < cells.length)
            cells.pop();
        walk.blocks.push({ kind: 'row', text: '', cells, table, row, line: walk.line, page: null });
    });
}
/** A cell's paragraphs (and nested tables' and lists' paragraphs) joined with a space. */
function cellText(el, walk) {
    const texts = [];
    for (const c of childElements(el)) {
        if (c.name === 'p' || c.name === 'h') {
            const floating = [];
            texts.push(readParagraph(c, walk, floating).text, ...floating.map((f) => readParagraph(f, walk, null).text));
        }
        else if (c.name === 'table') {
            for (const tr of tableRows(c))
                for (const tc of childElements(tr, 'table-cell'))
                    texts.push(cellText(tc, walk));
        }
        else if (c.name === 'list' || c.name === 'list-item' || c.name === 'list-header' || c.name === 'section') {
            texts.push(cellText(c, walk));
        }
    }
    return texts.map((t) => t.trim()).filter(Boolean).join(' ');
}
/** Notes in reference order, as "¹ text" blocks after the body. */
function appendNotes(walk) {
    for (let i = 0; i < walk.noteBodies.length; i++) {
        const { mark, body } = walk.noteBodies[i];
        const text = cellText(body, walk);
        walk.line += 1;
        walk.blocks.push({ kind: 'footnote', text: `${mark} ${text}`, line: walk.line, page: null });
    }
}
//# sourceMappingURL=odt.js.map