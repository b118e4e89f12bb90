import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A sentence wrapped after a level's word ("mức độ", "cấp"), the level's number opening the next line. Sentences written
// for this test.
describe('a sentence wrapped after a level word before its number', () => {
  it('keeps "… đạt mức độ" / "2. Trong năm …" one paragraph, while a numbered heading after a finished line stays one', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Tháng 9/2025, Hội đồng thẩm định của tỉnh đã công nhận xã đạt chuẩn phổ cập giáo dục mức độ']),
      line(746, [72, 300, '2. Trong năm, xã duy trì 100% trường đạt chuẩn.']),
      line(723, [72, 300, '2. Công tác khuyến học']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Tháng 9/2025, Hội đồng thẩm định của tỉnh đã công nhận xã đạt chuẩn phổ cập giáo dục mức độ 2. Trong năm, xã duy trì 100% trường đạt chuẩn.',
      '2. Công tác khuyến học',
    ]);
  });
});
