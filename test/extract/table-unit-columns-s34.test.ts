/**
 * A table may state the scale of its amounts without a note above it: in a column header's brackets ("Vốn đầu tư (tỷ
 * đồng)") or in a row's ĐVT cell ("Triệu đồng"). The cells' bare numbers take that unit, their values kept as written,
 * so "35,8" under "(tỷ đồng)" means 35 800 000 000 đồng. The reports below were written for this test (irrigation works,
 * a farm extension programme); every value was checked by hand.
 */
import { describe, expect, test } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { extractFigures } from '../../src/extract/figures.js';
import { headerScaledUnit } from '../../src/extract/table-unit-notes.js';

async function cells(text: string) {
  const r = await ingestBytes('units.txt', new TextEncoder().encode(text));
  if (!r.ok) throw new Error('not read');
  const { figures } = extractFigures(r.source, r.source.blocks.map(() => 0));
  return figures.filter((f) => f.cell !== null).map((f) => [f.raw, f.value, f.unit]);
}

describe('a scale stated by a column header or a row ĐVT cell (s34)', () => {
  test('a header bracket naming a scaled money unit scales its column, and no other', async () => {
    const report = [
      'Kết quả đầu tư công trình thủy lợi:',
      'STT\tCông trình\tChiều dài kênh (m)\tVốn đầu tư (tỷ đồng)',
      '1\tKênh N3 Đông Sơn\t1.460\t35,8',
      '2\tTrạm bơm Yên Thái\t320\t12,45',
      '\tCộng\t1.780\t48,25',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['1.460', 1460, null], ['35,8', 35.8, 'tỷ đồng'],
      ['320', 320, null], ['12,45', 12.45, 'tỷ đồng'],
      ['1.780', 1780, null], ['48,25', 48.25, 'tỷ đồng'],
    ]);
  });

  test('a row whose ĐVT cell names a scaled unit scales its amounts but not its rate', async () => {
    const report = [
      'STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)',
      '1\tHỗ trợ giống cây trồng\tTriệu đồng\t480\t452,6\t94,3',
      '2\tDiện tích chuyển đổi\tha\t36\t41,5\t115,3',
      '',
    ].join('\n');
    expect(await cells(report)).toEqual([
      ['480', 480, 'triệu đồng'], ['452,6', 452.6, 'triệu đồng'], ['94,3', 94.3, null],
      ['36', 36, null], ['41,5', 41.5, null], ['115,3', 115.3, null],
    ]);
  });

  test('headers with no scaled unit change nothing', async () => {
    const report = [
      'STT\tHạng mục\tDiện tích (ha)\tNăng suất (tạ/ha)\tSố hộ (hộ)',
      '1\tVùng lúa chất lượng cao\t64,2\t61,5\t318',
      '',
    ].join('\n');
    expect((await cells(report)).map((c) => c[2])).toEqual([null, null, null]);
  });

  test('the one scaled unit of a header\'s brackets', () => {
    expect(headerScaledUnit('Kinh phí hỗ trợ (Triệu đồng)')).toBe('triệu đồng');
    expect(headerScaledUnit('6 tháng 2025 (nghìn đồng)')).toBe('nghìn đồng');
    expect(headerScaledUnit('Sản lượng (tấn)')).toBeNull();
    expect(headerScaledUnit('Số tiền (1.000 đồng)')).toBeNull();
  });
});
