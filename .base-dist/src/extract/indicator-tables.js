import { subSpan } from '../model/index.js';
import { alt, RATE_WORDS } from '../text/lexicon.js';
import { cellAmount, emptyDraft, isRateCell, percentOf, sectionPathAt, unitFromLabel, } from './indicator-common.js';
const MEASURE_ROLES = new Set(['target', 'period', 'cumulative', 'total', 'percent', 'value', 'part']);
const RATE_NAME = new RegExp(String.raw `^(?:${alt(RATE_WORDS)})(?![\p{L}])`, 'iu');
/** Indicators of every table that has a label column and measure columns. */
export function readTableIndicators(a) {
    return a.tables.flatMap((t) => (t.labelColumn === null ? [] : readTable(a, t)));
}
function layoutOf(t) {
    const out = { extras: [] };
    for (const c of t.columns) {
        // A change column ("Tăng/giảm (%)", "So với cùng kỳ (%)") is no rate of the row's own indicator.
        if (c.measure === 'change' && MEASURE_ROLES.has(c.role)) {
            out.extras.push(c);
            continue;
        }
        if (c.role === 'part' || (c.role === 'value' && c.header === '')) {
            if (c.role === 'part')
                out.extras.push(c);
            continue;
        }
        const role = c.role === 'value' ? 'period' : c.role;
        if (role === 'target' || role === 'period' || role === 'cumulative' || role === 'total' || role === 'percent' || role === 'unit') {
            if (out[role])
                out.extras.push(c);
            else
                out[role] = c;
        }
    }
    return out;
}
function readTable(a, t) {
    const layout = layoutOf(t);
    // A statistics sheet ("Chỉ tiêu / Kỳ báo cáo / Lũy kế") lists its rows even when a cell holds words only.
    const sheet = Boolean(layout.target || layout.cumulative);
    const measures = t.columns.filter((c) => MEASURE_ROLES.has(c.role) && c.index !== t.labelColumn);
    const out = [];
    for (const row of t.rows) {
        const cells = measures.map((c) => row.cells[c.index]);
        const numeric = cells.some((c) => cellAmount(c) !== null);
        if (!row.label || !(numeric || (sheet && cells.some((c) => c.kind !== 'empty'))))
            continue;
        out.push(readRow(a, row, layout));
        out.push(...readExtras(a, row, layout));
    }
    return out;
}
function readRow(a, row, l) {
    const cell = (c) => (c ? row.cells[c.index] : undefined);
    const main = cell(l.period) ?? cell(l.total);
    const valueCell = main && main.kind !== 'empty' ? main : cell(l.percent);
    const fractionCell = [valueCell, cell(l.cumulative), cell(l.percent)].find((c) => c?.kind === 'fraction');
    const rate = [valueCell, cell(l.target), cell(l.cumulative), cell(l.percent)].some(isRateCell) || RATE_NAME.test(row.label);
    const d = draftAt(a, row, valueCell, name(row.label));
    d.value = cellAmount(valueCell);
    d.target = cellAmount(cell(l.target));
    d.cumulative = cellAmount(cell(l.cumulative));
    d.numerator = fractionCell?.numerator ?? null;
    d.denominator = fractionCell?.denominator ?? null;
    d.percent = statedPercent(valueCell) ?? statedPercent(cell(l.percent)) ?? statedPercent(cell(l.cumulative));
    d.unit = rate ? 'percent' : unitCell(cell(l.unit)) ?? unitFromLabel(row.label);
    return d;
}
// Part columns and repeated value columns: "<row> – <deepest header>", a count or rate of their own.
function readExtras(a, row, l) {
    const out = [];
    for (const c of l.extras) {
        const cell = row.cells[c.index];
        if (cellAmount(cell) === null)
            continue;
        const d = draftAt(a, row, cell, `${name(row.label)} – ${c.headers[c.headers.length - 1] ?? c.header}`);
        d.value = cellAmount(cell);
        d.numerator = cell.kind === 'fraction' ? cell.numerator : null;
        d.denominator = cell.kind === 'fraction' ? cell.denominator : null;
        d.percent = statedPercent(cell);
        d.unit = isRateCell(cell) ? 'percent' : unitCell(l.unit ? row.cells[l.unit.index] : undefined) ?? unitFromLabel(row.label);
        d.matchable = false;
        out.push(d);
    }
    return out;
}
function statedPercent(c) {
    return c ? percentOf(c.kind, c.value, c.numerator, c.denominator, c.percent) : null;
}
function unitCell(c) {
    return c && c.kind === 'text' ? c.text.toLowerCase() : null;
}
// A pdf may leave a trailing full stop or spaces in a label cell.
const name = (label) => label.replace(/\s+/g, ' ').replace(/[\s.;:]+$/u, '').trim();
// Positioned at the measured cell when there is one, else the row's first block.
function draftAt(a, row, cell, label) {
    const at = cell && cell.kind !== 'empty' ? cell.at : null;
    const block = a.source.blocks[at?.block ?? row.blocks[0]];
    const span = at ? subSpan(block, at.from, at.to) : block.span;
    return emptyDraft(label, block.index, span, sectionPathAt(a, block.index));
}
//# sourceMappingURL=indicator-tables.js.map