import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: SIZE, x0: 72, x1, segments: [{ x0: 72, x1, text }], startsWithNote: false };
}

// A document that sets its paragraphs apart by a gap (23 pt between paragraphs, 14 pt between wrapped lines): three
// paragraphs whose last line stops short after a full stop, each followed by the next one's gap. Sentences written for
// this test (another commune, another topic than the fixture).
const opening = (gapAfterFirst: number) => [
  line(760, 536, 'Năm 2025, xã tổ chức 14 lớp tập huấn chuyển giao khoa học kỹ thuật cho nông dân các'),
  line(746, 300, 'thôn, thu hút 1.120 lượt người tham gia.'),
  line(746 - gapAfterFirst, 534, 'Hội Nông dân xã phối hợp với Trạm Khuyến nông huyện xây dựng 02 mô hình trồng rau'),
  line(732 - gapAfterFirst, 260, 'an toàn tại thôn Bắc và thôn Nam.'),
];
const closing = (y: number) => line(y, 450, 'Trạm Y tế xã duy trì khám chữa bệnh thường xuyên, đạt chuẩn quốc gia về y tế.');

describe('a spaced dash of a pair of names wrapped to the next line of prose, in a document that spaces its paragraphs', () => {
  it('joins the dash line to the prose when it sits at the plain line step under an unfinished full-width line', () => {
    const texts = buildBlocks([[
      ...opening(23),
      line(686, 536, 'Công tác văn hóa, thể thao được duy trì; xã cử 02 đội tham dự Hội thao do Sở Văn hóa'),
      line(672, 535, '- Thể thao và Du lịch tỉnh tổ chức, đạt 01 giải Nhì môn kéo co. Nhà văn hóa các thôn'),
      line(658, 250, 'được sửa chữa, bổ sung trang thiết bị.'),
      closing(635),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Năm 2025, xã tổ chức 14 lớp tập huấn chuyển giao khoa học kỹ thuật cho nông dân các thôn, thu hút 1.120 lượt người tham gia.',
      'Hội Nông dân xã phối hợp với Trạm Khuyến nông huyện xây dựng 02 mô hình trồng rau an toàn tại thôn Bắc và thôn Nam.',
      'Công tác văn hóa, thể thao được duy trì; xã cử 02 đội tham dự Hội thao do Sở Văn hóa - Thể thao và Du lịch tỉnh tổ chức, đạt 01 giải Nhì môn kéo co. Nhà văn hóa các thôn được sửa chữa, bổ sung trang thiết bị.',
      'Trạm Y tế xã duy trì khám chữa bệnh thường xuyên, đạt chuẩn quốc gia về y tế.',
    ]);
  });

  it('keeps the dash items of a list after a full-width line closed by a colon, and after an item that filled its line', () => {
    const texts = buildBlocks([[
      ...opening(23),
      line(686, 536, 'Hưởng ứng Tháng hành động vì trẻ em, Đoàn xã triển khai các hoạt động trọng tâm sau:'),
      line(672, 536, '- Hội thi tìm hiểu kiến thức phòng chống đuối nước dành cho học sinh tiểu học trong xã'),
      line(658, 330, '- Giải bóng đá thiếu niên nhi đồng các thôn năm 2025'),
      closing(635),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Năm 2025, xã tổ chức 14 lớp tập huấn chuyển giao khoa học kỹ thuật cho nông dân các thôn, thu hút 1.120 lượt người tham gia.',
      'Hội Nông dân xã phối hợp với Trạm Khuyến nông huyện xây dựng 02 mô hình trồng rau an toàn tại thôn Bắc và thôn Nam.',
      'Hưởng ứng Tháng hành động vì trẻ em, Đoàn xã triển khai các hoạt động trọng tâm sau:',
      '- Hội thi tìm hiểu kiến thức phòng chống đuối nước dành cho học sinh tiểu học trong xã',
      '- Giải bóng đá thiếu niên nhi đồng các thôn năm 2025',
      'Trạm Y tế xã duy trì khám chữa bệnh thường xuyên, đạt chuẩn quốc gia về y tế.',
    ]);
  });

  it('still starts a dash item when one paragraph of the document follows the one above at the plain line step', () => {
    const texts = buildBlocks([[
      ...opening(14),
      line(695, 536, 'Công tác văn hóa, thể thao được duy trì; xã cử 02 đội tham dự Hội thao do Sở Văn hóa'),
      line(681, 535, '- Thể thao và Du lịch tỉnh tổ chức, đạt 01 giải Nhì môn kéo co. Nhà văn hóa các thôn'),
      line(667, 250, 'được sửa chữa, bổ sung trang thiết bị.'),
      closing(644),
    ]]).map((b) => b.text);
    expect(texts).toHaveLength(5);
    expect(texts[3]).toBe('- Thể thao và Du lịch tỉnh tổ chức, đạt 01 giải Nhì môn kéo co. Nhà văn hóa các thôn được sửa chữa, bổ sung trang thiết bị.');
  });
});
