/**
 * Text from documents and file names is untrusted: printed raw, an escape sequence in it can
 * recolour, move the cursor, retitle or clear a terminal, write a hyperlink, and a bidi override
 * can make a line read differently from what it holds (Trojan Source). Before anything of theirs
 * reaches a terminal, escape sequences are dropped and other control characters become spaces.
 */
// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences; the same
// introduced by the C1 bytes CSI (U+009B) and OSC (U+009D).
const ESCAPES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?/g;
// C0 but tab and line feed (the renderers lay those out), DEL, C1, bidi embeddings, overrides
// and isolates, the Arabic letter mark.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u061c]/g;
/** The text with terminal escape sequences removed and control characters (but tab and line feed) turned into spaces. */
export function terminalSafe(text) {
    return text.replace(ESCAPES, '').replace(CONTROLS, ' ');
}
/** A file name or other one-line field, safe for a terminal: every control character, tab and line feed too, is a space. */
export function terminalLine(text) {
    return terminalSafe(text).replace(/[\t\n]/g, ' ');
}
//# sourceMappingURL=terminal-safe.js.map