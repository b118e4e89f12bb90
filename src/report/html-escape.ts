/**
 * Escaping for the HTML report. Every value interpolated into markup goes through `h`, which
 * escapes it unless it is markup `h` itself built; so report text (which may hold `<script>` or
 * `"><img onerror=…>`) can only ever become text.
 */

/** Markup already built by `h`: inserted as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape text for use in element content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}

/** What `h` accepts in a slot: text and numbers are escaped, Html is kept, arrays are joined, null/undefined/false vanish. */
export type Slot = string | number | Html | null | undefined | false | readonly Slot[];

function slot(value: Slot): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(slot).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `h\`<p title="${t}">${body}</p>\`` escapes every slot that is not Html. */
export function h(strings: TemplateStringsArray, ...values: Slot[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += slot(v) + strings[i + 1];
  });
  return new Html(out);
}

/** Markup from a trusted constant (the stylesheet, the script); never for report text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
