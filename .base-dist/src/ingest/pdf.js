import { buildSource } from './build-source.js';
import { fail } from './index.js';
import { guardPdfJsRejections } from './pdf-guard.js';
import { buildBlocks } from './pdf-blocks.js';
import { buildLines } from './pdf-lines.js';
import { stitchPageBreaks } from './pdf-tables.js';
import { ocrUnavailable, readPdfPages, repairUnsureWords, splitGluedWords, tidyNumberWords, restoreLostMarkers } from './ocr.js';
import { splitAtCaseChange } from './ocr-glued.js';
import { attachOcr, joinWrappedOcrRows, ocrLines, ocrUnavailableError } from './ocr-source.js';
import { chooseReader, popplerPages, PopplerTimeout } from './pdf-poppler.js';
import { checkLaterPictures, checkPdfStreams, mostlyPictures, PdfOverLimitError } from './pdf-limits.js';
import { pictureOnlyPageCount } from './ocr-raster.js';
/** A page whose text layer holds fewer visible characters than this is treated as a scan. */
const MIN_TEXT_CHARS = 30;
/** pdftotext's share of a file's time limit: it is stopped at 90% of it (undefined: its own default). */
function popplerTimeout(fileLimitMs) {
    return fileLimitMs && fileLimitMs > 0 ? Math.max(1, Math.floor(0.9 * fileLimitMs)) : undefined;
}
let pdfjs = null;
/**
 * Load pdf.js on first use, so txt and docx batches never pay for it. Its legacy build replaces
 * `Array.prototype.push` with a slow polyfill when Node fails one of its feature tests; pdf.js does
 * not need it, and every other stage of the process slowed by a third, so the native one is put back.
 */
function loadPdfJs() {
    if (!pdfjs) {
        guardPdfJsRejections();
        const push = Array.prototype.push;
        pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
            if (Array.prototype.push !== push)
                Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
            return m;
        });
    }
    return pdfjs;
}
/** Read a .pdf file into a Source; never throws. */
export async function ingestPdf(path, bytes, options = {}) {
    const warnings = [];
    // Decoded sizes first: pdf.js's decode buffers lie outside the worker's heap cap (pdf-limits.ts).
    // A scan's Flate pictures are left to the OCR drawing, which inflates them anyway (once, not
    // twice); whatever it does not inflate whole is checked before poppler or the return (below).
    const scan = mostlyPictures(bytes);
    const over = await checkPdfStreams(bytes, {}, { picturesLater: scan });
    if (over)
        return overLimit(over);
    let text = null;
    // A scan whose every page is pictures only has no text layer: pdftotext is not started for it
    // (piping a noisy scan's 38 MB through it cost ~0.5 s CPU); each page is empty, as it would give.
    const pictureOnly = scan ? await pictureOnlyPageCount(bytes) : null;
    // Not a scan the drawing reads: its pictures are checked now, before any reader sees the file.
    const late = pictureOnly ? null : await checkLaterPictures(bytes);
    if (late)
        return overLimit(late);
    if (pictureOnly)
        text = { pages: Array.from({ length: pictureOnly }, (_, i) => buildLines(i + 1, [])), numPages: pictureOnly };
    else if ((await chooseReader(options.reader)) === 'poppler') {
        try {
            // Lines are built page by page while pdftotext still reads the next pages.
            const pages = await popplerPages(bytes, (items, n) => buildLines(n, items), { timeoutMs: popplerTimeout(options.timeoutMs) });
            if (pages.length)
                text = { pages, numPages: pages.length };
        }
        catch (e) {
            if (e instanceof PopplerTimeout)
                return fail('TIMEOUT', `Quá thời gian đọc lớp chữ của tệp PDF: ${e.message}`);
            // pdftotext could not read it (encrypted, damaged, missing): pdf.js tries, and names the error.
        }
    }
    if (!text) {
        const read = await readWithPdfJs(bytes, warnings);
        if ('ok' in read)
            return read;
        text = read;
    }
    const { pages, numPages } = text;
    try {
        const scanned = pages.flatMap((lines, i) => (options.forceOcr || visibleChars(lines) < MIN_TEXT_CHARS ? [i + 1] : []));
        const ocr = new Map();
        let secondReading = Promise.resolve(0);
        if (scanned.length) {
            const missing = await ocrUnavailable(options.ocr);
            if (missing) {
                const late = await checkLaterPictures(bytes);
                if (late)
                    return overLimit(late);
                if (!pages.some((p) => p.length))
                    return ocrUnavailableError(missing);
                warnings.push({ stage: 'ingest', message: `Trang ${scanned.join(', ')} là ảnh scan, không đọc được: ${missing}`, span: null });
            }
            else {
                const { read: pagesRead, secondReading: second } = await readPdfPages(bytes, scanned, options.onOcrPage);
                // The second reading of the words with digits (ocr.ts) sets their `alt`, and replaces a cell
                // garbled out of its digits ("b)" for a 5) by the number it reads there: awaited before the
                // lines are built from the words.
                secondReading = second;
                await secondReading;
                const read = pagesRead.map((r) => r.pages[0]);
                splitAtCaseChange(read.filter(Boolean));
                splitGluedWords(read.filter(Boolean));
                repairUnsureWords(read.filter(Boolean));
                tidyNumberWords(read.filter(Boolean));
                restoreLostMarkers(read.filter(Boolean));
                scanned.forEach((n, i) => {
                    if (!read[i])
                        return;
                    ocr.set(n, read[i]);
                    pages[n - 1] = ocrLines(n, read[i]);
                });
            }
        }
        // The pictures the drawing did not inflate whole (none on a scan it drew; a picture no page shows).
        const late = await checkLaterPictures(bytes);
        if (late) {
            await secondReading.catch(() => undefined);
            return overLimit(late);
        }
        if (!pages.some((p) => p.length)) {
            await secondReading;
            return fail('NO_TEXT', 'Tệp PDF không có chữ: không có lớp văn bản và nhận dạng ký tự (OCR) không tìm thấy chữ nào');
        }
        const stitched = stitchPageBreaks(buildBlocks(pages));
        const blocks = ocr.size ? joinWrappedOcrRows(stitched, new Set(ocr.keys())) : stitched;
        const source = buildSource({ path, format: 'pdf', bytes, encoding: 'utf-8', blocks, pages: numPages, warnings });
        await secondReading;
        if (ocr.size)
            attachOcr(source, ocr);
        return { ok: true, source };
    }
    catch (e) {
        if (e instanceof PdfOverLimitError)
            return overLimit(e.over);
        // A reading that failed before every picture was checked: a picture past the limit says why first.
        const late = await checkLaterPictures(bytes);
        if (late)
            return overLimit(late);
        return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${e?.message ?? e}`);
    }
}
/** A pdf one of whose streams decodes past a limit (pdf-limits.ts). */
const overLimit = (over) => fail('DECOMPRESSION_LIMIT', `Tệp PDF giải nén quá lớn, nghi là "bom nén": ${over.message} (byte ${over.offset})`);
/** The text layer through pdf.js, or the error that stops it (encrypted, damaged). */
async function readWithPdfJs(bytes, warnings) {
    const { getDocument } = await loadPdfJs();
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
    let doc;
    try {
        doc = await task.promise;
    }
    catch (e) {
        await task.destroy().catch(() => undefined);
        if (e?.name === 'PasswordException')
            return fail('ENCRYPTED_PDF', 'Tệp PDF được bảo vệ bằng mật khẩu, không đọc được nội dung');
        return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${e?.message ?? e}`);
    }
    try {
        return { pages: await readPages(doc, warnings), numPages: doc.numPages };
    }
    catch (e) {
        return fail('CORRUPT_PDF', `Tệp PDF bị hỏng, không đọc được: ${e?.message ?? e}`);
    }
    finally {
        await doc.destroy().catch(() => undefined);
    }
}
/** Characters other than white space on a page's text layer. */
function visibleChars(lines) {
    let n = 0;
    for (const l of lines)
        for (const s of l.segments)
            n += s.text.replace(/\s+/g, '').length;
    return n;
}
/** Every page's lines; a page that cannot be read becomes a warning. */
async function readPages(doc, warnings) {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
        try {
            const page = await doc.getPage(n);
            const content = await page.getTextContent({ includeMarkedContent: true });
            page.cleanup();
            pages.push(buildLines(n, toItems(content.items)));
        }
        catch (e) {
            warnings.push({ stage: 'ingest', message: `Không đọc được trang ${n}: ${e?.message ?? e}`, span: null });
            pages.push([]);
        }
    }
    return pages;
}
/**
 * Positioned runs of a page. Inside an unnumbered /Span (LibreOffice wraps a
 * letter it builds from a base glyph and a mark this way, with /ActualText that
 * pdf.js drops) only the first letter is real: the mark glyphs have no Unicode
 * and come through as stray control characters or ASCII.
 */
