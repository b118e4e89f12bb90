/**
 * Byte-level mutations of fixture files for the mutation fuzzer: flipped
 * bytes, truncation, and (for zips) damage aimed at one entry's data or at the
 * central directory's sizes and offsets.
 */

// The same seeded generator (mulberry32) the benchmark uses: the same mutations on every run for a seed.
import { seededRandom } from '../../pipelines/bench-corpus.js';
export { seededRandom };

/** A mutated copy and how it was made (for the failure message). */
export interface Mutant {
  bytes: Buffer;
  how: string;
}

type Mutation = (bytes: Buffer, random: () => number) => Mutant;

const int = (random: () => number, n: number) => Math.floor(random() * n);

/** XOR 1–16 random bytes with a random non-zero value. */
export const flipBytes: Mutation = (bytes, random) => {
  const out = Buffer.from(bytes);
  const count = 1 + int(random, 16);
  const at: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = int(random, out.length);
    out[p] ^= 1 + int(random, 255);
    at.push(p);
  }
  return { bytes: out, how: `flip bytes at ${at.join(',')}` };
};

/** Cut the file short at a random length. */
export const truncate: Mutation = (bytes, random) => {
  const length = int(random, bytes.length);
  return { bytes: Buffer.from(bytes.subarray(0, length)), how: `truncate to ${length} bytes` };
};

/** Offsets of every `signature` (little-endian uint32) in a buffer. */
function findAll(bytes: Buffer, signature: number): number[] {
  const needle = Buffer.alloc(4);
  needle.writeUInt32LE(signature);
  const found: number[] = [];
  for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Overwrite a random stretch of one local entry's compressed data with random bytes. */
export const corruptEntryData: Mutation = (bytes, random) => {
  const headers = findAll(bytes, 0x04034b50);
  if (!headers.length) return flipBytes(bytes, random);
  const header = headers[int(random, headers.length)];
  const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const size = Math.max(1, bytes.readUInt32LE(header + 18));
  const from = Math.min(bytes.length - 1, dataStart + int(random, size));
  const length = 1 + int(random, 64);
  const out = Buffer.from(bytes);
  for (let i = from; i < Math.min(out.length, from + length); i++) out[i] = int(random, 256);
  return { bytes: out, how: `overwrite ${length} bytes of the entry at ${header} from ${from}` };
};

/** Central-directory fields a corrupt zip gets wrong: compressed size, size, local header offset, name length. */
const CENTRAL_FIELDS: Array<[name: string, offset: number, width: 2 | 4]> = [
  ['compressed size', 20, 4], ['uncompressed size', 24, 4], ['local offset', 42, 4], ['name length', 28, 2], ['method', 10, 2],
];

/** Set one central-directory field of one entry to a random or extreme value. */
export const corruptCentralDirectory: Mutation = (bytes, random) => {
  const entries = findAll(bytes, 0x02014b50);
  if (!entries.length) return truncate(bytes, random);
  const entry = entries[int(random, entries.length)];
  const [name, offset, width] = CENTRAL_FIELDS[int(random, CENTRAL_FIELDS.length)];
  const extremes = width === 4 ? [0, 1, 0xffffffff, 0x7fffffff, int(random, 2 ** 32)] : [0, 1, 0xffff, int(random, 2 ** 16)];
  const value = extremes[int(random, extremes.length)];
  const out = Buffer.from(bytes);
  if (entry + offset + width > out.length) return truncate(bytes, random);
  if (width === 4) out.writeUInt32LE(value, entry + offset);
  else out.writeUInt16LE(value, entry + offset);
  return { bytes: out, how: `set ${name} of the central entry at ${entry} to ${value}` };
};

/** The mutations tried on each format. */
export const MUTATIONS_BY_FORMAT: Record<'docx' | 'odt' | 'pdf', Mutation[]> = {
  docx: [flipBytes, flipBytes, truncate, corruptEntryData, corruptCentralDirectory],
  odt: [flipBytes, flipBytes, truncate, corruptEntryData, corruptCentralDirectory],
  pdf: [flipBytes, flipBytes, flipBytes, truncate],
};
