/**
 * The 3×3 median of a grey page, sixteen pixels at a time, in WebAssembly's 128-bit SIMD (Node 20
 * has it on every platform it runs on): `i8x16.min_u` and `i8x16.max_u` take the smaller and larger
 * of sixteen pairs of bytes in one step, where JavaScript takes two pixels at a time in the halves of
 * an int (ocr.ts, `despeckle`, which falls back to it). The same values: each of a window's three
 * columns is sorted (low, middle, high), and the median of the nine is the median of the largest low,
 * the median of the middles and the smallest high — the method the JavaScript uses.
 *
 * No compiler is needed for a function this small: the module is written below as its bytes, each
 * instruction named (the WebAssembly 2.0 binary format, §5.4; SIMD opcodes after the 0xfd prefix).
 */
/** Unsigned LEB128 (the module writers here and in ocr-mix.ts). */
export function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n)
            b |= 0x80;
        out.push(b);
    } while (n);
    return out;
}
/** Signed LEB128 (small constants). */
export function sleb(n) {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}
export const name = (s) => [s.length, ...Buffer.from(s, 'latin1')];
export const section = (id, body) => [id, ...uleb(body.length), ...body];
// Instructions.
export const get = (i) => [0x20, i];
export const set = (i) => [0x21, i];
export const i32 = (v) => [0x41, ...sleb(v)];
export const ADD = [0x6a];
export const SUB = [0x6b];
const MUL = [0x6c];
export const GE_S = [0x4e];
export const GT_S = [0x4a];
export const SELECT = [0x1b];
export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
export const END = [0x0b];
export const br = (depth) => [0x0c, depth];
export const brIf = (depth) => [0x0d, depth];
/** v128.load with a constant offset (alignment hint 1 byte). */
const load = (offset) => [0xfd, 0x00, 0x00, ...uleb(offset)];
const STORE = [0xfd, 0x0b, 0x00, 0x00];
const MIN = [0xfd, 0x77]; // i8x16.min_u
const MAX = [0xfd, 0x79]; // i8x16.max_u
// Parameters: the page's width and height, where the output starts (the input starts at 0).
const W = 0;
const H = 1;
const DST = 2;
// i32 locals.
const Y = 3;
const X = 4;
const P = 5;
const LAST = 6;
const Q = 7;
// v128 locals: each column's low, middle, high; three loaded rows; the smaller and larger of two.
const [L0, M0, H0, L1, M1, H1, L2, M2, H2, A, B, C, MN, MX] = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
/** Column k of the sixteen windows sorted into `lo`, `mid`, `hi`: rows above, on and below, at x − 1 + k. */
function sortColumn(k, lo, mid, hi) {
    return [
        ...get(Q), ...get(W), ...SUB, ...load(k), ...set(A), // above: (p − 1) − w
        ...get(Q), ...load(k), ...set(B), // on the row: p − 1
        ...get(Q), ...get(W), ...ADD, ...load(k), ...set(C), // below: (p − 1) + w
        ...get(A), ...get(B), ...MIN, ...set(MN),
        ...get(A), ...get(B), ...MAX, ...set(MX),
        ...get(MN), ...get(C), ...MIN, ...set(lo),
        ...get(MX), ...get(C), ...MAX, ...set(hi),
        ...get(MN), ...get(MX), ...get(C), ...MIN, ...MAX, ...set(mid),
    ];
}
/** The middle one of locals `a`, `b`, `c`, left on the stack: max(min(a, b), min(max(a, b), c)). */
const median3 = (a, b, c) => [...get(a), ...get(b), ...MIN, ...get(a), ...get(b), ...MAX, ...get(c), ...MIN, ...MAX];
const body = [
    // Locals: 5 i32, 14 v128.
    2, 5, 0x7f, 14, 0x7b,
    // last = w − 17: the last block of sixteen ends at column w − 2.
    ...get(W), ...i32(17), ...SUB, ...set(LAST),
    ...i32(1), ...set(Y),
    ...BLOCK, ...LOOP,
    // Rows 1 to h − 2.
    ...get(Y), ...get(H), ...i32(1), ...SUB, ...GE_S, ...brIf(1),
    ...i32(1), ...set(X),
    ...BLOCK, ...LOOP,
    // x = min(x, last): the last block overlaps the one before (both read the input, so no matter).
    ...get(LAST), ...get(X), ...get(X), ...get(LAST), ...GT_S, ...SELECT, ...set(X),
    // p = y·w + x; q = p − 1.
    ...get(Y), ...get(W), ...MUL, ...get(X), ...ADD, ...set(P),
    ...get(P), ...i32(1), ...SUB, ...set(Q),
    ...sortColumn(0, L0, M0, H0),
    ...sortColumn(1, L1, M1, H1),
    ...sortColumn(2, L2, M2, H2),
    // out[p] = the median of the largest low, the median of the middles and the smallest high.
    ...get(L0), ...get(L1), ...MAX, ...get(L2), ...MAX, ...set(A),
    ...median3(M0, M1, M2), ...set(B),
    ...get(H0), ...get(H1), ...MIN, ...get(H2), ...MIN, ...set(C),
    ...get(P), ...get(DST), ...ADD,
    ...median3(A, B, C),
    ...STORE,
    ...get(X), ...get(LAST), ...GE_S, ...brIf(1),
    ...get(X), ...i32(16), ...ADD, ...set(X),
    ...br(0),
    ...END, ...END,
    ...get(Y), ...i32(1), ...ADD, ...set(Y),
    ...br(0),
    ...END, ...END,
    ...END,
];
/**
 * The speckle count of `despeckle` (ocr.ts), sixteen pixels at a time: for each inner pixel of a
 * row (columns 1 to 16·⌊(w − 2)/16⌋; the few beyond are left to the caller), whether it is dark
 * (under 128) and whether at most one of its eight neighbours is. A dark pixel's mask is −1 in its
 * byte, so the eight neighbours' masks add up to minus their dark count (−8 to 0, no overflow). The
 * two counts gather in 16-bit lanes along a row and in 32-bit lanes over the page, written at `out`
 * as two groups of four 32-bit counts (dark, then alone). On a noisy 300 dpi page ~40 ms of
 * JavaScript a page became a few.
 */
