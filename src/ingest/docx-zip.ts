/**
 * Minimal zip reader for .docx parts, with a zip-bomb guard.
 *
 * Why not jszip: it inflates whatever an entry holds, trusting nothing but
 * memory. Here the central directory's declared sizes are summed before any
 * inflating, and each entry is inflated with `maxOutputLength` equal to its
 * declared size, so an entry lying about its size fails instead of filling RAM.
 */
import { inflateRawSync } from 'node:zlib';

/** Why a zip could not be opened. */
export type ZipProblem = 'corrupt' | 'too-large';

/** Thrown when the archive is unreadable or over the decompression cap. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, message: string) {
    super(message);
  }
}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Read access to the entries of a zip held in memory. */
export interface ZipArchive {
  has(name: string): boolean;
  /** The entry's bytes decoded as UTF-8, or null when absent. Throws ZipError. */
  readText(name: string): string | null;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Open a zip: list its central directory and refuse it when the declared total exceeds `maxTotal` bytes. */
export function openZip(bytes: Uint8Array, maxTotal: number): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buf);
  let total = 0;
  for (const e of entries.values()) total += e.size;
  if (total > maxTotal) throw new ZipError('too-large', `declared ${total} bytes uncompressed, limit ${maxTotal}`);
  return {
    has: (name) => entries.has(name),
    readText(name) {
      const entry = entries.get(name);
      return entry ? inflateEntry(buf, entry, name).toString('utf8') : null;
    },
  };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new ZipError('corrupt', 'no end of central directory');
}

function readCentralDirectory(buf: Buffer): Map<string, Entry> {
  if (buf.length < 22) throw new ZipError('corrupt', 'too short for a zip');
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL_SIGNATURE) {
      throw new ZipError('corrupt', 'broken central directory');
    }
    const nameLength = buf.readUInt16LE(pos + 28);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLength);
    entries.set(name, {
      flags: buf.readUInt16LE(pos + 8),
      method: buf.readUInt16LE(pos + 10),
      compressedSize: buf.readUInt32LE(pos + 20),
      size: buf.readUInt32LE(pos + 24),
      localOffset: buf.readUInt32LE(pos + 42),
    });
    pos += 46 + nameLength + buf.readUInt16LE(pos + 30) + buf.readUInt16LE(pos + 32);
  }
  return entries;
}

function inflateEntry(buf: Buffer, entry: Entry, name: string): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipError('corrupt', `broken local header for ${name}`);
  }
  if (entry.flags & 1) throw new ZipError('corrupt', `${name} is encrypted`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError('corrupt', `${name} is truncated`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('corrupt', `${name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipError('too-large', `${name} inflates past its declared ${entry.size} bytes`);
    }
    throw new ZipError('corrupt', `${name}: ${(e as Error).message}`);
  }
}
