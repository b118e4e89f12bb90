/**
 * Escaping for the HTML report. Every value interpolated into markup goes through `h`, which
 * escapes it unless it is markup `h` itself built; so report text (which may hold `<script>` or
 * `"><img onerror=…>`) can only ever become text.
 */
/** Markup already built by `h`: inserted as is. */
export class Html {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
}
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
/** Escape text for use in element content and in double-quoted attribute values. */
export function escapeHtml(text) {
    return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}
function slot(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (value instanceof Html)
        return value.value;
    if (Array.isArray(value))
        return value.map(slot).join('');
    return escapeHtml(String(value));
}
/** Tagged template: `h\`<p title="${t}">${body}</p>\`` escapes every slot that is not Html. */
export function h(strings, ...values) {
    let out = strings[0];
    values.forEach((v, i) => {
        out += slot(v) + strings[i + 1];
    });
    return new Html(out);
}
/** Markup from a trusted constant (the stylesheet, the script); never for report text. */
export function trusted(markup) {
    return new Html(markup);
}
//# sourceMappingURL=html-escape.js.map