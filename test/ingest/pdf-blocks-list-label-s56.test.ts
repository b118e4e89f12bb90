/**
 * PDF lines → blocks: a bulleted list drawn by Word or LibreOffice puts its bullet glyph apart from the text, at a tab
 * stop before a hanging indent; that label reads "- ", as the docx reader gives a bullet level and the txt form types the
 * item, so a list item reads (and is quoted) the same in every form. A "•" typed in the text (one run with it) stays "•".
 * And a bare number ending a page one line step under "… 2024-" finishes that range: it is no page number.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine, PdfSegment } from '../../src/ingest/pdf-lines.js';

function line(y: number, ...segments: Array<[number, number, string]>): PdfLine {
  const segs: PdfSegment[] = segments.map(([x0, x1, text]) => ({ x0, x1, text }));
  return { page: 1, y, size: 12, x0: segs[0].x0, x1: segs[segs.length - 1].x1, segments: segs, startsWithNote: false };
}

const texts = (pages: PdfLine[][]) => buildBlocks(pages).map((b) => b.text);

describe('a list label drawn apart from its text (s56)', () => {
  it('reads a "•" set at a tab stop before its text as "- ", like the txt line', () => {
    const page = [
      line(760, [72, 400, 'Công tác y tế dự phòng trong quý:']),
      line(737, [84, 91, '•'], [108, 420, 'Khám sàng lọc 1.245 lượt người cao tuổi;']),
      line(714, [84, 91, '•'], [108, 380, 'Tiêm chủng đủ liều cho 312 trẻ;']),
      line(691, [84, 91, '▪'], [108, 360, '27 ca sốt xuất huyết được điều trị.']),
    ];
    expect(texts([page])).toEqual([
      'Công tác y tế dự phòng trong quý:',
      '- Khám sàng lọc 1.245 lượt người cao tuổi;',
      '- Tiêm chủng đủ liều cho 312 trẻ;',
      '- 27 ca sốt xuất huyết được điều trị.',
    ]);
  });

  it('reads a "•" alone on its line, above its text, as "- "', () => {
    const page = [
      line(760, [72, 400, 'Kết quả chi trả bảo hiểm xã hội:']),
      line(737, [84, 91, '•']),
      line(725, [108, 430, 'Chi trả lương hưu cho 1.830 người.']),
    ];
    expect(texts([page])).toEqual(['Kết quả chi trả bảo hiểm xã hội:', '- Chi trả lương hưu cho 1.830 người.']);
  });

  it('keeps a "•" typed in the text run as "•" (a look-alike: the report wrote the glyph itself)', () => {
    const page = [
      line(760, [72, 400, 'Thu ngân sách 6 tháng:']),
      line(737, [72, 430, '• Thuế giá trị gia tăng 3.250 triệu đồng;']),
      line(714, [72, 430, '• Phí, lệ phí 415 triệu đồng.']),
    ];
    expect(texts([page])).toEqual(['Thu ngân sách 6 tháng:', '• Thuế giá trị gia tăng 3.250 triệu đồng;', '• Phí, lệ phí 415 triệu đồng.']);
  });
});

describe('a range wrapped onto a page\'s last line (s56)', () => {
  it('joins "2024-" and the bare "2025" under it instead of dropping "2025" as a page number', () => {
    const page = [
      line(120, [72, 525, 'Bảng 2. Số trẻ được tiêm chủng đầy đủ theo xã, năm học 2024-']),
      line(106, [72, 98, '2025']),
    ];
    expect(texts([page])).toEqual(['Bảng 2. Số trẻ được tiêm chủng đầy đủ theo xã, năm học 2024-2025']);
  });

  it('still drops a page number set in the footer, far below a line ending in a dash', () => {
    const page = [
      line(760, [72, 400, 'Diện tích lúa vụ Đông Xuân 2023-']),
      line(746, [72, 300, '2024 đạt 1.250 ha.']),
      line(120, [72, 500, 'Sản lượng ước đạt 7.800 tấn, giai đoạn 2021-']),
      line(40, [290, 302, '12']),
    ];
    expect(texts([page])).toEqual(['Diện tích lúa vụ Đông Xuân 2023-2024 đạt 1.250 ha.', 'Sản lượng ước đạt 7.800 tấn, giai đoạn 2021-']);
  });

  it('still drops a page number one line under a finished sentence', () => {
    const page = [
      line(130, [72, 400, 'Tổng số hộ nghèo còn 214 hộ.']),
      line(116, [72, 84, '7']),
    ];
    expect(texts([page])).toEqual(['Tổng số hộ nghèo còn 214 hộ.']);
  });
});
