/**
 * A scanned page drawn without starting `pdftoppm`, pixel for pixel as poppler 22 draws it, when the
 * page is nothing but one Flate-compressed (or unfiltered) 8-bit grey or RGB picture placed upright:
 * what pdf-lib, img2pdf and many PDF makers write for a PNG scan. Node's zlib inflates the picture
 * (poppler's own inflater is much slower) and the drawing is poppler's Splash steps, done the same
 * way in doubles: the picture's grey (GfxImageColorMap::getGray, colToByte), its size on the page
 * (Splash::drawImage rounds the right and bottom edges up a pixel: a 2550-pixel picture across a
 * 2550-pixel page is drawn 2551 wide), and the bilinear enlargement (scaleImageYupXupBilinear,
 * expandRow), clipped to the page. Tesseract reads what pdftoppm would have given it, so nothing
 * read changes; a test compares the two byte for byte. Any other page (a JPEG, JBIG2 or CCITT
 * picture, text or drawing, a mask, a rotated or cropped page, a picture drawn smaller than it is)
 * returns null and goes to pdftoppm.
 */
import { endianness } from 'node:os';
import { constants, createInflate } from 'node:zlib';
import { rowMixer } from './ocr-mix.js';
import { inflateSyncEach } from './zlib-sync.js';
import { giveBuffer, takeBuffer } from './ocr-pool.js';
import { pictureInflated } from './pdf-limits.js';
/** pdf-lib, loaded with the first pdf drawn here: only scans need it (~0.5 s CPU to import), so a typed pdf, a docx or the CLI's own process never loads it. */
let lib;
/** A parsed pdf, kept per bytes so that a file's pages are drawn from one parse. */
const parsed = new WeakMap();
function load(pdf) {
    let doc = parsed.get(pdf);
    if (!doc) {
        doc = import('pdf-lib')
            .then((m) => {
            lib = m;
            return m.PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true });
        })
            .catch(() => null);
        parsed.set(pdf, doc);
    }
    return doc;
}
/**
 * Page `page` (from 1) of `pdf` as an 8-bit grey PGM at `dpi`, the bytes `pdftoppm -r DPI -gray`
 * gives, or null when the page is not a single upright picture this can draw exactly.
 */
export async function drawPictureOnlyPage(pdf, page, dpi) {
    const doc = await load(pdf);
    if (!doc || page < 1 || page > doc.getPageCount())
        return null;
    try {
        // A picture inflated whole here needs no second inflation by the pdf stream check (pdf-limits.ts).
        return await drawPage(doc, doc.getPage(page - 1).node, dpi, (data, size) => pictureInflated(pdf, data, size));
    }
    catch {
        return null;
    }
}
/**
 * The page count of a pdf whose every page is pictures and nothing else (its content only `q`, `Q`,
 * `cm` and `Do` of image XObjects, no annotations), or null: such a pdf has no text layer, so
 * `pdftotext` need not read it (on a scan of noisy pages, 38 MB, that cost ~0.5 s CPU for nothing).
 * Only asked of a file that is mostly picture streams (`mostlyPictures`), so a typed pdf is not parsed
 * here; a scanned one is parsed once for this and its drawing.
 */
