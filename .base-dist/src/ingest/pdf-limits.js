/**
 * Bounds on what a pdf may decode to, checked before any reader sees it.
 *
 * pdf.js decodes a stream whole into an ArrayBuffer, outside the worker's heap cap: a 4 KB pdf
 * whose content stream is deflated twice ([/FlateDecode /FlateDecode]) inflated to 2 GB of
 * spaces and took the process to 2.7–3.2 GB. So every stream of the file is decoded here first,
 * as a stream of chunks (1 MiB for Flate) that are counted and dropped (memory stays flat), through its
 * expanding filters (Flate, LZW, RunLength, and the ASCII ones that may come before them); a
 * stream decoding to more than `maxStream` bytes, or text streams (all but images) to more
 * than `maxTotal` together, make the file DECOMPRESSION_LIMIT before pdf.js or poppler reads
 * it. Measured: the double-deflate bomb is refused in 0.5 s at 200 MB peak RSS (was 2.7 GB and
 * a TIMEOUT); the scan takes 30 ms on a 3,000-page pdf whose audit takes 24 s.
 *
 * Chosen over parsing in a child process under an address-space limit, which also works (node
 * and pdf.js start under `ulimit -v` of 1 GB; the bomb then aborts the child): the scan costs
 * 30 ms on a 3,000-page pdf and 0.5 s on the bomb, a child costs a node start and a pdf.js load
 * (0.6 s) for every pdf. The child processes we do run on a pdf (pdftotext, pdftoppm) get an
 * address-space limit as well (`limitedCommand`), so a file that decodes past it in them fails
 * there instead of taking the machine's memory.
 *
 * A scan's Flate pictures may be left for later (`picturesLater`): the OCR drawing inflates them
 * anyway, and what it does not inflate whole is checked before pdftoppm runs and before the file is
 * returned (`checkLaterPictures`), so each picture is inflated once.
 *
 * Not covered: an encrypted pdf's streams (the scan cannot read them; pdf.js can when the user
 * password is empty). Images in DCT, JPX, JBIG2 or CCITT are not decoded here (pdf.js does not
 * decode images for text; pdftoppm does, under its address-space limit).
 */
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflate } from 'node:zlib';
import { inflateSyncEach } from './zlib-sync.js';
/** One stream may decode to at most this (a 600 dpi A3 colour scan is 209 MB). */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;
/** All streams but images together (content, fonts, object streams) may decode to at most this. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** A child process reading a pdf (pdftotext, pdftoppm) may map at most this much memory. */
export const CHILD_ADDRESS_SPACE_BYTES = 1024 * 1024 * 1024;
/**
 * `cmd args` run under an address-space limit of `bytes`: `sh -c 'ulimit -v …; exec cmd args'`
 * (POSIX sh; where the limit cannot be set the command still runs). Unchanged on Windows.
 */
export function limitedCommand(cmd, args, bytes = CHILD_ADDRESS_SPACE_BYTES) {
    if (process.platform === 'win32')
        return [cmd, args];
    return ['sh', ['-c', `ulimit -v ${Math.ceil(bytes / 1024)} 2>/dev/null; exec "$0" "$@"`, cmd, ...args]];
}
/** A pdf refused by a check made while it is being read (`checkLaterPictures`): the reader stops there. */
export class PdfOverLimitError extends Error {
    over;
    constructor(over) {
        super(over.message);
        this.over = over;
    }
}
const later = new WeakMap();
/**
 * Null when every stream of the pdf decodes within the limits, else which one does not.
 *
 * `picturesLater` (a scan about to be drawn): a picture stream whose only filter is Flate is not
 * inflated here but left for later, as the OCR drawing (ocr-raster.ts) inflates it anyway: a
 * picture the drawing inflates whole to exactly its own size, within `maxStream`, is one this check
 * would have passed (`pictureInflated`); any other is checked by `checkLaterPictures`, which the
 * reader calls before anything else can decode the file's pictures (pdftoppm) and before it returns.
 * A picture counts only against `maxStream` (not the text streams' total), so leaving it changes no
 * total. Inflating each of a noisy scan's 25 MB pictures once instead of twice saves ~50 ms a page.
 */
