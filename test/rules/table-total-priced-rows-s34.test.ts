import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const totals = async (text: string) =>
  (await findingsOf('table-total-mismatch', text)).filter((f) => f.messageId === 'totalRowMismatch').map((f) => [f.data.column, f.data.stated, f.data.actual]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// A purchase list whose rows count different things ("bộ", "chiếc", "hộp") but whose value column is money: the table shows
// it (value / quantity = the unit price on every row), so the value column adds up across the rows' units.
describe('table-total-mismatch: the value column of a priced list adds up across row units (s34)', () => {
  const list = (total: string, price = 'Đơn giá') => rows(
    ['STT', 'Thiết bị', 'ĐVT', 'Số lượng', price, 'Thành tiền'],
    // Hand-checked: 15 × 2,4 = 36,0; 4 × 12,5 = 50,0; 30 × 0,3 = 9,0; 2 × 7,0 = 14,0; sum 109,0.
    ['1', 'Bàn ghế học sinh', 'bộ', '15', '2,4', '36,0'],
    ['2', 'Máy chiếu', 'chiếc', '4', '12,5', '50,0'],
    ['3', 'Phấn viết bảng', 'hộp', '30', '0,3', '9,0'],
    ['4', 'Tủ đựng hồ sơ', 'chiếc', '2', '7,0', '14,0'],
    ['', 'Tổng cộng', '', '', '', total],
  );

  it('flags a value total that is not the sum of the rows, whatever each row counts', async () => {
    expect(await totals(list('119,0'))).toEqual([['Thành tiền', 119, 109]]);
  });

  it('says nothing when the total adds up', async () => {
    expect(await totals(list('109,0'))).toEqual([]);
  });

  it('still never adds rows of different units when no price column shows the value to be money', async () => {
    // Without a price the fifth column may hold each row's own quantity ("bộ", "chiếc", "hộp"): unread.
    expect(await totals(list('119,0', 'Ghi chú số'))).toEqual([]);
  });
});
