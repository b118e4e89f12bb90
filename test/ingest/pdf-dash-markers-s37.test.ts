/**
 * PDF lines → blocks (s37): a heading line opening with a marker closed by an em dash ("3 — Trồng rừng"), a Roman numeral
 * with a title in capitals glued to its dash ("IV-KIẾN NGHỊ") or a letter with its title glued ("b-Về giống") starts its
 * own paragraph even under a full line ending a sentence; a wrapped line opening with a word spelled so ("e-Office …")
 * after an unfinished line stays the continuation of its sentence.
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const SIZE = 12;
function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: SIZE, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('dash markers in a pdf', () => {
  it('open their own paragraph under a full line ending a sentence', () => {
    const texts = buildBlocks([[
      line(760, 72, 538, 'Năm 2026 toàn xã trồng mới 46 ha rừng tập trung, tỷ lệ cây sống đạt trên 90% ở các lô.'),
      line(746, 72, 220, '3 — Trồng cây phân tán'),
      line(723, 72, 538, 'Trồng 12.000 cây phân tán dọc các tuyến đường liên thôn và khuôn viên trường học xã.'),
      line(709, 72, 180, 'b-Về giống cây trồng'),
      line(686, 72, 538, 'Vườn ươm của hợp tác xã cung ứng 60.000 cây giống keo lai có nguồn gốc rõ ràng.'),
      line(672, 72, 200, 'IV-KIẾN NGHỊ'),
    ]]).map((b) => b.text);
    expect(texts).toEqual([
      'Năm 2026 toàn xã trồng mới 46 ha rừng tập trung, tỷ lệ cây sống đạt trên 90% ở các lô.',
      '3 — Trồng cây phân tán',
      'Trồng 12.000 cây phân tán dọc các tuyến đường liên thôn và khuôn viên trường học xã.',
      'b-Về giống cây trồng',
      'Vườn ươm của hợp tác xã cung ứng 60.000 cây giống keo lai có nguồn gốc rõ ràng.',
      'IV-KIẾN NGHỊ',
    ]);
  });

  it('a wrapped line opening with "e-Office" after an unfinished line continues its sentence', () => {
    const texts = buildBlocks([[
      line(760, 72, 538, 'Văn phòng Ủy ban nhân dân xã đã chuyển toàn bộ văn bản đi, đến sang phần mềm'),
      line(746, 72, 400, 'e-Office Tỉnh từ tháng 3, rút ngắn thời gian xử lý.'),
    ]]).map((b) => b.text);
    expect(texts).toEqual(['Văn phòng Ủy ban nhân dân xã đã chuyển toàn bộ văn bản đi, đến sang phần mềm e-Office Tỉnh từ tháng 3, rút ngắn thời gian xử lý.']);
  });
});
