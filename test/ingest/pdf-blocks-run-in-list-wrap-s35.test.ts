import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, ...segs: Array<[number, number, string]>): PdfLine {
  return { page: 1, y, size: SIZE, x0: segs[0][0], x1: segs[segs.length - 1][1], segments: segs.map(([x0, x1, text]) => ({ x0, x1, text })), startsWithNote: false };
}

// A list run into a sentence ("gồm: (1) …; (2) …; (3) …") wrapped before a member's marker: the marker whose forerunner
// stands inside the line above, after words, continues the paragraph. Sentences written for this test.
describe('a run-in list wrapped before one of its markers', () => {
  it('keeps "… (1) Cam Vinh; (2) Bưởi Diễn;" / "(3) Quýt hồng; …" one paragraph', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Hợp tác xã chọn 03 loại cây ăn quả để chuyển đổi trên đất vườn tạp: (1) Cam Vinh; (2) Bưởi Diễn;']),
      line(746, [72, 330, '(3) Quýt hồng. Thời gian trồng từ tháng 9/2026.']),
      line(723, [72, 300, 'b) Công tác thủy lợi']),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Hợp tác xã chọn 03 loại cây ăn quả để chuyển đổi trên đất vườn tạp: (1) Cam Vinh; (2) Bưởi Diễn; (3) Quýt hồng. Thời gian trồng từ tháng 9/2026.',
      'b) Công tác thủy lợi',
    ]);
  });

  it('keeps a lettered run-in list "a) …; b) …;" / "c) …" one paragraph', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, 'Ban quản lý đề ra ba việc cần làm ngay trong quý: a) nạo vét kênh tiêu; b) gia cố bờ bao;']),
      line(746, [72, 330, 'c) sửa trạm bơm số 2 trước mùa mưa.']),
    ]]).map((b) => b.text);
    expect(texts).toHaveLength(1);
  });

  it('still starts "(3)" anew under an item that opened its own paragraph with "(2)"', () => {
    const texts = buildBlocks([[
      line(760, [72, 538, '(1) Nạo vét 4,2 km kênh mương nội đồng.']),
      line(746, [72, 538, '(2) Gia cố 1,8 km bờ bao chống lũ tại các vùng trũng, hoàn thành trước ngày 30 tháng 8 năm']),
      line(732, [72, 538, '2026 bằng nguồn vốn của tỉnh và sự đóng góp của nhân dân trên địa bàn các thôn ven sông;']),
      line(718, [72, 330, '(3) Sửa chữa 02 trạm bơm điện.']),
    ]]).map((b) => b.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toBe('(3) Sửa chữa 02 trạm bơm điện.');
  });
});
