import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('a table whose columns are periods, beside the text', () => {
  // The report covers nine months; its quarter columns hold each quarter's amounts, its rate row percents.
  const report = 'BÁO CÁO\nKết quả công tác cấp nước 9 tháng đầu năm 2025\n'
    + 'Trong 9 tháng, công ty lắp đặt 1.530 đồng hồ nước mới; số khách hàng thanh toán qua ngân hàng là 3.412 hộ.\n'
    + rows(
      ['Nội dung', 'Quý I', 'Quý II', 'Quý III', '9 tháng'],
      ['Đồng hồ nước lắp đặt mới', '480', '505', '545', '1.530'],
      ['Khách hàng thanh toán qua ngân hàng', '1.050', '1.130', '1.232', '3.412'],
      ['Khách hàng sử dụng nước', '5.120', '5.240', '5.366', '15.726'],
      ['Tỷ lệ thanh toán qua ngân hàng (%)', '20,51', '21,56', '22,96', '21,70'],
    );

  it('never holds a quarter cell against the figure the text states for the whole period', async () => {
    // Hand-checked: 1.020 + 1.130 + 1.150 = 3.300 received, 1.002 + 1.100 + 1.108 = 3.210 handled, as the text says; each
    // quarter's cell is that quarter's quantity (before, each was told to conflict with the nine months' 3.300).
    const letters = 'BÁO CÁO\nKết quả giải quyết đơn thư 9 tháng đầu năm 2025\n\n1. Kết quả\n'
      + 'Trong 9 tháng, Ban tiếp công dân tiếp nhận 3.300 đơn thư. Đã xử lý 3.210 đơn thư, trong đó đúng hạn 3.150 đơn thư, quá hạn 60 đơn thư.\n'
      + rows(
        ['Nội dung', 'Quý I', 'Quý II', 'Quý III', '9 tháng'],
        ['Đơn thư tiếp nhận', '1.020', '1.130', '1.150', '3.300'],
        ['Đơn thư đã xử lý', '1.002', '1.100', '1.108', '3.210'],
        ['- Đúng hạn', '980', '1.082', '1.088', '3.150'],
        ['- Quá hạn', '22', '18', '20', '60'],
      );
    expect(await findingsOf('repeated-value-conflict', letters)).toEqual([]);
    expect(await findingsOf('repeated-value-conflict', report)).toEqual([]);
  });

  it('reads the cells of a rate row as percents, never against a count of the text', async () => {
    // Hand-checked: 1.050/5.120 = 20,51%, 1.130/5.240 = 21,56%, 1.232/5.366 = 22,96%, 3.412/15.726 = 21,70%.
    expect(await findingsOf('table-total-mismatch', report)).toEqual([]);
  });
});

describe('percent-mismatch with a nearer whole of the same noun', () => {
  it('takes the share of the amount written between the claim whole and the part', async () => {
    // Hand-checked: 4.018/4.120 = 97,52% (the share is of the 4.120 resolved, not of the 5.300 received: 75,81%).
    const text = 'Bộ phận một cửa tiếp nhận 5.300 hồ sơ, trong đó trực tuyến 3.180 hồ sơ, chiếm 60,00%; đã giải quyết 4.120 hồ sơ, đúng hạn 4.018 hồ sơ, đạt 97,52%.\n';
    expect(await findingsOf('percent-mismatch', text)).toEqual([]);
    // Hand-checked: 4.018/4.120 = 97,52%, 4.018/5.300 = 75,81%: 95,52% fits neither.
    expect((await findingsOf('percent-mismatch', text.replace('97,52', '95,52'))).length).toBe(1);
  });
});
