/**
 * The indicator query every backend answers the same way: rows of `indicators` joined with their
 * document's identity; key and period are filtered in SQL (indexed), locality here, because it
 * compares tone-folded Vietnamese names that SQL collations do not fold.
 */
import { foldKey } from '../text/normalize.js';
/**
 * The query with `?` placeholders: key, key, period end, period end, period start. `order` is the
 * backend's byte-order collation of `source`, so both backends sort alike.
 */
export function indicatorSql(order) {
    return `SELECT ${COLUMNS}
     FROM indicators i JOIN documents d ON d.id = i.document_id
     WHERE ${FILTER}
     ORDER BY d.source ${order}, i.id`;
}
const COLUMNS = `d.source, d.unit_name, d.unit_level, COALESCE(d.parents, '[]') AS parents, d.period_label, d.report_date, d.doc_number,
       d.title, i.section_path, i.name, i.key, i.match_score, i.value, i.unit, i.numerator, i.denominator, i.percent, i.target,
       i.cumulative, i.period_start, i.period_end, i.line, i.page, i.snippet`;
const FILTER = `(CAST(? AS TEXT) IS NULL OR i.key = ?)
       AND (CAST(? AS TEXT) IS NULL OR (i.period_start <= ? AND i.period_end >= ?))`;
/**
 * One page of `indicatorSql` after a (source, id) key, for reading a large table in pages
 * without OFFSET: the filter's parameters, then `pageParams`. Rows carry their id as `row_id`.
 */
export function indicatorPageSql(order) {
    return `SELECT ${COLUMNS}, i.id AS row_id
     FROM indicators i JOIN documents d ON d.id = i.document_id
     WHERE ${FILTER}
       AND (CAST(? AS TEXT) IS NULL OR d.source ${order} > ? OR (d.source = ? AND i.id > ?))
     ORDER BY d.source ${order}, i.id
     LIMIT ?`;
}
/** The parameters after the filter's for the page after `last` (null: the first page). */
export function pageParams(last, size) {
    return [last?.source ?? null, last?.source ?? null, last?.source ?? null, last?.id ?? 0, size];
}
/** The parameters of `indicatorSql` for a filter; throws RangeError on an unreadable period. */
export function indicatorParams(filter) {
    const range = filter.period ? parsePeriod(filter.period) : null;
    if (filter.period && !range)
        throw new RangeError(`kỳ "${filter.period}" không đọc được (ví dụ: 2024, 2024-05, Q1/2024)`);
    const key = filter.key ?? null;
    return [key, key, range?.end ?? null, range?.end ?? null, range?.start ?? null];
}
/** One row as read, with parents as text; null when the locality filter drops it. */
export function finishIndicator(row, filter) {
    const r = { ...row, parents: parentsText(row.parents) };
    return !filter.locality || matchesLocality(r, filter.locality) ? r : null;
}
/** Every row of an async iterable in an array (for callers that need them all at once; small results only). */
export async function collect(rows) {
    const out = [];
    for await (const r of rows)
        out.push(r);
    return out;
}
// Parents are stored as JSON units; exported as "huyện X; tỉnh Y".
function parentsText(json) {
    try {
        return JSON.parse(json).map((u) => u.name).join('; ');
    }
    catch {
        return json;
    }
}
/** Locality matches the unit or a parent, tone placement and case aside ("Hoà" finds "Hòa"). */
function matchesLocality(r, locality) {
    const want = foldKey(locality);
    return [r.unit_name ?? '', r.parents].some((s) => foldKey(s).includes(want));
}
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** "2024", "2024-05", "Q1/2024" (or "Q1-2024", "2024-Q1") → an ISO date range; null when unreadable. */
export function parsePeriod(p) {
    const s = p.trim();
    let m = /^(\d{4})$/.exec(s);
    if (m)
        return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
    m = /^(\d{4})-(\d{1,2})$/.exec(s);
    if (m && +m[2] >= 1 && +m[2] <= 12)
        return { start: `${m[1]}-${pad(+m[2])}-01`, end: `${m[1]}-${pad(+m[2])}-${lastDay(+m[1], +m[2])}` };
    const q1 = /^[Qq]([1-4])[/-](\d{4})$/.exec(s);
    const q2 = /^(\d{4})-[Qq]([1-4])$/.exec(s);
    if (q1 || q2) {
        const q = q1 ? +q1[1] : +q2[2];
        const y = q1 ? +q1[2] : +q2[1];
        return { start: `${y}-${pad(q * 3 - 2)}-01`, end: `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}` };
    }
    return null;
}
//# sourceMappingURL=indicators.js.map