/**
 * The HTML report's only script: filtering by severity, rule and name; sorting the index; jumping
 * to a finding's evidence. It reads ids and data-* attributes the renderer wrote and never turns
 * report text into markup. Written as a function so the compiler checks it; shipped as its source.
 */
/** Runs in the browser. Must not refer to anything outside itself. */
function reportMain() {
    const all = (sel, root = document) => Array.from(root.querySelectorAll(sel));
    const one = (id) => document.getElementById(id);
    const sev = one('f-sev');
    const rule = one('f-rule');
    const query = one('f-q');
    const shown = one('f-shown');
    function applyFilter() {
        const s = sev?.value ?? '';
        const r = rule?.value ?? '';
        const q = (query?.value ?? '').trim().toLowerCase();
        const ok = new Set();
        for (const el of all('.fi')) {
            const match = (!s || el.dataset.sev === s) && (!r || el.dataset.rule === r);
            el.classList.toggle('is-hidden', !match);
            if (match && el.dataset.fid)
                ok.add(el.dataset.fid);
        }
        for (const m of all('mark.ev'))
            m.classList.toggle('is-off', !(m.dataset.f ?? '').split(' ').some((f) => ok.has(f)));
        let visible = 0;
        const rows = all('#index tbody tr');
        for (const row of rows) {
            const doc = one(row.dataset.doc ?? '');
            const keys = (row.dataset.keys ?? '').split(' ').filter(Boolean);
            const hasMatch = keys.some((k) => (!s || k.startsWith(`${s}|`)) && (!r || k.endsWith(`|${r}`)));
            const hide = ((s || r) && !hasMatch) || (q !== '' && !(row.dataset.search ?? '').includes(q));
            row.classList.toggle('is-hidden', Boolean(hide));
            doc?.classList.toggle('is-hidden', Boolean(hide));
            if (!hide)
                visible += 1;
        }
        if (shown)
            shown.textContent = `${visible}/${rows.length}`;
    }
    function jump(finding, evidence) {
        for (const el of all('.is-active, .is-target'))
            el.classList.remove('is-active', 'is-target');
        for (const m of all('mark.ev'))
            if ((m.dataset.f ?? '').split(' ').includes(finding))
                m.classList.add('is-active');
        for (const el of all('.fi'))
            if (el.dataset.fid === finding)
                el.classList.add('is-active');
        const target = all('mark.ev').find((m) => (m.dataset.e ?? '').split(' ').includes(evidence));
        if (!target)
            return;
        const doc = target.closest('article');
        if (doc?.classList.contains('is-hidden'))
            doc.classList.remove('is-hidden');
        target.classList.add('is-target');
        target.scrollIntoView({ block: 'center', behavior: 'instant' });
        history.replaceState(null, '', `#${target.closest('.blk')?.id ?? ''}`);
    }
    function sortBy(th) {
        const table = th.closest('table');
        const body = table?.tBodies[0];
        if (!table || !body)
            return;
        const col = Array.from(th.parentElement?.children ?? []).indexOf(th);
        const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        for (const other of all('th[aria-sort]', table))
            other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        const value = (row) => row.cells[col]?.dataset.v ?? row.cells[col]?.textContent ?? '';
        const rows = Array.from(body.rows).sort((a, b) => {
            const [x, y] = [value(a), value(b)];
            const diff = x !== '' && y !== '' && !isNaN(+x) && !isNaN(+y) ? +x - +y : x.localeCompare(y, 'vi');
            return diff * dir;
        });
        body.append(...rows);
    }
    document.addEventListener('click', (event) => {
        const el = event.target;
        const go = el.closest('a.go');
        if (go?.dataset.f && go.dataset.e) {
            event.preventDefault();
            jump(go.dataset.f, go.dataset.e);
            return;
        }
        const mark = el.closest('mark.ev');
        if (mark?.dataset.f) {
            const finding = mark.dataset.f.split(' ')[0];
            jump(finding, mark.dataset.e?.split(' ').find((e) => e.startsWith(finding)) ?? `${finding}e0`);
            return;
        }
        const th = el.closest('th.sortable');
        if (th)
            sortBy(th);
    });
    document.addEventListener('keydown', (event) => {
        const th = event.target.closest('th.sortable');
        if (th && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            sortBy(th);
        }
    });
    for (const input of [sev, rule, query])
        input?.addEventListener('input', applyFilter);
    one('f-reset')?.addEventListener('click', () => {
        if (sev)
            sev.value = '';
        if (rule)
            rule.value = '';
        if (query)
            query.value = '';
        applyFilter();
    });
    // Printing shows everything: open collapsed tables and outlines.
    window.addEventListener('beforeprint', () => {
        for (const d of all('details'))
            d.open = true;
    });
    document.documentElement.classList.add('js');
    applyFilter();
}
/** The script's source, as inserted in the page. */
export const REPORT_SCRIPT = `(${reportMain.toString()})();`;
//# sourceMappingURL=html-script.js.map