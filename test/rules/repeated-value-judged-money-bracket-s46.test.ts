import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 46 (h206): an amount of money alone in a bracket after a judged "Số X" subject ("Số X còn lớn (N triệu đồng)")
// restates X, the amount's name, as a count does. Sentences written for this test.
const report = (aside: string) =>
  [
    '1. Kết quả thực hiện',
    'Chi khắc phục hậu quả thiên tai năm 2024 là 3.480 triệu đồng, chủ yếu cho sửa chữa nhà ở và khôi phục sản xuất.',
    'Thu tiền sử dụng đất năm 2024 đạt 12.600 triệu đồng, bằng 84% dự toán.',
    '2. Tồn tại, hạn chế',
    aside,
    '',
  ].join('\n\n');

describe('repeated-value-conflict: an amount restated in brackets after its judged name', () => {
  it('holds "Số X còn lớn (N triệu đồng)" against X stated before', async () => {
    const found = await findingsOf('repeated-value-conflict', report('- Số chi khắc phục hậu quả thiên tai năm 2024 còn lớn (3.840 triệu đồng), gây áp lực cho cân đối ngân sách.'));
    expect(found.map((f) => [f.data.value, f.data.other].sort())).toEqual([['3.480 triệu đồng', '3.840 triệu đồng']]);
  });

  it('stays silent when the bracket says the same amount, or the judged subject is another amount', async () => {
    expect(await findingsOf('repeated-value-conflict', report('- Số chi khắc phục hậu quả thiên tai năm 2024 còn lớn (3.480 triệu đồng), gây áp lực cho cân đối ngân sách.'))).toEqual([]);
    expect(await findingsOf('repeated-value-conflict', report('- Số nợ đọng xây dựng cơ bản năm 2024 còn lớn (3.840 triệu đồng), chậm được xử lý.'))).toEqual([]);
  });
});
