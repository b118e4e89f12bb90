/**
 * Paragraph and character styles of a .docx, resolved through `w:basedOn`:
 * what the ingester needs from them is numbering (`w:numPr` set on a heading
 * style is how Word numbers "I.", "1.", "1.1." headings), bold, the font
 * (a ".VnTime" or "VNI-Times" font means legacy-encoded text), and whether
 * the style is a heading.
 */
import { childElements, isOn, pathTo, valAt } from './xml.js';
/** Outline level 0–8 of a `w:outlineLvl` value; 9 (body text) and anything else is none. */
export function outlineLevelOf(val) {
    return val !== undefined && /^[0-8]$/.test(val) ? Number(val) : undefined;
}
/** The Latin font a `w:rPr` names (`w:rFonts` ascii, else hAnsi). */
export function fontOf(rPr) {
    const fonts = pathTo(rPr, 'rFonts');
    return fonts?.attrs.ascii ?? fonts?.attrs.hAnsi;
}
const HEADING_NAME = /^(heading \d|title|tiêu đề)/i;
function readStyle(el) {
    const numPr = pathTo(el, 'pPr', 'numPr');
    const ilvl = valAt(numPr, 'ilvl');
    const name = valAt(el, 'name') ?? '';
    return {
        basedOn: valAt(el, 'basedOn'),
        numId: valAt(numPr, 'numId'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
        bold: isOn(pathTo(el, 'rPr', 'b')),
        font: fontOf(pathTo(el, 'rPr')),
        heading: HEADING_NAME.test(name) || valAt(el, 'pPr', 'outlineLvl') !== undefined,
        outlineLevel: outlineLevelOf(valAt(el, 'pPr', 'outlineLvl')) ?? headingLevel(name),
    };
}
/** Outline level of a built-in "heading N" style name (N − 1), else none. */
function headingLevel(name) {
    const m = /^heading ([1-9])$/i.exec(name);
    return m ? Number(m[1]) - 1 : undefined;
}
/** Read styles.xml (or nothing) into resolvers that follow `w:basedOn` chains. */
export function readStyles(root) {
    const raw = new Map();
    let defaultParagraph;
    for (const el of childElements(root ?? undefined, 'style')) {
        const id = el.attrs.styleId;
        if (!id)
            continue;
        raw.set(id, readStyle(el));
        if (el.attrs.type === 'paragraph' && ['1', 'true', 'on'].includes(el.attrs.default ?? '')) {
            defaultParagraph = id;
        }
    }
    const cache = new Map();
    const resolve = (id) => {
        if (!id || !raw.has(id))
            return { heading: false };
        const hit = cache.get(id);
        if (hit)
            return hit;
        const chain = [];
        const seen = new Set();
        for (let at = id; at && raw.has(at) && !seen.has(at); at = raw.get(at)?.basedOn) {
            seen.add(at);
            chain.push(raw.get(at));
        }
        const pick = (key) => chain.find((s) => s[key] !== undefined)?.[key];
        const resolved = {
            numId: pick('numId'),
            ilvl: pick('ilvl'),
            bold: pick('bold'),
            font: pick('font'),
            heading: chain.some((s) => s.heading),
            outlineLevel: pick('outlineLevel'),
        };
        cache.set(id, resolved);
        return resolved;
    };
    return {
        paragraph: (id) => resolve(id ?? defaultParagraph),
        character: (id) => resolve(id),
        defaultFont: fontOf(pathTo(root ?? undefined, 'docDefaults', 'rPrDefault', 'rPr')),
    };
}
//# sourceMappingURL=docx-styles.js.map