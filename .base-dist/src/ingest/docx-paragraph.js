/**
 * The text of one WordprocessingML paragraph: runs in order, tracked
 * insertions kept and deletions dropped, field instructions skipped (their
 * results kept), hidden text skipped, superscript digits turned into
 * superscript characters ("m2" typed with a raised 2 reads "m²", a hand-made
 * footnote mark "…huyện1" reads "…huyện¹"), footnote references replaced by
 * their superscript number, runs in a legacy font (".VnTime", "VNI-Times")
 * converted from TCVN3/VNI to Unicode, and the Word list label put in front.
 */
import { fontOf, outlineLevelOf } from './docx-styles.js';
import { convertLegacyText, legacyFontEncoding, markUnknownFontRun } from './legacy.js';
import { toSuperscript } from '../text/normalize.js';
import { child, childElements, isOn, valAt } from './xml.js';
/** Footnote and endnote marks, numbered in order of first reference as Word does. */
export class NoteMarks {
    footnotes = new Map();
    endnotes = new Map();
    /** The superscript mark of a note reference. */
    mark(kind, id) {
        const seen = this[kind];
        if (!seen.has(id))
            seen.set(id, toSuperscript(String(seen.size + 1)));
        return seen.get(id);
    }
}
/** Elements whose content is never shown as text. */
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'Fallback', 'proofErr']);
/** Run children that are characters. A soft hyphen is U+00AD: dropped in Unicode text, but "ư" in TCVN3 (LibreOffice turns the 0xAD of a .VnTime .doc into w:softHyphen). */
const RUN_CHARS = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-', ptab: '\t', softHyphen: '\u00AD' };
function readRun(r, ctx, inherited, out, floating) {
    const rPr = child(r, 'rPr');
    if (isOn(child(rPr, 'vanish')) || isOn(child(rPr, 'webHidden')))
        return;
    const charStyle = ctx.styles.character(valAt(rPr, 'rStyle'));
    const bold = isOn(child(rPr, 'b')) ?? charStyle.bold ?? inherited.bold ?? false;
    const legacy = legacyFontEncoding(fontOf(rPr) ?? charStyle.font ?? inherited.font ?? ctx.styles.defaultFont);
    const superscript = valAt(rPr, 'vertAlign') === 'superscript';
    let text = '';
    for (const c of childElements(r)) {
        if (c.name === 't')
            text += c.children.filter((x) => typeof x === 'string').join('');
        else if (c.name in RUN_CHARS)
            text += RUN_CHARS[c.name];
        else if (c.name === 'footnoteReference' || c.name === 'endnoteReference') {
            // A custom mark is typed in the following run; otherwise Word numbers it.
            if (!['1', 'true', 'on'].includes(c.attrs.customMarkFollows ?? '')) {
                text += ctx.notes.mark(c.name === 'footnoteReference' ? 'footnotes' : 'endnotes', c.attrs.id ?? '');
            }
        }
        else if (c.name !== 'rPr')
            collectFloating(c, floating);
    }
    // A run in a Unicode (or no) font may still hold legacy text: marked here, judged for the whole document (legacy.ts).
    text = legacy ? convertLegacyText(text, legacy.encoding, legacy) : markUnknownFontRun(text);
    out.push({ text: superscript ? toSuperscript(text) : text, bold });
}
/** Text boxes inside drawings are paragraphs of their own, read after the one that anchors them. */
function collectFloating(el, floating) {
    if (el.name === 'Fallback')
        return; // the VML copy of a text box already read in mc:Choice
    if (el.name === 'txbxContent') {
        floating.push(...childElements(el, 'p'));
        return;
    }
    for (const c of childElements(el))
        collectFloating(c, floating);
}
function readInline(el, ctx, inherited, out, floating) {
    for (const c of childElements(el)) {
        if (SKIPPED.has(c.name))
            continue;
        if (c.name === 'r')
            readRun(c, ctx, inherited, out, floating);
        else if (c.name === 'txbxContent')
            floating.push(...childElements(c, 'p'));
        else
            readInline(c, ctx, inherited, out, floating);
    }
}
/** Read a `w:p`: runs, then the list label from its own or its style's `w:numPr`. */
export function readParagraph(p, ctx) {
    const pPr = child(p, 'pPr');
    const pStyle = valAt(pPr, 'pStyle');
    const style = ctx.styles.paragraph(pStyle);
    const runs = [];
    const floating = [];
    readInline(p, ctx, { bold: style.bold, font: style.font }, runs, floating);
    const body = runs.map((r) => r.text).join('');
    const visible = runs.filter((r) => r.text.trim());
    const numPr = child(pPr, 'numPr');
    const numId = valAt(numPr, 'numId') ?? style.numId;
    const ilvlText = valAt(numPr, 'ilvl');
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : style.ilvl;
    // Word shows the number of an empty list paragraph too, so the counter advances even then.
    const label = numId !== undefined && ctx.numberer ? ctx.numberer.next(numId, ilvl, pStyle) : null;
    const ownLevel = valAt(pPr, 'outlineLvl');
    const outlineLevel = ownLevel !== undefined ? outlineLevelOf(ownLevel) : style.outlineLevel;
    return {
        text: label && body.trim() ? label + body.trimStart() : body,
        emphasis: style.heading || outlineLevel !== undefined || (visible.length > 0 && visible.every((r) => r.bold)),
        outlineLevel,
        floating,
    };
}
//# sourceMappingURL=docx-paragraph.js.map