import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { AuditOut } from '../../src/model/index.js';
import { renderJson, renderJsonParts, toDocumentOut } from '../../src/report/json.js';

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
});