/** A white-space run wider than this many font sizes is a tab's advance, not a word space (about a quarter of a size). */
const TAB_SPACE = 0.5;
function toItems(raw) {
    const items = [];
    const stack = [];
    let cluster = null;
    // Runs in content-stream order; a run of white space wider than a word space (a tab LibreOffice draws as a positioned
    // space) ends the run before it, as a wide gap does in what poppler gives (pdf-poppler.ts), so both readers cut alike.
    let seq = 0;
    for (const r of raw) {
        if (r.type === 'beginMarkedContent' || r.type === 'beginMarkedContentProps') {
            stack.push(r.tag === 'Span' && !r.id);
            continue;
        }
        if (r.type === 'endMarkedContent') {
            if (stack.pop() && cluster)
                items.push({ ...cluster, seq: seq++ });
            cluster = null;
            continue;
        }
        if (r.str === undefined || !r.transform)
            continue;
        const [a, b, , , x, y] = r.transform;
        const size = Math.hypot(a, b);
        if (stack[stack.length - 1]) {
            const chars = Array.from(r.str.replace(/[\u0000-\u001f]/g, ''));
            // An ASCII first letter is a ligature ("fi") whose text is all real; a Vietnamese letter is one glyph.
            const str = /^[A-Za-z]/.test(r.str) ? chars.join('') : (chars[0] ?? '');
            if (!cluster && str.trim())
                cluster = { str, x, y, size, width: ((r.width ?? 0) * str.length) / Math.max(1, Array.from(r.str).length), seq: 0 };
            continue;
        }
        const str = r.str.replace(/[\u0000-\u001f]/g, '');
        if (str.trim())
            items.push({ str, x, y, size, width: r.width ?? 0, seq: seq++ });
        else if ((r.width ?? 0) > TAB_SPACE * size)
            seq++;
    }
    return items;
}
//# sourceMappingURL=pdf.js.map