/**
 * OpenDocument styles as the .odt reader needs them: paragraph and text
 * styles resolved through `style:parent-style-name` (bold, font, a list style
 * carried by a paragraph style), list styles with their per-level number
 * formats, and the outline style that numbers `text:h` headings. Read from
 * both styles.xml and content.xml's automatic styles (ODF 1.3 §16).
 */
import { childElements } from './xml.js';
function readLevel(el) {
    const bullet = el.name === 'list-level-style-bullet' || el.name === 'list-level-style-image';
    return {
        format: bullet ? 'bullet' : (el.attrs['num-format'] ?? ''),
        prefix: el.attrs['num-prefix'] ?? '',
        suffix: el.attrs['num-suffix'] ?? '',
        displayLevels: Math.max(1, Number(el.attrs['display-levels'] ?? 1) || 1),
        start: Number(el.attrs['start-value'] ?? 1) || 1,
        template: el.attrs['num-list-format'],
    };
}
function readLevels(el) {
    const levels = [];
    for (const c of childElements(el)) {
        const level = Number(c.attrs.level ?? 0);
        if (level >= 1 && level <= 10)
            levels[level - 1] = readLevel(c);
    }
    return levels;
}
/** The first `style:text-properties` bold/font of a style element. */
function textProps(el, fonts) {
    const props = childElements(el, 'text-properties')[0];
    if (!props)
        return {};
    const weight = props.attrs['font-weight'];
    const fontName = props.attrs['font-name'];
    const family = props.attrs['font-family'];
    const position = props.attrs['text-position'];
    return {
        superscript: position === undefined ? undefined : /^(super|[1-9])/.test(position),
        bold: weight === undefined ? undefined : weight === 'bold' || Number(weight) >= 600,
        font: fontName !== undefined ? (fonts.get(fontName) ?? fontName) : family?.replace(/^['"]|['"]$/g, ''),
    };
}
/** Read the style sections of styles.xml and content.xml (either may be null). */
export function readOdtStyles(...roots) {
    const fonts = new Map();
    const raw = new Map();
    const lists = new Map();
    let outline = [];
    let outlineName;
    let defaultFont;
    const sections = roots.flatMap((root) => childElements(root ?? undefined).filter((c) => ['font-face-decls', 'styles', 'automatic-styles', 'master-styles'].includes(c.name)));
    for (const section of sections) {
        for (const el of childElements(section)) {
            if (el.name === 'font-face' && el.attrs.name)
                fonts.set(el.attrs.name, (el.attrs['font-family'] ?? el.attrs.name).replace(/^['"]|['"]$/g, ''));
        }
    }
    for (const section of sections) {
        for (const el of childElements(section)) {
            if (el.name === 'style' && el.attrs.name) {
                raw.set(el.attrs.name, { parent: el.attrs['parent-style-name'], listStyle: el.attrs['list-style-name'], ...textProps(el, fonts) });
            }
            else if (el.name === 'default-style' && el.attrs.family === 'paragraph') {
                defaultFont = textProps(el, fonts).font;
            }
            else if (el.name === 'list-style' && el.attrs.name) {
                lists.set(el.attrs.name, readLevels(el));
            }
            else if (el.name === 'outline-style') {
                outline = readLevels(el);
                outlineName = el.attrs.name;
            }
        }
    }
    const cache = new Map();
    const style = (name) => {
        if (!name || !raw.has(name))
            return {};
        const hit = cache.get(name);
        if (hit)
            return hit;
        const chain = [];
        const seen = new Set();
        for (let at = name; at && raw.has(at) && !seen.has(at); at = raw.get(at)?.parent) {
            seen.add(at);
            chain.push(raw.get(at));
        }
        const pick = (key) => chain.find((s) => s[key] !== undefined)?.[key];
        const resolved = { bold: pick('bold'), font: pick('font'), listStyle: pick('listStyle'), superscript: pick('superscript') };
        cache.set(name, resolved);
        return resolved;
    };
    return { style, list: (name) => (name ? lists.get(name) : undefined), outline, outlineName, defaultFont };
}
//# sourceMappingURL=odt-styles.js.map