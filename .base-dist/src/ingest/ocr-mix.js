/**
 * The vertical step of a page's bilinear enlargement (ocr-raster.ts): each pixel of an output row is
 * `trunc(a·gy + b·fy)` of the pixels above and below it in two enlarged source rows, sixteen pixels
 * at a time in WebAssembly's 128-bit SIMD. The arithmetic is JavaScript's: each byte is widened to
 * a double (exact), multiplied and added in IEEE doubles (WebAssembly neither fuses nor reorders
 * them), and truncated (values 0–255, so saturation never bites), so every byte is the one the
 * scalar loop gives; a test compares the two. On a noisy scan, where no two neighbours are equal and
 * nothing is white, the scalar loop branches at random on every pixel.
 *
 * Written as its bytes like ocr-median.ts (the WebAssembly 2.0 binary format; SIMD opcodes after
 * the 0xfd prefix, LEB128-encoded).
 */
import { ADD, BLOCK, br, brIf, END, GE_S, get, GT_S, i32, LOOP, name, section, SELECT, set, SUB, uleb } from './ocr-median.js';
const GE_U = [0x4f];
const I32_EQZ = [0x45];
const simd = (op) => [0xfd, ...uleb(op)];
const LOAD = [...simd(0x00), 0x00, 0x00];
/** v128.load at the address on the stack plus `offset`. */
const loadAt = (offset) => [...simd(0x00), 0x00, ...uleb(offset)];
/** i32.load at the address on the stack plus `offset`. */
const i32LoadAt = (offset) => [0x28, 0x02, ...uleb(offset)];
const SWIZZLE = simd(0x0e);
const SHL = [0x74];
const STORE = [...simd(0x0b), 0x00, 0x00];
const shuffle = (lanes) => [...simd(0x0d), ...lanes];
const F64_SPLAT = simd(0x14);
const V128_NOT = simd(0x4d);
const V128_AND = simd(0x4e);
const ANY_TRUE = simd(0x53);
const I8_NARROW_U = simd(0x66);
const I16_NARROW_U = simd(0x86);
const I16_EXTEND_LOW_U = simd(0x89);
const I16_EXTEND_HIGH_U = simd(0x8a);
const I32_EXTEND_LOW_U = simd(0xa9);
const I32_EXTEND_HIGH_U = simd(0xaa);
const F64_ADD = simd(0xf0);
const F64_MUL = simd(0xf2);
const TRUNC_ZERO = simd(0xfc); // i32x4.trunc_sat_f64x2_s_zero
const CONVERT_LOW_U = simd(0xff); // f64x2.convert_low_i32x4_u
// Parameters: the two rows, the output row, the row's length, the weights, whether white mixed with white stays white.
const A_ROW = 0;
const B_ROW = 1;
const DST = 2;
const N = 3;
const GY = 4;
const FY = 5;
const WHITE = 6;
// i32 locals.
const I = 7;
const LAST = 8;
// v128 locals.
const [A, B, A16, B16, A32, B32, VGY, VFY, Q0, Q1, H0, H1] = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
/** Lanes 2 and 3 of an i32x4 moved to lanes 0 and 1. */
const HIGH_PAIR = shuffle([8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15]);
/** Lanes 0 and 1 of the first i32x4, then lanes 0 and 1 of the second. */
const JOIN_PAIRS = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]);
/** trunc(a·gy + b·fy) of lanes 0 and 1 of the i32x4s in A32 and B32, in lanes 0 and 1 of an i32x4 (the others 0). */
const pair = () => [
    ...get(A32), ...CONVERT_LOW_U, ...get(VGY), ...F64_MUL,
    ...get(B32), ...CONVERT_LOW_U, ...get(VFY), ...F64_MUL,
    ...F64_ADD, ...TRUNC_ZERO,
];
/** Four results from the i16x8 halves in A16/B16 (`extend` picks which four), as an i32x4. */
const quarter = (extend) => [
    ...get(A16), ...extend, ...set(A32),
    ...get(B16), ...extend, ...set(B32),
    ...pair(),
    // Lanes 2 and 3: each vector shuffled with itself.
    ...get(A32), ...get(A32), ...HIGH_PAIR, ...set(A32),
    ...get(B32), ...get(B32), ...HIGH_PAIR, ...set(B32),
    ...pair(),
    ...JOIN_PAIRS,
];
/** Eight results from the bytes in A/B (`extend` picks which eight), as an i16x8. */
const half = (extend) => [
    ...get(A), ...extend, ...set(A16),
    ...get(B), ...extend, ...set(B16),
    ...quarter(I32_EXTEND_LOW_U), ...set(Q0),
    ...quarter(I32_EXTEND_HIGH_U), ...set(Q1),
    ...get(Q0), ...get(Q1), ...I16_NARROW_U,
];
const body = [
    // Locals: 2 i32, 12 v128.
    2, 2, 0x7f, 12, 0x7b,
    ...get(GY), ...F64_SPLAT, ...set(VGY),
    ...get(FY), ...F64_SPLAT, ...set(VFY),
    // last = n − 16: the last block of sixteen overlaps the one before (both read the input only).
    ...get(N), ...i32(16), ...SUB, ...set(LAST),
    ...i32(0), ...set(I),
    ...BLOCK, ...LOOP,
    ...get(LAST), ...get(I), ...get(I), ...get(LAST), ...GT_S, ...SELECT, ...set(I),
    ...BLOCK,
    ...get(A_ROW), ...get(I), ...ADD, ...LOAD, ...set(A),
    ...get(B_ROW), ...get(I), ...ADD, ...LOAD, ...set(B),
    // White over white, when it stays white (`white`): sixteen 255s stored as they are (the and of the two).
    ...BLOCK,
    ...get(WHITE), ...I32_EQZ, ...brIf(0),
    ...get(A), ...get(B), ...V128_AND, ...V128_NOT, ...ANY_TRUE, ...brIf(0),
    ...get(DST), ...get(I), ...ADD, ...get(A), ...get(B), ...V128_AND, ...STORE,
    ...br(1),
    ...END,
    ...half(I16_EXTEND_LOW_U), ...set(H0),
    ...half(I16_EXTEND_HIGH_U), ...set(H1),
    ...get(DST), ...get(I), ...ADD,
    ...get(H0), ...get(H1), ...I8_NARROW_U,
    ...STORE,
    ...END,
    ...get(I), ...get(LAST), ...GE_S, ...brIf(1),
    ...get(I), ...i32(16), ...ADD, ...set(I),
    ...br(0),
    ...END, ...END,
    ...END,
];
// The horizontal step (expandRow): output pixel x is trunc(row[col[x]]·gx[x] + row[col[x] + 1]·fx[x]).
// Enlarged, col[x + 15] − col[x] ≤ 15, so a block of sixteen outputs reads sixteen bytes from
// row + col[s] (and from one byte on), picked by a swizzle with lanes col[s + k] − col[s]; the
// weights are per column, doubles read from memory. Each block is described by 32 bytes: the
// sixteen lanes, then s and col[s] as i32.
// Parameters: the source row, the output row, the block table and its end, the weights' arrays.
const E_ROW = 0;
const E_DST = 1;
const E_P = 2;
const E_END = 3;
const E_GX = 4;
const E_FX = 5;
// i32 locals.
const E_S = 6;
const E_BASE = 7;
const E_WG = 8;
const E_WF = 9;
// v128 locals.
const [E_IDX, E_A, E_B, E_A16, E_B16, E_A32, E_B32, E_Q0, E_Q1, E_H0, E_H1] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
/** trunc(a·gx + b·fx) of lanes 0 and 1 of E_A32 and E_B32 for pixels p and p + 1 of the block. */
const ePair = (p) => [
    ...get(E_A32), ...CONVERT_LOW_U, ...get(E_WG), ...loadAt(8 * p), ...F64_MUL,
    ...get(E_B32), ...CONVERT_LOW_U, ...get(E_WF), ...loadAt(8 * p), ...F64_MUL,
    ...F64_ADD, ...TRUNC_ZERO,
];
const eQuarter = (extend, p) => [
    ...get(E_A16), ...extend, ...set(E_A32),
    ...get(E_B16), ...extend, ...set(E_B32),
    ...ePair(p),
    ...get(E_A32), ...get(E_A32), ...HIGH_PAIR, ...set(E_A32),
    ...get(E_B32), ...get(E_B32), ...HIGH_PAIR, ...set(E_B32),
    ...ePair(p + 2),
    ...JOIN_PAIRS,
];
const eHalf = (extend, p) => [
    ...get(E_A), ...extend, ...set(E_A16),
    ...get(E_B), ...extend, ...set(E_B16),
    ...eQuarter(I32_EXTEND_LOW_U, p), ...set(E_Q0),
    ...eQuarter(I32_EXTEND_HIGH_U, p + 4), ...set(E_Q1),
    ...get(E_Q0), ...get(E_Q1), ...I16_NARROW_U,
];
const expandBody = [
    // Locals: 4 i32, 11 v128.
    2, 4, 0x7f, 11, 0x7b,
    ...BLOCK, ...LOOP,
    ...get(E_P), ...get(E_END), ...GE_U, ...brIf(1),
    ...get(E_P), ...LOAD, ...set(E_IDX),
    ...get(E_P), ...i32LoadAt(16), ...set(E_S),
    ...get(E_P), ...i32LoadAt(20), ...get(E_ROW), ...ADD, ...set(E_BASE),
    ...get(E_BASE), ...LOAD, ...get(E_IDX), ...SWIZZLE, ...set(E_A),
    ...get(E_BASE), ...loadAt(1), ...get(E_IDX), ...SWIZZLE, ...set(E_B),
    ...get(E_GX), ...get(E_S), ...i32(3), ...SHL, ...ADD, ...set(E_WG),
    ...get(E_FX), ...get(E_S), ...i32(3), ...SHL, ...ADD, ...set(E_WF),
    ...eHalf(I16_EXTEND_LOW_U, 0), ...set(E_H0),
    ...eHalf(I16_EXTEND_HIGH_U, 8), ...set(E_H1),
    ...get(E_DST), ...get(E_S), ...ADD,
    ...get(E_H0), ...get(E_H1), ...I8_NARROW_U,
    ...STORE,
    ...get(E_P), ...i32(32), ...ADD, ...set(E_P),
    ...br(0),
    ...END, ...END,
    ...END,
];
const MODULE = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // Types: mix (i32 i32 i32 i32 f64 f64 i32) → (), expand (i32 × 6) → ().
    ...section(1, [2, 0x60, 7, 0x7f, 0x7f, 0x7f, 0x7f, 0x7c, 0x7c, 0x7f, 0, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]),
    ...section(3, [2, 0, 1]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [3, ...name('mix'), 0x00, 0, ...name('expand'), 0x00, 1, ...name('memory'), 0x02, 0]),
    ...section(10, [2, ...uleb(body.length), ...body, ...uleb(expandBody.length), ...expandBody]),
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
const align16 = (n) => (n + 15) & ~15;
/** A mixer for rows of `n` bytes, or null when it cannot be done here (no SIMD, rows under 16 bytes). */
export function rowMixer(n, across) {
    const m = n >= 16 ? wasm() : null;
    if (!m)
        return null;
    // Memory: the two rows and the output, then (with `across`) the source row with room to read
    // sixteen bytes past its end, the block table, and the weights.
    const rowAt = align16(3 * n);
    let blocks = [];
    if (across) {
        const { col, from, to } = across;
        if (to - from < 16)
            return null;
        // Blocks of sixteen from `from`, the last one ending at `to` (overlapping the one before).
        for (let s = from; s < to; s += 16)
            blocks.push(Math.min(s, to - 16));
        if (blocks.some((s) => col[s + 15] - col[s] > 15 || col[s + 15] < col[s]))
            blocks = [];
    }
    const tableAt = across ? align16(rowAt + across.srcW + 33) : rowAt;
    const gxAt = tableAt + 32 * blocks.length;
    const fxAt = gxAt + 8 * n;
    const size = across && blocks.length ? fxAt + 8 * n : 3 * n;
    const need = size - m.memory.buffer.byteLength;
    if (need > 0)
        m.memory.grow(Math.ceil(need / 65536));
    const buf = m.memory.buffer;
    const views = [new Uint8Array(buf, 0, n), new Uint8Array(buf, n, n)];
    const out = new Uint8Array(buf, 2 * n, n);
    const mixer = {
        rows: [views[0], views[1]],
        out,
        mix(gy, fy) {
            // White mixed with white stays white unless the weights' rounding falls short (then every pixel is worked out).
            m.mix(mixer.rows[0].byteOffset, mixer.rows[1].byteOffset, 2 * n, n, gy, fy, ((255 * gy + 255 * fy) | 0) === 255 ? 1 : 0);
        },
    };
    if (across && blocks.length) {
        const { srcW, col, gx, fx } = across;
        const table = new Uint8Array(buf, tableAt, 32 * blocks.length);
        const ints = new Int32Array(buf, tableAt, 8 * blocks.length);
        blocks.forEach((s, b) => {
            for (let k = 0; k < 16; k++)
                table[32 * b + k] = col[s + k] - col[s];
            ints[8 * b + 4] = s;
            ints[8 * b + 5] = col[s];
        });
        new Float64Array(buf, gxAt, n).set(gx.subarray(0, n));
        new Float64Array(buf, fxAt, n).set(fx.subarray(0, n));
        const row = new Uint8Array(buf, rowAt, srcW + 33);
        mixer.expand = (src, into) => {
            row.set(src.subarray(0, srcW));
            row[srcW] = row[srcW - 1];
            m.expand(rowAt, into.byteOffset, tableAt, tableAt + 32 * blocks.length, gxAt, fxAt);
        };
    }
    return mixer;
}
//# sourceMappingURL=ocr-mix.js.map