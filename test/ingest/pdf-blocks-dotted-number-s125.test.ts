import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// Session 25 (holdout125): a sentence wrapped just before a dotted number. Sentences written for this test.
describe('a sentence wrapped before a dotted number and the lower-case noun it counts', () => {
  it('keeps the number with its sentence, while a dotted heading with a capital after a finished line stays a heading', () => {
    // Hand-checked: "… Nhà thi đấu huyện phục vụ" / "8.4.25 lượt người …" is one sentence (a garbled 8.425); "2.1.3 Kết quả …"
    // after a full stop opens a heading.
    const texts = buildBlocks([[
      line(760, [72, 538, 'Trong quý, bể bơi và sân bóng của Nhà thi đấu huyện đã mở cửa liên tục và phục vụ']),
      line(746, [72, 538, '8.4.25 lượt người đến tập luyện, chủ yếu là học sinh trong dịp nghỉ hè và cán bộ hưu']),
      line(732, [72, 200, 'trí của các xã.']),
      line(709, [72, 300, '2.1.3 Kết quả thi đấu']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Trong quý, bể bơi và sân bóng của Nhà thi đấu huyện đã mở cửa liên tục và phục vụ 8.4.25 lượt người đến tập luyện, chủ yếu là học sinh trong dịp nghỉ hè và cán bộ hưu trí của các xã.',
      '2.1.3 Kết quả thi đấu',
    ]);
  });
});
