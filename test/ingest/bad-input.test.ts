import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/ingest/doc.js';
import { DEFAULT_MAX_BYTES, detectFormat, fileSystemError, ingestBytes, ingestFile } from '../../src/ingest/index.js';
// @ts-expect-error a plain script kept beside the fixtures, no type declarations
import { zip } from '../../fixtures/make-hostile.mjs';

const bad = (name: string) => new URL(`../../fixtures/bad/${name}`, import.meta.url).pathname;

/** Every code an input can fail with. */
const CODES = ['EMPTY', 'UNSUPPORTED_FORMAT', 'CORRUPT_DOCX', 'CORRUPT_PDF', 'ENCRYPTED_PDF', 'NO_TEXT', 'DECOMPRESSION_LIMIT', 'TOO_LARGE', 'NOT_FOUND', 'NOT_A_FILE', 'PERMISSION_DENIED', 'READ_ERROR', 'CORRUPT_ODT', 'CORRUPT_DOC', 'CORRUPT_RTF', 'CONVERTER_UNAVAILABLE'];

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ\u1EA0-\u1EF9]/i;

describe('an unreadable file', () => {
  const cases: Array<[file: string, code: string, why: string]> = [
    ['empty.txt', 'EMPTY', 'has no bytes'],
    ['random.docx', 'UNSUPPORTED_FORMAT', 'is random bytes, whatever its name'],
    ['old.doc', 'UNSUPPORTED_FORMAT', 'is an OLE file holding no Word document stream, whatever its name'],
    ['sheet.docx', 'UNSUPPORTED_FORMAT', 'is a spreadsheet renamed .docx'],
    ['truncated.docx', 'CORRUPT_DOCX', 'is the first half of a .docx'],
    ['truncated.pdf', 'CORRUPT_PDF', 'is the first half of a .pdf'],
    ['encrypted.pdf', 'ENCRYPTED_PDF', 'is a password-protected .pdf'],
  ];
  for (const [file, code, why] of cases) {
    it(`fails with ${code} and a Vietnamese message when it ${why} (${file})`, async () => {
      const result = await ingestFile(bad(file));
      expect(result.ok ? 'ok' : result.error.code).toBe(code);
      if (!result.ok) expect(result.error.message).toMatch(VIETNAMESE);
    });
  }

  it('reads RTF saved as .doc through LibreOffice, or says LibreOffice is needed (old-rtf.doc)', async () => {
    const result = await ingestFile(bad('old-rtf.doc'));
    if (findSoffice()) expect(result.ok && result.source.blocks.map((b) => b.text)).toEqual(['Báo cáo']);
    else expect(!result.ok && result.error.code).toBe('CONVERTER_UNAVAILABLE');
    if (result.ok) expect(result.source.format).toBe('rtf');
  });

  it('names the spreadsheet for what it is', async () => {
    const result = await ingestFile(bad('sheet.docx'));
    expect(!result.ok && result.error.message).toMatch(/Excel/);
  });

  it('fails with EMPTY when a text file holds only white space', async () => {
    const result = await ingestBytes('blank.txt', Buffer.from('  \r\n\t\n\u00a0\n'));
    expect(!result.ok && result.error.code).toBe('EMPTY');
  });

  it('fails with NOT_FOUND for a missing path and NOT_A_FILE for a directory', async () => {
    expect(await ingestFile('/no/such/bao-cao.docx')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ingestFile(new URL('../../fixtures/bad', import.meta.url).pathname)).toMatchObject({ ok: false, error: { code: 'NOT_A_FILE' } });
  });

  // Tests run as root, for whom chmod 000 blocks nothing; so the errno mapping is tested directly.
  it('maps EACCES and EPERM to PERMISSION_DENIED', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const e = Object.assign(new Error('denied'), { code });
      expect(fileSystemError('/x', e).error.code).toBe('PERMISSION_DENIED');
    }
    expect(fileSystemError('/x', Object.assign(new Error('io'), { code: 'EIO' })).error.code).toBe('READ_ERROR');
  });

  it('fails with TOO_LARGE above the configured limit, from disk and from memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-'));
    try {
      const path = join(dir, 'big.txt');
      writeFileSync(path, 'Báo cáo '.repeat(200));
      expect(await ingestFile(path, { maxBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
      expect(await ingestBytes(path, readFileSync(path), { maxBytes: 1000 })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
      expect((await ingestFile(path)).ok).toBe(true);
      expect(DEFAULT_MAX_BYTES).toBe(100 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('telling text from binary', () => {
  it('treats more than 1% NUL or control bytes as binary, but not UTF-16 or TCVN3 capitals', () => {
    expect(detectFormat(Buffer.from('Báo cáo\u0000kết quả'))).toBe('binary');
    expect(detectFormat(Buffer.from('Báo cáo kết quả chuyển đổi số năm 2024. '.repeat(10) + '\u0000'))).toBe('txt');
    expect(detectFormat(Buffer.from('a\u0007\u0008\u001b'.repeat(50)))).toBe('binary');
    expect(detectFormat(Buffer.from('Báo cáo kết quả chuyển đổi số', 'utf16le'))).toBe('txt');
    expect(detectFormat(Buffer.from([0x01, 0x32, 0x20, 0x42, 0x16, 0x20, 0x43, 0x11, 0x0a]))).toBe('txt');
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const result = await ingestBytes('x.bin', bytes);
        if (!result.ok) expect(CODES).toContain(result.error.code);
      }),
      { numRuns: 200 },
    );
  });
});

/** A zip of stored/deflated entries, by hand, so an entry can declare any size (the hostile-input generator's). */
function makeZip(entries: Array<{ name: string; data: Buffer; size: number; crc: number; method: 0 | 8 }>): Buffer {
  return Buffer.from(zip(entries));
}

/**
 * A deflate stream of `mib` MiB of spaces, built without holding them: one
 * MiB compressed with a full flush is a self-contained run of blocks, so
 * copies of it concatenate, and an empty final block ends the stream.
 */
function spacesDeflated(mib: number): { data: Buffer; size: number; crc: number } {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(chunk, crc);
  const data = Buffer.concat([...Array(mib).fill(block), deflateRawSync(Buffer.alloc(0))]);
  return { data, size: mib << 20, crc };
}

function bombDocx(declaredSize: (real: number) => number): Buffer {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const doc = spacesDeflated(300);
  return makeZip([
    { name: '[Content_Types].xml', data: types, size: types.length, crc: crc32(types), method: 0 },
    { name: 'word/document.xml', data: doc.data, size: declaredSize(doc.size), crc: doc.crc, method: 8 },
  ]);
}

describe('a zip bomb renamed .docx', () => {
  it('is tiny on disk', () => {
    expect(bombDocx((n) => n).length).toBeLessThan(1 << 20);
  });

  for (const [how, declared] of [
    ['declaring its 300 MB', (n: number) => n],
    ['lying that it holds 10 kB', () => 10_000],
  ] as const) {
    it(`fails with DECOMPRESSION_LIMIT without inflating, when ${how}`, async () => {
      const bytes = bombDocx(declared);
      global.gc?.();
      const before = process.memoryUsage();
      const result = await ingestBytes('bomb.docx', bytes);
      const after = process.memoryUsage();
      expect(result).toMatchObject({ ok: false, error: { code: 'DECOMPRESSION_LIMIT' } });
      expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 << 20);
      expect(after.rss - before.rss).toBeLessThan(128 << 20);
    });
  }
});
