/**
 * The parts of a .docx package the ingester reads, found through the
 * relationship files rather than assumed names (some generators write
 * "word/document2.xml"), with the usual names as fallback.
 */
import { childElements, parseXml } from './xml.js';
import { openZip } from './zip.js';
/** Thrown when the package has no readable main document. */
export class MissingDocumentError extends Error {
}
const RELATION_SUFFIX = {
    styles: '/styles',
    numbering: '/numbering',
    footnotes: '/footnotes',
    endnotes: '/endnotes',
};
async function readRelations(zip, relsPath) {
    const byType = new Map();
    const text = await zip.readText(relsPath);
    if (!text)
        return byType;
    try {
        for (const rel of childElements(parseXml(text), 'Relationship')) {
            if (rel.attrs.TargetMode === 'External' || !rel.attrs.Type || !rel.attrs.Target)
                continue;
            byType.set(rel.attrs.Type, rel.attrs.Target);
        }
    }
    catch {
        // Unreadable relations: fall back to the conventional part names.
    }
    return byType;
}
/** Resolve a relationship target against the folder of the part that owns it. */
function resolveTarget(baseDir, target) {
    const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
    const out = [];
    for (const p of parts) {
        if (p === '..')
            out.pop();
        else if (p && p !== '.')
            out.push(p);
    }
    return out.join('/');
}
function findTarget(relations, suffix) {
    for (const [type, target] of relations)
        if (type.endsWith(suffix))
            return target;
    return undefined;
}
/** Open the package (refusing more than `maxUncompressed` bytes) and parse its parts. Throws ZipError / MissingDocumentError. */
export async function readDocxParts(bytes, maxUncompressed) {
    const zip = await openZip(bytes, maxUncompressed);
    const main = findTarget(await readRelations(zip, '_rels/.rels'), '/officeDocument');
    const documentPath = main && zip.has(resolveTarget('', main)) ? resolveTarget('', main) : 'word/document.xml';
    const documentText = await zip.readText(documentPath);
    if (documentText === null)
        throw new MissingDocumentError(`thiếu ${documentPath}`);
    let document;
    try {
        document = parseXml(documentText);
    }
    catch (e) {
        throw new MissingDocumentError(`${documentPath}: ${e.message}`);
    }
    const dir = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
    const slash = documentPath.lastIndexOf('/');
    const relations = await readRelations(zip, `${dir}_rels/${documentPath.slice(slash + 1)}.rels`);
    const parts = { document, styles: null, numbering: null, footnotes: null, endnotes: null, problems: [] };
    for (const [key, suffix] of Object.entries(RELATION_SUFFIX)) {
        const target = findTarget(relations, suffix);
        const path = target ? resolveTarget(dir, target) : `${dir}${suffix.slice(1)}.xml`;
        const text = await zip.readText(path);
        if (text === null)
            continue;
        try {
            parts[key] = parseXml(text);
        }
        catch (e) {
            parts.problems.push(`${path}: ${e.message}`);
        }
    }
    return parts;
}
//# sourceMappingURL=docx-package.js.map