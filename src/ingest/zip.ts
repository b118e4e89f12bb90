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

/** Why a zip could not be opened. */
export type ZipProblem = 'corrupt' | 'too-large';

/** Thrown when the archive is unreadable or over the decompression cap. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, message: string) {
    super(message);
  }
}

/** Read access to the entries of a zip held in memory. */
export interface ZipArchive {
  has(name: string): boolean;
  /** The entry's bytes decoded as UTF-8, or null when absent. Rejects with ZipError. */
  readText(name: string): Promise<string | null>;
  /** The entry's raw bytes, or null when absent. Rejects with ZipError. */
  readBytes(name: string): Promise<Buffer | null>;
}

/** Open a zip: list its central directory and refuse it when the declared total exceeds `maxTotal` bytes. */
export async function openZip(bytes: Uint8Array, maxTotal: number): Promise<ZipArchive> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, yauzl.Entry>();
  let zip: yauzl.ZipFile;
  let total = 0;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: false, decodeStrings: true });
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
    }
  } catch (e) {
    throw new ZipError('corrupt', (e as Error).message);
  }
  if (total > maxTotal) throw new ZipError('too-large', `declared ${total} bytes uncompressed, limit ${maxTotal}`);
  const readBytes = async (name: string): Promise<Buffer | null> => {
    const entry = entries.get(name);
    if (!entry) return null;
    if (entry.isEncrypted()) throw new ZipError('corrupt', `${name} is encrypted`);
    if (!entry.canDecodeFileData()) throw new ZipError('corrupt', `${name} uses compression method ${entry.compressionMethod}`);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        size += (chunk as Buffer).length;
        if (size > entry.uncompressedSize) {
          stream.destroy();
          throw new ZipError('too-large', `${name} inflates past its declared ${entry.uncompressedSize} bytes`);
        }
        chunks.push(chunk as Buffer);
      }
    } catch (e) {
      if (e instanceof ZipError) throw e;
      throw new ZipError('corrupt', `${name}: ${(e as Error).message}`);
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
export function packageFailure(e: unknown, broken: (e: unknown) => boolean, code: string, kind: { name: string; ext: string }): { ok: false; error: { code: string; message: string } } {
  if (e instanceof ZipError && e.problem === 'too-large') {
    return { ok: false, error: { code: 'DECOMPRESSION_LIMIT', message: `Tệp ${kind.name} giải nén quá lớn, nghi là "bom zip" (${e.message})` } };
  }
  if (e instanceof ZipError || broken(e)) {
    return { ok: false, error: { code, message: `Tệp ${kind.name} (${kind.ext}) bị hỏng hoặc không đúng định dạng: ${(e as Error).message}` } };
  }
  return { ok: false, error: { code, message: `Không đọc được tệp ${kind.name} (${kind.ext}): ${(e as Error).message}` } };
}