const LT_U = [0xfd, 0x26]; // i8x16.lt_u
const GT_S8 = [0xfd, 0x27]; // i8x16.gt_s
const AND = [0xfd, 0x4e]; // v128.and
const ADD8 = [0xfd, 0x6e]; // i8x16.add
const SPLAT8 = [0xfd, 0x0f]; // i8x16.splat
const WIDEN16 = [0xfd, 0x7d]; // i16x8.extadd_pairwise_i8x16_u
const WIDEN32 = [0xfd, 0x7f]; // i32x4.extadd_pairwise_i16x8_u
const ADD16 = [0xfd, 0x8e, 0x01]; // i16x8.add
const ADD32 = [0xfd, 0xae, 0x01]; // i32x4.add
// Parameters: width, height, where the counts go. i32 locals; v128 locals.
const OUT = 2;
const [SY, SX, SQ] = [3, 4, 5];
const [K128, ONE, MINUS2, D16, A16, D32, A32, CEN, SUM] = [6, 7, 8, 9, 10, 11, 12, 13, 14];
/** Whether each of the sixteen bytes at q + `offset` + `row`·w is dark: −1 where it is, else 0. */
const darkAt = (row, offset) => [
    ...get(SQ), ...(row === 0 ? [] : [...get(W), ...(row < 0 ? SUB : ADD)]), ...load(offset), ...get(K128), ...LT_U,
];
const speckleBody = [
    // Locals: 3 i32, 9 v128.
    2, 3, 0x7f, 9, 0x7b,
    ...i32(128), ...SPLAT8, ...set(K128),
    ...i32(1), ...SPLAT8, ...set(ONE),
    ...i32(-2), ...SPLAT8, ...set(MINUS2),
    ...i32(1), ...set(SY),
    ...BLOCK, ...LOOP,
    ...get(SY), ...get(H), ...i32(1), ...SUB, ...GE_S, ...brIf(1),
    ...i32(1), ...set(SX),
    ...BLOCK, ...LOOP,
    // Sixteen columns x to x + 15, all at most w − 2.
    ...get(SX), ...get(W), ...i32(17), ...SUB, ...GT_S, ...brIf(1),
    // q = y·w + x − 1, the left neighbour on the row.
    ...get(SY), ...get(W), ...MUL, ...get(SX), ...ADD, ...i32(1), ...SUB, ...set(SQ),
    ...darkAt(0, 1), ...set(CEN),
    ...darkAt(-1, 0), ...darkAt(-1, 1), ...ADD8, ...darkAt(-1, 2), ...ADD8,
    ...darkAt(0, 0), ...ADD8, ...darkAt(0, 2), ...ADD8,
    ...darkAt(1, 0), ...ADD8, ...darkAt(1, 1), ...ADD8, ...darkAt(1, 2), ...ADD8, ...set(SUM),
    ...get(D16), ...get(CEN), ...get(ONE), ...AND, ...WIDEN16, ...ADD16, ...set(D16),
    // Alone: dark, with minus the neighbours' count above −2.
    ...get(A16), ...get(SUM), ...get(MINUS2), ...GT_S8, ...get(CEN), ...AND, ...get(ONE), ...AND, ...WIDEN16, ...ADD16, ...set(A16),
    ...get(SX), ...i32(16), ...ADD, ...set(SX),
    ...br(0),
    ...END, ...END,
    // The row's counts into the page's (a 16-bit lane holds at most w/8).
    ...get(D32), ...get(D16), ...WIDEN32, ...ADD32, ...set(D32),
    ...get(A32), ...get(A16), ...WIDEN32, ...ADD32, ...set(A32),
    ...i32(0), ...SPLAT8, ...set(D16),
    ...i32(0), ...SPLAT8, ...set(A16),
    ...get(SY), ...i32(1), ...ADD, ...set(SY),
    ...br(0),
    ...END, ...END,
    ...get(OUT), ...get(D32), ...STORE,
    ...get(OUT), ...i32(16), ...ADD, ...get(A32), ...STORE,
    ...END,
];
const MODULE = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 3, 0x7f, 0x7f, 0x7f, 0]), // type: (i32 i32 i32) → ()
    ...section(3, [2, 0, 0]), // functions 0 and 1 have type 0
    ...section(5, [1, 0x00, 1]), // one memory, one page to start
    ...section(7, [3, ...name('median'), 0x00, 0, ...name('speckles'), 0x00, 1, ...name('memory'), 0x02, 0]),
    ...section(10, [2, ...uleb(body.length), ...body, ...uleb(speckleBody.length), ...speckleBody]),
]);
let instance;
function wasm() {
    if (instance === undefined) {
        try {
            instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports;
        }
        catch {
            instance = null;
        }
    }
    return instance;
}
/** The module's memory, grown to hold at least `bytes`. */
function memoryOf(m, bytes) {
    const need = bytes - m.memory.buffer.byteLength;
    if (need > 0)
        m.memory.grow(Math.ceil(need / 65536));
    return new Uint8Array(m.memory.buffer);
}
/**
 * The 3×3 median of each inner pixel of `px` (w × h) written into `out` (the edge rows and columns
 * left as they are), or false when it cannot be done here (no SIMD, a page under 18 pixels wide).
 * `loaded`: `speckleCounts(px, w, h)` was the last call into the module (not null), so `px` is in its memory.
 */
