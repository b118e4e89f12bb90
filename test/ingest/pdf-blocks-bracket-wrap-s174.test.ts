import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A bracketed list wrapped before its last member, whose ")" closes the bracket the line above left open: no "5)" item.
// Sentences written for this test.
describe('a bracket left open at a wrap, closed by a number on the next line', () => {
  it('keeps "… (nhiệm vụ 1, 2, 3," / "5) và còn …" one paragraph', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Trong 06 nhiệm vụ trọng tâm, xã đã hoàn thành 04 nhiệm vụ đúng tiến độ (nhiệm vụ 1, 2, 3,']),
      line(746, [72, 400, '5) và còn 02 nhiệm vụ đang triển khai (nhiệm vụ 4, 6).']),
      line(723, [72, 300, 'a) Công tác khuyến nông']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Trong 06 nhiệm vụ trọng tâm, xã đã hoàn thành 04 nhiệm vụ đúng tiến độ (nhiệm vụ 1, 2, 3, 5) và còn 02 nhiệm vụ đang triển khai (nhiệm vụ 4, 6).',
      'a) Công tác khuyến nông',
    ]);
  });

  it('still starts an item "2)" after a line whose brackets are all closed', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Xã đã hoàn thành 04 nhiệm vụ đúng tiến độ (nhiệm vụ 1, 3, 5 và 6), trong đó có các nội dung sau,']),
      line(746, [72, 400, '2) Công tác giao thông nông thôn được quan tâm.']),
    ]]).map((b) => b.text);
    expect(texts).toHaveLength(2);
  });
});
