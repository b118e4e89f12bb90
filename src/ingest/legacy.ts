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

/** A legacy Vietnamese font encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** What a font name says about how its runs are encoded. */
export interface LegacyFont {
  encoding: LegacyEncoding;
  /** The font draws every letter as a capital (".VnTimeH", ".VnArialH"…): TCVN3 had no codes for capitals with tones. */
  capitals: boolean;
}

/** The legacy encoding a font implies: ".Vn…" fonts are TCVN3 (".Vn…H" the capitals set), "VNI-…" fonts are VNI; else null. */
export function legacyFontEncoding(font: string | null | undefined): LegacyFont | null {
  const name = (font ?? '').trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/**
 * TCVN3 look-alikes → Unicode: a character U+0080–U+00FF is the byte it was
 * read from, and goes through the TCVN3 table; Windows-1252 punctuation
 * (“ ” – …) and everything else stay as they are.
 */
export function tcvn3FromLookalikes(s: string): string {
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    out += code >= 0x80 && code <= 0xff ? TCVN3_CHARS[code] : c;
  }
  return out.normalize('NFC');
}

/** VNI look-alikes → Unicode: a base letter and its mark character become one letter ("baùo" → "báo"). */
export function vniFromLookalikes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
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

const FROM_LOOKALIKES: Record<LegacyEncoding, (s: string) => string> = {
  tcvn3: tcvn3FromLookalikes,
  vni: vniFromLookalikes,
};

/** Decode TCVN3 bytes through the TCVN3 table, NFC. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += Array.from(bytes.subarray(i, i + 8192), (b) => TCVN3_CHARS[b]).join('');
  }
  return out.normalize('NFC');
}

/** Decode VNI-Windows bytes: Windows-1252, then VNI sequences → letters. */
export function decodeVni(bytes: Uint8Array): string {
  return vniFromLookalikes(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'));
}

/** Options for `convertLegacyText`. */
export interface ConvertOptions {
  /** The run's font draws capitals only (TCVN3 ".VnTimeH" family): upper-case the result. */
  capitals?: boolean;
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
export function convertLegacyText(s: string, hint?: LegacyEncoding, options: ConvertOptions = {}): string {
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
export function guessLookalikes(s: string, minHits = 1): { text: string; encoding: LegacyEncoding } | null {
  const asIs = scoreVietnamese(s);
  let best: { text: string; encoding: LegacyEncoding; score: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const text = FROM_LOOKALIKES[encoding](s);
    if (text === s) continue;
    const { score, hits } = scoreVietnamese(text);
    const good = score >= asIs.score + MARGIN && score >= 0.5 && hits >= minHits;
    if (good && (!best || score > best.score)) best = { text, encoding, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}
