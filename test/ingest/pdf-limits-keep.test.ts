import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams, takeInflatedPicture } from '../../src/ingest/pdf-limits.js';

/** A pdf-like file holding the given streams (the check reads `<< … >> stream … endstream` only). */
function pdfWith(streams: Array<{ dict: string; data: Buffer }>): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  streams.forEach((s, i) => {
    parts.push(Buffer.from(`${i + 1} 0 obj\n<< ${s.dict} /Length ${s.data.length} >>\nstream\n`, 'latin1'), s.data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  parts.push(Buffer.from('%%EOF\n', 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

describe('pictures the stream check inflated, kept for the scan drawing', () => {
  // 3 MB of varied bytes (more than one of the check's 1 MiB chunks).
  const picture = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7 + (i >> 11)) & 255));
  const deflated = deflateSync(picture);

  it('hands out a deflated picture inflated, byte for byte, once', async () => {
    const pdf = pdfWith([{ dict: '/Type /XObject /Subtype /Image /Width 1024 /Height 1024 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', data: deflated }]);
    expect(await checkPdfStreams(pdf)).toBeNull();
    const kept = takeInflatedPicture(pdf, deflated);
    expect(kept?.equals(picture)).toBe(true);
    expect(takeInflatedPicture(pdf, deflated)).toBeNull();
  });

  it('keeps nothing but pictures, and only for the pdf checked', async () => {
    const pdf = pdfWith([{ dict: '/Filter /FlateDecode', data: deflated }]);
    expect(await checkPdfStreams(pdf)).toBeNull();
    expect(takeInflatedPicture(pdf, deflated)).toBeNull();
    const other = pdfWith([{ dict: '/Subtype /Image /Filter /FlateDecode', data: deflated }]);
    expect(await checkPdfStreams(other)).toBeNull();
    expect(takeInflatedPicture(pdf, deflated)).toBeNull();
    // Bytes of the same length that differ are not the picture.
    const changed = Buffer.from(deflated);
    changed[changed.length - 1] ^= 1;
    expect(takeInflatedPicture(other, changed)).toBeNull();
    expect(takeInflatedPicture(other, deflated)?.equals(picture)).toBe(true);
  });

  it('keeps no picture past the per-stream cap, which still refuses the file', async () => {
    const pdf = pdfWith([{ dict: '/Subtype /Image /Filter /FlateDecode', data: deflated }]);
    expect(await checkPdfStreams(pdf, { maxStream: 1024 * 1024 })).not.toBeNull();
    expect(takeInflatedPicture(pdf, deflated)).toBeNull();
  });

  it('keeps no picture behind two filters (the drawing reads only one Flate)', async () => {
    const twice = deflateSync(deflated);
    const pdf = pdfWith([{ dict: '/Subtype /Image /Filter [/FlateDecode /FlateDecode]', data: twice }]);
    expect(await checkPdfStreams(pdf)).toBeNull();
    expect(takeInflatedPicture(pdf, twice)).toBeNull();
  });
});
