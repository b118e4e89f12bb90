/**
 * Page-sized buffers used again instead of allocated afresh. A 300 dpi page is an 8 MB grey image
 * (25 MB as the RGB picture it is drawn from), and memory the process has not touched before costs
 * far more than the work done in it: on the machine measured, writing 8 MB into a fresh buffer took
 * 17–22 ms and into one used before 0.5 ms, so a scanned page's drawing, median and turn spent
 * ~0.1 s in the kernel handing out pages. Each step takes its output from here and the step that
 * owns a buffer gives it back once nothing reads it any more; a buffer is only ever given back by
 * the code that took it (or was handed it as its own), never while another holds it.
 */
/** Buffers kept for taking again, by length. */
const free = new Map();
let kept = 0;
/** At most this many bytes are kept (a few pages in flight on a few cores; the rest are dropped to the collector). */
const MAX_KEPT = 128 * 1024 * 1024;
/** Kept buffers are dropped when none was given back for this long (a batch's worker idle between files keeps none). */
const IDLE_MS = 10_000;
let idle = null;
/** A buffer of exactly `length` bytes, contents undefined (a used one when there is one). */
export function takeBuffer(length) {
    const list = free.get(length);
    const b = list?.pop();
    if (b) {
        kept -= length;
        return b;
    }
    return Buffer.allocUnsafeSlow(length);
}
/**
 * A buffer of at least `length` bytes: the smallest kept one that is long enough (a page's, for a
 * sheet of cut-out words smaller than a page), else a new one of `length`. Its own memory, whole:
 * the caller uses the start of it and gives back the whole buffer.
 */
export function takeBufferAtLeast(length) {
    let fit = -1;
    for (const [n, list] of free)
        if (n >= length && list.length && (fit < 0 || n < fit))
            fit = n;
    return fit < 0 ? Buffer.allocUnsafeSlow(length) : takeBuffer(fit);
}
/** Give back a buffer nobody reads any more (its own memory, whole); ignored when the pool is full. */
export function giveBuffer(b) {
    if (b.byteOffset !== 0 || b.byteLength !== b.buffer.byteLength || b.length < 65536)
        return;
    if (kept + b.length > MAX_KEPT)
        return;
    const list = free.get(b.length) ?? [];
    if (list.includes(b))
        return;
    list.push(b);
    free.set(b.length, list);
    kept += b.length;
    if (idle)
        clearTimeout(idle);
    idle = setTimeout(() => {
        free.clear();
        kept = 0;
    }, IDLE_MS);
    idle.unref();
}
//# sourceMappingURL=ocr-pool.js.map