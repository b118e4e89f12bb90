/**
 * Reading the parts of a zipped office document (.docx, .odt) held in memory,
 * through yauzl, with a zip-bomb guard.
 *
 * Why yauzl: maintained, no native code, and it defends where we need it.
 * It lists the central directory without inflating anything, so the declared
 * sizes are summed and the archive refused before a byte is inflated; it
 * inflates an entry as a stream of zlib's 16 KiB chunks, so an entry that
 * inflates past the size it declared is stopped as soon as the excess bytes
 * appear and never fills memory (we count rather than use its
 * `validateEntrySizes`, which would refuse a stored entry lying about its size
 * while listing, before we can tell a bomb from a broken file); and with
 * `decodeStrings` it refuses entry names that are absolute or climb out with
 * "../" (path traversal). fflate was the other candidate: its `unzipSync`
 * inflates into a buffer of the declared size and silently drops what does
 * not fit, so a liar would be truncated instead of refused.
 */
import yauzl from 'yauzl';
/** Thrown when the archive is unreadable or over the decompression cap. */
export class ZipError extends Error {
    problem;
    constructor(problem, message) {
        super(message);
        this.problem = problem;
    }
}
/** Open a zip: list its central directory and refuse it when the declared total exceeds `maxTotal` bytes. */
export async function openZip(bytes, maxTotal) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = new Map();
    let zip;
    let total = 0;
    try {
        zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: false, decodeStrings: true });
        for await (const entry of zip.eachEntry()) {
            total += entry.uncompressedSize;
            if (!entry.fileName.endsWith('/'))
                entries.set(entry.fileName, entry);
        }
    }
    catch (e) {
        throw new ZipError('corrupt', e.message);
    }
    if (total > maxTotal)
        throw new ZipError('too-large', `declared ${total} bytes uncompressed, limit ${maxTotal}`);
    const readBytes = async (name) => {
        const entry = entries.get(name);
        if (!entry)
            return null;
        if (entry.isEncrypted())
            throw new ZipError('corrupt', `${name} is encrypted`);
        if (!entry.canDecodeFileData())
            throw new ZipError('corrupt', `${name} uses compression method ${entry.compressionMethod}`);
        const chunks = [];
        let size = 0;
        try {
            const stream = await zip.openReadStreamPromise(entry);
            for await (const chunk of stream) {
                size += chunk.length;
                if (size > entry.uncompressedSize) {
                    stream.destroy();
                    throw new ZipError('too-large', `${name} inflates past its declared ${entry.uncompressedSize} bytes`);
                }
                chunks.push(chunk);
            }
        }
        catch (e) {
            if (e instanceof ZipError)
                throw e;
            throw new ZipError('corrupt', `${name}: ${e.message}`);
        }
        return Buffer.concat(chunks);
    };
    return {
        has: (name) => entries.has(name),
        readBytes,
        readText: async (name) => (await readBytes(name))?.toString('utf8') ?? null,
    };
}
/**
 * The per-file error for a zipped document that could not be opened: a zip bomb is
 * DECOMPRESSION_LIMIT, a broken zip or XML (`broken` tells which errors mean that) the format's
 * CORRUPT_* code, anything else the same code with the reader's message.
 */
export function packageFailure(e, broken, code, kind) {
    if (e instanceof ZipError && e.problem === 'too-large') {
        return { ok: false, error: { code: 'DECOMPRESSION_LIMIT', message: `Tệp ${kind.name} giải nén quá lớn, nghi là "bom zip" (${e.message})` } };
    }
    if (e instanceof ZipError || broken(e)) {
        return { ok: false, error: { code, message: `Tệp ${kind.name} (${kind.ext}) bị hỏng hoặc không đúng định dạng: ${e.message}` } };
    }
    return { ok: false, error: { code, message: `Không đọc được tệp ${kind.name} (${kind.ext}): ${e.message}` } };
}
//# sourceMappingURL=zip.js.map