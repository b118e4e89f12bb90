import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDoc } from '../../src/ingest/doc.js';
import { flipBytes, seededRandom, truncate } from '../fuzz/mutate.js';

const DOC = 'fixtures/formats/003_de71c115c989c0f9.doc';

describe('a .doc read without LibreOffice (word-extractor in a child process)', () => {
  it('reads paragraphs and says Word numbering was not available', async () => {
    const result = await ingestDoc(DOC, readFileSync(DOC), 'doc', null);
    expect(result.ok && result.source.format).toBe('doc');
    if (!result.ok) return;
    expect(result.source.warnings[0].message).toMatch(/word-extractor/);
    expect(result.source.blocks.length).toBeGreaterThan(100);
  });

  it('ends in a Source or CORRUPT_DOC on damaged copies (word-extractor can abort V8 on some: it runs in a child)', async () => {
    const bytes = readFileSync(DOC);
    const random = seededRandom(20_240_601);
    const ends: string[] = [];
    for (let i = 0; i < 24; i++) {
      const mutant = (i % 2 ? truncate : flipBytes)(bytes, random);
      const result = await ingestDoc('x.doc', mutant.bytes, 'doc', null);
      ends.push(result.ok ? 'ok' : result.error.code);
    }
    expect(ends.every((e) => e === 'ok' || e === 'CORRUPT_DOC')).toBe(true);
  }, 300_000);

  it('fails with CORRUPT_DOC on an OLE header that is not a Word file', async () => {
    const result = await ingestDoc('x.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 0xff)]), 'doc', null);
    expect(!result.ok && result.error.code).toBe('CORRUPT_DOC');
  });
});
