/**
 * Tables of the pre-Unicode Vietnamese font encodings still found in old
 * archives: TCVN3 (ABC, fonts ".VnTime", ".VnArial"…) and VNI-Windows
 * (fonts "VNI-Times"…). Both are "font encodings": the bytes are ordinary
 * Windows-1252 code points that a special font draws as Vietnamese letters,
 * which is why such text often reaches us as Latin-1 look-alikes
 * ("b¸o c¸o", "baùo caùo") inside otherwise valid Unicode.
 */
import iconv from 'iconv-lite';
/** The tone marks in VNI's table order: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const CP1252 = Array.from(iconv.decode(ALL_BYTES, 'win1252'));
const VN1 = Array.from(iconv.decode(ALL_BYTES, 'tcvn'));
/**
 * TCVN3 byte → Unicode. Letters (0xA0–0xFF) come from iconv-lite's "tcvn"
 * table (TCVN 5712:1993 VN1; ABC's VN3 has the same lower case). VN1 also
 * put capitals with tones in 0x80–0x9F, but ABC fonts had none (".VnTimeH"
 * drew the lower-case codes as capitals) and Word saves smart quotes and
 * dashes there, so where Windows-1252 defines 0x80–0x9F we keep its
 * punctuation. Bytes 0xB0–0xB4 are combining tone marks: normalise to NFC.
 */
export const TCVN3_CHARS = VN1.map((c, b) => (b >= 0x80 && b < 0xa0 && CP1252[b] !== '\uFFFD' ? CP1252[b] : c));
/**
 * VNI-Windows: a base letter followed by a mark character, or one character
 * for ơ ư đ and i/ỵ with tones. Table as in xvnkb's vni.h (Dao Hai Lam, 2002,
 * github.com/lamdao/xvnkb, GPL-2; facts only, rebuilt here by rule): for each
 * vowel, the sequences for no tone, sắc, huyền, hỏi, ngã, nặng.
 */
const VNI_ROWS = [
    ['a', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
    ['â', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
    ['ă', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
    ['e', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
    ['ê', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
    ['o', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
    ['ô', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
    ['ơ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
    ['u', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
    ['ư', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
    ['i', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
    ['y', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
];
/** VNI sequence (one or two characters, as read through Windows-1252) → Unicode letter, both cases. */
export const VNI_TO_UNICODE = new Map();
for (const [base, sequences] of VNI_ROWS) {
    sequences.forEach((seq, tone) => {
        const letter = (base + TONES[tone]).normalize('NFC');
        if (seq !== letter)
            VNI_TO_UNICODE.set(seq, letter);
        if (seq.toUpperCase() !== letter.toUpperCase())
            VNI_TO_UNICODE.set(seq.toUpperCase(), letter.toUpperCase());
    });
}
VNI_TO_UNICODE.set('ñ', 'đ');
VNI_TO_UNICODE.set('Ñ', 'Đ');
//# sourceMappingURL=legacy-tables.js.map