import { alt, SIGNER_TITLES } from '../text/lexicon.js';
import { isLowerRoman, SIGNATURE } from './heading.js';
const MAX_WORDS = 15;
/** A line of running text: lower-case letters, eight words or more, ending in a full stop or a colon. */
const RUNNING_TEXT = /\p{Ll}/u;
const SIGNER = new RegExp(`^(?:KT\\.|TM\\.|TL\\.)?\\s*(?:${alt(SIGNER_TITLES.map((w) => w.toUpperCase()))})`, 'u');
/** Numbered styles that already make the top level of a report. */
const UPPER_STYLES = new Set(['part', 'muc', 'ordinal', 'capital', 'roman']);
const isUpperLevel = (h) => UPPER_STYLES.has(h.style) && !isLowerRoman(h);
/** Whether a paragraph's text looks like a title in capitals: letters, all capitals, short, no closing "." or ";". */
export function isCapitalTitle(text) {
    const t = text.trim();
    if (t.length === 0 || t.length > 120 || /\p{Ll}/u.test(t) || /[.;]$/u.test(t))
        return false;
    if ((t.match(/\p{Lu}/gu) ?? []).length < 4)
        return false;
    const words = t.split(/\s+/u);
    return words.length <= MAX_WORDS && !SIGNATURE.test(t) && !SIGNER.test(t);
}
function isRunningText(block) {
    const t = block.text.trim();
    return block.kind === 'paragraph' && RUNNING_TEXT.test(t) && /[.:]$/u.test(t) && t.split(/\s+/u).length >= 8;
}
/** The heading reading of an unnumbered title line. */
function caption(text) {
    return { number: '', key: '', style: 'title', title: text.trim(), bare: false, ordinal: 0, depth: 1, mark: '' };
}
/** Read the document's unnumbered title lines into `read` when the document uses them as its top level. */
export function readCaptions(blocks, read) {
    if (read.some((h) => h && isUpperLevel(h)))
        return;
    const para = (k) => blocks[k]?.kind === 'paragraph';
    const capital = (k) => para(k) && read[k] === null && isCapitalTitle(blocks[k].text);
    let started = false;
    const found = [];
    for (let k = 0; k < blocks.length; k++) {
        const b = blocks[k];
        if (b.kind === 'paragraph' && SIGNATURE.test(b.text.trim()))
            break;
        if (!started) {
            started = isRunningText(b);
            continue;
        }
        if (!capital(k) || capital(k - 1) || capital(k + 1) || !para(k + 1))
            continue;
        found.push(k);
    }
    if (found.length < 2)
        return;
    const firstNumbered = read.findIndex((h) => h !== null);
    if (firstNumbered >= 0 && firstNumbered < found[0])
        return;
    for (const k of found)
        read[k] = caption(blocks[k].text);
}
//# sourceMappingURL=captions.js.map