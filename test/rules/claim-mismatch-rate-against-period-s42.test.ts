import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "Tỷ lệ <subject> <own period> cao hơn|thấp hơn <earlier period> (<earlier period> đạt B%)": the claimed rate is the one
// percent stated before it whose clause holds the subject (src/extract/comparisons.ts, readRateAgainst).
const targets = async (text: string) =>
  (await findingsOf('claim-mismatch', `BÁO CÁO\nKết quả thu học phí 6 tháng đầu năm 2025\n1) KẾT QUẢ\n${text}\n`))
    .map((f) => [f.messageId, f.data.claim, f.data.value, f.data.target]);

describe('claim-mismatch: a rate with its own period compared with an earlier period bracketed by that period', () => {
  it('flags a rate claimed lower than the earlier period while it is higher', async () => {
    // Hand-checked: 78,4% this half-year is higher than 71,2%, not lower.
    expect(await targets('Các trường đã thu học phí 1.240 triệu đồng, đạt 78,4% kế hoạch năm. Tỷ lệ thu học phí 6 tháng đầu năm 2025 thấp hơn cùng kỳ năm 2024 (cùng kỳ đạt 71,2%).'))
      .toEqual([['targetMismatch', 'thấp hơn', 78.4, 71.2]]);
    // Hand-checked: 44,0% is lower than the 2023 rate 47,5%, not higher; the bracket opened by its year.
    expect(await targets('Toàn xã đã cấp đổi 352 giấy chứng nhận, đạt 44,0% số hồ sơ đăng ký. Tỷ lệ cấp đổi năm 2024 cao hơn năm 2023 (năm 2023: 47,5%).'))
      .toEqual([['targetMismatch', 'cao hơn', 44, 47.5]]);
  });

  it('stays silent on a true claim, a bracket of another period, or the earlier rate restated before', async () => {
    expect(await targets('Các trường đã thu học phí 1.240 triệu đồng, đạt 68,4% kế hoạch năm. Tỷ lệ thu học phí 6 tháng đầu năm 2025 thấp hơn cùng kỳ năm 2024 (cùng kỳ đạt 71,2%).')).toEqual([]);
    // The bracket's period is not the one the claim compares with: unsure.
    expect(await targets('Các trường đã thu học phí 1.240 triệu đồng, đạt 78,4% kế hoạch năm. Tỷ lệ thu học phí 6 tháng đầu năm 2025 thấp hơn bình quân của huyện (cùng kỳ đạt 71,2%).')).toEqual([]);
    // The only rate before names the earlier year: it is the bracketed rate restated, not this year's.
    expect(await targets('Năm 2023 toàn xã cấp đổi 310 giấy chứng nhận, đạt 47,5% số hồ sơ đăng ký. Tỷ lệ cấp đổi năm 2024 cao hơn năm 2023 (năm 2023: 47,5%).')).toEqual([]);
  });
});
