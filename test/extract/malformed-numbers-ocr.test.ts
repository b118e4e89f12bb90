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

describe('a doubled mark on a scanned page', () => {
  const line = 'Doanh thu dịch vụ đạt 46,,8 triệu đồng trong quý.';
  const at = line.indexOf('46,,8');
  const scanned = (conf: number, alt?: string): Source => {
    const s = pdf([line], [1]);
    s.blocks[0].ocr = { confidence: conf, words: [{ start: at, end: at + 5, conf, ...(alt ? { alt } : {}) }] };
    return s;
  };

  it('is read when Tesseract was sure of its word and the second reading agrees', () => {
    expect(readMalformedNumbers({ source: scanned(93) }).map((m) => m.raw)).toEqual(['46,,8']);
  });

  it('is left when the word was read unsure, or read again with other digits', () => {
    expect(readMalformedNumbers({ source: scanned(84) })).toEqual([]);
    expect(readMalformedNumbers({ source: scanned(95, '46,3') })).toEqual([]);
  });
});

