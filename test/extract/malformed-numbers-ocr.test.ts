import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/model/index.js';
import { marksMisread, readMalformedNumbers } from '../../src/extract/malformed-numbers.js';

/** A pdf source of one paragraph a page; the pages listed in `ocr` were read by OCR. */
function pdf(lines: string[], ocr: number[]): Source {
  let at = 0;
  const blocks = lines.map((text, index) => {
    const start = at;
    at += text.length + 1;
    return { index, kind: 'paragraph' as const, text, span: { start, end: start + text.length, line: 1, page: index + 1 } };
  });
  return { path: 'x.pdf', format: 'pdf', sha256: '', encoding: 'utf-8', text: lines.join('\n'), pages: lines.length, warnings: [], blocks, ...(ocr.length ? { ocrPages: ocr } : {}) } as Source;
}

describe('broken separators on scanned pages', () => {
  it('reads a number no reading of its marks mends, on an OCR page as on a typed one', () => {
    const lines = ['Quỹ hỗ trợ nông dân đã giải ngân 7.12.450 nghìn đồng cho các hộ.', 'Hội Nông dân vận động được 2.4.300 hộ tham gia.'];
    const read = readMalformedNumbers({ source: pdf(lines, [2]) });
    expect(read.map((m) => [m.block, m.raw])).toEqual([[0, '7.12.450'], [1, '2.4.300']]);
  });

  it('leaves on an OCR page a doubled mark and a number that reads with one mark taken for the other', () => {
    const lines = ['Sản lượng cá nuôi đạt 38,,4 tấn trong năm.', 'Tổng chi đạt 24.615.7 triệu đồng, bằng dự toán.'];
    expect(readMalformedNumbers({ source: pdf(lines, [1, 2]) })).toEqual([]);
    // Typed, both are broken.
    expect(readMalformedNumbers({ source: pdf(lines, []) }).map((m) => m.raw)).toEqual(['38,,4', '24.615.7']);
  });

  it('tells which marks a misreading mends', () => {
    expect(marksMisread('24.615.7')).toBe(true);
    expect(marksMisread('5,318,2')).toBe(true);
    expect(marksMisread('7.12.450')).toBe(false);
    expect(marksMisread('9.8.1')).toBe(false);
  });
});
