import { describe, expect, it } from 'vitest';
import type { Block, Source } from '../../src/model/index.js';
import { extractFigures } from '../../src/extract/figures.js';

/** A source of paragraphs and table rows (cells split by tabs), scanned (OCR'd page 1) or typed. */
function source(lines: string[], ocr: boolean): Source {
  let at = 0;
  const blocks: Block[] = lines.map((text, index) => {
    const span = { start: at, end: at + text.length, line: index + 1, page: 1 };
    at += text.length + 1;
    const cells = text.includes('\t') ? text.split('\t') : undefined;
    return cells ? { index, kind: 'row', text, cells, table: 0, row: index, span } : { index, kind: 'paragraph', text, span };
  });
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: lines.join('\n'), blocks, pages: 1, warnings: [], ...(ocr ? { ocrPages: [1] } : {}) } as Source;
}

describe('the grouping of thousands on a scan', () => {
  const lines = [
    'Trường có khuôn viên 12 480 m², sân chơi 3 150 m² và vườn trường 1 260 m².',
    'Hạng mục\tDiện tích (m²)',
    'Nhà học\t4170',
    'Nhà đa năng\t11250',
  ];
  const values = (s: Source) => extractFigures(s, s.blocks.map(() => null)).figures.filter((f) => f.block === 0).map((f) => f.value);

  it('is read from the prose, not from table cells Tesseract read as one word', () => {
    expect(values(source(lines, true))).toEqual([12480, 3150, 1260]);
  });

  it('still counts the typed table of a text PDF', () => {
    expect(values(source(lines, false))).not.toEqual([12480, 3150, 1260]);
  });
});
