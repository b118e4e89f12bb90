import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, sniffUtf16 } from '../../src/ingest/decode.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { convertLegacyText, decodeTcvn3, decodeVni, legacyFontEncoding } from '../../src/ingest/legacy.js';
import { scoreVietnamese } from '../../src/ingest/legacy-score.js';

const legacy = (name: string) => readFileSync(new URL(`../../fixtures/legacy/${name}`, import.meta.url));

async function blockTexts(name: string, bytes: Uint8Array): Promise<{ texts: string[]; encoding: string }> {
  const r = await ingestBytes(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return { texts: r.source.blocks.map((b) => b.text), encoding: r.source.encoding };
}

/** ABC (TCVN3) has no codes for capitals with tones: they arrive as the lower-case letter. */
const foldTonedCapitals = (s: string) =>
  [...s].map((c) => (c !== c.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(c.normalize('NFD')) ? c.toLowerCase() : c)).join('');

/** Variant file suffix → the encoding the ingester must report (see fixtures/make-bad-inputs.mjs). */
const VARIANTS: Record<string, string> = {
  'tcvn3.txt': 'tcvn3',
  'tcvn3-in-utf8.txt': 'utf-8+tcvn3',
  'vni.txt': 'vni',
  'vni-in-utf8.txt': 'utf-8+vni',
  'cp1258.txt': 'windows-1258',
  'utf16le-bom.txt': 'utf-16le',
  'utf16le.txt': 'utf-16le',
  'nfd.txt': 'utf-8',
};

describe('a report in a legacy or unusual encoding', () => {
  for (const seed of ['000', '004']) {
    for (const [suffix, encoding] of Object.entries(VARIANTS)) {
      it(`reads seed ${seed} as ${suffix} to the same blocks as its Unicode original, as ${encoding}`, async () => {
        const original = await blockTexts('unicode.txt', legacy(`${seed}.unicode.txt`));
        const variant = await blockTexts(suffix, legacy(`${seed}.${suffix}`));
        const expected = suffix.startsWith('tcvn3') ? original.texts.map(foldTonedCapitals) : original.texts;
        expect(variant.encoding).toBe(encoding);
        expect(variant.texts).toEqual(expected);
      });
    }
  }
});

describe('the legacy tables', () => {
  const letters = legacy('letters.unicode.txt').toString('utf8');

  it('decode every Vietnamese letter, capitals included, from VNI-Windows', () => {
    expect(decodeVni(legacy('letters.vni.txt'))).toBe(letters);
  });

  it('decode every letter ABC (TCVN3) has, capitals with tones arriving in lower case', () => {
    expect(decodeTcvn3(legacy('letters.tcvn3.txt'))).toBe(foldTonedCapitals(letters));
  });
});

describe('convertLegacyText, for .docx runs in legacy fonts', () => {
  it('converts TCVN3 look-alikes', () => {
    expect(convertLegacyText('b¸o c¸o chuyÓn ®æi sè', 'tcvn3')).toBe('báo cáo chuyển đổi số');
  });

  it('converts VNI look-alikes, with đ written ñ', () => {
    expect(convertLegacyText('baùo caùo chuyeån ñoåi soá', 'vni')).toBe('báo cáo chuyển đổi số');
    expect(convertLegacyText('Ñöôïc', 'vni')).toBe('Được');
  });

  it('upper-cases text in a capitals-only font such as .VnTimeH', () => {
    const font = legacyFontEncoding('.VnTimeH');
    expect(font).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(convertLegacyText('b¸o c¸o kÕt qu¶', font!.encoding, font!)).toBe('BÁO CÁO KẾT QUẢ');
  });

  it('tells legacy fonts from Unicode ones by name', () => {
    expect(legacyFontEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFontEncoding('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(legacyFontEncoding('Times New Roman')).toBeNull();
  });

  it('without a hint, converts look-alikes it recognises and leaves Unicode alone', () => {
    expect(convertLegacyText('Thùc hiÖn kÕ ho¹ch chuyÓn ®æi sè cña x·')).toBe('Thực hiện kế hoạch chuyển đổi số của xã');
    expect(convertLegacyText('Thöïc hieän keá hoaïch chuyeån ñoåi soá')).toBe('Thực hiện kế hoạch chuyển đổi số');
    expect(convertLegacyText('Báo cáo kết quả năm 2024, nhiệt độ 30°C')).toBe('Báo cáo kết quả năm 2024, nhiệt độ 30°C');
  });
});

describe('detecting the encoding of a text file', () => {
  it('keeps a Unicode report with degree signs, superscripts and fractions as UTF-8', () => {
    const text = 'Nhiệt độ 30°C\nTỷ lệ ½ số hộ¹\n© UBND xã\nA · B\n';
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });

  it('converts only the TCVN3 paragraph pasted into a Unicode report', () => {
    const text = 'Báo cáo kết quả chuyển đổi số\nThùc hiÖn kÕ ho¹ch cña UBND huyÖn vÒ chuyÓn ®æi sè\nĐạt 100%\n';
    const d = decodeText(Buffer.from(text));
    expect(d.text).toBe('Báo cáo kết quả chuyển đổi số\nThực hiện kế hoạch của UBND huyện về chuyển đổi số\nĐạt 100%\n');
    expect(d.encoding).toBe('utf-8+tcvn3');
    expect(d.warnings).toHaveLength(1);
  });

  it('leaves Unicode lines that merely could be look-alikes in a mixed report', () => {
    const text = 'Tỉnh Cà Mau\nCà Mau\nThùc hiÖn kÕ ho¹ch cña UBND huyÖn vÒ chuyÓn ®æi sè\n';
    expect(decodeText(Buffer.from(text)).text).toBe('Tỉnh Cà Mau\nCà Mau\nThực hiện kế hoạch của UBND huyện về chuyển đổi số\n');
  });

  it('recognises UTF-16 without a byte-order mark from its NUL pattern', () => {
    expect(sniffUtf16(Buffer.from('Báo cáo kết quả', 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from('Báo cáo kết quả'))).toBeNull();
  });

  it('keeps invalid UTF-8 that no legacy encoding explains, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('Báo cáo kết quả chuyển đổi số năm 2024 '), Buffer.from([0xe1, 0x80]), Buffer.from(' của xã\n')]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Báo cáo kết quả chuyển đổi số');
    expect(d.warnings[0]).toMatch(/UTF-8/);
  });

  it('scores Vietnamese syllables, not clean characters', () => {
    expect(scoreVietnamese('báo cáo chuyển đổi số').score).toBe(1);
    expect(scoreVietnamese('b¸o c¸o chuyÓn ®æi sè').score).toBeLessThan(0.5);
    expect(scoreVietnamese('hoà thuỷ').score).toBe(scoreVietnamese('hòa thủy').score);
  });

  // Its speed is read by `npm run bench`, never timed here.
  it('decodes a 4 MB UTF-8 report as UTF-8, text unchanged, without a legacy reading', () => {
    const line = readFileSync(new URL('../../fixtures/seeds/004_9d8bea49ef95c194.txt', import.meta.url), 'utf8');
    const big = Buffer.from(line.repeat(Math.ceil((4 << 20) / Buffer.byteLength(line))));
    const d = decodeText(big);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([]);
    expect(d.text).toBe(big.toString('utf8'));
  });
});
