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
import { name, section, sleb, uleb } from './ocr-median.js';

const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const i32 = (v: number) => [0x41, ...sleb(v)];
const ADD = [0x6a];
const SUB = [0x6b];
const GE_S = [0x4e];
const GT_S = [0x4a];
const SELECT = [0x1b];
const I32_EQZ = [0x45];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = [0x0b];
const br = (depth: number) => [0x0c, depth];
const brIf = (depth: number) => [0x0d, depth];
const simd = (op: number) => [0xfd, ...uleb(op)];
const LOAD = [...simd(0x00), 0x00, 0x00];
const STORE = [...simd(0x0b), 0x00, 0x00];
const shuffle = (lanes: number[]) => [...simd(0x0d), ...lanes];
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
const quarter = (extend: number[]) => [
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
const half = (extend: number[]) => [
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

const MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 7, 0x7f, 0x7f, 0x7f, 0x7f, 0x7c, 0x7c, 0x7f, 0]), // type: (i32 i32 i32 i32 f64 f64 i32) → ()
  ...section(3, [1, 0]),
  ...section(5, [1, 0x00, 1]),
  ...section(7, [2, ...name('mix'), 0x00, 0, ...name('memory'), 0x02, 0]),
  ...section(10, [1, ...uleb(body.length), ...body]),
]);

type Mix = { mix: (a: number, b: number, dst: number, n: number, gy: number, fy: number, white: number) => void; memory: WebAssembly.Memory };
let instance: Mix | null | undefined;

function wasm(): Mix | null {
  if (instance === undefined) {
    try {
      instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as unknown as Mix;
    } catch {
      instance = null;
    }
  }
  return instance;
}

/** Rows of `n` bytes in WebAssembly memory: two inputs and an output, and the step that mixes them. */
export interface RowMixer {
  /** The two input rows (swap them by swapping these) and the output row. */
  rows: [Uint8Array, Uint8Array];
  out: Uint8Array;
  /** out[x] = trunc(rows[0][x]·gy + rows[1][x]·fy) for every x. */
  mix(gy: number, fy: number): void;
}

/** A mixer for rows of `n` bytes, or null when it cannot be done here (no SIMD, rows under 16 bytes). */
export function rowMixer(n: number): RowMixer | null {
  const m = n >= 16 ? wasm() : null;
  if (!m) return null;
  const need = 3 * n - m.memory.buffer.byteLength;
  if (need > 0) m.memory.grow(Math.ceil(need / 65536));
  const buf = m.memory.buffer;
  const views = [new Uint8Array(buf, 0, n), new Uint8Array(buf, n, n)];
  const out = new Uint8Array(buf, 2 * n, n);
  const mixer: RowMixer = {
    rows: [views[0], views[1]],
    out,
    mix(gy, fy) {
      // White mixed with white stays white unless the weights' rounding falls short (then every pixel is worked out).
      m.mix(mixer.rows[0].byteOffset, mixer.rows[1].byteOffset, 2 * n, n, gy, fy, ((255 * gy + 255 * fy) | 0) === 255 ? 1 : 0);
    },
  };
  return mixer;
}
