import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

// Session 45 (holdout202): a stock of people under watch whose flows are those newly found ("phát hiện mới", in) and those
// sent away to a centre ("đưa đi", out). Sentences written for this test (patients under treatment, not the fixture's addicts).
describe('parts-sum-mismatch: a balance with people newly found and people sent away (s45)', () => {
  it('reads "phát hiện mới" as a flow in and "đưa đi" as a flow out', async () => {
    // Hand-checked: 120 + 9 − 4 − 2 = 123, not 126.
    expect(await sums('Đầu năm, xã quản lý 120 bệnh nhân lao; trong 6 tháng phát hiện mới 9 bệnh nhân, đưa đi điều trị tại bệnh viện tỉnh 4 bệnh nhân, chuyển đi nơi khác 2 bệnh nhân; đến nay còn 126 bệnh nhân lao đang quản lý.'))
      .toEqual([[123, 126]]);
  });

  it('stays silent when such a balance holds', async () => {
    // Hand-checked: 120 + 9 − 4 − 2 = 123, as stated.
    expect(await sums('Đầu năm, xã quản lý 120 bệnh nhân lao; trong 6 tháng phát hiện mới 9 bệnh nhân, đưa đi điều trị tại bệnh viện tỉnh 4 bệnh nhân, chuyển đi nơi khác 2 bệnh nhân; đến nay còn 123 bệnh nhân lao đang quản lý.'))
      .toEqual([]);
  });
});
