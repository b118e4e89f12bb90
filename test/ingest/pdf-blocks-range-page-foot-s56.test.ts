import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// Session 56: a range of years broken after its dash at a page's foot ("… năm học 2024-" / "2025") ends on the page's last
// line, a lone number that is no page number. Sentences written for this test.
describe('a number ending a range on the last line of a page', () => {
  it('keeps "2025" under "… niên khóa 2024-" as the end of the range', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Kết quả tuyển sinh lớp 6 của các trường trung học cơ sở được tổng hợp cho niên khóa 2024-']),
      line(746, [72, 100, '2025']),
    ]]).map((b) => b.text);
    expect(texts).toEqual(['Kết quả tuyển sinh lớp 6 của các trường trung học cơ sở được tổng hợp cho niên khóa 2024-2025']);
  });

  it('still drops a page number set apart below the text', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Số hộ được hỗ trợ giống lúa trong vụ Đông Xuân là 1.245 hộ, tổng kinh phí 2021-']),
      line(700, [300, 310, '7']),
    ]]).map((b) => b.text);
    expect(texts).toEqual(['Số hộ được hỗ trợ giống lúa trong vụ Đông Xuân là 1.245 hộ, tổng kinh phí 2021-']);
  });
});
