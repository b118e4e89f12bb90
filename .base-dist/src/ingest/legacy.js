/**
 * Converting TCVN3 (ABC) and VNI-Windows text to Unicode, from bytes or from
 * look-alikes already in a Unicode string.
 *
 * Look-alikes arise whenever legacy bytes were read as Windows-1252: a .docx
 * run in font ".VnTime" stores "b¸o c¸o" and relies on the font to draw
 * "báo cáo"; a TCVN3 .txt converted "to UTF-8" by a tool that assumed
 * Latin-1 stores the same. The docx ingester calls `convertLegacyText` on runs
 * whose font `legacyFontEncoding` recognises; `decodeText` uses the same
 * functions on text files, choosing between them by `scoreVietnamese`.
 */
import iconv from 'iconv-lite';
import { TCVN3_CHARS, VNI_TO_UNICODE } from './legacy-tables.js';
import { scoreVietnamese } from './legacy-score.js';
/** The legacy encoding a font implies: ".Vn…" fonts are TCVN3 (".Vn…H" the capitals set), "VNI-…" fonts are VNI; else null. */
export function legacyFontEncoding(font) {
    const name = (font ?? '').trim();
    if (/^\.vn/i.test(name))
        return { encoding: 'tcvn3', capitals: /H$/.test(name) };
    if (/^vni[-\s]/i.test(name))
        return { encoding: 'vni', capitals: false };
    return null;
}
/**
 * TCVN3 look-alikes → Unicode: a character U+0080–U+00FF is the byte it was
 * read from, and goes through the TCVN3 table; Windows-1252 punctuation
 * (“ ” – …) and everything else stay as they are.
 */