export async function checkPdfStreams(bytes, limits = {}, { picturesLater = false } = {}) {
    const maxStream = limits.maxStream ?? MAX_STREAM_BYTES;
    const maxTotal = limits.maxTotal ?? MAX_TOTAL_BYTES;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let total = 0;
    const pictures = [];
    for (const s of streams(buf)) {
        const filters = takeWhileKnown(s.filters);
        if (!filters.length)
            continue;
        if (picturesLater && s.image && s.filters.length === 1 && filters[0] === 'FlateDecode') {
            pictures.push({ start: s.start, end: s.end, done: false });
            continue;
        }
        const size = await decodedSize(buf.subarray(s.start, s.end), filters, maxStream);
        if (size > maxStream)
            return { offset: s.start, message: `một luồng dữ liệu giải nén ra hơn ${mb(maxStream)} MB` };
        if (!s.image)
            total += size;
        if (total > maxTotal)
            return { offset: s.start, message: `các luồng dữ liệu giải nén ra hơn ${mb(maxTotal)} MB` };
    }
    if (pictures.length)
        later.set(bytes, { buf, maxStream, pictures });
    return null;
}
/**
 * The drawing inflated `data`, a picture stream of the pdf `bytes`, whole to exactly `size` bytes
 * (zlib read all of it): when it is one `checkPdfStreams` left for later and `size` is within the
 * limit, it needs no check (the check inflates it the same way, to the same count).
 */
