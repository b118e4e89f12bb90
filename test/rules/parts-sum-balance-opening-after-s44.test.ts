import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const sums = async (text: string) => (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.data.sum, f.data.whole]);

describe('parts-sum-mismatch: a balance whose opening time is told after the opening level', () => {
  it('reads "… hội viên tại thời điểm đầu năm" as the opening level, the flows\' bracketed breakdowns aside', async () => {
    // Hand-checked: 240 + 12 − 5 = 247, not 250.
    expect(await sums('Chi hội có 240 hội viên tại thời điểm đầu năm; trong 6 tháng kết nạp mới 12 hội viên, giảm 5 hội viên (chuyển đi 3, từ trần 2); hiện có 250 hội viên.'))
      .toEqual([[247, 250]]);
    // Hand-checked: 86 + 4 − 11 = 79, not 81.
    expect(await sums('Xã có 86 hộ nghèo vào đầu năm, trong năm phát sinh 4 hộ nghèo, thoát nghèo 11 hộ; đến cuối năm còn 81 hộ nghèo.')).toEqual([[79, 81]]);
  });

  it('stays silent when the balance holds', async () => {
    // Hand-checked: 240 + 12 − 5 = 247, as stated.
    expect(await sums('Chi hội có 240 hội viên tại thời điểm đầu năm; trong 6 tháng kết nạp mới 12 hội viên, giảm 5 hội viên (chuyển đi 3, từ trần 2); hiện có 247 hội viên.'))
      .toEqual([]);
  });

  it('does not take a comparison with the start of the year for an opening level', async () => {
    // "so với đầu năm" makes 240 today's level compared with the year's start, no opening: nothing to add up.
    expect(await sums('Chi hội có 240 hội viên, tăng 7 hội viên so với đầu năm; trong 6 tháng kết nạp mới 12 hội viên, giảm 5 hội viên; hiện có 250 hội viên.'))
      .toEqual([]);
  });
});
