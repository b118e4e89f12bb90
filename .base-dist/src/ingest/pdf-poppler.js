/**
 * PDF text through poppler: `pdftotext -bbox-layout` gives each page's words
 * with their boxes, turned here into the same positioned items pdf.js gives
 * (pdf-lines.ts builds lines from either), so both readers make one Source.
 *
 * The default when `pdftotext` is on PATH (`BAOCAO_PDF_READER=pdfjs|poppler`
 * forces one); pdf.js otherwise, and whenever pdftotext fails (encrypted,
 * damaged), so the error codes stay pdf.js's. One pdftotext runs per file, all
 * pages; its output is read as it comes and each page is parsed (a scanner, no
 * object per word) and made into lines as soon as its </page> arrives, so Node
 * works while poppler reads the next pages. Where the time went, and where it
 * goes now, is in README Performance.
 */
import { spawn } from 'node:child_process';
import { limitedCommand } from './pdf-limits.js';
/**
 * A word box spans the font's ascent and descent: 1.3 font sizes for the fonts of the seed PDFs
 * (Times New Roman from Word, Liberation Serif from LibreOffice: boxes of 15.6 and 13.0 points for
 * text pdf.js reads at 12 and 10 points).
 */
const BOX_PER_SIZE = 1.3;
/** The part of a font size below the baseline that the box includes (its descent; 0.35 puts the seeds' baselines where pdf.js has them). */
const DESCENT_PER_SIZE = 0.35;
/** A gap this many word spaces wide ends a run (a table cell or a tab stop)... */
const RUN_BREAK = 2.5;
/** ...when it is also wider than this many font sizes (a justified line's spaces are wide too). */
const RUN_BREAK_MIN = 0.6;
/** pdftotext gets this long per megabyte of PDF (at least the base) before it is stopped. */
const BASE_TIMEOUT_MS = 60_000;
const TIMEOUT_MS_PER_MB = 10_000;
/** Output larger than this is refused (a hostile file that expands into endless text). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
let available = null;
/** True when `pdftotext` runs (checked once per process). */
export function popplerAvailable() {
    available ??= run(['-v'], undefined, 20_000, () => undefined).then(() => true, () => false);
    return available;
}
/**
 * The reader to use: `BAOCAO_PDF_READER=pdfjs|poppler` forces one; unset (or `auto`), poppler when
 * `pdftotext` is on PATH, else pdf.js. The two give the same Source on every pdf fixture except a
 * few table rows, where poppler keeps cells apart that pdf.js runs together
 * (test/ingest/pdf-poppler.test.ts). A forced poppler that is missing or fails falls back on pdf.js.
 */
export async function chooseReader(forced) {
    const env = forced ?? process.env.BAOCAO_PDF_READER?.trim().toLowerCase();
    if (env === 'pdfjs')
        return 'pdfjs';
    if (env === 'poppler')
        return 'poppler';
    return (await popplerAvailable()) ? 'poppler' : 'pdfjs';
}
/** pdftotext was stopped: it ran past the time it had (the file's time limit, or its own). */
export class PopplerTimeout extends Error {
}
/** Each page's positioned words; throws when pdftotext fails (the caller falls back on pdf.js for the error). */
export function popplerItems(bytes, options = {}) {
    return popplerPages(bytes, (items) => items, options);
}
/**
 * Run one pdftotext over the whole file and hand each page's items to `onPage` as soon as the
 * page's XHTML has arrived, so Node builds lines while poppler reads the next pages. Throws when
 * pdftotext fails or runs out of time (PopplerTimeout).
 */
