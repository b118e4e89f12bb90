import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import type { DocumentOut } from '../../src/model/index.js';
import { AuditOut } from '../../src/model/index.js';
import { documentParts, renderJson, renderJsonParts, toDocumentOut } from '../../src/report/json.js';

const ok = (source: string): DocumentOut => ({ ...toDocumentOut(source, undefined), format: 'txt', sha256: 'a'.repeat(64), encoding: 'utf-8' });

describe('the audit JSON, one document at a time', () => {
  it('is the same text as one JSON.stringify of the whole audit', () => {
    for (const documents of [[], [ok('a.txt')], [ok('a.txt'), ok('b\n"c".txt')]]) {
      expect(renderJson(documents)).toBe(JSON.stringify({ version: 1, documents }, null, 2) + '\n');
    }
  });

  it('is the same text for documents with figures and passages', () => {
    // A figure whose strings hold newlines, quotes and undefined fields,
    // empty and non-empty arrays, 30,000 figures.
    const figure = (i: number) => ({ raw: `${i}`, kind: 'count', value: i, unit: 'hộ', label: 'Số hộ "nghèo"\nmới', block: 0, from: i, to: i + 1, snippet: 'x'.repeat(40), skipped: undefined });
    const doc = { ...ok('c.txt'), passages: [{ block: 0, text: 'Số hộ\n1 hộ', line: 1, page: null }], figures: Array.from({ length: 30_000 }, (_, i) => figure(i)), indicators: [], meta: { unit: null, nested: { a: [1, [2, {}]] } } } as unknown as DocumentOut;
    const documents = [ok('a.txt'), doc, ok('b.txt')];
    const parts = [...renderJsonParts(documents)];
    expect(parts.join('')).toBe(JSON.stringify({ version: 1, documents }, null, 2) + '\n');
  });

  it('turns a document too long for one string into its TOO_LARGE error and keeps the others', () => {
    // A document whose JSON would pass V8's string limit (a 100 KB line × 20,000 figures) throws
    // RangeError "Invalid string length" inside JSON.stringify, as this one does.
    const huge = ok('huge.txt');
    (huge as unknown as { meta: unknown }).meta = { toJSON: () => { throw new RangeError('Invalid string length'); } };
    const documents = [ok('a.txt'), huge, ok('b.txt')];
    const parsed = AuditOut.parse(JSON.parse([...renderJsonParts(documents)].join('')));
    expect(parsed.documents.map((d) => d.source)).toEqual(['a.txt', 'huge.txt', 'b.txt']);
    expect(parsed.documents.map((d) => d.error?.code ?? null)).toEqual([null, 'TOO_LARGE', null]);
    expect(parsed.documents[1].sha256).toBe('a'.repeat(64));
    expect(documents[1].error?.code).toBe('TOO_LARGE');
  });
  it('is the same text at the edges of the pieces a document is cut into', () => {
    // Arrays of 0, 1, 256, 257 and 513 elements (pieces of 256), holes and undefined elements
    // (null in an array), undefined and function members (left out), members whose toJSON gives
    // a Date's string or undefined, a member named __proto__, integer-like keys (written first),
    // an array with its own toJSON, a document whose every member is left out, and one that is
    // not a plain object.
    const many = (n: number) => Array.from({ length: n }, (_, i) => (i % 7 === 3 ? undefined : i % 5 === 1 ? { n: i, s: `dòng\n"${i}"`, none: undefined } : i));
    const sparse = many(300);
    delete sparse[299];
    const withOwnJson = Object.assign(many(400), { toJSON: () => 'short' });
    const doc = {
      ...ok('d.txt'), 7: 'seven', figures: many(513), passages: many(257), sections: many(256), indicators: [], findings: many(1),
      at: new Date(Date.UTC(2024, 0, 2)), gone: undefined, fn: () => 1, nothing: { toJSON: () => undefined }, sparse, withOwnJson,
    } as unknown as DocumentOut;
    Object.defineProperty(doc, '__proto__', { value: [1, 2], enumerable: true, configurable: true, writable: true });
    const allLeftOut = { a: undefined, b: () => 2 } as unknown as DocumentOut;
    const notPlain = { toJSON: () => ({ source: 'x.txt', figures: many(600) }) } as unknown as DocumentOut;
    const documents = [doc, allLeftOut, notPlain, ok('e.txt')];
    expect(renderJson(documents)).toBe(JSON.stringify({ version: 1, documents }, null, 2) + '\n');
    expect(Object.keys(JSON.parse(renderJson([doc])).documents[0])).toContain('__proto__');
  });

  it('cuts a document into pieces of bounded size, none holding a large part of it', () => {
    const figure = (i: number) => ({ raw: `${i}`, kind: 'count', value: i, unit: 'hộ', label: 'Số hộ', block: 0, from: i, to: i + 1, snippet: 'x'.repeat(40) });
    const doc = { ...ok('c.txt'), figures: Array.from({ length: 30_000 }, (_, i) => figure(i)) } as unknown as DocumentOut;
    const parts = [...documentParts(doc)];
    const total = parts.reduce((n, p) => n + p.length, 0);
    expect(total).toBeGreaterThan(6_000_000);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(total / 50);
  });

  it('turns a document whose text passes the limit into its TOO_LARGE error, and stops making its text there', () => {
    // 10,000 figures of ~150 characters each: ~1.5 MB of text, over a limit of 100,000
    // characters after some 700 of them; each figure counts the times it is written.
    let written = 0;
    const figure = (i: number) => ({ toJSON: () => { written++; return { raw: `${i}`, label: 'Số hộ'.repeat(20), value: i }; } });
    const big = { ...ok('big.txt'), figures: Array.from({ length: 10_000 }, (_, i) => figure(i)) } as unknown as DocumentOut;
    const [a, b] = [ok('a.txt'), ok('b.txt')];
    const documents = [a, big, b];
    const text = [...renderJsonParts(documents, { maxChars: 100_000 })].join('');
    const parsed = AuditOut.parse(JSON.parse(text));
    expect(parsed.documents.map((d) => d.source)).toEqual(['a.txt', 'big.txt', 'b.txt']);
    expect(parsed.documents.map((d) => d.error?.code ?? null)).toEqual([null, 'TOO_LARGE', null]);
    expect(parsed.documents[1].figures).toEqual([]);
    expect(documents[1].error?.code).toBe('TOO_LARGE');
    // The others are written as they would be alone.
    expect(text).toBe(JSON.stringify({ version: 1, documents: [a, documents[1], b] }, null, 2) + '\n');
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(2_000);
  });
  it('is the same text, cut into pieces of 1, 2, 3 or 7 elements, for documents read from real reports', async () => {
    // A report with findings (their evidence and data nested), sections, figures, indicators and passages.
    const documents: DocumentOut[] = [];
    for (const name of ['000_d822b3314a80c054.txt', '001_311a9839200255dd.pd.docx']) {
      const outcome = await analyseBytes(name, readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url)));
      documents.push(toDocumentOut(name, outcome.analysis, outcome.error));
    }
    for (const doc of documents) {
      expect(doc.findings.length).toBeGreaterThan(0);
      // The document's own JSON, indented to its place in the audit (4 spaces).
      const expected = JSON.stringify(doc, null, 2).replace(/\n/g, '\n    ');
      for (const batch of [1, 2, 3, 7]) expect([...documentParts(doc, batch)].join('')).toBe(expected);
    }
  });
});
