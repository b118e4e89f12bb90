/**
 * Single slips of the pen that turn one number into another: a repeated digit
 * ("555" for "5"), one extra digit ("117" for "17"), two neighbouring digits
 * swapped ("21" for "12"). Used to suggest the likely intended value.
 */
/** Values `raw` becomes when one slip is undone. */
export function slipCandidates(raw) {
    const digits = raw.replace(/\D/g, '');
    const out = new Set();
    for (let i = 0; i < digits.length; i++) {
        out.add(digits.slice(0, i) + digits.slice(i + 1));
        if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
            out.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
        }
    }
    out.add(digits.replace(/(\d)\1+/g, '$1'));
    const values = new Set();
    for (const s of out)
        if (s && s !== digits && !(s.length > 1 && s.startsWith('0')))
            values.add(Number(s));
    return values;
}
/** "555 → 5" when undoing one slip of `raw` gives a value `fits`, and only one such value does. */
export function suggestSlip(raw, fits) {
    const fitting = [...slipCandidates(raw)].filter(fits);
    return fitting.length === 1 ? `${raw} → ${fitting[0]}` : null;
}
//# sourceMappingURL=claims-slip.js.map