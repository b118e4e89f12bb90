import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';
const targets = async (text: string) =>
  (await findingsOf(RULE, `BÁO CÁO\nKết quả công tác quý II năm 2025\n1) KẾT QUẢ\n${text}\n`)).map((f) => [f.messageId, f.data.claim, f.data.value, f.data.target]);

describe('claim-mismatch: a value claimed higher or lower than a bracketed value of a named year', () => {
  it('reads the earlier period named with its year before the bracket', async () => {
    // Hand-checked: 61,5% is lower than 66,2%, not higher.
    expect(await targets('Tỷ lệ hồ sơ nộp trực tuyến đạt 61,5%, cao hơn cùng kỳ năm 2024 (66,2%).')).toEqual([['targetMismatch', 'cao hơn', 61.5, 66.2]]);
    // Hand-checked: 38,0% is higher than 35,4%, not lower.
    expect(await targets('Tỷ lệ hộ nghèo đa chiều còn 38,0%, thấp hơn năm 2023 (35,4%).')).toEqual([['targetMismatch', 'thấp hơn', 38, 35.4]]);
  });

  it('reads a rate of the plan, the plan words between the rate and the comparative', async () => {
    // Hand-checked: 52,3% of the plan is lower than last year's 58,0%.
    expect(await targets('Thu ngân sách đạt 2.615 triệu đồng, bằng 52,3% dự toán, cao hơn cùng kỳ năm 2024 (58,0%).')).toEqual([['targetMismatch', 'cao hơn', 52.3, 58]]);
  });

  it('stays silent where the claim holds or the words hold a number that is no year', async () => {
    expect(await targets('Thu ngân sách đạt 2.615 triệu đồng, bằng 52,3% dự toán, cao hơn cùng kỳ năm 2024 (48,0%).')).toEqual([]);
    expect(await targets('Tỷ lệ hồ sơ nộp trực tuyến đạt 61,5%, cao hơn 3 xã còn lại (66,2%).')).toEqual([]);
  });
});
