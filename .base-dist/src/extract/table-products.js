import { MASS_UNIT_KG } from '../text/lexicon.js';
const BRACKET_UNIT = /\(\s*([^()\d]{1,20}?)\s*\)\s*$/u;
const MASS = new Map(MASS_UNIT_KG.map(([u, kg]) => [u, kg]));
/** The product columns of a table, from the units its headers close on. */
export function productColumns(table) {
    const units = table.columns.map((c) => BRACKET_UNIT.exec(c.header)?.[1].toLowerCase().replace(/\s+/gu, '') ?? null);
    const out = [];
    units.forEach((u, rate) => {
        const per = u?.split('/') ?? [];
        if (per.length !== 2 || per[0] === '' || per[1] === '')
            return;
        const base = units.indexOf(per[1]);
        if (base < 0 || base === rate)
            return;
        units.forEach((v, product) => {
            if (v === null || product === rate || product === base)
                return;
            const scale = v === per[0] ? 1 : MASS.has(per[0]) && MASS.has(v) ? MASS.get(per[0]) / MASS.get(v) : null;
            if (scale !== null)
                out.push({ base, rate, product, scale });
        });
    });
    return out;
}
const readable = (c) => c !== undefined && (c.kind === 'count' || c.kind === 'decimal') && c.pure && c.value !== null && c.value > 0;
const half = (decimals) => 0.5 * 10 ** -decimals;
/** The rows of a table whose product cell is not their quantity × rate, where most rows agree. */
export function productSlips(table) {
    const out = [];
    for (const columns of productColumns(table)) {
        const verdicts = [];
        table.rows.forEach((row, r) => {
            const [b, y, p] = [row.cells[columns.base], row.cells[columns.rate], row.cells[columns.product]];
            if (row.total || !readable(b) || !readable(y) || !readable(p))
                return;
            const actual = b.value * y.value * columns.scale;
            const tolerance = half(p.decimals) + (b.value * half(y.decimals) + y.value * half(b.decimals) + half(b.decimals) * half(y.decimals)) * columns.scale;
            verdicts.push({ row: r, columns, stated: p.value, actual: Math.round(actual * 10 ** p.decimals) / 10 ** p.decimals, ok: Math.abs(actual - p.value) <= tolerance + 1e-9 });
        });
        const agree = verdicts.filter((v) => v.ok).length;
        if (agree < 2 || agree <= verdicts.length - agree)
            continue;
        for (const v of verdicts)
            if (!v.ok)
                out.push({ row: v.row, columns: v.columns, stated: v.stated, actual: v.actual });
    }
    return out;
}
//# sourceMappingURL=table-products.js.map