export function median3x3(px, w, h, out, loaded = false) {
    const m = w >= 18 && h >= 3 ? wasm() : null;
    if (!m)
        return false;
    const size = w * h;
    const mem = memoryOf(m, 2 * size);
    // `speckleCounts` of the same pixels just before leaves them at the memory's start (it writes
    // only past them, and growing the memory keeps them): not copied in again.
    if (!loaded)
        mem.set(px.subarray(0, size), 0);
    m.median(w, h, size);
    for (let y = 1; y < h - 1; y++)
        out.set(mem.subarray(size + y * w + 1, size + (y + 1) * w - 1), y * w + 1);
    return true;
}
/**
 * The inner pixels of `px` (w × h) that are dark (under 128) and those of them with at most one dark
 * neighbour, over columns 1 to `upTo` − 1, where `upTo` is 1 + 16·⌊(w − 2)/16⌋: the columns from
 * `upTo` to w − 2 are the caller's to count. Null when it cannot be done here (no SIMD, a page under
 * 18 pixels wide).
 */
export function speckleCounts(px, w, h) {
    const m = w >= 18 && h >= 3 ? wasm() : null;
    if (!m)
        return null;
    const size = w * h;
    const at = (size + 15) & ~15;
    const mem = memoryOf(m, at + 32);
    mem.set(px.subarray(0, size), 0);
    m.speckles(w, h, at);
    const c = new Uint32Array(m.memory.buffer, at, 8);
    return { dark: c[0] + c[1] + c[2] + c[3], alone: c[4] + c[5] + c[6] + c[7], upTo: 1 + 16 * Math.floor((w - 2) / 16) };
}
//# sourceMappingURL=ocr-median.js.map