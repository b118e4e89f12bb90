import { readFile, stat } from 'node:fs/promises';
import { sniffUtf16 } from './decode.js';
import { ingestDoc } from './doc.js';
import { ingestDocx } from './docx.js';
import { ingestOdt } from './odt.js';
import { ingestPdf } from './pdf.js';
import { ingestImage } from './ocr-source.js';
import { ingestTxt } from './txt.js';
/** The default size limit: 100 MiB, far above any report (the largest real ones are a few MB of scanned pages). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** "WordDocument", the stream every Word 97–2003 file holds, as its OLE directory spells it (UTF-16LE). */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
/** An OpenDocument text: its first entry is "mimetype", stored, holding the media type (ODF 1.3 part 2, §3.3). */
const ODT_FIRST_ENTRY = /^PK\x03\x04[\s\S]{26}mimetypeapplication\/vnd\.oasis\.opendocument\.text(?:-template)?(?=PK|\s|$)/;
/** Tell the format from the bytes, never from the file name. */
export function detectFormat(bytes) {
    if (isImage(bytes))
        return 'image';
    if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-')
        return 'pdf';
    if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
        if (ODT_FIRST_ENTRY.test(Buffer.from(bytes.subarray(0, 120)).toString('latin1')))
            return 'odt';
        return Buffer.from(bytes).includes('word/document.xml', 0, 'latin1') ? 'docx' : 'zip';
    }
    if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
        return Buffer.from(bytes).includes(WORD_STREAM) ? 'doc' : 'ole';
    }
    // A PDF header may follow a few bytes of junk.
    const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
    if (head.includes('%PDF-'))
        return 'pdf';
    if (head.startsWith('{\\rtf'))
        return 'rtf';
    return looksBinary(bytes) ? 'binary' : 'txt';
}
/** A scan: PNG, JPEG, TIFF (either byte order) or a binary PGM/PPM, told by the signature. */
function isImage(b) {
    if (b.length < 8)
        return false;
    if (b[0] === 0x50 && (b[1] === 0x35 || b[1] === 0x36) && (b[2] === 0x0a || b[2] === 0x20 || b[2] === 0x0d || b[2] === 0x09))
        return true;
    if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a)
        return true;
    if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
        return true;
    return (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a);
}
/**
 * Control bytes no text encoding we read uses: NUL, 0x03, 0x07–0x08,
 * 0x0E–0x10, 0x18–0x1F, DEL. (0x01–0x06 and 0x11–0x17 are left out: TCVN3's
 * VN1 table puts capitals with tones there.) Random bytes hold about 6%.
 */
const NEVER_TEXT = new Set([0x00, 0x03, 0x07, 0x08, 0x0e, 0x0f, 0x10, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f]);
// The same as a table by byte value: 1 for a never-text byte (a Set lookup per byte cost ~0.2 ms per 8 KiB).
const NEVER_TEXT_TABLE = Uint8Array.from({ length: 256 }, (_, b) => (NEVER_TEXT.has(b) ? 1 : 0));
/**
 * Binary, not text: more than 1% never-text control bytes in the first 8 KiB
 * (UTF-16, whose NULs are half its bytes, excepted). A share rather than "any
 * NUL" so a long text export padded with a few NULs is still read.
 */
