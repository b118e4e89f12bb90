import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Change and difference columns whose decreases are written in brackets, checked against their own rows by hand.
const run = (text: string) => findingsOf('table-total-mismatch', text);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const found = async (text: string) => (await run(text)).map((f) => [f.messageId, f.data.stated, f.data.actual]);

// Budget, a percent change: 7.736/8.000 − 1 = −3,3%; 7.800/7.500 − 1 = +4,0%; 1.900/2.000 − 1 = −5,0%;
// 1.100/1.000 − 1 = +10,0%; 42/40 − 1 = +5,0%.
const budget = (first: string, third: string) => rows(
  ['Chỉ tiêu', 'Năm 2023', 'Năm 2024', 'Tăng/giảm (%)'],
  ['Thu ngân sách xã', '8.000', '7.736', first], ['Chi thường xuyên', '7.500', '7.800', '4,0'], ['Huy động vốn trong dân', '2.000', '1.900', third],
  ['Vốn đầu tư công', '1.000', '1.100', '10,0'], ['Số doanh nghiệp', '40', '42', '5,0'],
);
// Health, a difference: 95 − 120 = −25, 70 − 64 = +6, 31 − 40 = −9, 58 − 50 = +8.
const health = (second: string) => rows(
  ['Bệnh', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)'],
  ['Sốt xuất huyết', '120', '95', '(25)'], ['Tay chân miệng', '64', '70', second], ['Thủy đậu', '40', '31', '(9)'], ['Cúm', '50', '58', '8'],
);
// Offices and communes with group rows: members −2 − 2 = −4 and +7 − 2 = +5; the whole +1.
const staff = rows(
  ['STT', 'Đơn vị', 'Năm 2023', 'Năm 2024', 'Tăng, giảm'],
  ['I', 'Cấp huyện', '50', '46', '(4)'], ['1', 'Phòng Nội vụ', '30', '28', '(2)'], ['2', 'Phòng Tư pháp', '20', '18', '(2)'],
  ['II', 'Cấp xã', '80', '85', '5'], ['1', 'Xã An Phú', '45', '52', '7'], ['2', 'Xã An Lạc', '35', '33', '(2)'],
  ['', 'Tổng cộng', '130', '131', '1'],
);

// Budget settlement, a "Chênh lệch" column of result less estimate: 3.900 − 4.200 = −300, 7.650 − 7.800 = −150,
// 1.240 − 1.000 = +240.
const settlement = (third: string) => rows(
  ['Nội dung', 'Dự toán', 'Quyết toán', 'Chênh lệch'],
  ['Chi đầu tư phát triển', '4.200', '3.900', '(300)'], ['Chi thường xuyên', '7.800', '7.650', '(150)'], ['Chi dự phòng', '1.000', '1.240', third],
);

describe('table-total-mismatch: decreases written in brackets', () => {
  it('raises nothing for right decreases in brackets', async () => {
    expect(await found(budget('(3,3)', '(5,0)'))).toEqual([]);
    expect(await found(health('6'))).toEqual([]);
    expect(await found(staff)).toEqual([]);
    expect(await found(settlement('240'))).toEqual([]);
  });

  it('checks a "Chênh lệch" column as the difference of its row', async () => {
    expect(await found(settlement('(240)'))).toEqual([['differenceColumnMismatch', -240, 240]]);
    expect(await found(settlement('204'))).toEqual([['differenceColumnMismatch', 204, 240]]);
  });

  it('finds a bracket on an increase', async () => {
    expect(await found(health('(6)'))).toEqual([['differenceColumnMismatch', -6, 6]]);
  });

  it('finds a decrease of the wrong size', async () => {
    expect(await found(budget('(3,8)', '(5,0)'))).toEqual([['changeColumnMismatch', -3.8, -3.3]]);
  });

  it('finds a decrease written as an increase', async () => {
    expect(await found(budget('3,3', '(5,0)'))).toEqual([['changeColumnMismatch', 3.3, -3.3]]);
  });
});