export async function popplerPages(bytes, onPage, options = {}) {
    const timeout = options.timeoutMs ?? BASE_TIMEOUT_MS + TIMEOUT_MS_PER_MB * (bytes.length / 1048576);
    const pages = [];
    const scanner = new BboxScanner((items) => pages.push(onPage(items, pages.length + 1)));
    await run(['-bbox-layout', '-enc', 'UTF-8', '-q', '-', '-'], bytes, timeout, (chunk) => scanner.feed(chunk));
    scanner.end();
    return pages;
}
/** pdftotext's XHTML, all at once (tests and tools; the reader streams it through popplerPages). */
export function parseBboxLayout(xhtml) {
    const pages = [];
    const scanner = new BboxScanner((items) => pages.push(items));
    scanner.feed(Buffer.from(xhtml, 'utf8'));
    scanner.end();
    return pages;
}
const PAGE_END = '</page>';
/**
 * pdftotext's XHTML → items per page, fed in pieces as they arrive. The format is fixed and
 * machine-written (poppler's TextOutputDev: attributes in double quotes, text escaped with the XML
 * entities), so a scanner reads its bytes directly: a full XML parser (saxes, xml.ts) took longer
 * than pdftotext itself, a regular expression per word cost a third of the read, and decoding each
 * page's whole XHTML to a string (markup and all, 17 MB for 312 pages) cost more than scanning it.
 * Anything not understood is skipped. Words are kept in flat per-page arrays (no object per word):
 * their boxes as numbers read from the digits, their text as bytes copied into one buffer, decoded
 * once when the page ends and cut at the separators.
 *
 * Words of one <line> share the line's baseline and size (as in pdf.js, where a line of one font is
 * one run); a word whose box is clearly smaller or raised (a footnote number) keeps its own, so the
 * line builder still finds superscripts. A new line skips a sequence number, so words of different
 * lines never join at the wider in-run gap.
 */