export function pictureInflated(bytes, data, size) {
    const l = later.get(bytes);
    if (!l || size > l.maxStream)
        return;
    for (const p of l.pictures) {
        if (!p.done && p.end - p.start === data.length && l.buf.subarray(p.start, p.end).equals(data)) {
            p.done = true;
            return;
        }
    }
}
/** The check of the pictures `checkPdfStreams` left for later and the drawing did not inflate whole: null when all are within the limit. */
export async function checkLaterPictures(bytes) {
    const l = later.get(bytes);
    if (!l)
        return null;
    later.delete(bytes);
    for (const p of l.pictures) {
        if (p.done)
            continue;
        if ((await decodedSize(l.buf.subarray(p.start, p.end), ['FlateDecode'], l.maxStream)) > l.maxStream)
            return { offset: p.start, message: `một luồng dữ liệu giải nén ra hơn ${mb(l.maxStream)} MB` };
    }
    return null;
}
/** How many pictures of the pdf are still left for `checkLaterPictures` (tests). */
export const laterPictures = (bytes) => later.get(bytes)?.pictures.filter((p) => !p.done).length ?? 0;
/** Whether picture streams make up at least `share` of the file's bytes (a scan, most likely), by the same scan of its streams. */
export function mostlyPictures(bytes, share = 0.9) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pictures = 0;
    for (const s of streams(buf))
        if (s.image)
            pictures += s.end - s.start;
    return buf.length > 0 && pictures >= share * buf.length;
}
const mb = (n) => Math.round(n / 1048576);
/** The leading filters this module can decode: decoding stops at the first other one (DCT, JPX...). */
function takeWhileKnown(filters) {
    const i = filters.findIndex((f) => !DECODERS[f]);
    return i < 0 ? filters : filters.slice(0, i);
}
const STREAM = Buffer.from('stream', 'latin1');
const ENDSTREAM = Buffer.from('endstream', 'latin1');
/** Every `<< ... >> stream ... endstream` of the file, with its filters. */
function* streams(buf) {
    for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
        if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end')
            continue;
        let start = at + STREAM.length;
        if (buf[start] === 0x0d)
            start++;
        if (buf[start] === 0x0a)
            start++;
        else if (buf[start - 1] !== 0x0d)
            continue;
        const dict = dictBefore(buf, at);
        if (dict === null)
            continue;
        const length = resolveInt(buf, /\/Length\s+(\d+(?:\s+\d+\s+R)?)/.exec(dict)?.[1]);
        let end = -1;
        if (length !== null && start + length <= buf.length && /^\s*endstream/.test(buf.toString('latin1', start + length, start + length + 20)))
            end = start + length;
        if (end < 0)
            end = buf.indexOf(ENDSTREAM, start);
        if (end < 0)
            end = buf.length;
        yield { start, end, filters: filtersOf(buf, dict), image: /\/Subtype\s*\/Image\b/.test(dict) };
        at = end;
    }
}
/** The dictionary that ends just before `at` (`<< ... >>`, nested ones balanced), or null. */
function dictBefore(buf, at) {
    let i = at - 1;
    while (i >= 0 && isSpace(buf[i]))
        i--;
    if (i < 1 || buf[i] !== 0x3e || buf[i - 1] !== 0x3e)
        return null;
    const stop = Math.max(0, i - 65536);
    let depth = 0;
    for (let j = i; j > stop; j--) {
        if (buf[j] === 0x3e && buf[j - 1] === 0x3e) {
            depth++;
            j--;
        }
        else if (buf[j] === 0x3c && buf[j - 1] === 0x3c) {
            depth--;
            j--;
            if (depth === 0)
                return buf.toString('latin1', j, i + 1);
        }
    }
    return null;
}
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
/** The stream's filters by their full names; an indirect /Filter is looked up; unknown: Flate is tried. */
function filtersOf(buf, dict) {
    const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+|\d+\s+\d+\s+R)/.exec(dict);
    if (!m)
        return [];
    let value = m[1];
    if (/R$/.test(value))
        value = resolve(buf, value);
    // A filter this scan cannot find (in an object stream): try Flate, which fails at once on other data.
    if (value === null)
        return ['FlateDecode'];
    return [...value.matchAll(/\/([A-Za-z0-9]+)/g)].map((f) => ABBREVIATIONS[f[1]] ?? f[1]);
}
const ABBREVIATIONS = { Fl: 'FlateDecode', LZW: 'LZWDecode', RL: 'RunLengthDecode', AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode' };
/** `n g R` → the object's value (following up to 16 references), or null when not found as text. */
function resolve(buf, ref) {
    let value = ref;
    for (let hop = 0; hop < 16; hop++) {
        const m = /^(\d+)\s+(\d+)\s+R$/.exec(value.trim());
        if (!m)
            return value.trim();
        const head = `${m[1]} ${m[2]} obj`;
        let at = buf.lastIndexOf(head);
        while (at > 0 && !isSpace(buf[at - 1]))
            at = buf.lastIndexOf(head, at - 1);
        if (at < 0)
            return null;
        const body = buf.toString('latin1', at + head.length, Math.min(buf.length, at + head.length + 4096));
        value = /^([\s\S]*?)(?:endobj|stream\b|$)/.exec(body)[1];
    }
    return null;
}
function resolveInt(buf, value) {
    if (value === undefined)
        return null;
    const v = /R$/.test(value) ? resolve(buf, value) : value;
    return v !== null && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
}
/** Bytes the data decodes to through `filters`, counting no further than just past `cap` at any stage. */
async function decodedSize(data, filters, cap) {
    if (filters.length === 1 && filters[0] === 'FlateDecode') {
        const n = flateSize(data, cap);
        if (n !== null)
            return n;
    }
    const stop = new Error('cap');
    let over = false;
    const stages = filters.map((f) => {
        const stage = DECODERS[f](cap, stop);
        stage.once('error', (e) => (over ||= e === stop));
        // Every stage is counted: an intermediate one can be the large one.
        let n = 0;
        stage.on('data', (c) => {
            n += c.length;
            if (n > cap)
                stage.destroy(stop);
        });
        return stage;
    });
    let out = 0;
    const sink = new Writable({
        write(chunk, _e, done) {
            out += chunk.length;
            over ||= out > cap;
            done(over ? stop : null);
        },
    });
    try {
        await pipeline([Readable.from([data]), ...stages, sink]);
    }
    catch {
        // Over the cap, or data a decoder cannot read past (the readers stop there too): what came out counts.
    }
    return over ? cap + 1 : out;
}
/** The one buffer `flateSize` inflates into and drops, used again for every stream. */
let scratch = null;
const SCRATCH = 256 * 1024;
/**
 * Bytes a Flate stream inflates to, counting no further than just past `cap` (then `cap + 1`); a
 * stream zlib cannot read past counts what came out before (as the readers stop there too). Null
 * where zlib's handle is not there (then the stream pipeline counts). Written synchronously to
 * zlib's handle, as `zlib.inflateSync` does, into one 256 KiB buffer used again and never kept:
 * the stream pipeline allocated a fresh 1 MiB chunk for every megabyte (150 of them for six
 * scanned pages, half the garbage collections of a scan's reading, on memory touched for the first time) and
 * handed each one through the thread pool and the stream machinery. Only the count differs at a stream's
 * damaged end: the pipeline dropped the chunk zlib failed in, this counts the bytes before that write.
 */
function flateSize(data, cap) {
    let n = 0;
    const end = inflateSyncEach(data, (scratch ??= Buffer.allocUnsafeSlow(SCRATCH)), (have) => {
        n += have;
        return n <= cap;
    });
    if (end === null)
        return null;
    return end === 'stopped' ? cap + 1 : n;
}
/**
 * Flate with its zlib header (pdf.js and poppler refuse a stream without one), in 1 MiB chunks:
 * a scanned page's 25 MB picture took 13 ms in 64 KiB chunks (385 of them through the stream
 * machinery), 8 ms in 1 MiB ones; memory stays flat all the same.
 */
const flate = () => createInflate({ chunkSize: 1 << 20 });
/**
 * A decoder written as a function of input bytes (keeping its own state): input is fed 1 KiB at
 * a time and its output handed on at once, and the decoder stops itself past `cap`, so one chunk
 * of a highly expanding input never piles up.
 */
function byteDecoder(make) {
    return (cap, stop) => {
        const d = make();
        let n = 0;
        return new Transform({
            transform(chunk, _e, done) {
                for (let i = 0; i < chunk.length; i += 1024) {
                    const out = d.chunk(chunk.subarray(i, i + 1024));
                    n += out.length;
                    if (n > cap)
                        return done(stop);
                    if (out.length)
                        this.push(out);
                }
                done();
            },
            flush(done) {
                done(null, d.end?.() ?? Buffer.alloc(0));
            },
        });
    };
}
/** LZW as PDF uses it (early change 1): only entry lengths matter, but the bytes feed the next filter. */
const lzw = byteDecoder(() => {
    let table = [];
    let bits = 9;
    let prev = null;
    let acc = 0;
    let accBits = 0;
    let done = false;
    const reset = () => {
        table = Array.from({ length: 258 }, (_, i) => Buffer.from([i]));
        bits = 9;
        prev = null;
    };
    reset();
    return {
        chunk(c) {
            const out = [];
            for (const byte of c) {
                if (done)
                    break;
                acc = ((acc << 8) | byte) & 0xffffff;
                accBits += 8;
                while (accBits >= bits) {
                    const code = (acc >> (accBits - bits)) & ((1 << bits) - 1);
                    accBits -= bits;
                    if (code === 256) {
                        reset();
                        continue;
                    }
                    if (code === 257) {
                        done = true;
                        break;
                    }
                    let entry;
                    if (code < table.length)
                        entry = table[code];
                    else if (prev && code === table.length)
                        entry = Buffer.concat([prev, prev.subarray(0, 1)]);
                    else {
                        done = true;
                        break;
                    }
                    if (prev && table.length < 4096)
                        table.push(Buffer.concat([prev, entry.subarray(0, 1)]));
                    prev = entry;
                    out.push(entry);
                    if (table.length + 1 >= 1 << bits && bits < 12)
                        bits++;
                }
            }
            return Buffer.concat(out);
        },
    };
});
/** RunLength: a length byte n, then n+1 literal bytes (n < 128) or one byte repeated 257-n times. */
const runLength = byteDecoder(() => {
    let literal = 0;
    let repeat = 0;
    let done = false;
    return {
        chunk(c) {
            const out = [];
            let from = -1;
            for (let i = 0; i < c.length && !done; i++) {
                if (literal > 0) {
                    if (from < 0)
                        from = i;
                    literal--;
                    if (literal === 0 || i === c.length - 1) {
                        out.push(c.subarray(from, i + 1));
                        from = -1;
                    }
                }
                else if (repeat > 0) {
                    out.push(Buffer.alloc(repeat, c[i]));
                    repeat = 0;
                }
                else if (c[i] === 128)
                    done = true;
                else if (c[i] < 128)
                    literal = c[i] + 1;
                else
                    repeat = 257 - c[i];
            }
            return Buffer.concat(out);
        },
    };
});
const asciiHex = byteDecoder(() => {
    let half = -1;
    return {
        chunk(c) {
            const out = [];
            for (const b of c) {
                const v = b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1;
                if (v < 0)
                    continue;
                if (half < 0)
                    half = v;
                else {
                    out.push((half << 4) | v);
                    half = -1;
                }
            }
            return Buffer.from(out);
        },
    };
});
const ascii85 = byteDecoder(() => {
    let group = [];
    let done = false;
    const emit = (g, out) => {
        const n = g.length;
        const padded = [...g, 84, 84, 84, 84].slice(0, 5);
        const v = padded.reduce((a, d) => a * 85 + d, 0) >>> 0;
        const bytes = [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
        out.push(...bytes.slice(0, n - 1));
    };
    return {
        chunk(c) {
            const out = [];
            for (const b of c) {
                if (done)
                    break;
                if (b === 0x7e) {
                    done = true;
                    if (group.length > 1)
                        emit(group, out);
                    group = [];
                }
                else if (b === 0x7a && group.length === 0)
                    out.push(0, 0, 0, 0);
                else if (b >= 0x21 && b <= 0x75) {
                    group.push(b - 0x21);
                    if (group.length === 5) {
                        emit(group, out);
                        group = [];
                    }
                }
            }
            return Buffer.from(out);
        },
        end() {
            const out = [];
            if (!done && group.length > 1)
                emit(group, out);
            return Buffer.from(out);
        },
    };
});
const DECODERS = {
    FlateDecode: flate,
    LZWDecode: lzw,
    RunLengthDecode: runLength,
    ASCIIHexDecode: asciiHex,
    ASCII85Decode: ascii85,
};
//# sourceMappingURL=pdf-limits.js.map