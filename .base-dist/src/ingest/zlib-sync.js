/**
 * Inflating a zlib stream synchronously into one caller's buffer used again, as `zlib.inflateSync`
 * does internally (zlib.js's processChunkSync) but handing each piece on instead of collecting them:
 * a stream allocates a fresh chunk for every megabyte, and the ArrayBuffers of a scanned page's 25 MB
 * picture set off full garbage collections. Shared by the pdf stream check and the OCR drawing.
 */
import { constants, createInflate } from 'node:zlib';
/**
 * Inflates `data` into `out` again and again, calling `piece(have)` with the bytes each write left in
 * `out` (before the next write overwrites them); `piece` returns false to stop. A write zlib fails in
 * hands nothing on. Null where zlib's handle is not there (the caller then uses a stream).
 */
export function inflateSyncEach(data, out, piece) {
    const z = createInflate();
    const inner = z;
    const handle = inner._handle;
    const state = inner._writeState;
    if (!handle || typeof handle.writeSync !== 'function' || !(state instanceof Uint32Array)) {
        z.close();
        return null;
    }
    let failed = false;
    handle.onerror = () => {
        failed = true;
    };
    let inOff = 0;
    let inLen = data.length;
    try {
        for (;;) {
            handle.writeSync(constants.Z_SYNC_FLUSH, data, inOff, inLen, out, 0, out.length);
            if (failed)
                return 'failed';
            if (!piece(out.length - state[0]))
                return 'stopped';
            inOff += inLen - state[1];
            inLen = state[1];
            // Room left in the buffer: zlib has given all it can of this input.
            if (state[0] !== 0)
                return 'done';
        }
    }
    finally {
        z.close();
    }
}
//# sourceMappingURL=zlib-sync.js.map