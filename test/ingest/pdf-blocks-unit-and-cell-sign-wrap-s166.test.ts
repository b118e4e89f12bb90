/**
 * PDF lines → blocks (s166): a number's unit symbol wrapped onto the next line ("… rộng 3,5" / "m, cao 2 m, …") is no
 * "m," list item, and a sign left alone at the end of a bordered cell's line ("| -" / "8,4 |") joins its number without a
 * space. Lines written for this test, laid out by hand (text column 72–523, 12 pt, 23 pt between baselines).
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/ingest/pdf-blocks.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

function line(y: number, x0: number, x1: number, text: string): PdfLine {
  return { page: 1, y, size: 12, x0, x1, segments: [{ x0, x1, text }], startsWithNote: false };
}

describe('wrapped unit symbols and cell signs in a pdf (s166)', () => {
  it('joins a line opening with a unit symbol to the number ending the full line above', () => {
    const page = [
      line(760, 72, 300, '2. Nhà văn hóa'),
      line(737, 72, 523, 'Các nhà văn hóa thôn được xây mới theo mẫu chung, cửa chính rộng 3,5'),
      line(714, 72, 400, 'm, cao 2,8 m, nền lát gạch men 40 x 40 cm.'),
      line(691, 72, 523, 'Kinh phí xây dựng do ngân sách xã và nhân dân cùng đóng góp, tổng cộng'),
      line(668, 72, 200, '1,2 tỷ đồng.'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      '2. Nhà văn hóa',
      'Các nhà văn hóa thôn được xây mới theo mẫu chung, cửa chính rộng 3,5 m, cao 2,8 m, nền lát gạch men 40 x 40 cm.',
      'Kinh phí xây dựng do ngân sách xã và nhân dân cùng đóng góp, tổng cộng 1,2 tỷ đồng.',
    ]);
  });
  it('still starts a letter item after a short heading ending in a number, or an item whose text opens with a capital', () => {
    const page = [
      line(760, 72, 320, '1. Nhiệm vụ năm 2026'),
      line(737, 72, 523, 'a, kiểm tra các cơ sở kinh doanh hàng hóa, dịch vụ trên địa bàn xã theo'),
      line(714, 72, 300, 'kế hoạch đã ban hành;'),
      line(691, 72, 523, 'Trong quý, đoàn kiểm tra liên ngành đã kiểm tra các cơ sở số 4 và số 2'),
      line(668, 72, 523, 'c, Tuyên truyền về an toàn thực phẩm tại 8 thôn bằng hệ thống loa truyền'),
      line(645, 72, 200, 'thanh của xã.'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual([
      '1. Nhiệm vụ năm 2026',
      'a, kiểm tra các cơ sở kinh doanh hàng hóa, dịch vụ trên địa bàn xã theo kế hoạch đã ban hành;',
      'Trong quý, đoàn kiểm tra liên ngành đã kiểm tra các cơ sở số 4 và số 2',
      'c, Tuyên truyền về an toàn thực phẩm tại 8 thôn bằng hệ thống loa truyền thanh của xã.',
    ]);
  });
  it('joins a sign closing a bordered cell\'s line to the number on the next line', () => {
    const page = [
      line(760, 72, 523, '| 2 | Kinh phí sửa chữa cống | 1 200 | 1 100 | -'),
      line(737, 72, 120, '8,3 |'),
    ];
    expect(buildBlocks([page]).map((b) => b.text)).toEqual(['| 2 | Kinh phí sửa chữa cống | 1 200 | 1 100 | -8,3 |']);
  });
});
