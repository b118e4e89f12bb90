import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Kế hoạch | Thực hiện | So sánh (%)": done over planned, which passes 100 when the plan is beaten, even when only one
// row of the table beats its plan. Units sit in their own column between the label and the numbers.
const table = (rate: string) => [
  'Bảng 2. Kết quả thực hiện các chỉ tiêu môi trường năm 2025',
  '| STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | So sánh (%) |',
  '|---|---|---|---|---|---|',
  `| 1 | Trồng cây phân tán | cây | 4.000 | 4.380 | ${rate} |`,
  '| 2 | Hộ dùng nước sạch | hộ | 500 | 450 | 90,0 |',
  '| 3 | Thu gom rác thải | tấn | 1.200 | 900 | 75,0 |',
  '| 4 | Đào tạo tuyên truyền viên | người | 300 | 300 | 100 |',
  '| 5 | Điểm tập kết rác | điểm | 8 | 6 | 75,0 |',
].join('\n');

describe('table-total-mismatch: a rate column of result over plan', () => {
  it('flags the one row above its plan whose rate does not fit', async () => {
    // Hand-checked: 4.380/4.000 = 109,5%, not 119,5%.
    await expectFindings('table-total-mismatch', table('119,5'), [
      { messageId: 'percentColumnMismatch', data: { stated: 119.5, num: 4380, den: 4000, actual: 109.5 }, quote: '119,5' },
    ]);
  });

  it('stays silent when that row\'s rate fits', async () => {
    await expectNone('table-total-mismatch', table('109,5'));
  });
});
