// Measures of the amounts a quotient reads (an average, a rate or a change column is never one).
const OPERAND = new Set(['amount', 'count', 'money', 'plan', 'result']);
const NO_OPERAND_ROLES = new Set(['stt', 'label', 'unit', 'notes', 'percent']);
const readable = (c) => c !== undefined && (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money') && c.pure && c.value !== null && c.value > 0;
// Between the quotient cut and rounded at the stated decimals, within float noise.
function agrees(quotient, stated) {
    const scale = 10 ** stated.decimals;
    const cut = Math.floor(quotient * scale + 1e-9) / scale;
    const rounded = Math.round(quotient * scale) / scale;
    return stated.value >= Math.min(cut, rounded) - 1e-9 && stated.value <= Math.max(cut, rounded) + 1e-9;
}
// A row whose average is its quotient times a thousand or a million (or over it) holds its amounts in another scale
// ("28 800" nghìn đồng over 96 người beside "300 000" đồng/người): a reading of units, not a slip; nothing is said.
function scaledApart(quotient, stated) {
    const exp = Math.log10(stated / quotient);
    return Math.abs(exp) >= 2.5 && Math.abs(exp - 3 * Math.round(exp / 3)) < 0.01;
}
/** The rows of a table whose average cell is not the quotient of the two amount columns most rows show it to be. */
export function quotientSlips(table) {
    const out = [];
    const operands = table.columns.filter((c) => OPERAND.has(c.measure) && !NO_OPERAND_ROLES.has(c.role));
    const body = table.rows.map((row, r) => ({ row, r })).filter(({ row }) => !row.total);
    for (const average of table.columns) {
        if (average.measure !== 'average' || average.role === 'target')
            continue;
        const tried = [];
        for (const n of operands) {
            for (const d of operands) {
                if (n === d || n.index === average.index || d.index === average.index)
                    continue;
                const columns = { numerator: n.index, denominator: d.index, average: average.index };
                let good = 0;
                const bad = [];
                for (const { row, r } of body) {
                    const [x, y, s] = [row.cells[n.index], row.cells[d.index], row.cells[average.index]];
                    if (!readable(x) || !readable(y) || !readable(s))
                        continue;
                    const quotient = x.value / y.value;
                    if (agrees(quotient, s))
                        good++;
                    else if (scaledApart(quotient, s.value))
                        continue;
                    else
                        bad.push({ row: r, columns, stated: s.value, actual: Math.round(quotient * 10 ** s.decimals) / 10 ** s.decimals });
                }
                if (good >= 2 && good > bad.length)
                    tried.push({ columns, good, bad });
            }
        }
        const best = Math.max(...tried.map((t) => t.good));
        const top = tried.filter((t) => t.good === best);
        // Two pairs as good that fault different rows leave the reading unsure.
        if (top.length === 0 || top.some((t) => t.bad.map((b) => b.row).join() !== top[0].bad.map((b) => b.row).join()))
            continue;
        out.push(...top[0].bad);
    }
    return out;
}
//# sourceMappingURL=table-quotients.js.map