import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, size: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A list of amounts inside one sentence ("gồm: … ; … ; …") wrapped after a ";": the next line opens in small letters and is
// the list run on. A scan measures its type smaller than it is (its word boxes), so the test of whether the next word would
// have fitted on the line above must not cut the list there. Sentences written for this test.
describe('a clause closed by ";" with the next line opening in small letters', () => {
  // Body lines end near 540; the line ending in ";" stops 38 points short: the next word and a space would just have fitted by the tight measure.
  const body = (size: number, step: number, second: string) => buildBlocks([[
    line(760, size, [72, 538, 'Trong quý, trạm y tế đã tiêm chủng cho 1.245 lượt trẻ em và phụ nữ có thai, gồm: trẻ']),
    line(760 - step, size, [72, 540, 'dưới 1 tuổi 318 lượt; trẻ từ 1 đến 5 tuổi 402 lượt; phụ nữ có thai 291 lượt; học sinh']),
    line(760 - 2 * step, size, [72, 500, 'tiểu học 168 lượt; người lao động tại các cơ sở chế biến nông sản;']),
    line(760 - 3 * step, size, [72, 536, `${second} trẻ em thuộc diện tiêm vét 66 lượt. Không có trường hợp phản ứng`]),
    line(760 - 4 * step, size, [72, 300, 'nặng sau tiêm.']),
  ]]).map((b) => b.text);

  it('keeps the list in one paragraph on a scan whose type is measured small', () => {
    const texts = body(8.5, 14, 'nhóm');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('chế biến nông sản; nhóm trẻ em thuộc diện tiêm vét 66 lượt.');
  });

  it('still starts a paragraph at a capital after the ";" when the next word would have fitted', () => {
    const texts = body(8.5, 14, 'Nhóm');
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^Nhóm trẻ em/u);
  });
});
