/**
 * PDF lines → blocks (s36): a caption that ran to the edge of the text column ("Biểu 3. …") is not joined with the
 * bordered header line under it ("| TT | Xã | … |"): that line opens a table. A prose line wrapped onto a line that holds
 * a single bar is still joined. Lines written for this test, laid out by hand (text column 72–523, 12 pt, 23 pt between
 * baselines).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('a full-width caption above a bordered table in a pdf (s36)', () => {
  it('keeps the header line apart from the caption, its wrapped last cell joined to it', () => {
    const page = [
      line(760, 72, 523, 'Biểu 3. Số hộ được hỗ trợ cải tạo nhà ở năm 2026 theo xã (đơn vị tính: hộ gia đình)'),
      line(737, 72, 523, '| TT | Xã | Đăng ký | Được hỗ trợ | Tỷ lệ (%) |'),
      line(714, 72, 200, 'Trong đó: hộ nghèo |'),
      line(691, 72, 400, '|---|---|---|---|---|---|'),
      line(668, 72, 400, '| 1 | Xã Phú Mỹ | 30 | 24 | 80,0 | 9 |'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      'Biểu 3. Số hộ được hỗ trợ cải tạo nhà ở năm 2026 theo xã (đơn vị tính: hộ gia đình)',
      '| TT | Xã | Đăng ký | Được hỗ trợ | Tỷ lệ (%) | Trong đó: hộ nghèo |',
      '|---|---|---|---|---|---|',
      '| 1 | Xã Phú Mỹ | 30 | 24 | 80,0 | 9 |',
    ]);
  });
  it('still joins a prose line wrapped onto a line with one bar only', () => {
    const page = [
      line(760, 72, 523, 'Các hộ ghi rõ phương án cải tạo theo mẫu, đánh dấu lựa chọn bằng ký hiệu dấu'),
      line(737, 72, 300, '| giữa hai ô của phiếu.'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual(['Các hộ ghi rõ phương án cải tạo theo mẫu, đánh dấu lựa chọn bằng ký hiệu dấu | giữa hai ô của phiếu.']);
  });
});
