import { describe, expect, it } from 'vitest';
import { buildSource } from '../../src/ingest/build-source.js';
import { extractClaims } from '../../src/extract/claims.js';
import { extractFigures } from '../../src/extract/figures.js';
import { segmentSections } from '../../src/segment/index.js';

const bytes = new TextEncoder().encode('x');
const source = (texts: string[]) =>
  buildSource({ path: 'a.txt', format: 'txt', bytes, encoding: 'utf-8', blocks: texts.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 1, page: null })) });

// Blocks and sources are now made by two helpers beside one kept exemplar of each (so V8 keeps one hidden class for
// every document); what a reader sees must be what the object literals gave before.
describe('buildSource objects', () => {
  it('are plain objects with the same own properties, in the same order, as before', () => {
    const s = source(['Một', '', 'Hai ba']);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s)).toEqual(['path', 'format', 'sha256', 'encoding', 'text', 'blocks', 'pages', 'warnings']);
    expect(s.text).toBe('Một\nHai ba');
    expect(s.blocks).toHaveLength(2);
    for (const b of s.blocks) {
      expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
      expect(Object.keys(b)).toEqual(['index', 'kind', 'text', 'span']);
    }
    expect(s.blocks[1]).toEqual({ index: 1, kind: 'paragraph', text: 'Hai ba', span: { start: 4, end: 10, line: 3, page: null } });
    expect(JSON.parse(JSON.stringify(s.blocks[1]))).toEqual(s.blocks[1]);
  });

  it('optional properties appear only when present', () => {
    const s = buildSource({ path: 'a.docx', format: 'docx', bytes, encoding: 'utf-8', blocks: [
      { kind: 'paragraph', text: 'Tiêu đề', emphasis: true, line: 1, page: null },
      { kind: 'row', text: '', cells: ['a', 'b'], table: 0, row: 0, line: 2, page: null },
    ] });
    expect(Object.keys(s.blocks[0])).toEqual(['index', 'kind', 'text', 'span', 'emphasis']);
    expect(Object.keys(s.blocks[1])).toEqual(['index', 'kind', 'text', 'span', 'cells', 'table', 'row']);
  });
});

// The claims readers now get each block's figures from an array by block index instead of a closure made per
// document: the first and last blocks (edges of that array) still read their claims.
describe('claims by block index', () => {
  it('reads a flow claim in the last block and a balance in the first', () => {
    const s = source([
      'Đầu năm có 146 hộ nghèo; trong năm có 38 hộ thoát nghèo; đến cuối năm còn 108 hộ nghèo.',
      'Tiếp nhận 120 hồ sơ, đã giải quyết đúng hạn 100 hồ sơ.',
    ]);
    const seg = segmentSections(s);
    const { figures } = extractFigures(s, seg.blockSection);
    const claims = extractClaims(s, figures);
    const values = (i: number) => figures[i].value;
    const balance = claims.find((c) => c.relation === 'balance');
    expect(balance && [values(balance.whole), ...balance.parts.map(values)]).toEqual([108, 146, 38]);
    const flow = claims.find((c) => c.relation === 'subset');
    expect(flow && [values(flow.whole), ...flow.parts.map(values)]).toEqual([120, 100]);
  });
});
