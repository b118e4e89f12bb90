import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { stripMarkup } from '../../src/ingest/markup.js';
import { normalizeText } from '../../src/text/normalize.js';
import fc from 'fast-check';
// @ts-expect-error a plain script kept beside the fixtures, no type declarations
import { docx, flateBombPdf, hugeNumberingDocx, imageBombPdf, manyPagesPdf, pdf, recursivePdf } from '../../fixtures/make-hostile.mjs';
import { checkPdfStreams, limitedCommand } from '../../src/ingest/pdf-limits.js';
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** numbering.xml with one list: level 0 in `fmt` from `start`, label "%1.". */
const numbering = (fmt: string, start: number) =>
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const listItem = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('a docx with a hostile numbering', () => {
  it('does not expand a letter counter from 100,000,000 into megabytes of labels, and warns', async () => {
    const result = await ingestBytes('n.docx', await hugeNumberingDocx(40));
    if (!result.ok) throw new Error(result.error.message);
    const text = result.source.blocks.map((b) => b.text).join('\n');
    expect(text.length).toBeLessThan(2000);
    expect(result.source.blocks[0].text).toBe('Mục báo cáo');
    expect(result.source.warnings.some((w) => /quá dài/.test(w.message))).toBe(true);
  });

  it('still labels ordinary letter and Roman lists (Z., AA., XL.)', async () => {
    const letters = await ingestBytes('l.docx', await docx(listItem('Một') + listItem('Hai'), numbering('upperLetter', 26)));
    const roman = await ingestBytes('r.docx', await docx(listItem('Bốn mươi'), numbering('upperRoman', 40)));
    if (!letters.ok || !roman.ok) throw new Error('unreadable');
    expect(letters.source.blocks.map((b) => b.text)).toEqual(['Z. Một', 'AA. Hai']);
    expect(roman.source.blocks[0].text).toBe('XL. Bốn mươi');
  });
});

describe('markup stripping on a hostile line', () => {
  // Before, each unclosed "<b" or "<input" was scanned to the end of the line: minutes for these
  // lines (20,000 tags took 2.8 s and the time grew with the square), milliseconds now.
  it('reads a line of 200,000 unclosed tags and leaves it as it is', () => {
    const tags = '<b x '.repeat(200_000);
    const inputs = '<input '.repeat(200_000);
    const links = '<http://a.vn '.repeat(100_000);
    expect(stripMarkup(tags)).toBe(tags);
    expect(stripMarkup(inputs)).toBe(inputs);
    expect(stripMarkup(links)).toBe(links);
  }, 30_000);

  it('still strips the tags, checkboxes and links exported reports carry', () => {
    expect(stripMarkup('<b>Tổng</b> <input type="checkbox" checked/> xem <https://dvc.gov.vn> <i>và</i> <input type="checkbox">')).toBe('Tổng ☑ xem https://dvc.gov.vn và ☐');
  });
});

describe('whitespace on a hostile line', () => {
  it('collapses 300,000 spaces and tabs in one pass', () => {
    // Before, a run of spaces with no tab was rescanned from each of its spaces: 100,000 took 41 s.
    const line = 'a' + ' '.repeat(300_000) + 'b' + ' \t '.repeat(100_000) + 'c';
    expect(normalizeText(line)).toBe('a b\tc');
  }, 30_000);

  it('collapses runs as before: a run holding a tab is one tab, else one space', () => {
    const before = (s: string) => s.replace(/[ \t]*\t[ \t]*/g, '\t').replace(/ {2,}/g, ' ').trim();
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', 'a', 'đ', '1') }), (s) => normalizeText(s) === before(s)), { numRuns: 2000 });
  });
});

