/**
 * Paragraph and character styles of a .docx, resolved through `w:basedOn`:
 * what the ingester needs from them is numbering (`w:numPr` set on a heading
 * style is how Word numbers "I.", "1.", "1.1." headings), bold, the font
 * (a ".VnTime" or "VNI-Times" font means legacy-encoded text), and whether
 * the style is a heading.
 */
import { childElements, isOn, pathTo, valAt, type XmlElement } from './xml.js';

/** What a style contributes to a paragraph or run, after inheritance. */
export interface ResolvedStyle {
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  font?: string;
  heading: boolean;
  /** Outline level 0–8 (`w:outlineLvl`, or N − 1 for a "heading N" style). */
  outlineLevel?: number;
}

interface RawStyle {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  font?: string;
  heading: boolean;
  outlineLevel?: number;
}

/** Outline level 0–8 of a `w:outlineLvl` value; 9 (body text) and anything else is none. */
export function outlineLevelOf(val: string | undefined): number | undefined {
  return val !== undefined && /^[0-8]$/.test(val) ? Number(val) : undefined;
}

/** The Latin font a `w:rPr` names (`w:rFonts` ascii, else hAnsi). */
export function fontOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = pathTo(rPr, 'rFonts');
  return fonts?.attrs.ascii ?? fonts?.attrs.hAnsi;
}

/** Look-ups into styles.xml. */
export interface DocxStyles {
  /** The paragraph style of a `w:pStyle` value (or the default paragraph style). */
  paragraph(styleId: string | undefined): ResolvedStyle;
  /** The character style of a `w:rStyle` value. */
  character(styleId: string | undefined): ResolvedStyle;
  /** The document's default run font (`w:docDefaults`). */
  defaultFont?: string;
}

const HEADING_NAME = /^(heading \d|title|tiêu đề)/i;

function readStyle(el: XmlElement): RawStyle {
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
function headingLevel(name: string): number | undefined {
  const m = /^heading ([1-9])$/i.exec(name);
  return m ? Number(m[1]) - 1 : undefined;
}

/** Read styles.xml (or nothing) into resolvers that follow `w:basedOn` chains. */
export function readStyles(root: XmlElement | null): DocxStyles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  for (const el of childElements(root ?? undefined, 'style')) {
    const id = el.attrs.styleId;
    if (!id) continue;
    raw.set(id, readStyle(el));
    if (el.attrs.type === 'paragraph' && ['1', 'true', 'on'].includes(el.attrs.default ?? '')) {
      defaultParagraph = id;
    }
  }
  const cache = new Map<string, ResolvedStyle>();
  const resolve = (id: string | undefined): ResolvedStyle => {
    if (!id || !raw.has(id)) return { heading: false };
    const hit = cache.get(id);
    if (hit) return hit;
    const chain: RawStyle[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && raw.has(at) && !seen.has(at); at = raw.get(at)?.basedOn) {
      seen.add(at);
      chain.push(raw.get(at)!);
    }
    const pick = <K extends keyof RawStyle>(key: K) => chain.find((s) => s[key] !== undefined)?.[key];
    const resolved: ResolvedStyle = {
      numId: pick('numId') as string | undefined,
      ilvl: pick('ilvl') as number | undefined,
      bold: pick('bold') as boolean | undefined,
      font: pick('font') as string | undefined,
      heading: chain.some((s) => s.heading),
      outlineLevel: pick('outlineLevel') as number | undefined,
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
