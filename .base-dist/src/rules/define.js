import { subSpan } from '../model/index.js';
/** Identity function that types a rule module. */
export function defineRule(rule) {
    return rule;
}
const FORMATS = {
    vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 }),
    en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
};
/**
 * Format a value for messages the way the document writes its numbers: Vietnamese (4.256; 73,7) unless the document is
 * written the English way (4,256; 73.7), so a message quotes numbers as the reader sees them in the report.
 */
export function formatValue(v, style = 'vi') {
    return typeof v === 'number' ? FORMATS[style].format(v) : v;
}
/** Fill a template's `{key}` slots from data, numbers in the document's style. */
export function fillMessage(template, data, style = 'vi') {
    return template.replace(/\{(\w+)\}/g, (m, key) => (key in data ? formatValue(data[key], style) : m));
}
/** Turn a Place into Evidence. */
export function placeEvidence(analysis, place) {
    if ('figure' in place) {
        const block = analysis.source.blocks[place.figure.block];
        return { block: block.index, quote: place.figure.raw, offset: place.figure.span.start - block.span.start, span: place.figure.span };
    }
    const block = analysis.source.blocks[place.block];
    const from = place.from ?? 0;
    const to = place.to ?? block.text.length;
    return { block: block.index, quote: block.text.slice(from, to), offset: from, span: subSpan(block, from, to) };
}
/** Section path of a block ("II > 2"), or "" before the first heading. */
export function sectionPathOf(analysis, block) {
    const s = analysis.blockSection[block];
    return s === null || s === undefined ? '' : analysis.sections[s].path.join(' > ');
}
/** Build a Finding from a rule's report, at the severity the runner decided (see run.ts severityOf). */
export function toFinding(rule, analysis, r, severity) {
    const template = rule.messages[r.messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id}: unknown messageId ${r.messageId}`);
    const evidence = r.places.map((p) => placeEvidence(analysis, p));
    const firstBlock = 'figure' in r.places[0] ? r.places[0].figure.block : r.places[0].block;
    return {
        rule: rule.id,
        severity,
        messageId: r.messageId,
        message: fillMessage(template, r.data, analysis.numbers?.style),
        data: r.data,
        section: sectionPathOf(analysis, firstBlock),
        evidence,
        suggestion: r.suggestion ?? null,
    };
}
//# sourceMappingURL=define.js.map