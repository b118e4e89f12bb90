import { h } from './html-escape.js';
import { placeEvidence, placeLabel } from './html-place.js';
import { renderFigures, renderIndicators } from './html-tables.js';
/** Vietnamese names of severities, and their order (worst first). */
export const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };
const RANK = { error: 0, warning: 1, info: 2 };
/** Labels of the values rules put in a finding's data. */
const DATA_VI = {
    found: 'Ghi trong báo cáo', stated: 'Ghi trong báo cáo', expected: 'Đúng ra', actual: 'Tính được', previous: 'Mục trước',
    num: 'Tử số', den: 'Mẫu số', parts: 'Các phần', sum: 'Tổng các phần', whole: 'Tổng', part: 'Phần', label: 'Nội dung',
    partText: 'Phần (nguyên văn)', wholeText: 'Tổng (nguyên văn)',
};
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const fid = (c, fi) => `${c.id}f${fi}`;
const eid = (c, r) => `${c.id}f${r.finding}e${r.evidence}`;
const bid = (c, block) => `${c.id}b${block}`;
const primary = (c, fi) => c.ranges.find((r) => r.finding === fi && r.evidence === 0);
/** Render document number `index`. */
export function renderDocument(doc, index) {
    const placement = placeEvidence(doc);
    const c = { doc, id: `d${index}`, ranges: placement.ranges };
    const keys = [...new Set(doc.findings.map((f) => `${f.severity}|${f.rule}`))].join(' ');
    return h `<article class="doc" id="${c.id}" data-keys="${keys}">
<header class="doc-head"><h2>${doc.source}</h2>${renderMeta(doc)}</header>
${doc.error ? h `<p class="file-error"><span class="badge sev-error">Không đọc được</span> ${doc.error.message} <code>${doc.error.code}</code></p>` : ''}
${doc.findings.length ? renderFindingList(c) : doc.error ? '' : h `<p class="clean">Không có phát hiện nào.</p>`}
${doc.sections.length ? renderOutline(c, placement.blocks) : ''}
${placement.blocks.length ? h `<section class="text"><h3>${placement.whole ? 'Văn bản' : 'Các đoạn có phát hiện'}</h3>
${placement.whole ? '' : h `<p class="hint">Cơ sở dữ liệu không lưu toàn văn báo cáo: chỉ hiện các đoạn mà phát hiện trích dẫn.</p>`}
<div class="blocks">${placement.blocks.map((b, bi) => renderBlock(c, b, bi))}</div></section>` : ''}
${renderFigures(doc)}${renderIndicators(doc)}
</article>`;
}
function renderMeta(doc) {
    const m = doc.meta;
    const rows = [
        ['Đơn vị', m?.unit?.name], ['Cấp trên', m?.parents.map((p) => p.name).join(', ') || null], ['Kỳ báo cáo', m?.period?.label],
        ['Số', m?.number], ['Ngày', m?.date], ['Tiêu đề', m?.title], ['Định dạng', doc.format],
    ];
    return h `<dl class="meta">${rows.filter(([, v]) => v).map(([k, v]) => h `<div><dt>${k}</dt><dd>${v}</dd></div>`)}${m?.draft ? h `<div><dt>Trạng thái</dt><dd>Dự thảo</dd></div>` : ''}</dl>`;
}
function renderFindingList(c) {
    const order = c.doc.findings.map((f, fi) => ({ f, fi })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.fi - b.fi);
    return h `<section class="findings"><h3>Phát hiện (${c.doc.findings.length})</h3><ol>${order.map(({ f, fi }) => {
        const r = primary(c, fi);
        return h `<li class="fi sev-${f.severity}" data-fid="${fid(c, fi)}" data-sev="${f.severity}" data-rule="${f.rule}"><a class="go" href="#${bid(c, r.block)}" data-f="${fid(c, fi)}" data-e="${eid(c, r)}"><span class="pos">${placeLabel(c.doc.format, f.evidence[0])}</span> <span class="badge sev-${f.severity}">${SEVERITY_VI[f.severity]}</span> <span class="msg">${f.message}</span> <code class="rule">${f.rule}</code></a></li>`;
    })}</ol></section>`;
}
function renderOutline(c, blocks) {
    const at = (line, page) => blocks.findIndex((b) => b.line === line && b.page === page);
    return h `<details class="outline"><summary>Mục lục (${c.doc.sections.length} mục)</summary><ul>${c.doc.sections.map((s) => {
        const b = at(s.line, s.page);
        const label = h `<span class="num">${s.number}</span> ${s.title}`;
        return h `<li class="lv${Math.min(s.level, 6)}">${b >= 0 ? h `<a href="#${bid(c, b)}">${label}</a>` : label} <span class="pos">${placeLabel(c.doc.format, s)}</span></li>`;
    })}</ul></details>`;
}
function renderBlock(c, b, bi) {
    const here = c.ranges.filter((r) => r.block === bi);
    const notes = here.filter((r) => r.evidence === 0 || primary(c, r.finding).block !== bi);
    const cls = here.length ? 'blk has-ev' : 'blk';
    return h `<div class="${cls}" id="${bid(c, bi)}"><span class="ln">${b.page !== null ? `${b.page}:` : ''}${b.line ?? ''}</span><div class="tx">${renderMarked(c, b.text, here)}</div><div class="side">${notes.map((r) => (r.evidence === 0 ? renderNote(c, r.finding) : renderLinkNote(c, r)))}</div></div>`;
}
/** Block text cut at every range boundary; each covered piece is a <mark> naming its findings. */
function renderMarked(c, text, ranges) {
    const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.from, r.to])])].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
        const [a, z] = [cuts[i], cuts[i + 1]];
        const piece = withTabs(text.slice(a, z));
        const over = ranges.filter((r) => r.from <= a && r.to >= z);
        if (!over.length) {
            out.push(piece);
            continue;
        }
        const findings = [...new Set(over.map((r) => r.finding))];
        const worst = findings.map((fi) => c.doc.findings[fi].severity).sort((x, y) => RANK[x] - RANK[y])[0];
        const starts = over.filter((r) => r.from === a).map((r) => eid(c, r));
        out.push(h `<mark class="ev sev-${worst}" data-f="${findings.map((fi) => fid(c, fi)).join(' ')}" data-e="${starts.join(' ')}" title="${findings.map((fi) => c.doc.findings[fi].message).join('\n')}">${piece}</mark>`);
    }
    return out;
}
/** Table rows are cells joined by tabs: show a visible separator. */
function withTabs(text) {
    return h `${text.split('\t').map((cell, i) => (i ? h `<span class="tab" aria-hidden="true"> │ </span>${cell}` : h `${cell}`))}`;
}
function renderNote(c, fi) {
    const f = c.doc.findings[fi];
    return h `<div class="note fi sev-${f.severity}" id="n-${fid(c, fi)}" data-fid="${fid(c, fi)}" data-sev="${f.severity}" data-rule="${f.rule}">
<div class="note-head"><span class="badge sev-${f.severity}">${SEVERITY_VI[f.severity]}</span> <code class="rule">${f.rule}</code></div>
<p class="msg">${f.message}</p>${renderData(f)}
${f.suggestion ? h `<p class="sugg">Gợi ý sửa: <b>${f.suggestion}</b></p>` : ''}
${f.evidence.length > 1 ? h `<p class="links">${c.ranges.filter((r) => r.finding === fi).map((r, i) => h `${i ? h ` <span class="arrow">↔</span> ` : ''}${evidenceLink(c, r)}`)}</p>` : ''}
</div>`;
}
function renderLinkNote(c, r) {
    const f = c.doc.findings[r.finding];
    return h `<div class="note link fi sev-${f.severity}" data-fid="${fid(c, r.finding)}" data-sev="${f.severity}" data-rule="${f.rule}"><span class="arrow">↔</span> Liên quan: ${evidenceLink(c, primary(c, r.finding))} <span class="msg">${f.message}</span></div>`;
}
function evidenceLink(c, r) {
    const e = c.doc.findings[r.finding].evidence[r.evidence];
    const quote = e.quote.length > 40 ? `${e.quote.slice(0, 39)}…` : e.quote;
    return h `<a class="go" href="#${bid(c, r.block)}" data-f="${fid(c, r.finding)}" data-e="${eid(c, r)}">“${quote}” <span class="pos">${placeLabel(c.doc.format, e)}</span></a>`;
}
function renderData(f) {
    const entries = Object.entries(f.data);
    if (!entries.length)
        return '';
    return h `<dl class="kv">${entries.map(([k, v]) => h `<div><dt>${DATA_VI[k] ?? k}</dt><dd>${typeof v === 'number' ? vi.format(v) : v}</dd></div>`)}</dl>`;
}
//# sourceMappingURL=html-document.js.map