/**
 * The parts of a .docx package the ingester reads, found through the
 * relationship files rather than assumed names (some generators write
 * "word/document2.xml"), with the usual names as fallback.
 */
import { childElements, parseXml, type XmlElement } from './xml.js';
import { openZip, type ZipArchive } from './zip.js';

/** Parsed XML of the parts we use; null when a part is absent. */
export interface DocxParts {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  footnotes: XmlElement | null;
  endnotes: XmlElement | null;
  /** Optional parts that were present but unreadable. */
  problems: string[];
}

/** Thrown when the package has no readable main document. */
export class MissingDocumentError extends Error {}

const RELATION_SUFFIX: Record<Exclude<keyof DocxParts, 'document' | 'problems'>, string> = {
  styles: '/styles',
  numbering: '/numbering',
  footnotes: '/footnotes',
  endnotes: '/endnotes',
};

async function readRelations(zip: ZipArchive, relsPath: string): Promise<Map<string, string>> {
  const byType = new Map<string, string>();
  const text = await zip.readText(relsPath);
  if (!text) return byType;
  try {
    for (const rel of childElements(parseXml(text), 'Relationship')) {
      if (rel.attrs.TargetMode === 'External' || !rel.attrs.Type || !rel.attrs.Target) continue;
      byType.set(rel.attrs.Type, rel.attrs.Target);
    }
  } catch {
    // Unreadable relations: fall back to the conventional part names.
  }
  return byType;
}

/** Resolve a relationship target against the folder of the part that owns it. */
function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

function findTarget(relations: Map<string, string>, suffix: string): string | undefined {
  for (const [type, target] of relations) if (type.endsWith(suffix)) return target;
  return undefined;
}

/** Open the package (refusing more than `maxUncompressed` bytes) and parse its parts. Throws ZipError / MissingDocumentError. */
export async function readDocxParts(bytes: Uint8Array, maxUncompressed: number): Promise<DocxParts> {
  const zip = await openZip(bytes, maxUncompressed);
  const main = findTarget(await readRelations(zip, '_rels/.rels'), '/officeDocument');
  const documentPath = main && zip.has(resolveTarget('', main)) ? resolveTarget('', main) : 'word/document.xml';
  const documentText = await zip.readText(documentPath);
  if (documentText === null) throw new MissingDocumentError(`thiếu ${documentPath}`);
  let document: XmlElement;
  try {
    document = parseXml(documentText);
  } catch (e) {
    throw new MissingDocumentError(`${documentPath}: ${(e as Error).message}`);
  }
  const dir = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const slash = documentPath.lastIndexOf('/');
  const relations = await readRelations(zip, `${dir}_rels/${documentPath.slice(slash + 1)}.rels`);
  const parts: DocxParts = { document, styles: null, numbering: null, footnotes: null, endnotes: null, problems: [] };
  for (const [key, suffix] of Object.entries(RELATION_SUFFIX) as Array<[keyof typeof RELATION_SUFFIX, string]>) {
    const target = findTarget(relations, suffix);
    const path = target ? resolveTarget(dir, target) : `${dir}${suffix.slice(1)}.xml`;
    const text = await zip.readText(path);
    if (text === null) continue;
    try {
      parts[key] = parseXml(text);
    } catch (e) {
      parts.problems.push(`${path}: ${(e as Error).message}`);
    }
  }
  return parts;
}
