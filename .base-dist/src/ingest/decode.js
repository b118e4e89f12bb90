/**
 * Turning the bytes of a text file into a JS string, recording which encoding was used.
 *
 * Order: a BOM decides (UTF-8, UTF-16); then BOM-less UTF-16 by its NUL
 * pattern; then strict UTF-8, which Vietnamese reports nearly always are and
 * which costs one decode plus a per-line regex test. Only bytes that are not
 * UTF-8 are decoded with each legacy candidate (Windows-1258, TCVN3, VNI,
 * Windows-1252) and the one that reads most like Vietnamese wins
 * (`scoreVietnamese`). Lines of Unicode text holding TCVN3/VNI look-alikes
 * (legacy bytes once read as Latin-1) are converted line by line, by the same
 * scoring. NFC and other normalisation happen later, in buildSource.
 */
import iconv from 'iconv-lite';
import { convertLegacyText, decodeTcvn3, decodeVni, guessLookalikes, LOOKALIKE_MARK, VIETNAMESE_ONLY } from './legacy.js';
import { scoreVietnamese } from './legacy-score.js';
const BOMS = [
    { bom: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8-bom' },
    { bom: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le' },
    { bom: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be' },
];
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Legacy candidates for bytes that are not UTF-8, in order of preference on a tie. */
const LEGACY_CANDIDATES = [
    { encoding: 'windows-1258', decode: (b) => iconv.decode(Buffer.from(b), 'windows1258').normalize('NFC') },
    { encoding: 'tcvn3', decode: decodeTcvn3 },
    { encoding: 'vni', decode: decodeVni },
    { encoding: 'windows-1252', decode: (b) => iconv.decode(Buffer.from(b), 'win1252') },
    { encoding: 'utf-8', decode: (b) => new TextDecoder('utf-8').decode(b) },
];
/** Bytes scored per legacy candidate before the winner decodes the whole file. */
const SAMPLE_BYTES = 32 * 1024;
/** Below this syllable score (with enough words) the encoding is reported as doubtful. */
const DOUBTFUL_SCORE = 0.5;
const LEGACY_NAMES = {
    tcvn3: 'TCVN3 (ABC)',
    vni: 'VNI-Windows',
    'windows-1258': 'Windows-1258',
    'windows-1252': 'Windows-1252',
};
/**
 * Decode a text file. `encoding` is one of "utf-8", "utf-8-bom", "utf-16le",
 * "utf-16be", "windows-1258", "tcvn3", "vni", "windows-1252"; a Unicode
 * encoding followed by "+tcvn3" or "+vni" when some lines held look-alikes
 * that were converted. Never throws.
 */
export function decodeText(bytes) {
    const unicode = decodeUnicode(bytes);
    if (unicode)
        return fixLookalikes(unicode.text, unicode.encoding);
    return decodeLegacy(bytes);
}
function decodeUnicode(bytes) {
    for (const { bom, label, encoding } of BOMS) {
        if (bom.every((b, i) => bytes[i] === b)) {
            return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(bom.length)), encoding };
        }
    }
    const utf16 = sniffUtf16(bytes);
    if (utf16)
        return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    try {
        return { text: utf8.decode(bytes), encoding: 'utf-8' };
    }
    catch {
        return null;
    }
}
/** "utf-16le"/"utf-16be" when BOM-less bytes show UTF-16's NULs in every other byte (ASCII letters, digits, spaces). */
export function sniffUtf16(bytes) {
    const n = Math.min(bytes.length, 4096) & ~1;
    if (n < 8)
        return null;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0)
            evenNul += 1;
        if (bytes[i + 1] === 0)
            oddNul += 1;
    }
    const pairs = n / 2;
    if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02)
        return 'utf-16le';
    if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02)
        return 'utf-16be';
    return null;
}
/**
 * Convert look-alike lines. Lines with tell-tale marks are first judged
 * together; if they read as TCVN3 or VNI, each is converted unless that reads
 * worse, and so, in a document with no Unicode-only letter anywhere, is every
 * line that could be a look-alike ("Sè: /UBND" is "Số: /UBND"; in a mixed
 * document such a line is as likely Unicode: "Cà Mau" is not "Cổ Mau").
 * Otherwise (a Unicode report with a few "°" or "¹") each marked line is
 * judged alone.
 */
function fixLookalikes(text, encoding) {
    const lines = text.split(/(\r\n|\r|\n)/);
    const candidates = [];
    let unicodeOnly = false;
    for (let i = 0; i < lines.length; i += 2) {
        if (VIETNAMESE_ONLY.test(lines[i]))
            unicodeOnly = true;
        else if (/[\u0080-\u00FF]/.test(lines[i]))
            candidates.push(i);
    }
    const marked = candidates.filter((i) => LOOKALIKE_MARK.test(lines[i]));
    if (!marked.length)
        return { text, encoding, warnings: [] };
    const counts = {};
    const whole = guessLookalikes(marked.map((i) => lines[i]).join('\n'), 3);
    for (const i of whole && !unicodeOnly ? candidates : marked) {
        const guess = whole ? convertUnlessWorse(lines[i], whole.encoding) : guessLookalikes(lines[i], 3);
        if (!guess)
            continue;
        lines[i] = guess.text;
        counts[guess.encoding] = (counts[guess.encoding] ?? 0) + 1;
    }
    const found = Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
    if (!found.length)
        return { text, encoding, warnings: [] };
    const described = found.map((e) => `${counts[e]} dòng ${LEGACY_NAMES[e]}`).join(', ');
    return {
        text: lines.join(''),
        encoding: `${encoding}+${found[0]}`,
        warnings: [`Văn bản có ký tự mã cũ bị đọc nhầm như Latin-1 (${described}); đã chuyển sang Unicode`],
    };
}
function convertUnlessWorse(line, encoding) {
    const text = convertLegacyText(line, encoding);
    if (text === line.normalize('NFC'))
        return null;
    return scoreVietnamese(text).score >= scoreVietnamese(line).score ? { text, encoding } : null;
}
/** Bytes that are not Unicode: decode a sample with every candidate and keep the one that spells the most Vietnamese syllables. */
function decodeLegacy(bytes) {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    let best = { candidate: LEGACY_CANDIDATES[0], score: -1, words: 0 };
    for (const candidate of LEGACY_CANDIDATES) {
        const { score, words } = scoreVietnamese(candidate.decode(sample));
        if (score > best.score)
            best = { candidate, score, words };
    }
    const { encoding, decode } = best.candidate;
    const warnings = [];
    if (encoding === 'utf-8')
        warnings.push('Tệp không phải UTF-8 hợp lệ; một số ký tự có thể bị sai');
    else if (encoding === 'tcvn3')
        warnings.push('Tệp mã TCVN3 (ABC); đã chuyển sang Unicode (chữ hoa có dấu gõ bằng phông .VnTimeH có thể thành chữ thường)');
    else
        warnings.push(`Tệp mã ${LEGACY_NAMES[encoding]}; đã chuyển sang Unicode`);
    if (best.words >= 20 && best.score < DOUBTFUL_SCORE) {
        warnings.push(`Không chắc bảng mã của tệp (chỉ ${Math.round(best.score * 100)}% từ là âm tiết tiếng Việt); một số ký tự có thể bị sai`);
    }
    return { text: decode(bytes), encoding, warnings };
}
//# sourceMappingURL=decode.js.map