import { garbledTables, hiddenMarker, lostItem, unsureWords } from '../extract/ocr-confidence.js';
/** Downgrade the errors whose evidence holds an unsure OCR word; other findings are returned as they are. */
export function cautionOcr(findings, source) {
    if (!source.ocrPages?.length)
        return findings;
    const unsure = unsureWords(source);
    const garbled = garbledTables(source);
    if (unsure.length === 0 && garbled.size === 0 && !findings.some((f) => LATE.has(f.messageId) || f.messageId === MARKS || short(f)))
        return findings;
    const tableAt = (at) => source.blocks.find((b) => b.table !== undefined && at >= b.span.start && at < b.span.end)?.table;
    return findings.map((f) => {
        if (f.severity !== 'error')
            return f;
        if (f.rule === 'garbled-number' && f.messageId === MARKS && f.evidence.some((e) => source.blocks[e.block]?.ocr)) {
            const raw = typeof f.data.raw === 'string' ? f.data.raw : '';
            return {
                ...f,
                severity: 'warning',
                message: `${f.message} (đọc bằng OCR: dấu phân cách trong "${raw}" có thể bị nhận dạng sai)`,
                data: { ...f.data, ocrUnsure: raw },
            };
        }
        const hit = unsure.find((u) => f.evidence.some((e) => u.start < e.span.end && u.end > e.span.start));
        const lost = hit ? null : lostHeading(f, source);
        if (lost) {
            return {
                ...f,
                severity: 'warning',
                message: `${f.message} (đọc bằng OCR: dòng bắt đầu bằng "${lost.text}" có thể là đề mục bị nhận dạng sai, độ tin cậy ${Math.round(lost.conf)}%)`,
                data: { ...f.data, ocrUnsure: lost.text, ocrConfidence: Math.round(lost.conf) },
            };
        }
        if (!hit) {
            const table = f.evidence.map((e) => tableAt(e.span.start)).find((t) => t !== undefined && garbled.has(t));
            if (table === undefined) {
                const gone = short(f) ? lostItem(source, f.evidence.map((e) => e.block)) : null;
                if (!gone)
                    return f;
                const why = gone.conf !== undefined
                    ? `dòng "${gone.text}" đọc với độ tin cậy ${Math.round(gone.conf)}%`
                    : `số thứ tự nhảy qua "${gone.text}"`;
                return {
                    ...f,
                    severity: 'warning',
                    message: `${f.message} (đọc bằng OCR: bản quét có thể đã mất một mục, ${why})`,
                    data: { ...f.data, ocrLost: gone.text, ...(gone.conf !== undefined ? { ocrConfidence: Math.round(gone.conf) } : {}) },
                };
            }
            const cell = garbled.get(table);
            return {
                ...f,
                severity: 'warning',
                message: `${f.message} (đọc bằng OCR: bảng có ô "${cell}" không đọc được thành số, có thể bị nhận dạng sai)`,
                data: { ...f.data, ocrUnsure: cell },
            };
        }
        const why = hit.alt !== undefined
            ? `hai lần đọc cho "${hit.text}" và "${hit.alt}", có thể bị nhận dạng sai`
            : `"${hit.text}" có thể bị nhận dạng sai, độ tin cậy ${Math.round(hit.conf)}%`;
        return {
            ...f,
            severity: 'warning',
            message: `${f.message} (đọc bằng OCR: ${why})`,
            data: { ...f.data, ocrUnsure: hit.text, ocrConfidence: Math.round(hit.conf), ...(hit.alt !== undefined ? { ocrSecondReading: hit.alt } : {}) },
        };
    });
}
/** garbled-number's finding of a number whose marks no grammar reads. */
const MARKS = 'malformedNumber';
/**
 * A count or sum that comes out short of what the report states: fewer names than the count, parts that sum to less
 * than their whole, rows to less than their total. An item the scan lost makes exactly that, never the other way.
 */
function short(f) {
    const n = (k) => (typeof f.data[k] === 'number' ? f.data[k] : NaN);
    if (f.rule === 'list-count-mismatch')
        return n('listed') < n('count');
    if (f.rule === 'parts-sum-mismatch' && f.messageId === 'partsSumMismatch')
        return n('sum') < n('whole');
    if (f.rule === 'table-total-mismatch' && SUMS.has(f.messageId))
        return n('actual') < n('stated');
    return false;
}
/** table-total-mismatch's findings of a sum of rows or cells. */
const SUMS = new Set(['totalRowMismatch', 'groupRowMismatch', 'partsMismatch']);
/** heading-numbering's findings that a heading comes too late: one before it may have been lost. */
const LATE = new Set(['numberStartsLate', 'numberGap']);
/**
 * For a heading numbered too late, a line between it and the heading before it (its previous
 * sibling for a gap, its parent or the document's start for a list that starts late) that may hold
 * the missing heading's marker misread.
 */
function lostHeading(f, source) {
    if (f.rule !== 'heading-numbering' || !LATE.has(f.messageId) || typeof f.data.found !== 'string')
        return null;
    const at = f.evidence[0].block;
    const before = f.evidence.length > 1 && f.evidence[1].block < at ? f.evidence[1].block : -1;
    return hiddenMarker(source, before, at, f.data.found);
}
//# sourceMappingURL=ocr-caution.js.map