/**
 * The stated precision's interval check, for rules that judge a verbal claim against the numbers around it
 * ("…, gấp 2 lần năm 2023 (620 camera)"). The claims and the figures they compare are read in
 * src/extract/comparisons.ts; no rule reads them itself.
 */
/** The stated precision's interval check: is `stated` (with `decimals` digits) the truncation or rounding of `exact`? */
export function agreesAt(exact, stated, decimals) {
    const scale = 10 ** decimals;
    const eps = 1e-9;
    const lo = Math.min(Math.floor(exact * scale + eps), Math.round(exact * scale)) / scale;
    const hi = Math.max(Math.floor(exact * scale + eps), Math.round(exact * scale)) / scale;
    return stated >= lo - eps && stated <= hi + eps;
}
/** Round for messages, at the stated precision (at least one decimal). */
export function roundAt(v, decimals) {
    const scale = 10 ** Math.max(1, decimals);
    return Math.round(v * scale) / scale;
}
//# sourceMappingURL=sentences.js.map