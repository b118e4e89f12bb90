import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

// Pupils and classes of four schools; a subtotal adds the last three, the grand total all four.
const schools = (subtotal: string, value: string, total = '1.875') => rows(
  ['STT', 'Trường', 'Số học sinh', 'Số lớp'],
  ['1', 'Trường Mầm non Hoa Sen', '320', '12'],
  ['2', 'Trường Tiểu học Kim Đồng', '540', '18'],
  ['3', 'Trường Tiểu học Lê Lợi', '410', '14'],
  ['4', 'Trường THCS Nguyễn Du', '605', '16'],
  ['', subtotal, value, '48'],
  ['', 'Tổng cộng', total, '60'],
);

describe('table-total-mismatch on a subtotal of some rows', () => {
  it('checks a subtotal naming its STT range against those rows only', async () => {
    // Hand-checked: 540 + 410 + 605 = 1.555 and 18 + 14 + 16 = 48 (rows 2 to 4); 320 + 1.555 = 1.875, 12 + 48 = 60.
    expect(await run(schools('Cộng 03 trường (từ 2 đến 4)', '1.555'))).toEqual([]);
  });

  it('flags a subtotal that misses the sum of the rows it names', async () => {
    // Hand-checked: rows 2 to 4 add up to 1.555 pupils, the subtotal says 1.565.
    const found = await run(schools('Cộng 03 trường (từ 2 đến 4)', '1.565'));
    expect(found.map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 1565, 1555]]);
  });

  it('adds the rows above a range subtotal, not the subtotal, into the grand total', async () => {
    // Hand-checked: 320 + 540 + 410 + 605 = 1.875, the grand total says 1.885.
    const found = await run(schools('Cộng 03 trường (từ 2 đến 4)', '1.555', '1.885'));
    expect(found.map((f) => [f.messageId, f.data.row, f.data.actual])).toEqual([['totalRowMismatch', 'Tổng cộng', 1875]]);
  });

  it('stays silent on a subtotal of "the rest" or of fewer rows than the block, which it does not name', async () => {
    expect(await run(schools('Cộng các trường còn lại', '1.555'))).toEqual([]);
    expect(await run(schools('Cộng 03 trường', '1.555'))).toEqual([]);
  });

  it('still checks a total whose number counts periods, not rows ("Cộng 6 tháng" over its quarters)', async () => {
    // Hand-checked: 1.240 + 1.385 = 2.625, the total says 2.652.
    const quarters = rows(['STT', 'Thời gian', 'Lượt khách'], ['1', 'Quý I', '1.240'], ['2', 'Quý II', '1.385'], ['', 'Cộng 6 tháng', '2.652']);
    const found = await run(quarters);
    expect(found.map((f) => [f.messageId, f.data.stated, f.data.actual])).toEqual([['totalRowMismatch', 2652, 2625]]);
  });
});