export function looksBinary(bytes) {
    if (sniffUtf16(bytes) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return false;
    const head = bytes.subarray(0, 8192);
    let controls = 0;
    for (let i = 0; i < head.length; i++)
        controls += NEVER_TEXT_TABLE[head[i]];
    return controls > head.length * 0.01;
}
/** Why each unreadable kind is refused (code UNSUPPORTED_FORMAT). */
const UNSUPPORTED = {
    ole: 'Tệp Office nhị phân không phải văn bản Word (.xls, .ppt…, hoặc .doc hỏng); hãy lưu lại dưới dạng .docx',
    binary: 'Tệp nhị phân, không phải văn bản (txt), Word (.docx, .doc), OpenDocument (.odt), RTF hay PDF',
    zip: 'Tệp nén (zip) không phải văn bản Word (.docx) hay OpenDocument (.odt)',
};
/** Other zip-based formats, recognised by a part name, for a more helpful message. */
const ZIP_KINDS = [
    ['xl/workbook.xml', 'Tệp Excel (.xlsx) không phải văn bản Word (.docx)'],
    ['ppt/presentation.xml', 'Tệp PowerPoint (.pptx) không phải văn bản Word (.docx)'],
    ['opendocument.spreadsheet', 'Tệp bảng tính OpenDocument (.ods) không phải văn bản'],
    ['opendocument.presentation', 'Tệp trình chiếu OpenDocument (.odp) không phải văn bản'],
];
/** Read bytes already in memory into a Source; never throws. */
export async function ingestBytes(path, bytes, options = {}) {
    if (bytes.length === 0)
        return fail('EMPTY', 'Tệp rỗng (0 byte)');
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes)
        return tooLarge(bytes.length, maxBytes);
    const format = detectFormat(bytes);
    switch (format) {
        case 'pdf':
            return ingestPdf(path, bytes, { onOcrPage: options.onOcrPage, ocr: options.ocr, timeoutMs: options.timeoutMs });
        case 'docx':
            return ingestDocx(path, bytes);
        case 'odt':
            return ingestOdt(path, bytes);
        case 'doc':
        case 'rtf':
            return ingestDoc(path, bytes, format);
        case 'image':
            return ingestImage(path, bytes, options.ocr);
        case 'txt':
            return ingestText(path, bytes);
        case 'zip': {
            const kind = ZIP_KINDS.find(([part]) => Buffer.from(bytes).includes(part, 0, 'latin1'));
            return fail('UNSUPPORTED_FORMAT', kind ? kind[1] : UNSUPPORTED.zip);
        }
        default:
            return fail('UNSUPPORTED_FORMAT', UNSUPPORTED[format]);
    }
}
/** A text file holding nothing but white space is as empty as a 0-byte one. */
function ingestText(path, bytes) {
    const result = ingestTxt(path, bytes);
    if (result.ok && result.source.blocks.length === 0)
        return fail('EMPTY', 'Tệp không có nội dung (chỉ có khoảng trắng)');
    return result;
}
function tooLarge(size, maxBytes) {
    return fail('TOO_LARGE', `Tệp quá lớn (${size} byte, giới hạn ${maxBytes} byte)`);
}
/** Read a file's bytes, refusing missing, unreadable and oversized files with a per-file error. */
export async function readInput(path, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
        const st = await stat(path);
        if (!st.isFile())
            return { ok: false, error: { code: 'NOT_A_FILE', message: `Không phải tệp: ${path}` } };
        if (st.size > maxBytes)
            return tooLarge(st.size, maxBytes);
        return { ok: true, bytes: await readFile(path) };
    }
    catch (e) {
        return fileSystemError(path, e);
    }
}
/** Read one file from disk into a Source, or a per-file error. */
export async function ingestFile(path, options = {}) {
    const input = await readInput(path, options);
    return input.ok ? ingestBytes(path, input.bytes, options) : input;
}
/** A per-file error result. */
export function fail(code, message) {
    return { ok: false, error: { code, message } };
}
/** Map a file-system error (ENOENT, EACCES…) to a per-file error. */
export function fileSystemError(path, e) {
    const code = e.code;
    if (code === 'ENOENT')
        return fail('NOT_FOUND', `Không tìm thấy tệp: ${path}`);
    if (code === 'EACCES' || code === 'EPERM')
        return fail('PERMISSION_DENIED', `Không có quyền đọc: ${path}`);
    return fail('READ_ERROR', `Không đọc được tệp ${path}: ${e.message}`);
}
//# sourceMappingURL=index.js.map