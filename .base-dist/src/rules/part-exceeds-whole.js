import { suggestSlip } from '../extract/claims-slip.js';
import { defineRule } from './define.js';
export default defineRule({
    id: 'part-exceeds-whole',
    severity: 'error',
    description: 'Một phần ("trong đó", "gồm", số đã giải quyết) lớn hơn tổng của nó',
    messages: {
        partExceedsWhole: 'Phần {part} lớn hơn tổng {whole} mà nó thuộc về (phần phải ≤ {whole})',
        partsExceedWhole: 'Các phần {parts} cộng lại {sum}, lớn hơn tổng {whole} mà chúng thuộc về (phải ≤ {whole})',
    },
    check(context) {
        for (const claim of context.claims) {
            if (claim.relation === 'list' || claim.relation === 'balance')
                continue;
            const whole = context.figures[claim.whole];
            const parts = claim.parts.map((i) => context.figures[i]);
            if (claim.joint)
                checkJoint(context, whole, parts);
            else
                checkEach(context, claim, whole, parts);
        }
    },
});
function checkEach(context, claim, whole, parts) {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    for (const part of parts) {
        if (part.value <= whole.value)
            continue;
        const rest = sum - part.value;
        const fits = claim.relation === 'exhaustive' ? (v) => v + rest === whole.value : (v) => v <= whole.value;
        context.report({
            messageId: 'partExceedsWhole',
            data: { part: part.value, whole: whole.value, partText: part.raw, wholeText: whole.raw },
            places: [{ figure: part }, { figure: whole }],
            suggestion: part.kind === 'count' ? suggestSlip(part.raw, fits) : null,
        });
    }
}
function checkJoint(context, whole, parts) {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (sum <= whole.value)
        return;
    const fixes = parts.filter((p) => p.kind === 'count').map((p) => suggestSlip(p.raw, (v) => sum - p.value + v <= whole.value)).filter((s) => s !== null);
    context.report({
        messageId: 'partsExceedWhole',
        data: { parts: parts.map((p) => p.raw).join(' + '), sum, whole: whole.value },
        places: [...parts.map((figure) => ({ figure })), { figure: whole }],
        suggestion: fixes.length === 1 ? fixes[0] : null,
    });
}
//# sourceMappingURL=part-exceeds-whole.js.map