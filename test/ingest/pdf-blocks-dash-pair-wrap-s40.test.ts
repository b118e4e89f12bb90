import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A numbered task whose pair of names joined by a spaced dash ("Văn hóa - Thể thao") wrapped before the dash: the dash
// line hangs under the item's text, past its number, and is the item's rest, no dash item. Sentences written for this test.
describe('a spaced dash of a pair of names wrapped to the next line of a numbered item', () => {
  it('keeps the item whole when the dash line hangs under its text', () => {
    const texts = buildBlocks([[
      line(760, [84, 96, '1.'], [108, 520, 'Duy trì các lớp năng khiếu hè tại nhà văn hóa thôn.']),
      line(736, [84, 96, '2.'], [108, 536, 'Phối hợp tổ chức giải bóng chuyền chào mừng Ngày Văn hóa']),
      line(722, [108, 330, '- Thể thao các dân tộc Việt Nam (19/4).']),
      line(698, [84, 96, '3.'], [108, 500, 'Kiểm tra các cơ sở kinh doanh dịch vụ karaoke.']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      '1. Duy trì các lớp năng khiếu hè tại nhà văn hóa thôn.',
      '2. Phối hợp tổ chức giải bóng chuyền chào mừng Ngày Văn hóa - Thể thao các dân tộc Việt Nam (19/4).',
      '3. Kiểm tra các cơ sở kinh doanh dịch vụ karaoke.',
    ]);
  });

  it('still starts a dash item after a finished line, or one set at the margin under plain text', () => {
    const after = buildBlocks([[
      line(760, [84, 96, '2.'], [108, 536, 'Phối hợp tổ chức các hoạt động văn nghệ, thể dục thể thao, gồm:']),
      line(746, [108, 330, '- Giải bóng chuyền hơi nữ các thôn.']),
    ]]).map((b) => b.text);
    expect(after).toHaveLength(2);
    const plain = buildBlocks([[
      line(760, [72, 536, 'Nhà văn hóa các thôn được sửa chữa, bổ sung trang thiết bị phục vụ sinh hoạt cộng đồng']),
      line(746, [72, 330, '- Thôn Đông tổ chức 04 buổi giao lưu văn nghệ.']),
    ]]).map((b) => b.text);
    expect(plain).toHaveLength(2);
  });
});
