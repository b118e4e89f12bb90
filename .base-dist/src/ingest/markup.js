/**
 * Markup that exported reports carry into their text: `**bold**`, `*italic*`,
 * `$82/82 = 100\\%$` inline math, markdown escapes, and HTML bits (`<i>`, checkboxes,
 * `<http://…>`). A report typed from such an export into Word or printed to PDF keeps
 * the same characters, so every ingester strips them the same way.
 */
/**
 * HTML bits seen in exported reports, replaced by what they show. No pattern reads past a `<`
 * (`[^<>]`, not `[^>]`): a tag holds none, and a line of ten thousand unclosed `<b` would otherwise
 * be scanned to its end from each of them (quadratic: 20k tags took 2.8 s, 200k would take minutes).
 */
const HTML_REPLACEMENTS = [
    [/<input\b[^<>]*\bchecked\b[^<>]*\/?>/gi, '☑'],
    [/<input\b[^<>]*type="?checkbox"?[^<>]*\/?>/gi, '☐'],
    [/<br\s*\/?>/gi, ' '],
    [/<((?:https?|ftp):\/\/[^<>\s]+)>/gi, '$1'],
    [/<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g, '$1'],
    [/<\/?(?:i|b|u|em|strong|sup|sub|span|font|p|div|mark|small|s)\b[^<>]*>/gi, ''],
];
const MARKUP_CHAR = /[<$*_\\]/;
/** Remove markdown/HTML/TeX markup that carries no content; reports converted from markdown carry it in every format. */
export function stripMarkup(line) {
    // Every pattern below needs one of these characters: most lines have none (a long pdf's 15,000).
    if (!MARKUP_CHAR.test(line))
        return line;
    let s = line;
    for (const [re, to] of HTML_REPLACEMENTS)
        s = s.replace(re, to);
    // Inline math: "$82/82 = 100\%$" → "82/82 = 100%". A "$" pair holding letters-only prose is left alone.
    s = s.replace(/\$([^$\n]*?[\d\\][^$\n]*?)\$/g, (_m, body) => unescapeTex(body));
    s = s.replace(/\*\*/g, '').replace(/__(?=\S)(.+?)(?<=\S)__/g, '$1');
    // Italic "*text*" but not a bullet "* item" nor a footnote mark "(*)".
    s = s.replace(/(^|[^\w*(])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*)])/gu, '$1$2');
    // Markdown backslash escapes.
    s = s.replace(/\\([\\`*_{}[\]()#+\-.!|%$&<>])/g, '$1');
    return s;
}
function unescapeTex(body) {
    return body.replace(/\\([%$&#_{}])/g, '$1').replace(/\\[,;: ]/g, ' ').replace(/\\times/g, '×').replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=markup.js.map