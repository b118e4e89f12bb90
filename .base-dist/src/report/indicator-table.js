export { parsePeriod } from '../store/indicators.js';
/** Export columns in order; `percent: true` marks values stored as the number before "%". */
export const RECORD_COLUMNS = [
    { name: 'source', kind: 'text' }, { name: 'unit_name', kind: 'text' }, { name: 'unit_level', kind: 'text' },
    { name: 'parents', kind: 'text' }, { name: 'period_label', kind: 'text' }, { name: 'report_date', kind: 'text' },
    { name: 'doc_number', kind: 'text' }, { name: 'title', kind: 'text' }, { name: 'section_path', kind: 'text' },
    { name: 'name', kind: 'text' }, { name: 'key', kind: 'text' }, { name: 'match_score', kind: 'number' },
    { name: 'value', kind: 'number', percentLike: true }, { name: 'unit', kind: 'text' }, { name: 'numerator', kind: 'number' },
    { name: 'denominator', kind: 'number' }, { name: 'percent', kind: 'number', percentLike: true },
    { name: 'target', kind: 'number', percentLike: true }, { name: 'cumulative', kind: 'number', percentLike: true },
    { name: 'period_start', kind: 'text' }, { name: 'period_end', kind: 'text' }, { name: 'line', kind: 'number' },
    { name: 'page', kind: 'number' }, { name: 'snippet', kind: 'text' },
];
const SHOWN = [
    ['Đơn vị', (r) => r.unit_name ?? r.source],
    ['Kỳ', (r) => (r.period_start && r.period_end ? `${r.period_start}..${r.period_end}` : '')],
    ['Khóa', (r) => r.key ?? ''],
    ['Chỉ tiêu', (r) => (r.name.length > 60 ? r.name.slice(0, 59) + '…' : r.name)],
    ['Giá trị', (r) => num(r.value, r.unit === 'percent')],
    ['Mục tiêu', (r) => num(r.target, r.unit === 'percent')],
    ['Lũy kế', (r) => num(r.cumulative, r.unit === 'percent')],
    ['Dòng', (r) => (r.line ?? '').toString()],
];
function num(x, pct) {
    return x === null ? '' : `${String(x).replace('.', ',')}${pct ? '%' : ''}`;
}
/** A plain text table of indicator rows, one per line. */
export function renderIndicatorTable(rows) {
    const widths = tableWidths(rows);
    const lines = [...tableHead(widths)];
    for (const r of rows)
        lines.push(tableLine(widths, r));
    return lines.join('') + tableFoot(rows.length);
}
/**
 * The same table for rows too many to hold: `rows()` is read twice, once for the column widths
 * and once to print, so memory stays that of one row.
 */
export async function* streamIndicatorTable(rows) {
    const widths = SHOWN.map(([h]) => h.length);
    let count = 0;
    for await (const r of rows()) {
        count++;
        widen(widths, r);
    }
    if (count) {
        yield* tableHead(widths);
        for await (const r of rows())
            yield tableLine(widths, r);
    }
    yield tableFoot(count);
}
function tableWidths(rows) {
    const widths = SHOWN.map(([h]) => h.length);
    for (const r of rows)
        widen(widths, r);
    return widths;
}
function widen(widths, r) {
    SHOWN.forEach(([, f], c) => {
        widths[c] = Math.max(widths[c], f(r).length);
    });
}
const pad = (widths, row) => row.map((t, c) => t.padEnd(widths[c])).join('  ').trimEnd() + '\n';
const tableHead = (widths) => [pad(widths, SHOWN.map(([h]) => h)), pad(widths, widths.map((w) => '-'.repeat(w)))];
const tableLine = (widths, r) => pad(widths, SHOWN.map(([, f]) => f(r)));
const tableFoot = (count) => (count ? `\n${count} chỉ tiêu\n` : 'Không có chỉ tiêu nào khớp.\n');
//# sourceMappingURL=indicator-table.js.map