export class BboxScanner {
    emit;
    /** Output received after the last complete page. */
    parts = [];
    inPage = false;
    inLine = false;
    height = 0;
    /** The page's word texts as UTF-8, each followed by a newline (a word holding one is in `odd`). */
    textBytes = Buffer.allocUnsafe(1 << 16);
    textLength = 0;
    /** Words whose text holds a newline byte: their index and text, decoded on their own. */
    odd = [];
    x0 = [];
    x1 = [];
    top = [];
    bottom = [];
    /** Index of each line's first word; a line's words end where the next line's begin. */
    lineStarts = [];
    scratch = new Float64Array(256);
    constructor(emit) {
        this.emit = emit;
    }
    /**
     * Take the next bytes of output; every page they complete is scanned now. Pages are cut at
     * "</page>" (ASCII, so never inside a UTF-8 sequence).
     */
    feed(chunk) {
        if (!chunk.length)
            return;
        const found = chunk.lastIndexOf(PAGE_END);
        let cut = found < 0 ? -1 : found + PAGE_END.length;
        if (cut < 0 && this.parts.length) {
            // The end tag may straddle the previous piece and this one.
            const prev = this.parts[this.parts.length - 1];
            const before = prev.subarray(Math.max(0, prev.length - PAGE_END.length + 1));
            const seam = Buffer.concat([before, chunk.subarray(0, PAGE_END.length - 1)]).indexOf(PAGE_END);
            if (seam >= 0)
                cut = seam + PAGE_END.length - before.length;
        }
        if (cut < 0) {
            this.parts.push(chunk);
            return;
        }
        this.parts.push(chunk.subarray(0, cut));
        const pages = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
        this.parts = cut < chunk.length ? [chunk.subarray(cut)] : [];
        this.scan(pages);
    }
    /** The output is complete: scan what is left and close a page left open. */
    end() {
        this.scan(Buffer.concat(this.parts));
        this.parts = [];
        if (this.inPage)
            this.endPage();
    }
    scan(b) {
        const n = b.length;
        let i = find(b, 60 /* < */, 0);
        while (i >= 0) {
            // A word as poppler writes it: its box read straight from the digits, which also finds the tag's end.
            if (b[i + 1] === 119 /* w */ && at(b, i, X_MIN)) {
                const gt = readBox(b, i + X_MIN.length);
                if (gt >= 0) {
                    i = this.word(b, i, gt, true);
                    continue;
                }
            }
            const gt = find(b, 62 /* > */, i);
            if (gt < 0)
                return;
            const c = b[i + 1];
            if (c === 119 /* w */ && b[i + 2] === 111 && b[i + 3] === 114 && b[i + 4] === 100 && isTagEnd(b[i + 5])) {
                i = this.word(b, i, gt, false);
                continue;
            }
            if (c === 108 /* l */ && b[i + 2] === 105 && b[i + 3] === 110 && b[i + 4] === 101 && isTagEnd(b[i + 5])) {
                if (this.inPage) {
                    this.inLine = true;
                    this.lineStarts.push(this.x0.length);
                }
            }
            else if (c === 47 /* / */ && b[i + 2] === 108 && b[i + 3] === 105 && b[i + 4] === 110 && b[i + 5] === 101 && isTagEnd(b[i + 6])) {
                this.inLine = false;
            }
            else if (c === 112 /* p */ && b[i + 2] === 97 && b[i + 3] === 103 && b[i + 4] === 101 && isTagEnd(b[i + 5])) {
                if (this.inPage)
                    this.endPage();
                this.inPage = true;
                this.height = attr(b, i, gt, HEIGHT);
            }
            i = gt + 1 < n ? find(b, 60, gt + 1) : -1;
        }
    }
    /** One <word> at `lt` (its start tag ends at `gt`; `boxed`: its box is in box0..box3); returns where scanning goes on. */
    word(b, lt, gt, boxed) {
        const close = find(b, 60, gt + 1);
        if (close < 0)
            return -1;
        if (!at(b, close, WORD_END))
            return close;
        if (this.inLine) {
            this.text(b, gt + 1, close);
            if (boxed) {
                this.x0.push(box0);
                this.top.push(box1);
                this.x1.push(box2);
                this.bottom.push(box3);
            }
            else if (!(at(b, lt, X_MIN) && this.box(b, lt + X_MIN.length, gt))) {
                // Poppler writes the four boxes in this order: read them in one pass, else look each up.
                this.x0.push(attr(b, lt, gt, X_MIN_KEY));
                this.top.push(attr(b, lt, gt, Y_MIN_KEY));
                this.x1.push(attr(b, lt, gt, X_MAX_KEY));
                this.bottom.push(attr(b, lt, gt, Y_MAX_KEY));
            }
        }
        return find(b, 60, close + WORD_END.length);
    }
    /** Keep a word's raw text, bytes `a` to `e`, for decoding with the page's others. */
    text(b, a, e) {
        let out = this.textBytes;
        let len = this.textLength;
        if (len + (e - a) + 1 > out.length) {
            const grown = Buffer.allocUnsafe(Math.max(2 * out.length, len + (e - a) + 1));
            out.copy(grown, 0, 0, len);
            this.textBytes = out = grown;
        }
        for (let k = a; k < e; k++) {
            const c = b[k];
            if (c === 10) {
                // The separator itself: this word is decoded on its own.
                this.odd.push([this.x0.length, b.toString('utf8', a, e)]);
                len = this.textLength;
                break;
            }
            out[len++] = c;
        }
        out[len++] = 10;
        this.textLength = len;
    }
    /** `xMin="a" yMin="b" xMax="c" yMax="d">` from just after `xMin="`: true when read and stored. */
    box(b, start, gt) {
        const x0 = number(b, start, gt);
        if (!at(b, parsed, Y_MIN))
            return false;
        const top = number(b, parsed + Y_MIN.length, gt);
        if (!at(b, parsed, X_MAX))
            return false;
        const x1 = number(b, parsed + X_MAX.length, gt);
        if (!at(b, parsed, Y_MAX))
            return false;
        const bottom = number(b, parsed + Y_MAX.length, gt);
        if (parsed !== gt - 1 || b[parsed] !== 34 || Number.isNaN(x0 + top + x1 + bottom))
            return false;
        this.x0.push(x0);
        this.top.push(top);
        this.x1.push(x1);
        this.bottom.push(bottom);
        return true;
    }
    /** The page's word texts: decoded in one piece, cut at the separators; entities, NFC and control characters as wordText does. */
    texts(n) {
        if (!n)
            return [];
        const texts = this.textBytes.toString('utf8', 0, this.textLength - 1).split('\n');
        for (const [w, raw] of this.odd)
            texts[w] = raw;
        for (let w = 0; w < n; w++)
            texts[w] = wordText(texts[w]);
        return texts;
    }
    endPage() {
        const { x0, x1, top, bottom, lineStarts } = this;
        const n = x0.length;
        const texts = this.texts(n);
        const items = [];
        // The page's usual word space: the median gap between words of a line.
        let gaps = 0;
        const scratch = this.room(n);
        for (let l = 0; l < lineStarts.length; l++) {
            const end = l + 1 < lineStarts.length ? lineStarts[l + 1] : n;
            for (let w = lineStarts[l] + 1; w < end; w++)
                scratch[gaps++] = x0[w] - x1[w - 1];
        }
        const pageSpace = median(scratch, gaps) || Infinity;
        let seq = 0;
        for (let l = 0; l < lineStarts.length; l++) {
            const start = lineStarts[l];
            const end = l + 1 < lineStarts.length ? lineStarts[l + 1] : n;
            if (start === end)
                continue;
            let lineHeight = -Infinity;
            let lineBottom = -Infinity;
            for (let w = start; w < end; w++) {
                if (bottom[w] - top[w] > lineHeight)
                    lineHeight = bottom[w] - top[w];
                if (bottom[w] > lineBottom)
                    lineBottom = bottom[w];
            }
            let space = pageSpace;
            if (end - start >= 4) {
                for (let w = start + 1; w < end; w++)
                    scratch[w - start - 1] = x0[w] - x1[w - 1];
                space = median(scratch, end - start - 1);
            }
            const breakAt = Math.max(RUN_BREAK * space, RUN_BREAK_MIN * (lineHeight / BOX_PER_SIZE));
            for (let w = start; w < end; w++) {
                const str = texts[w];
                if (!str.trim())
                    continue;
                // A gap far wider than the line's word space ends a run, as a new cell or tab stop does in
                // the content stream pdf.js reads (poppler joins table cells side by side into one line).
                if (w > start && x0[w] - x1[w - 1] > breakAt)
                    seq++;
                const h = bottom[w] - top[w];
                const own = h < 0.85 * lineHeight || lineBottom - bottom[w] > 0.1 * lineHeight;
                const size = (own ? h : lineHeight) / BOX_PER_SIZE;
                const base = own ? bottom[w] : lineBottom;
                items.push({ str, x: x0[w], y: this.height - base + DESCENT_PER_SIZE * size, size, width: x1[w] - x0[w], seq: seq++ });
            }
            seq++;
        }
        x0.length = x1.length = top.length = bottom.length = lineStarts.length = this.odd.length = this.textLength = 0;
        this.inPage = this.inLine = false;
        this.emit(items);
    }
    /** The scratch array, at least `n` long. */
    room(n) {
        if (this.scratch.length < n)
            this.scratch = new Float64Array(Math.max(n, 2 * this.scratch.length));
        return this.scratch;
    }
}
/** After a tag's name: white space, '>' or '/'. */
function isTagEnd(c) {
    return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}
