import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value>, tăng/giảm so với cùng kỳ năm Y" with no amount, the earlier value only in the row of the table below
// (src/extract/claims-table-base.ts, readTableBaseDirections).
const report = (verb: string) => `I. KẾT QUẢ
1. Du lịch
Doanh thu du lịch trên địa bàn huyện 6 tháng đầu năm 2025 ước đạt 52,3 tỷ đồng, ${verb} so với cùng kỳ năm 2024 do lượng khách lưu trú thay đổi. Chi tiết như sau:
Bảng 2. Một số chỉ tiêu du lịch 6 tháng đầu năm 2025
| STT | Chỉ tiêu | Đơn vị tính | 6 tháng năm 2024 | 6 tháng năm 2025 | % so với cùng kỳ |
|---|---|---|---|---|---|
| 1 | Doanh thu du lịch | tỷ đồng | 55,8 | 52,3 | 93,7 |
| 2 | Lượt khách lưu trú | lượt | 41.200 | 38.900 | 94,4 |
`;
const seen = async (text: string) => (await findingsOf('claim-mismatch', text))
  .filter((f) => f.messageId === 'directionMismatch')
  .map((f) => [f.data.verb, f.data.base, f.data.value]);

describe('claim-mismatch: a way of change whose earlier value only a nearby table row gives', () => {
  it('flags a rise the row shows to be a fall', async () => {
    expect(await seen(report('tăng'))).toEqual([['tăng', 55.8, 52.3]]);
  });
  it('stays silent when the row agrees, or the claim names another year than the table’s', async () => {
    expect(await seen(report('giảm'))).toEqual([]);
    expect(await seen(report('tăng').replace('cùng kỳ năm 2024', 'năm 2022'))).toEqual([]);
  });
});
