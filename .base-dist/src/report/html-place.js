import { quoteOffset } from '../model/index.js';
/** Place every finding's evidence in the document's blocks (or in the passages its findings point at). */
export function placeEvidence(doc) {
    const whole = Boolean(doc.blocks?.length);
    const blocks = whole ? [...doc.blocks] : evidencePassages(doc);
    const at = new Map(blocks.map((b, i) => [b.block, i]));
    const ranges = [];
    doc.findings.forEach((f, fi) => {
        f.evidence.forEach((e, ei) => {
            let block = at.get(e.block);
            if (block === undefined) {
                // A passage the document lacks (should not happen): show the quote after the document.
                blocks.push({ block: e.block, text: e.quote, line: e.line, page: e.page });
                at.set(e.block, (block = blocks.length - 1));
            }
            const [from, to] = quoteRange(blocks[block].text, e);
            ranges.push({ finding: fi, evidence: ei, block, from, to });
        });
    });
    return { blocks, whole, ranges };
}
/** The passages a document's findings point at, each once, in block order. */
function evidencePassages(doc) {
    const used = new Set(doc.findings.flatMap((f) => f.evidence.map((e) => e.block)));
    return doc.passages.filter((p) => used.has(p.block));
}
/** The quote's characters in the block text; the whole block when the quote cannot be found. */
function quoteRange(text, e) {
    if (!e.quote)
        return [0, text.length];
    const at = quoteOffset(e, text);
    return at < 0 ? [0, text.length] : [at, at + e.quote.length];
}
/** "dòng 12", "đoạn 40" (docx paragraphs), "tr. 3, dòng 7" (pdf). */
export function placeLabel(format, w) {
    const line = w.line === null ? '' : `${format === 'docx' || format === 'odt' || format === 'doc' || format === 'rtf' ? 'đoạn' : 'dòng'} ${w.line}`;
    return w.page === null ? line : `tr. ${w.page}${line ? `, ${line}` : ''}`;
}
//# sourceMappingURL=html-place.js.map