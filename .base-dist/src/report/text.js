import { passagesByBlock, quoteOffset } from '../model/index.js';
import { terminalLine, terminalSafe } from './terminal-safe.js';
const SEVERITY_VI = { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' };
const SEVERITY_WIDTH = 8;
const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', under: '\x1b[4m' };
const RESET = '\x1b[0m';
/** Colours when the stream is a terminal; a non-empty NO_COLOR turns them off, FORCE_COLOR (not 0/false) on and wins, as in chalk. */
export function shouldColor(stream, env = process.env) {
    if (env.FORCE_COLOR)
        return !['0', 'false'].includes(env.FORCE_COLOR);
    if (env.NO_COLOR)
        return false;
    return Boolean(stream.isTTY);
}
/** Columns a string takes in a terminal: code points, less combining marks (NFD Vietnamese). */
export function displayWidth(s) {
    return [...s.replace(/\p{M}/gu, '')].length;
}
/** Column (1-based) of an evidence's quote within its passage; 1 when the quote is not found. */
export function quoteColumn(e) {
    return Math.max(0, quoteOffset(e, e.text)) + 1;
}
/** "177:12", or "tr.6 13:5" in a pdf. */
function position(e) {
    const lc = `${e.line ?? 0}:${quoteColumn(e)}`;
    return e.page === null ? lc : `tr.${e.page} ${lc}`;
}
/** Break text into lines of at most `width` columns, at spaces when possible. */
export function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        for (const piece of chunk(word, width)) {
            if (!line)
                line = piece;
            else if (displayWidth(line) + 1 + displayWidth(piece) <= width)
                line += ` ${piece}`;
            else {
                lines.push(line);
                line = piece;
            }
        }
    }
    return line ? [...lines, line] : lines.length ? lines : [''];
}
function chunk(word, width) {
    const chars = [...word];
    if (chars.length <= width)
        return [word];
    const out = [];
    for (let i = 0; i < chars.length; i += width)
        out.push(chars.slice(i, i + width).join(''));
    return out;
}
/** The quote inside its passage, cut to `width` columns: [before, quote, after]. */
export function quoteInLine(e, width) {
    const flat = (s) => s.replace(/\t/g, ' │ ').replace(/\s+/g, ' ');
    const at = Math.max(0, quoteOffset(e, e.text));
    let quote = flat(e.quote || e.text);
    const maxQuote = Math.max(10, Math.floor(width * 0.7));
    if ([...quote].length > maxQuote)
        quote = [...quote].slice(0, maxQuote - 1).join('') + '…';
    const room = Math.max(0, width - displayWidth(quote));
    const beforeAll = [...flat(e.text.slice(0, at)).trimStart()];
    const afterAll = [...flat(e.text.slice(at + e.quote.length)).trimEnd()];
    const leftRoom = Math.min(beforeAll.length, Math.max(Math.floor(room / 2), room - afterAll.length));
    const rightRoom = Math.min(afterAll.length, room - leftRoom);
    const before = beforeAll.length > leftRoom ? '…' + beforeAll.slice(beforeAll.length - leftRoom + 1).join('') : beforeAll.join('');
    const after = afterAll.length > rightRoom ? afterAll.slice(0, Math.max(0, rightRoom - 1)).join('') + '…' : afterAll.join('');
    return [leftRoom ? before : '', quote, rightRoom ? after : ''];
}
const byPlace = (a, b) => {
    const [x, y] = [a.evidence[0], b.evidence[0]];
    return (x.page ?? 0) - (y.page ?? 0) || (x.line ?? 0) - (y.line ?? 0) || quoteColumn(x) - quoteColumn(y);
};
/**
 * A document's findings with each evidence's passage text beside it, where no document text (message,
 * suggestion, passages) can hold a terminal escape; each passage is made safe once.
 */
function safeFindings(doc, quiet) {
    const passages = passagesByBlock(doc);
    const safe = new Map();
    const textOf = (block) => {
        let t = safe.get(block);
        if (t === undefined)
            safe.set(block, (t = terminalSafe(passages.get(block)?.text ?? '')));
        return t;
    };
    return doc.findings
        .filter((f) => !quiet || f.severity === 'error')
        .map((f) => {
        const evidence = f.evidence.map((e) => ({ text: textOf(e.block), quote: terminalSafe(e.quote), offset: e.offset, line: e.line, page: e.page }));
        return { ...f, message: terminalSafe(f.message), suggestion: f.suggestion && terminalSafe(f.suggestion), evidence };
    });
}
/** Render documents' findings and per-file errors for a person at a terminal; document text and file names are made terminal-safe. */
export function renderText(documents, options) {
    const paint = (style, s) => (options.color && s ? `${COLORS[style]}${s}${RESET}` : s);
    const width = options.width ?? 100;
    const lines = [];
    const tally = { error: 0, warning: 0, info: 0, flagged: 0, unreadable: 0 };
    for (const doc of documents) {
        const findings = safeFindings(doc, options.quiet).sort(byPlace);
        if (!findings.length && !doc.error)
            continue;
        tally.flagged += 1;
        lines.push(paint('under', terminalLine(doc.source)));
        const posWidth = findings.reduce((w, f) => Math.max(w, position(f.evidence[0]).length), 3);
        const indent = 2 + posWidth + 2 + SEVERITY_WIDTH + 2;
        const row = (pos, severity, label, message, tag) => {
            const body = wrap(message, Math.max(20, width - indent));
            const last = body[body.length - 1];
            const tagFits = indent + displayWidth(last) + 2 + tag.length <= width;
            const head = `  ${pos.padEnd(posWidth)}  ${paint(severity, label.padEnd(SEVERITY_WIDTH))}  `;
            lines.push(head + body[0] + (body.length === 1 && tagFits ? `  ${paint('dim', tag)}` : ''));
            body.slice(1).forEach((l, i) => lines.push(' '.repeat(indent) + l + (i === body.length - 2 && tagFits ? `  ${paint('dim', tag)}` : '')));
            if (!tagFits)
                lines.push(' '.repeat(indent) + paint('dim', tag));
        };
        if (doc.error) {
            row('—', 'error', 'không đọc', terminalSafe(doc.error.message), doc.error.code);
            tally.unreadable += 1;
        }
        for (const f of findings) {
            const hint = f.suggestion ? ` (gợi ý: ${f.suggestion})` : '';
            row(position(f.evidence[0]), f.severity, SEVERITY_VI[f.severity], f.message + hint, f.rule);
            const [before, quote, after] = quoteInLine(f.evidence[0], width - indent - 2);
            const shown = options.color ? `${paint('dim', before)}${paint('bold', quote)}${paint('dim', after)}` : `${before}«${quote}»${after}`;
            lines.push(' '.repeat(indent) + shown);
            tally[f.severity] += 1;
        }
        lines.push('');
    }
    lines.push(summaryLine(tally, documents.length, paint));
    return lines.join('\n') + '\n';
}
function summaryLine(t, total, paint) {
    const parts = [`${t.error} lỗi`, `${t.warning} cảnh báo`, ...(t.info ? [`${t.info} ghi chú`] : [])];
    const unreadable = t.unreadable ? `; ${t.unreadable} tệp không đọc được` : '';
    const text = `${parts.join(', ')} trong ${t.flagged}/${total} báo cáo${unreadable}`;
    return paint(t.error || t.unreadable ? 'error' : 'bold', `${t.error || t.unreadable ? '✖' : '✔'} ${text}`);
}
//# sourceMappingURL=text.js.map