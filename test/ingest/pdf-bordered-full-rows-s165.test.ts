/**
 * PDF lines → blocks: a table written between bars whose rows run to the right edge. A whole row (closed by a bar, as many
 * cells as the header) followed by a line opening with a bar is two rows, not a wrapped line; a row cut at the edge still
 * takes in its rest. Written for this test; coordinates laid out by hand (text from 72 to the edge at 523).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('a bordered table whose rows fill the line in a pdf (s165)', () => {
  it('keeps a whole row and the row below it apart, and joins a row cut at the edge to its rest', () => {
    const page = [
      line(760, 72, 523, 'Trạm bơm vận hành đều trong vụ, các tổ dịch vụ thủy nông bảo đảm tưới cho toàn bộ diện'),
      line(737, 72, 300, 'tích lúa của xã.'),
      line(714, 72, 400, 'Bảng 1. Diện tích tưới theo trạm bơm'),
      line(691, 72, 470, '| STT | Trạm bơm | Diện tích (ha) | Số giờ chạy | Điện năng (kWh) |'),
      line(668, 72, 220, '|---|---|---|---|---|'),
      line(645, 72, 522, '| 1 | Trạm bơm Đồng Cao | 145,5 | 1.260 | 48.300 |'),
      line(622, 72, 523, '| 2 | Trạm bơm Cống Mới ven đê | 98,0 | 870 | 31.150 |'),
      line(599, 72, 521, '| 3 | Trạm bơm Bãi Giữa kiêm tiêu úng | 62,5 |'),
      line(576, 72, 160, '540 | 19.800 |'),
      line(553, 72, 400, '| | Tổng cộng | 306,0 | 2.670 | 99.250 |'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      'Trạm bơm vận hành đều trong vụ, các tổ dịch vụ thủy nông bảo đảm tưới cho toàn bộ diện tích lúa của xã.',
      'Bảng 1. Diện tích tưới theo trạm bơm',
      '| STT | Trạm bơm | Diện tích (ha) | Số giờ chạy | Điện năng (kWh) |',
      '|---|---|---|---|---|',
      '| 1 | Trạm bơm Đồng Cao | 145,5 | 1.260 | 48.300 |',
      '| 2 | Trạm bơm Cống Mới ven đê | 98,0 | 870 | 31.150 |',
      '| 3 | Trạm bơm Bãi Giữa kiêm tiêu úng | 62,5 | 540 | 19.800 |',
      '| | Tổng cộng | 306,0 | 2.670 | 99.250 |',
    ]);
  });
});