export function tcvn3FromLookalikes(s) {
    let out = '';
    for (const c of s) {
        const code = c.charCodeAt(0);
        out += code >= 0x80 && code <= 0xff ? TCVN3_CHARS[code] : c;
    }
    return out.normalize('NFC');
}
/** VNI look-alikes → Unicode: a base letter and its mark character become one letter ("baùo" → "báo"). */
export function vniFromLookalikes(s) {
    let out = '';
    for (let i = 0; i < s.length;) {
        const pair = VNI_TO_UNICODE.get(s.slice(i, i + 2));
        if (pair) {
            out += pair;
            i += 2;
            continue;
        }
        out += VNI_TO_UNICODE.get(s[i]) ?? s[i];
        i += 1;
    }
    return out.normalize('NFC');
}
const FROM_LOOKALIKES = {
    tcvn3: tcvn3FromLookalikes,
    vni: vniFromLookalikes,
};
/** Decode TCVN3 bytes through the TCVN3 table, NFC. */
export function decodeTcvn3(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
        out += Array.from(bytes.subarray(i, i + 8192), (b) => TCVN3_CHARS[b]).join('');
    }
    return out.normalize('NFC');
}
/** Decode VNI-Windows bytes: Windows-1252, then VNI sequences → letters. */
export function decodeVni(bytes) {
    return vniFromLookalikes(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'));
}
/**
 * Convert TCVN3 or VNI look-alikes in a Unicode string (a .docx run in a
 * legacy font, a mis-converted text line) to Unicode, NFC.
 *
 * With a hint (from the font, see `legacyFontEncoding`) the string is
 * converted unconditionally; without one, each encoding is tried and the
 * result is kept only if it reads as clearly more Vietnamese than the input
 * (syllable-list score), so plain Unicode text comes back unchanged.
 *
 * @example convertLegacyText('b¸o c¸o chuyÓn ®æi sè', 'tcvn3') // 'báo cáo chuyển đổi số'
 * @example convertLegacyText('baùo caùo', 'vni') // 'báo cáo'
 * @example convertLegacyText('b¸o c¸o', 'tcvn3', { capitals: true }) // 'BÁO CÁO'
 */
export function convertLegacyText(s, hint, options = {}) {
    const converted = hint ? FROM_LOOKALIKES[hint](s) : (guessLookalikes(s)?.text ?? s.normalize('NFC'));
    return options.capitals ? converted.toUpperCase() : converted;
}
/** How much better (score points) a conversion must read than the text as it is. */
const MARGIN = 0.15;
/**
 * The best-reading conversion of a string holding legacy look-alikes, or null
 * when the string reads best as it is. A conversion must score `MARGIN`
 * above the input, at least 0.5, and spell at least `minHits` syllables.
 */
export function guessLookalikes(s, minHits = 1) {
    const asIs = scoreVietnamese(s);
    let best = null;
    for (const encoding of ['tcvn3', 'vni']) {
        const text = FROM_LOOKALIKES[encoding](s);
        if (text === s)
            continue;
        const { score, hits } = scoreVietnamese(text);
        const good = score >= asIs.score + MARGIN && score >= 0.5 && hits >= minHits;
        if (good && (!best || score > best.score))
            best = { text, encoding, score };
    }
    return best && { text: best.text, encoding: best.encoding };
}
/** Letters only Unicode Vietnamese has (no Latin-1 look-alike produces them): a line holding one is left alone. */
export const VIETNAMESE_ONLY = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;
/** Latin-1 characters Vietnamese never uses but TCVN3/VNI look-alikes are full of ("¸", "®", "ù" after a vowel…). */
export const LOOKALIKE_MARK = /[\u0080-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]|[aeouyAEOUY][ùøûõïÙØÛÕÏ]/;
/**
 * Legacy text in runs whose font names no legacy encoding (Times New Roman,
 * Arial, or none): TCVN3 text pasted into a new document and given a Unicode
 * font still shows "b¸o c¸o". Readers wrap such a run's text between these
 * private-use marks (`markUnknownFontRun`) and, once the whole document is
 * read, `convertMarkedRuns` judges the marked runs together, as the txt
 * reader judges lines: by how Vietnamese they read, never by the font.
 */
const RUN_START = '\uE000';
const RUN_END = '\uE001';
const MARKED_RUN = /\uE000([^\uE000\uE001]*)\uE001/g;
/** Wrap a run's text for the document-level judgement when it holds a character a look-alike could be (U+0080–U+00FF but NBSP). */
export function markUnknownFontRun(text) {
    const clean = text.replace(/[\uE000\uE001]/g, '');
    return /[\u0080-\u009F\u00A1-\u00FF]/.test(clean) && !VIETNAMESE_ONLY.test(clean) ? RUN_START + clean + RUN_END : clean;
}
/**
 * Convert the marked runs of a document's blocks in place, and remove the
 * marks. Runs with tell-tale marks (`LOOKALIKE_MARK`) are judged together
 * (at least 3 syllables must come out); if they read as TCVN3 or VNI, each
 * marked run is converted unless that reads worse — every marked run when no
 * run of the document holds a Unicode-only letter, else only those with
 * tell-tale marks (in a Unicode document "Cà Mau" is Unicode, not "Cổ Mau").
 * A run without an ASCII letter is a symbol ("¹", "°") and is left alone.
 * Ordinary Unicode Vietnamese is never marked, or reads worse converted.
 * Returns a warning to attach, or null when nothing was converted.
 */
export function convertMarkedRuns(blocks) {
    const runs = [];
    let unicodeOnly = false;
    const visit = (s) => {
        for (const m of s.matchAll(MARKED_RUN))
            runs.push(m[1]);
        if (VIETNAMESE_ONLY.test(s.replace(MARKED_RUN, '')))
            unicodeOnly = true;
    };
    for (const b of blocks) {
        visit(b.text);
        b.cells?.forEach(visit);
    }
    const strip = (s) => s.replace(/[\uE000\uE001]/g, '');
    const marked = runs.filter((r) => LOOKALIKE_MARK.test(r));
    const whole = marked.length ? guessLookalikes(marked.join('\n'), 3) : null;
    let count = 0;
    const convert = (s) => strip(s.replace(MARKED_RUN, (_m, run) => {
        // A run with no ASCII letter ("¹", "°C") is a symbol, not a look-alike word.
        if (!whole || !/[A-Za-z]/.test(run) || (unicodeOnly && !LOOKALIKE_MARK.test(run)))
            return run;
        const text = convertLegacyText(run, whole.encoding);
        if (text === run.normalize('NFC') || scoreVietnamese(text).score < scoreVietnamese(run).score)
            return run;
        count += 1;
        return text;
    }));
    for (const b of blocks) {
        b.text = convert(b.text);
        if (b.cells)
            b.cells = b.cells.map(convert);
    }
    if (!whole || !count)
        return null;
    const name = whole.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows';
    return `${count} đoạn chữ mã ${name} trong phông Unicode; đã chuyển sang Unicode`;
}
//# sourceMappingURL=legacy.js.map