describe('a pdf that decodes to far more than it holds', () => {
  // Before the decoded-size scan (pdf-limits.ts) pdf.js inflated the 2 GiB stream whole, outside
  // the heap cap: the process went to 2.7–3.2 GB and the file ran into its time limit.
  it('fails with DECOMPRESSION_LIMIT before a reader inflates it: content stream deflated twice to 2 GiB', async () => {
    const bytes = await flateBombPdf();
    expect(bytes.length).toBeLessThan(8192);
    global.gc?.();
    const before = process.memoryUsage();
    const result = await ingestBytes('bomb.pdf', bytes);
    const after = process.memoryUsage();
    expect(result).toMatchObject({ ok: false, error: { code: 'DECOMPRESSION_LIMIT' } });
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 << 20);
  }, 60_000);

  it('fails with DECOMPRESSION_LIMIT on an image stream inflating to 2 GiB (pdftoppm and OCR never run)', async () => {
    const result = await ingestBytes('image.pdf', await imageBombPdf());
    expect(result).toMatchObject({ ok: false, error: { code: 'DECOMPRESSION_LIMIT' } });
  }, 60_000);

  it('follows a chain of filters: hex text of a deflated run-length bomb, and an indirect /Filter', async () => {
    // RunLength: [0x81, 0x20] is 128 spaces; 2.5 million of them are 320 MB, deflated to a few KB.
    const rl = deflateSync(Buffer.alloc(5_000_000, Buffer.from([0x81, 0x20])));
    const hex = Buffer.from(rl.toString('hex') + '>', 'latin1');
    const chain = pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '[/AHx /FlateDecode /RL]',
      { dict: '<< /Length %LEN% /Filter 3 0 R >>', data: hex }]);
    expect(await checkPdfStreams(chain)).toMatchObject({ message: expect.stringContaining('256 MB') });
    const small = pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '[/AHx /FlateDecode /RL]',
      { dict: '<< /Length %LEN% /Filter 3 0 R >>', data: Buffer.from(deflateSync(Buffer.alloc(2000, Buffer.from([0x81, 0x20]))).toString('hex'), 'latin1') }]);
    expect(await checkPdfStreams(small)).toBeNull();
  }, 60_000);

  it('counts exactly what Flate, LZW, RunLength, ASCIIHex and ASCII85 give (a limit one byte either side)', async () => {
    const one = (filter: string, data: Buffer) => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', { dict: `<< /Length %LEN% /Filter ${filter} >>`, data }]);
    // LZW codes (9 bits, by hand): 65 'A', 258 'AA', 259 'AAA', 257 end → 6 bytes "AAAAAA".
    const codes = [256, 65, 258, 259, 257];
    let bits = '';
    for (const c of codes) bits += c.toString(2).padStart(9, '0');
    const lzw = Buffer.from(bits.padEnd(Math.ceil(bits.length / 8) * 8, '0').match(/.{8}/g)!.map((b) => parseInt(b, 2)));
    const cases: Array<[string, Buffer, number]> = [
      ['/FlateDecode', deflateSync(Buffer.alloc(1000, 0x20)), 1000],
      ['/LZWDecode', lzw, 6],
      ['/RunLengthDecode', Buffer.from([2, 0x41, 0x42, 0x43, 0xfe, 0x44, 0x80]), 3 + 3],
      ['/ASCIIHexDecode', Buffer.from('48 65 6C6C6F>', 'latin1'), 5],
      ['/ASCII85Decode', Buffer.from('87cURD]i,"Ebo80~>', 'latin1'), 12],
    ];
    for (const [filter, data, size] of cases) {
      expect(await checkPdfStreams(one(filter, data), { maxStream: size }), filter).toBeNull();
      expect(await checkPdfStreams(one(filter, data), { maxStream: size - 1 }), filter).not.toBeNull();
    }
  });

  it('counts a Flate stream of many inflate buffers exactly, and a cut-short or damaged one by what came out', async () => {
    const one = (data: Buffer) => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', { dict: '<< /Length %LEN% /Filter /FlateDecode >>', data }]);
    // 3 MB of varied bytes: a dozen of the 256 KiB buffers the count inflates into.
    const plain = Buffer.alloc(3_000_017);
    for (let i = 0; i < plain.length; i++) plain[i] = (i * 7919 + (i >> 9)) & 0xff;
    const whole = deflateSync(plain);
    expect(await checkPdfStreams(one(whole), { maxStream: plain.length })).toBeNull();
    expect(await checkPdfStreams(one(whole), { maxStream: plain.length - 1 })).not.toBeNull();
    // Bytes after the zlib stream's end are not counted.
    expect(await checkPdfStreams(one(Buffer.concat([whole, Buffer.from('garbage after the end')])), { maxStream: plain.length })).toBeNull();
    // Cut short at half its bytes: what came out counts, which is more than a tenth and not all of it.
    const half = one(whole.subarray(0, whole.length >> 1));
    expect(await checkPdfStreams(half, { maxStream: plain.length / 10 })).not.toBeNull();
    expect(await checkPdfStreams(half, { maxStream: plain.length - 1 })).toBeNull();
    // Not zlib at all: nothing comes out, nothing over any limit.
    expect(await checkPdfStreams(one(Buffer.from('not deflated at all', 'latin1')), { maxStream: 1 })).toBeNull();
  });

  it('reads a 300-page pdf and a pdf of self-referring objects in bounded time, as findings or an error', async () => {
    const long = await ingestBytes('long.pdf', manyPagesPdf(300));
    if (!long.ok) throw new Error(long.error.message);
    expect(long.source.pages).toBe(300);
    const loops = await ingestBytes('loops.pdf', recursivePdf());
    expect(loops.ok || ['CORRUPT_PDF', 'NO_TEXT', 'OCR_UNAVAILABLE'].includes(loops.error.code)).toBe(true);
  }, 120_000);

  it('runs pdftotext and pdftoppm under an address-space limit', () => {
    const [cmd, args] = limitedCommand('sh', ['-c', 'ulimit -v'], 512 * 1024 * 1024);
    expect(spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim()).toBe(String(512 * 1024));
  });
});
