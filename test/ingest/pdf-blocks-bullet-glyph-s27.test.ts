/**
 * PDF lines → blocks: a "•" bullet stays "•", as the txt and docx readers keep it, so a passage quoted from the report
 * ("• 42 hộ …") is found in every form; the other drawn glyphs ("●", "▪", "■") still read as the dash of a typed list.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('bullet glyphs of a pdf list (s27)', () => {
  it('keeps "•" with one space after it, and reads the other glyphs as "- "', () => {
    const page = [
      line(760, 72, 400, 'Kết quả trong quý như sau:'),
      line(737, 72, 400, '•  42 hộ được hỗ trợ cây giống;'),
      line(714, 72, 400, '● 17 hộ được vay vốn ưu đãi;'),
      line(691, 72, 400, '▪ 9 hộ thoát nghèo.'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      'Kết quả trong quý như sau:',
      '• 42 hộ được hỗ trợ cây giống;',
      '- 17 hộ được vay vốn ưu đãi;',
      '- 9 hộ thoát nghèo.',
    ]);
  });
});