/** The first `byte` in `b` from `from` on; -1 when none. */
function find(b, byte, from) {
    for (let i = from; i < b.length; i++)
        if (b[i] === byte)
            return i;
    return -1;
}
/** True when the bytes at `i` are `lit`. */
function at(b, i, lit) {
    if (i + lit.length > b.length)
        return false;
    for (let k = 0; k < lit.length; k++)
        if (b[i + k] !== lit[k])
            return false;
    return true;
}
const ascii = (s) => Buffer.from(s, 'latin1');
const WORD_END = ascii('</word>');
const X_MIN = ascii('<word xMin="');
const Y_MIN = ascii('" yMin="');
const X_MAX = ascii('" xMax="');
const Y_MAX = ascii('" yMax="');
const HEIGHT = ascii(' height="');
const X_MIN_KEY = ascii(' xMin="');
const Y_MIN_KEY = ascii(' yMin="');
const X_MAX_KEY = ascii(' xMax="');
const Y_MAX_KEY = ascii(' yMax="');
/** The number in attribute `key` (' name="') of the tag between `lt` and `gt`; 0 when absent or not a number. */
function attr(b, lt, gt, key) {
    const start = b.indexOf(key, lt);
    if (start < 0 || start > gt)
        return 0;
    const a = start + key.length;
    const e = b.indexOf(34, a);
    return e < 0 || e > gt ? 0 : decimal(b, a, e);
}
/** The box readBox read. */
let box0 = 0;
let box1 = 0;
let box2 = 0;
let box3 = 0;
/**
 * `xMin="a" yMin="b" xMax="c" yMax="d">` from just after `xMin="`, exactly as poppler writes it:
 * the box into box0..box3 and the index of the closing '>', or -1 when it is written otherwise.
 */
