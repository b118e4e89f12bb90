/**
 * A small, forgiving XML reader for WordprocessingML parts.
 *
 * Names are reduced to their local part ("w:p" → "p", "w:val" → "val") so a
 * file that binds the main namespace to another prefix reads the same. No DTD
 * or entity definitions are honoured (nothing to expand, so no entity bombs).
 */

/** An element with local names; text children are plain strings. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? m;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of src.matchAll(ATTR)) attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Parse a document into its root element; throws when there is no root element. */
export function parseXml(src: string): XmlElement {
  const top: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [top];
  for (const m of src.matchAll(TOKEN)) {
    const parent = stack[stack.length - 1];
    if (m[1] !== undefined) parent.children.push(m[1]);
    else if (m[6] !== undefined) parent.children.push(decodeEntities(m[6]));
    else if (m[3] !== undefined) {
      const name = localName(m[3]);
      if (m[2] === '/') {
        // Tolerate a stray closing tag: pop only when something open matches.
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at > 0) stack.length = at;
        continue;
      }
      const el: XmlElement = { name, attrs: parseAttrs(m[4] ?? ''), children: [] };
      parent.children.push(el);
      if (m[5] !== '/') stack.push(el);
    }
  }
  const root = top.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

/** Direct child elements, optionally only those with a given local name. */
export function childElements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first direct child element with a given local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Follow a path of child names ("pPr", "numPr", "numId") to an element. */
export function pathTo(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = child(at, name);
  return at;
}

/** The `val` attribute at a child path, if any. */
export function valAt(el: XmlElement | undefined, ...names: string[]): string | undefined {
  return pathTo(el, ...names)?.attrs.val;
}

/** A WordprocessingML on/off property: present and not "0"/"false"/"off". */
export function isOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs.val;
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** All text in a subtree (used for the `instrText`-free parts only). */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