export async function pictureOnlyPageCount(pdf) {
    const doc = await load(pdf);
    if (!doc)
        return null;
    try {
        const ctx = doc.context;
        const pages = doc.getPages();
        if (!pages.length)
            return null;
        for (const { node } of pages) {
            const annots = node.Annots() ? ctx.lookup(node.Annots()) : undefined;
            if (annots !== undefined && !(annots instanceof lib.PDFArray && annots.size() === 0))
                return null;
            const xobjects = node.Resources()?.lookupMaybe(lib.PDFName.of('XObject'), lib.PDFDict);
            const ops = contentOps(ctx, ctx.lookup(node.Contents()));
            if (!ops || !xobjects)
                return null;
            for (const op of ops) {
                if (op.op === 'q' || op.op === 'Q' || op.op === 'cm')
                    continue;
                if (op.op !== 'Do' || op.args.length !== 1 || typeof op.args[0] !== 'string')
                    return null;
                const image = xobjects.lookup(lib.PDFName.of(op.args[0]));
                if (!(image instanceof lib.PDFRawStream) || image.dict.lookup(lib.PDFName.of('Subtype')) !== lib.PDFName.of('Image'))
                    return null;
            }
        }
        return pages.length;
    }
    catch {
        return null;
    }
}
const num = (o) => (o instanceof lib.PDFNumber ? o.asNumber() : null);
function box(o) {
    if (!(o instanceof lib.PDFArray) || o.size() !== 4)
        return null;
    const v = o.asArray().map(num);
    return v.every((x) => x !== null) ? v : null;
}
async function drawPage(doc, node, dpi, onInflated) {
    const ctx = doc.context;
    const media = box(ctx.lookup(node.MediaBox()));
    const crop = node.CropBox() ? box(ctx.lookup(node.CropBox())) : media;
    const rotate = node.Rotate() ? num(ctx.lookup(node.Rotate())) : 0;
    if (!media || !crop || media.some((v, i) => v !== crop[i]) || rotate !== 0 || node.get(lib.PDFName.of('UserUnit')))
        return null;
    // Annotations are drawn by pdftoppm: only a page with none (or an empty list) is drawn here.
    const annots = node.Annots() ? ctx.lookup(node.Annots()) : undefined;
    if (annots !== undefined && !(annots instanceof lib.PDFArray && annots.size() === 0))
        return null;
    if (node.get(lib.PDFName.of('Group')))
        return null;
    const [px1, py1, px2, py2] = media;
    // GfxState's page transform (rotation 0, device y downwards).
    const kx = dpi / 72.0;
    const ky = dpi / 72.0;
    // pdftoppm's file size (pdftoppm.cc: ceil of the page's size in pixels, computed its way).
    const w = Math.ceil(((px2 - px1) * dpi) / 72.0);
    const h = Math.ceil(((py2 - py1) * dpi) / 72.0);
    if (w < 1 || h < 1)
        return null;
    let ctm = [kx, 0, 0, -ky, -kx * px1, ky * py2];
    const resources = node.Resources();
    const xobjects = resources?.lookupMaybe(lib.PDFName.of('XObject'), lib.PDFDict);
    const ops = contentOps(ctx, ctx.lookup(node.Contents()));
    if (!ops || !xobjects)
        return null;
    const stack = [];
    let drawn = null;
    for (const op of ops) {
        if (op.op === 'q')
            stack.push(ctm);
        else if (op.op === 'Q')
            ctm = stack.pop() ?? ctm;
        else if (op.op === 'cm' && op.args.length === 6 && op.args.every((a) => typeof a === 'number')) {
            const [a, b, c, d, e, f] = op.args;
            const [a1, b1, c1, d1] = ctm;
            // GfxState::concatCTM, in its order.
            ctm = [a * a1 + b * c1, a * b1 + b * d1, c * a1 + d * c1, c * b1 + d * d1, e * a1 + f * c1 + ctm[4], e * b1 + f * d1 + ctm[5]];
        }
        else if (op.op === 'Do' && op.args.length === 1 && typeof op.args[0] === 'string' && !drawn) {
            const image = xobjects.lookup(lib.PDFName.of(op.args[0]));
            if (!(image instanceof lib.PDFRawStream))
                return null;
            drawn = { ctm, image };
        }
        else
            return null;
    }
    return drawn ? drawImage(drawn.image, drawn.ctm, w, h, onInflated) : null;
}
/** The operators of a page's content (one stream or an array of them), or null on anything but numbers, names and operators. */
function contentOps(ctx, contents) {
    const parts = contents instanceof lib.PDFArray ? contents.asArray().map((r) => (r instanceof lib.PDFRef ? ctx.lookup(r) : r)) : [contents];
    const text = [];
    for (const p of parts) {
        if (!(p instanceof lib.PDFRawStream))
            return null;
        text.push(Buffer.from(lib.decodePDFRawStream(p).decode()).toString('latin1'));
    }
    const ops = [];
    let args = [];
    for (const tok of text.join('\n').split(/[\s\0]+/u)) {
        if (!tok)
            continue;
        if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/u.test(tok))
            args.push(Number(tok));
        else if (/^\/[^/[\]()<>{}%]*$/u.test(tok))
            args.push(tok.slice(1).replace(/#([0-9a-fA-F]{2})/gu, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
        else if (/^[A-Za-z'"*]+$/u.test(tok)) {
            ops.push({ op: tok, args });
            args = [];
        }
        else
            return null;
    }
    return args.length ? null : ops;
}
const LITTLE_ENDIAN = endianness() === 'LE';
/** Inflated bytes handed on at a time: a multiple of 12 (four RGB pixels, so words stay aligned with the grey ones). */
const CHUNK = 12 * 16384;
/** The one buffer `inflateEach` inflates into, used again for every chunk of every picture. */
let scratch = null;
/**
 * The deflated `data` inflated, each piece handed to `take` as it comes (a stream cut short gives
 * what came out, as poppler reads it): the bytes it came to, or null when it is not zlib data or
 * comes to more than `max` (then `take` has seen at most `max` bytes). Written synchronously to
 * zlib's handle, as `zlib.inflateSync` does, but always into the same buffer: a stream allocates a
 * fresh chunk for every megabyte, and the 25 MB of ArrayBuffers a scanned page's picture came to
 * set off a full garbage collection every few pages. Through a stream where the handle is not there.
 */
export function inflateEach(data, max, take) {
    const out = (scratch ??= Buffer.allocUnsafeSlow(CHUNK));
    let n = 0;
    const end = inflateSyncEach(data, out, (have) => {
        if (n + have > max)
            return false;
        if (have > 0)
            take(out.subarray(0, have), n);
        n += have;
        return true;
    });
    if (end === null)
        return inflateStream(data, max, take);
    return end === 'done' ? n : null;
}
/** `inflateEach` through a stream (zlib's chunks). */
export function inflateStream(data, max, take) {
    return new Promise((resolve) => {
        const z = createInflate({ chunkSize: CHUNK, finishFlush: constants.Z_SYNC_FLUSH });
        let n = 0;
        let over = false;
        z.on('data', (c) => {
            if (over)
                return;
            if (n + c.length > max) {
                over = true;
                z.destroy();
                resolve(null);
                return;
            }
            take(c, n);
            n += c.length;
        });
        z.on('error', () => resolve(null));
        z.on('end', () => resolve(over ? null : n));
        z.end(data);
    });
}
/**
 * RGB bytes to grey pixels of `px`, fed in pieces of any length (a pixel split between two is put
 * together): each grey `greyOf` of its three bytes, four at once where all four are grey (r = g = b,
 * what a grey scan saved as RGB holds): their twelve bytes read as three little-endian words, the
 * four greys written as one.
 */
export function rgbToGrey(px, greyOf) {
    let i = 0;
    const held = new Uint8Array(3);
    let nHeld = 0;
    return (c) => {
        let j = 0;
        if (nHeld) {
            while (nHeld < 3 && j < c.length)
                held[nHeld++] = c[j++];
            if (nHeld < 3)
                return;
            px[i++] = greyOf(held[0], held[1], held[2]);
            nHeld = 0;
        }
        while ((i & 3) !== 0 && j + 3 <= c.length) {
            px[i++] = greyOf(c[j], c[j + 1], c[j + 2]);
            j += 3;
        }
        const words = Math.floor((c.length - j) / 12);
        if (LITTLE_ENDIAN && words > 0 && (i & 3) === 0 && ((c.byteOffset + j) & 3) === 0 && ((px.byteOffset + i) & 3) === 0) {
            const rgb = new Uint32Array(c.buffer, c.byteOffset + j, 3 * words);
            const out = new Uint32Array(px.buffer, px.byteOffset + i, words);
            for (let k = 0; k < words; k++, j += 12) {
                const a = rgb[3 * k];
                const b = rgb[3 * k + 1];
                const d = rgb[3 * k + 2];
                // Bytes r0 g0 b0 r1 | g1 b1 r2 g2 | b2 r3 g3 b3, each pixel's three equal.
                if (((a ^ (a >>> 8)) & 0xffff) === 0 && ((b ^ (b >>> 8)) & 0xff00ff) === 0 && ((d ^ (d >>> 8)) & 0xffff00) === 0 && a >>> 24 === (b & 0xff) && b >>> 24 === (d & 0xff)) {
                    out[k] = (a & 0xff) | ((a >>> 24) << 8) | (b & 0xff0000) | ((d & 0xff00) << 16);
                }
                else {
                    for (let q = 0; q < 4; q++)
                        px[i + 4 * k + q] = greyOf(c[j + 3 * q], c[j + 3 * q + 1], c[j + 3 * q + 2]);
                }
            }
            i += 4 * words;
        }
        for (; j + 3 <= c.length; j += 3)
            px[i++] = greyOf(c[j], c[j + 1], c[j + 2]);
        while (j < c.length)
            held[nHeld++] = c[j++];
    };
}
/**
 * The picture's grey rows (w × h bytes) as SplashOutputDev::imageSrc gives them in grey mode, or
 * null when it is not a plain 8-bit grey or RGB picture. `px` is the pool's (ocr-pool.ts) when
 * `pooled`: the caller gives it back.
 */
async function greyPixels(image, onInflated) {
    const d = image.dict;
    const get = (k) => d.lookup(lib.PDFName.of(k));
    const w = num(get('Width'));
    const h = num(get('Height'));
    const bpc = num(get('BitsPerComponent'));
    const cs = get('ColorSpace');
    const filter = get('Filter');
    const parms = get('DecodeParms');
    if (get('Subtype') !== lib.PDFName.of('Image') || !w || !h || !Number.isInteger(w) || !Number.isInteger(h) || bpc !== 8)
        return null;
    if (['ImageMask', 'Mask', 'SMask', 'Decode', 'OC', 'Alternates', 'SMaskInData'].some((k) => d.has(lib.PDFName.of(k))))
        return null;
    const comps = cs === lib.PDFName.of('DeviceGray') ? 1 : cs === lib.PDFName.of('DeviceRGB') ? 3 : 0;
    if (!comps)
        return null;
    const flate = filter === lib.PDFName.of('FlateDecode') || (filter instanceof lib.PDFArray && filter.size() === 1 && filter.lookup(0) === lib.PDFName.of('FlateDecode'));
    if (filter !== undefined && !flate)
        return null;
    if (parms !== undefined && !(parms instanceof lib.PDFDict && [...parms.entries()].every(([k, v]) => k !== lib.PDFName.of('Predictor') || num(v) === 1)))
        return null;
    const size = w * h * comps;
    if (comps === 1) {
        // Inflated to the picture's own size exactly, or not drawn here (a longer or broken stream goes to pdftoppm).
        if (!flate)
            return image.contents.length < size ? null : { w, h, px: image.contents.subarray(0, size), pooled: null };
        const inflated = takeBuffer(size);
        const n = await inflateEach(image.contents, size, (c, at) => c.copy(inflated, at));
        if (n !== size) {
            giveBuffer(inflated);
            return null;
        }
        onInflated?.(image.contents, size);
        return { w, h, px: inflated.subarray(0, size), pooled: inflated };
    }
    if (!flate && image.contents.length < size)
        return null;
    // GfxImageColorMap: each component to 16.16 fixed point (dblToCol), grey = 0.3 r + 0.59 g + 0.11 b
    // rounded (GfxDeviceRGBColorSpace::getGray), then to a byte (colToByte).
    const col = new Float64Array(256);
    for (let i = 0; i < 256; i++)
        col[i] = Math.trunc((0 + (i * 1) / 255) * 0x10000);
    // A grey pixel stays what it is (checked for all 256: the weights sum to one and round back).
    const greyOf = (r, g, b) => {
        if (r === g && g === b)
            return r;
        let v = Math.trunc(0.3 * col[r] + 0.59 * col[g] + 0.11 * col[b] + 0.5);
        v = v < 0 ? 0 : v > 0x10000 ? 0x10000 : v;
        return ((v << 8) - v + 0x8000) >> 16;
    };
    const pooled = takeBuffer(w * h);
    const px = new Uint8Array(pooled.buffer, pooled.byteOffset, w * h);
    const toGrey = rgbToGrey(px, greyOf);
    if (!flate)
        toGrey(image.contents.subarray(0, size));
    // Each inflated chunk turned grey as it comes, so the 25 MB RGB picture is never held whole; only
    // a picture inflating to its own size exactly is drawn here (a longer or broken stream goes to pdftoppm).
    else if ((await inflateEach(image.contents, size, toGrey)) !== size) {
        giveBuffer(pooled);
        return null;
    }
    else
        onInflated?.(image.contents, size);
    return { w, h, px, pooled };
}
/** The page (w × h, white) with the picture drawn through `ctm` as Splash::drawImage draws an upright, enlarged one; null for any other placement. */
async function drawImage(image, ctm, w, h, onInflated) {
    // SplashOutputDev::drawImage's matrix, then Splash::drawImage's "scaling only" case.
    const mat = [ctm[0], ctm[1], -ctm[2], -ctm[3], ctm[2] + ctm[4], ctm[3] + ctm[5]];
    if (!(mat[0] > 0 && mat[1] === 0 && mat[2] === 0 && mat[3] > 0))
        return null;
    const x0 = Math.floor(mat[4]);
    const y0 = Math.floor(mat[5]);
    const x1 = Math.floor(mat[0] + mat[4]) + 1;
    const y1 = Math.floor(mat[3] + mat[5]) + 1;
    const sw = x1 - x0;
    const sh = y1 - y0;
    // Enlarged, below four times (Splash interpolates then, whatever /Interpolate says): smaller or
    // larger pictures take other Splash paths, left to pdftoppm.
    const pw = num(image.dict.lookup(lib.PDFName.of('Width')));
    const ph = num(image.dict.lookup(lib.PDFName.of('Height')));
    if (!pw || !ph || sw < pw || sh < ph || Math.trunc(sw / pw) >= 4 || Math.trunc(sh / ph) >= 4)
        return null;
    const src = await greyPixels(image, onInflated);
    if (!src)
        return null;
    try {
        return drawGrey(src, x0, y0, sw, sh, w, h);
    }
    finally {
        if (src.pooled)
            giveBuffer(src.pooled);
    }
}
/** The page (w × h, white; its buffer the pool's) with the grey picture `src` enlarged to sw × sh at (x0, y0). */
function drawGrey(src, x0, y0, sw, sh, w, h) {
    const header = Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1');
    const out = takeBuffer(header.length + w * h);
    header.copy(out);
    const o = out.subarray(header.length);
    // expandRow: the source column and weight of each enlarged column, the sum carried as Splash does.
    const xStep = src.w / sw;
    const col = new Int32Array(sw);
    const fx = new Float64Array(sw);
    const gx = new Float64Array(sw);
    for (let x = 0, xs = 0.0; x < sw; x++, xs += xStep) {
        col[x] = Math.trunc(xs);
        fx[x] = xs - col[x];
        gx[x] = 1.0 - fx[x];
    }
    // Only the columns and rows that land on the page are computed.
    const fromX = Math.max(0, -x0);
    const toX = Math.min(sw, w - x0);
    // Where a pixel and its neighbour are equal the mix is a table look-up: `same[x * 256 + v]` is what
    // v mixed with v gives in column x (v, or v − 1 where the weights' rounding falls short).
    // The rows live in WebAssembly memory when the mixes can be done there (ocr-mix.ts), both the
    // horizontal step (expand) and the vertical one.
    const mixer = toX - fromX >= 16 ? rowMixer(sw, { srcW: src.w, col, gx, fx, from: fromX, to: toX }) : null;
    if (mixer) {
        // Every pixel the picture covers is written below: only the page around it is made white (a
        // scan's picture covers the whole page, 8 MB not written twice).
        const top = Math.min(h, Math.max(0, y0));
        const bottom = Math.max(top, Math.min(h, y0 + sh));
        o.fill(255, 0, top * w);
        o.fill(255, bottom * w);
        if (x0 + fromX > 0 || x0 + toX < w)
            for (let y = top; y < bottom; y++) {
                o.fill(255, y * w, y * w + x0 + fromX);
                o.fill(255, y * w + x0 + toX, (y + 1) * w);
            }
    }
    else
        o.fill(255);
    const same = new Uint8Array(mixer?.expand ? 0 : sw * 256);
    if (!mixer?.expand)
        for (let x = fromX; x < toX; x++)
            for (let v = 0; v < 256; v++)
                same[x * 256 + v] = v * gx[x] + v * fx[x];
    const row = new Uint8Array(src.w + 1);
    const spx = src.px;
    const srcW = src.w;
    const expand = (r, into) => {
        if (mixer?.expand)
            return mixer.expand(spx.subarray(r * srcW, (r + 1) * srcW), into);
        row.set(spx.subarray(r * srcW, (r + 1) * srcW));
        row[srcW] = row[srcW - 1];
        for (let x = fromX; x < toX; x++) {
            const c = col[x];
            const a = row[c];
            const b = row[c + 1];
            into[x] = a === b ? same[(x << 8) | a] : (a * gx[x] + b * fx[x]) | 0;
        }
    };
    let line1 = mixer ? mixer.rows[0] : new Uint8Array(sw);
    let line2 = mixer ? mixer.rows[1] : new Uint8Array(sw);
    expand(0, line2);
    let current = -1;
    let read = 1;
    const yStep = src.h / sh;
    const mixed = new Uint8Array(256);
    let ys = 0.0;
    for (let y = 0; y < sh; y++, ys += yStep) {
        const yi = Math.trunc(ys);
        const fy = ys - yi;
        if (yi > current) {
            current++;
            [line1, line2] = [line2, line1];
            if (current < src.h - 1)
                expand(read++, line2);
            else
                line2.set(line1);
        }
        const dy = y + y0;
        if (dy < 0 || dy >= h)
            continue;
        const gy = 1.0 - fy;
        if (mixer) {
            mixer.rows[0] = line1;
            mixer.rows[1] = line2;
            mixer.mix(gy, fy);
            o.set(mixer.out.subarray(fromX, toX), dy * w + x0 + fromX);
            continue;
        }
        for (let v = 0; v < 256; v++)
            mixed[v] = v * gy + v * fy;
        const base = dy * w + x0;
        const l1 = line1;
        const l2 = line2;
        // Four white pixels above four white ones stay white when white mixed with white does: the page
        // is white already, so they are passed over (two thirds of a clean page's pixels).
        const w1 = new Uint32Array(l1.buffer, 0, sw >> 2);
        const w2 = new Uint32Array(l2.buffer, 0, sw >> 2);
        const skipWhite = mixed[255] === 255;
        for (let x = fromX; x < toX;) {
            if (skipWhite && (x & 3) === 0 && x + 4 <= toX && (w1[x >> 2] & w2[x >> 2]) === -1) {
                x += 4;
                continue;
            }
            const a = l1[x];
            const b = l2[x];
            o[base + x] = a === b ? mixed[a] : (a * gy + b * fy) | 0;
            x++;
        }
    }
    return out;
}
//# sourceMappingURL=ocr-raster.js.map