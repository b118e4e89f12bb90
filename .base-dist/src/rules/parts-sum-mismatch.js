import { suggestSlip } from '../extract/claims-slip.js';
import { defineRule } from './define.js';
export default defineRule({
    id: 'parts-sum-mismatch',
    severity: 'error',
    description: 'Các phần của một tổng ("gồm", "trong đó" chia hết) không cộng lại bằng tổng',
    messages: {
        partsSumMismatch: 'Tổng các phần {parts} = {sum} ≠ {whole}',
        partsExceedWhole: 'Các phần {parts} cộng lại {sum}, lớn hơn tổng {whole} (phải ≤ {whole})',
        balanceMismatch: 'Đầu kỳ và biến động {parts} = {sum} ≠ cuối kỳ {whole}',
    },
    check(context) {
        for (const claim of context.claims) {
            if (claim.relation === 'balance') {
                checkBalance(context, claim);
                continue;
            }
            if (claim.relation === 'list' || claim.joint || claim.parts.length < 2)
                continue;
            const whole = context.figures[claim.whole];
            const parts = claim.parts.map((i) => context.figures[i]);
            if (parts.some((p) => p.value > whole.value))
                continue;
            const sum = parts.reduce((s, p) => s + p.value, 0);
            const tolerance = toleranceOf(whole, parts);
            const exhaustive = claim.relation === 'exhaustive';
            if (exhaustive ? Math.abs(sum - whole.value) <= tolerance : !claim.disjoint || sum <= whole.value + tolerance)
                continue;
            context.report({
                messageId: exhaustive ? 'partsSumMismatch' : 'partsExceedWhole',
                data: { parts: parts.map((p) => p.raw).join(' + '), sum: round(sum), whole: whole.value },
                places: [{ figure: whole }, ...parts.map((figure) => ({ figure }))],
                suggestion: suggest(claim, whole, parts, sum),
            });
        }
    },
});
// A stock and its flows ("đầu năm 146 hộ nghèo, thoát nghèo 38, phát sinh 07, đến cuối kỳ 121 hộ"): the closing level must be
// the opening level plus what came in minus what went out. A warning: the reading of flows from their words is the
// least certain of the claims.
function checkBalance(context, claim) {
    const whole = context.figures[claim.whole];
    const parts = claim.parts.map((i) => context.figures[i]);
    const signs = claim.signs ?? [];
    if (signs.length !== parts.length)
        return;
    const sum = parts.reduce((s, p, k) => s + signs[k] * p.value, 0);
    if (Math.abs(sum - whole.value) <= toleranceOf(whole, parts))
        return;
    const written = parts.map((p, k) => (k === 0 ? p.raw : `${signs[k] > 0 ? '+' : '−'} ${p.raw}`)).join(' ');
    context.report({
        messageId: 'balanceMismatch',
        data: { parts: written, sum: round(sum), whole: whole.value },
        places: [{ figure: whole }, ...parts.map((figure) => ({ figure }))],
        severity: 'warning',
    });
}
// Half a unit of the last written decimal of each figure: "1,5 + 2,25 = 3,7" is within rounding.
function toleranceOf(whole, parts) {
    if (whole.kind === 'money')
        return Math.max(1, whole.value * 1e-9);
    if (whole.kind === 'count')
        return 1e-9;
    return [whole, ...parts].reduce((t, f) => t + 0.5 * 10 ** -f.decimals, 0);
}
function round(v) {
    return Math.round(v * 1e6) / 1e6;
}
// One slip in one number (a part or the whole) that makes the split add up.
function suggest(claim, whole, parts, sum) {
    const ok = (total, w) => (claim.relation === 'exhaustive' ? total === w : total <= w);
    const fixes = parts.filter((p) => p.kind === 'count').map((p) => suggestSlip(p.raw, (v) => ok(sum - p.value + v, whole.value)));
    if (whole.kind === 'count')
        fixes.push(suggestSlip(whole.raw, (v) => ok(sum, v)));
    const found = fixes.filter((s) => s !== null);
    return found.length === 1 ? found[0] : null;
}
//# sourceMappingURL=parts-sum-mismatch.js.map