function readBox(b, start) {
    const end = b.length;
    box0 = number(b, start, end);
    if (!at(b, parsed, Y_MIN))
        return -1;
    box1 = number(b, parsed + Y_MIN.length, end);
    if (!at(b, parsed, X_MAX))
        return -1;
    box2 = number(b, parsed + X_MAX.length, end);
    if (!at(b, parsed, Y_MAX))
        return -1;
    box3 = number(b, parsed + Y_MAX.length, end);
    if (b[parsed] !== 34 || b[parsed + 1] !== 62 || Number.isNaN(box0 + box1 + box2 + box3))
        return -1;
    return parsed + 1;
}
/** Where the last `number` stopped (the first byte after the number). */
let parsed = 0;
/** A decimal number written as poppler writes it ("-12.345678") at `a`, before `limit`; sets `parsed`. NaN when there is none. */
function number(b, a, limit) {
    let i = a;
    const neg = b[i] === 45;
    if (neg)
        i++;
    let v = 0;
    let digits = 0;
    for (; i < limit; i++, digits++) {
        const d = b[i] - 48;
        if (d < 0 || d > 9)
            break;
        v = v * 10 + d;
    }
    if (i < limit && b[i] === 46) {
        let f = 0;
        let scale = 1;
        for (i++; i < limit && scale < 1e15; i++, digits++) {
            const d = b[i] - 48;
            if (d < 0 || d > 9)
                break;
            f = f * 10 + d;
            scale *= 10;
        }
        v += f / scale;
    }
    parsed = i;
    return digits ? (neg ? -v : v) : NaN;
}
/** The number between `a` and `e` (an attribute's value); 0 when it is not one. */
function decimal(b, a, e) {
    const v = number(b, a, e);
    if (parsed === e && !Number.isNaN(v))
        return v;
    const n = Number(b.toString('utf8', a, e));
    return Number.isFinite(n) ? n : 0;
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** A word's text: entities decoded, NFC, without control characters. */
function wordText(raw) {
    let plain = true;
    let composed = true;
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c < 0x20 || c === 0x26)
            plain = false;
        // Below U+0300 nothing changes under NFC, nor do the precomposed Vietnamese letters
        // (U+1EA0–U+1EFF) unless a combining mark follows, which is itself outside both ranges.
        else if (c >= 0x300 && (c < 0x1ea0 || c > 0x1eff))
            composed = false;
    }
    if (plain)
        return composed ? raw : raw.normalize('NFC');
    return raw
        .replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi, (all, hex, dec, named) => {
        if (named)
            return ENTITIES[named.toLowerCase()] ?? all;
        const code = hex ? parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
        .replace(/[\u0000-\u001f]/g, '')
        .normalize('NFC');
}
/** The median of the first `n` values (the upper one of an even count); 0 for none. Sorts them in place. */
function median(xs, n) {
    if (!n)
        return 0;
    if (n > 24)
        return xs.subarray(0, n).sort()[n >> 1];
    // A line's few gaps: insertion sort, without a typed array view per line.
    for (let i = 1; i < n; i++) {
        const v = xs[i];
        let j = i - 1;
        for (; j >= 0 && xs[j] > v; j--)
            xs[j + 1] = xs[j];
        xs[j + 1] = v;
    }
    return xs[n >> 1];
}
/**
 * Run pdftotext with the PDF on stdin, handing stdout to `onData` as it comes; resolves when it
 * exits cleanly. Past `timeoutMs`, or past MAX_OUTPUT_BYTES of output, the child is killed.
 */
function run(args, input, timeoutMs, onData) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            // Under an address-space limit: a stream that decodes past it ends pdftotext, not the machine (pdf-limits.ts).
            child = spawn(...limitedCommand('pdftotext', args), { stdio: ['pipe', 'pipe', 'pipe'] });
        }
        catch (e) {
            reject(e);
            return;
        }
        let size = 0;
        let err = '';
        let settled = false;
        const finish = (f) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            f();
        };
        const stop = (e) => {
            child.kill('SIGKILL');
            finish(() => reject(e));
        };
        const timer = setTimeout(() => stop(new PopplerTimeout(`pdftotext quá thời gian ${Math.round(timeoutMs / 1000)} giây`)), timeoutMs);
        child.stdout.on('data', (d) => {
            if (settled)
                return;
            size += d.length;
            if (size > MAX_OUTPUT_BYTES) {
                stop(new Error(`pdftotext: kết quả vượt ${MAX_OUTPUT_BYTES} byte`));
                return;
            }
            try {
                onData(d);
            }
            catch (e) {
                stop(e);
            }
        });
        child.stderr.on('data', (d) => {
            if (err.length < 2000)
                err += d.toString('utf8');
        });
        // pdftotext may exit before reading all of a damaged file: ignore the broken pipe.
        child.stdin.on('error', () => undefined);
        child.on('error', (e) => finish(() => reject(e)));
        child.on('close', (code) => finish(() => (code === 0 ? resolve() : reject(new Error(`pdftotext thoát với mã ${code}: ${err.trim().split('\n').pop() ?? ''}`)))));
        child.stdin.end(input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : undefined);
    });
}
//# sourceMappingURL=pdf-poppler.js.map