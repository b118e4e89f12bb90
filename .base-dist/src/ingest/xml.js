/**
 * XML parts of zipped office formats (WordprocessingML, OpenDocument) read
 * into a small element tree, through saxes.
 *
 * Why saxes: a maintained, conformant (XML 1.0/1.1 + namespaces), streaming
 * parser with no dependencies of its own beyond xmlchars, that never expands
 * entities defined in a DTD and never fetches anything: a DOCTYPE is reported
 * and ignored, so entity bombs ("billion laughs") and external entities have
 * nothing to expand. Names are reduced to their local part ("w:p" → "p",
 * "text:outline-level" → "outline-level") so a file that binds the main
 * namespace to another prefix reads the same.
 *
 * Forgiving on purpose: saxes reports well-formedness errors and keeps going,
 * and a damaged document.xml should still give what text it holds (a report
 * truncated at the end is still a report). Errors are counted, not thrown;
 * only a part with no root element fails. Nesting deeper than `MAX_DEPTH` is
 * refused (no office document comes close; a hostile one would otherwise
 * overflow the stack of every recursive walk over the tree), and reading stops
 * there: nothing after it can change that answer, and saxes would otherwise
 * keep every element still open (83,000 of them in 1 MB of "<w:p>"), which
 * made each young-generation collection copy them all again.
 */
import { SaxesParser } from 'saxes';
/** Deepest element nesting accepted. */
export const MAX_DEPTH = 256;
/** Thrown when a part cannot be read as XML at all. */
export class XmlError extends Error {
}
/** Thrown from saxes's open-tag handler to stop reading a part nested too deep. */
const STOP = Symbol('too deep');
function localName(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}
/** Parse a document into its root element; throws XmlError when there is no root element or nesting is too deep. */
export function parseXml(src) {
    const top = { name: '#document', attrs: {}, children: [] };
    const stack = [top];
    const parser = new SaxesParser({ position: false });
    parser.on('error', () => {
        // Keep going: saxes guesses its way on, which is what a damaged report needs.
    });
    parser.on('doctype', () => {
        // Ignored: no entity it declares is ever expanded, nothing it names is fetched.
    });
    parser.on('opentag', (tag) => {
        if (stack.length > MAX_DEPTH)
            throw STOP;
        const attrs = {};
        for (const [name, value] of Object.entries(tag.attributes))
            attrs[localName(name)] = value;
        const el = { name: localName(tag.name), attrs, children: [] };
        stack[stack.length - 1].children.push(el);
        if (!tag.isSelfClosing)
            stack.push(el);
    });
    parser.on('closetag', (tag) => {
        if (tag.isSelfClosing)
            return;
        // Pop only when something open matches (saxes closes the tags in between itself).
        const name = localName(tag.name);
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at > 0)
            stack.length = at;
    });
    const onText = (text) => {
        if (stack.length > 1)
            stack[stack.length - 1].children.push(text);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    // saxes makes an Error for every well-formedness error, which are ignored here: without their stack traces, a hostile
    // part of 250,000 stray close tags reads in a fraction of the time.
    const traces = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        parser.write(src).close();
    }
    catch (e) {
        if (e === STOP)
            throw new XmlError(`elements nested deeper than ${MAX_DEPTH}`);
        // Otherwise: an error handler that does not throw means saxes does not either; this is belt and braces.
    }
    finally {
        Error.stackTraceLimit = traces;
    }
    const root = top.children.find((c) => typeof c !== 'string');
    if (!root)
        throw new XmlError('no root element');
    return root;
}
/** Direct child elements, optionally only those with a given local name. */
export function childElements(el, name) {
    if (!el)
        return [];
    return el.children.filter((c) => typeof c !== 'string' && (name === undefined || c.name === name));
}
/** The first direct child element with a given local name. */
export function child(el, name) {
    return el?.children.find((c) => typeof c !== 'string' && c.name === name);
}
/** Follow a path of child names ("pPr", "numPr", "numId") to an element. */
export function pathTo(el, ...names) {
    let at = el;
    for (const name of names)
        at = child(at, name);
    return at;
}
/** The `val` attribute at a child path, if any. */
export function valAt(el, ...names) {
    return pathTo(el, ...names)?.attrs.val;
}
/** A WordprocessingML on/off property: present and not "0"/"false"/"off". */
export function isOn(el) {
    if (!el)
        return undefined;
    const v = el.attrs.val;
    return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}
/** All text in a subtree. */
export function textContent(el) {
    return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
//# sourceMappingURL=xml.js.map