import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';
import { expectFindings } from './tester.js';

const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).map((f) => f.messageId);

describe('claim-mismatch: a multiple after a value with an aside in brackets', () => {
  it('never compares a value with its own restatement in another unit', async () => {
    // No base is written: 360 triệu đồng and 0,36 tỷ đồng are one amount, so nothing can be checked.
    expect(await ids('Nguồn thu từ bán vé tham quan bảo tàng đạt 360 triệu đồng (0,36 tỷ đồng), gấp 1,2 lần năm trước.')).toEqual([]);
  });

  it('never compares a value with its own restatement in a report written the English way', async () => {
    const lead = 'Toàn huyện có 12,450 hộ, 48,300 nhân khẩu; tỷ lệ hộ đạt gia đình văn hóa 92.4%, thôn văn hóa 87.5%.';
    expect(await ids(`${lead}\nDoanh thu dịch vụ lưu trú đạt 75,000 triệu đồng (75.0 tỷ đồng), tăng 25.0% so với cùng kỳ, gấp 1.25 lần năm trước.`)).toEqual([]);
  });

  it('never takes a part the bracket splits the value into for the base', async () => {
    // 300 + 180 = 480: the bracket breaks the amount down; no earlier amount is written.
    expect(await ids('Kinh phí hỗ trợ các câu lạc bộ đạt 480 triệu đồng (ngân sách tỉnh 300 triệu đồng, ngân sách huyện 180 triệu đồng), gấp 2 lần năm trước.')).toEqual([]);
  });

  it('still reads the figure before the value as the base when the value has an aside', async () => {
    // Hand-checked: 900 / 200 = 4,5, not 3.
    await expectFindings(RULE, 'Kinh phí xã hội hóa tăng từ 200 triệu đồng năm 2022 lên 900 triệu đồng (0,9 tỷ đồng) năm 2024, gấp 3 lần.', [
      { messageId: 'ratioMismatch', data: { stated: 3, high: 900_000_000, low: 200_000_000, actual: 4.5 } },
    ]);
    // Hand-checked: 900 / 300 = 3, as stated.
    expect(await ids('Kinh phí xã hội hóa tăng từ 300 triệu đồng năm 2022 lên 900 triệu đồng (0,9 tỷ đồng) năm 2024, gấp 3 lần.')).toEqual([]);
  });

  it('still reads an earlier value named in the bracket as the base', async () => {
    // Hand-checked: 480 / 240 = 2, not 3.
    await expectFindings(RULE, 'Nguồn thu từ phí tham quan đạt 480 triệu đồng (năm trước 240 triệu đồng), gấp 3 lần năm trước.', [
      { messageId: 'ratioMismatch', data: { stated: 3, high: 480_000_000, low: 240_000_000, actual: 2 } },
    ]);
  });
});
