import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<value>, (subject) tăng/giảm (X%) so với năm Y | năm trước | cùng kỳ (năm trước)" with no base written, against the one
// value of the subject the report gave earlier in a statement of that year (src/extract/claims-year-recalled.ts).
const run = async (text: string) => findingsOf('claim-mismatch', `I. TÌNH HÌNH CHUNG\n${text}\n`);
const ways = async (text: string) => (await run(text)).filter((f) => f.messageId === 'directionMismatch').map((f) => [f.data.verb, f.data.base, f.data.value]);
const changes = async (text: string) => (await run(text)).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data.verb, f.data.stated, f.data.actual]);

const before = 'Năm 2023, tỷ lệ hộ dùng nước sạch của xã đạt 61,5%. Trong năm 2023, diện tích rừng trồng mới là 140 ha.';
describe('claim-mismatch: a change against the value the report gave of the year compared', () => {
  it('flags a way of change the earlier year contradicts', async () => {
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024, tỷ lệ hộ dùng nước sạch của xã đạt 58,9%, đã tăng so với năm 2023.`)).toEqual([['tăng', 61.5, 58.9]]);
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024 xã trồng 6.000 cây phân tán, với diện tích rừng trồng mới đạt 125 ha, diện tích rừng trồng mới tăng so với năm trước.`)).toEqual([['tăng', 140, 125]]);
  });
  it('flags a percent change the earlier value contradicts, past a rate of the plan', async () => {
    const earlier = 'Để so sánh, 9 tháng đầu năm 2023 tổng thu phí dịch vụ môi trường rừng của huyện đạt 4,00 tỷ đồng.';
    expect(await changes(`${earlier}\nII. KẾT QUẢ\nTổng thu phí dịch vụ môi trường rừng của huyện 9 tháng đầu năm 2024 đạt 4,60 tỷ đồng, bằng 70,8% kế hoạch năm (6,5 tỷ đồng), tăng 18% so với cùng kỳ năm trước.`))
      .toEqual([['tăng', 18, 15]]);
  });
  it('stays silent on the way it went, another year, another period, another subject or two earlier values', async () => {
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024, tỷ lệ hộ dùng nước sạch của xã đạt 63,9%, đã tăng so với năm 2023.`)).toEqual([]);
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024 xã trồng 125 ha rừng tập trung, diện tích rừng trồng mới tăng so với năm trước.`)).toEqual([]);
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024, tỷ lệ hộ dùng nước sạch của xã đạt 58,9%, đã tăng so với năm 2022.`)).toEqual([]);
    expect(await ways(`${before}\nII. KẾT QUẢ\n6 tháng năm 2024, tỷ lệ hộ dùng nước sạch của xã đạt 58,9%, đã tăng so với năm trước.`)).toEqual([]);
    expect(await ways(`${before}\nII. KẾT QUẢ\nNăm 2024, tỷ lệ hộ nghèo của xã là 8,9%, đã tăng so với năm 2023.`)).toEqual([]);
    expect(await ways(`${before} Năm 2023, theo điều tra lại, tỷ lệ hộ dùng nước sạch của xã là 66,0%.\nII. KẾT QUẢ\nNăm 2024, tỷ lệ hộ dùng nước sạch của xã đạt 58,9%, đã tăng so với năm 2023.`)).toEqual([]);
  });
});
