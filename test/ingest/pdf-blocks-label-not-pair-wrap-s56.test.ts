import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A numbered heading with no final stop, then a bulleted item whose "•" a word processor drew apart from its text at a tab
// stop (read "- "): the item is a list's item, not the rest of a pair of names wrapped before its dash ("Văn hóa - Thể
// thao"), so it neither joins the heading nor loses its own wrapped line. Sentences written for this test (health).
describe('a bullet glyph set apart from its text under an unfinished numbered heading', () => {
  it('starts its own item and keeps its wrapped line, in a document that sets its paragraphs apart', () => {
    // Paragraphs apart by a gap of 2.5 lines (three finished short lines followed by it); the bullet sits at the heading's
    // margin, its text at the heading's text.
    const texts = buildBlocks([[
      line(780, [72, 400, 'Trạm y tế xã báo cáo kết quả như sau.']),
      line(750, [72, 380, 'Công tác khám chữa bệnh được duy trì.']),
      line(720, [72, 390, 'Công tác dân số được triển khai đều.']),
      line(690, [84, 96, '2.'], [108, 536, 'Tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại trạm y tế xã']),
      line(676, [84, 90, '•'], [108, 536, 'Thực hiện Kế hoạch số 12/KH-TYT, trạm y tế xã Bình Minh đã tổ chức']),
      line(662, [108, 420, 'tiêm vắc xin cho 318 trẻ trong độ tuổi.']),
    ]]).map((b) => b.text);
    expect(texts.slice(3)).toEqual([
      '2. Tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại trạm y tế xã',
      '- Thực hiện Kế hoạch số 12/KH-TYT, trạm y tế xã Bình Minh đã tổ chức tiêm vắc xin cho 318 trẻ trong độ tuổi.',
    ]);
  });

  it('a dash typed in one run with its text under the item still reads as the wrapped pair of names', () => {
    const texts = buildBlocks([[
      line(760, [84, 96, '2.'], [108, 536, 'Phối hợp tổ chức giải bóng chuyền chào mừng Ngày Văn hóa']),
      line(746, [108, 330, '- Thể thao các dân tộc Việt Nam (19/4).']),
    ]]).map((b) => b.text);
    expect(texts).toEqual(['2. Phối hợp tổ chức giải bóng chuyền chào mừng Ngày Văn hóa - Thể thao các dân tộc Việt Nam (19/4).']);
  });
});
