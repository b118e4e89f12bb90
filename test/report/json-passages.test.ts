import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { AuditOut, snippetOf } from '../../src/model/index.js';
import { renderJson, toDocumentOut } from '../../src/report/json.js';

/** The JSON `audit` prints for one txt. */
async function auditJson(text: string): Promise<string> {
  const outcome = await analyseBytes('mot-dong.txt', Buffer.from(text, 'utf8'));
  return renderJson([toDocumentOut('mot-dong.txt', outcome.analysis, outcome.error)]);
}

/** A report whose body is one line of `chars` characters with a figure every 170 characters or so. */
function oneLine(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = `năm nay thôn số ${(i % 40) + 1} đã hoàn thành việc sửa chữa ${120 + (i % 97)} mét đường bê tông liên xóm, làm mới rãnh thoát nước và trồng cây xanh dọc hai bên đường theo kế hoạch của xã đề ra, `;
    parts.push(s);
    n += s.length;
  }
  return `UBND XÃ AN BÌNH\nBÁO CÁO\nTình hình năm 2024\n${parts.join('')}\n`;
}

describe('snippets', () => {
  it('are the whole text when it is short, else at most 200 characters around the figure with "…" where cut', () => {
    expect(snippetOf('Có 12 hộ.', 3, 5)).toBe('Có 12 hộ.');
    const text = `${'a'.repeat(500)}[12]${'b'.repeat(500)}`;
    const s = snippetOf(text, 500, 504);
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s).toContain('[12]');
    expect(snippetOf(text, 0, 2)).toMatch(/^a{100}.*…$/);
    expect(snippetOf(text, 1002, 1004)).toMatch(/^….*b{100}$/);
    expect(snippetOf(text, 0, 1004)).toMatch(/^a{198}…$/);
  });
});

describe('the audit JSON of a document', () => {
  it('holds each passage once; figures, indicators and evidence point into it by block and span', async () => {
    const json = await auditJson('UBND XÃ AN BÌNH\nBÁO CÁO\nNăm 2024\nCó 21/22 cán bộ được trang bị máy tính, đạt tỉ lệ 100%; 05 xã, 120 hồ sơ.\n');
    const [doc] = AuditOut.parse(JSON.parse(json)).documents;
    const blocks = doc.passages.map((p) => p.block);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(doc.passages.filter((p) => p.text.startsWith('Có 21/22'))).toHaveLength(1);
    const text = (block: number) => doc.passages.find((p) => p.block === block)!.text;
    expect(doc.figures.map((f) => f.raw)).toEqual(['21/22', '100%', '05', '120']);
    for (const f of doc.figures) {
      expect(text(f.block).slice(f.from, f.to)).toBe(f.raw);
      expect(f.snippet).toBe(text(f.block));
    }
    for (const i of doc.indicators) expect(text(i.block).slice(i.from, i.to).length).toBeGreaterThan(0);
    const finding = doc.findings.find((f) => f.rule === 'percent-mismatch')!;
    const e = finding.evidence[0];
    expect(text(e.block).slice(e.offset!, e.offset! + e.quote.length)).toBe(e.quote);
    expect(json).not.toMatch(/"text": "Có 21\/22[^"]*"[\s\S]*"text": "Có 21\/22/);
  });

  it('grows linearly with a one-line report: 10× the line is about 10× the JSON, and the line is written once', async () => {
    const [small, large] = [oneLine(10_000), oneLine(100_000)];
    const [a, b] = [await auditJson(small), await auditJson(large)];
    const doc = AuditOut.parse(JSON.parse(b)).documents[0];
    expect(doc.passages.filter((p) => p.text.length > 90_000)).toHaveLength(1);
    expect(doc.figures.length).toBeGreaterThan(500);
    for (const f of doc.figures) expect(f.snippet.length).toBeLessThanOrEqual(200);
    // Before, every figure and indicator carried the whole line: 1,200 × 100 KB, 100 times the JSON of the short line.
    expect(b.length / a.length).toBeLessThan(12);
    // The line once, then at most 1 KB for each figure, indicator and evidence (fields, a 200-character snippet).
    const items = doc.figures.length + doc.indicators.length + doc.findings.reduce((n, f) => n + f.evidence.length, 0);
    expect(Buffer.byteLength(b)).toBeLessThan(2 * Buffer.byteLength(large) + 1_000 * items);
  }, 120_000);
});
