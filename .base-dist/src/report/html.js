/**
 * The HTML audit report: one self-contained file (inline CSS and JS, no network) with an index of
 * documents, filters by severity and rule, and each document's text with its findings in place.
 * Every interpolation goes through `h` (html-escape.ts); a Content-Security-Policy that admits only
 * this file's own style and script (by hash) is a second wall: injected markup could not run anyway.
 */
import { createHash } from 'node:crypto';
import { renderDocument, SEVERITY_VI } from './html-document.js';
export { renderDocument } from './html-document.js';
import { h, trusted } from './html-escape.js';
import { REPORT_SCRIPT } from './html-script.js';
import { REPORT_STYLE } from './html-style.js';
const SEVERITIES = ['error', 'warning', 'info'];
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const count = (doc, severity) => doc.findings.filter((f) => f.severity === severity).length;
/** A document's summary for `renderHtmlHead`: small, so a large database's can all be held. */
export function summarise(doc) {
    return { source: doc.source, meta: doc.meta, error: doc.error, findings: doc.findings.map((f) => ({ severity: f.severity, rule: f.rule })) };
}
/** Render documents (with their blocks when available) as one HTML page. */
export function renderHtml(documents, options = {}) {
    return renderHtmlHead(documents, options) + documents.map((d, i) => renderDocument(d, i).value).join('') + renderHtmlTail();
}
/**
 * The page up to its first document: head, totals, filters and index of every document. With
 * `renderDocument` for each document in the same order and `renderHtmlTail`, the page can be written one
 * document at a time (`report` on a large database).
 */
export function renderHtmlHead(documents, options = {}) {
    const title = options.title ?? 'Báo cáo kiểm tra';
    const when = (options.generatedAt ?? new Date()).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });
    const csp = `default-src 'none'; style-src ${sha(REPORT_STYLE)}; script-src ${sha(REPORT_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return h `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(REPORT_STYLE)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="sub">Tạo lúc ${when}${options.origin ? h ` · từ ${options.origin}` : ''} · ${documents.length} báo cáo</p>
${renderTotals(documents)}
${renderFilters(documents)}
${renderIndex(documents)}
`.value;
}
/** The page after its last document. */
export function renderHtmlTail() {
    return h `
<footer>baocao — kiểm tra mâu thuẫn nội tại của báo cáo. Bấm vào một phát hiện để tới chỗ trích dẫn; bấm vào tiêu đề cột để sắp xếp.</footer>
</main>
<script>${trusted(REPORT_SCRIPT)}</script>
</body>
</html>
`.value;
}
function renderTotals(documents) {
    const sum = (s) => documents.reduce((n, d) => n + count(d, s), 0);
    const unreadable = documents.filter((d) => d.error).length;
    const flagged = documents.filter((d) => d.findings.some((f) => f.severity !== 'info') || d.error).length;
    return h `<ul class="totals"><li><b>${sum('error')}</b> lỗi</li><li><b>${sum('warning')}</b> cảnh báo</li><li><b>${sum('info')}</b> ghi chú</li>
<li><b>${flagged}</b>/${documents.length} báo cáo có lỗi hoặc cảnh báo</li>${unreadable ? h `<li><b>${unreadable}</b> tệp không đọc được</li>` : ''}</ul>`;
}
function renderFilters(documents) {
    const findings = documents.flatMap((d) => d.findings);
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    const n = (pred) => findings.filter(pred).length;
    return h `<form class="filters" role="search" action="#">
<label>Mức độ <select id="f-sev"><option value="">Tất cả mức độ</option>${SEVERITIES.map((s) => h `<option value="${s}">${SEVERITY_VI[s]} (${n((f) => f.severity === s)})</option>`)}</select></label>
<label>Quy tắc <select id="f-rule"><option value="">Tất cả quy tắc</option>${rules.map((r) => h `<option value="${r}">${r} (${n((f) => f.rule === r)})</option>`)}</select></label>
<label>Tìm tệp, đơn vị, kỳ <input id="f-q" type="search" placeholder="vd. Bắc Sơn, 2024"></label>
<button type="button" id="f-reset">Bỏ lọc</button>
<span class="count">Hiển thị <b id="f-shown">${documents.length}/${documents.length}</b> báo cáo</span>
</form>`;
}
function renderIndex(documents) {
    const head = ['#', 'Tệp', 'Đơn vị', 'Kỳ báo cáo', 'Lỗi', 'Cảnh báo', 'Ghi chú'];
    const rows = documents.map((d, i) => {
        const keys = [...new Set(d.findings.map((f) => `${f.severity}|${f.rule}`))].join(' ');
        const unit = d.meta?.unit?.name ?? '';
        const period = d.meta?.period?.label ?? '';
        const search = `${d.source} ${unit} ${period}`.toLowerCase();
        const [e, w, n] = SEVERITIES.map((s) => count(d, s));
        return h `<tr data-doc="d${i}" data-keys="${keys}" data-search="${search}"><td class="n" data-v="${i}">${i + 1}</td>
<td><a href="#d${i}">${d.source}</a>${d.error ? h ` <span class="badge sev-error">không đọc được</span>` : ''}</td><td>${unit}</td>
<td data-v="${d.meta?.period?.start ?? ''}">${period}</td><td class="n${e ? ' has-err' : ''}">${e}</td><td class="n${w ? ' has-warn' : ''}">${w}</td><td class="n">${n}</td></tr>`;
    });
    return h `<section id="index"><h2 class="visually">Danh sách báo cáo</h2><div class="scroll"><table>
<thead><tr>${head.map((c) => h `<th scope="col" class="sortable" tabindex="0">${c}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}
//# sourceMappingURL=html.js.map