import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// [data, quotes] of every changeMismatch: the stated change, the current value and base, and the figures pointed at.
const changes = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data, f.evidence.map((e) => e.quote)]);
const report = (sentence: string) => `I. KẾT QUẢ\n${sentence}\nII. NHIỆM VỤ\nTiếp tục theo dõi.\n`;

// Agriculture and health: "bằng X % <noun> (V)" — V is the whole of the ratio (the earlier figure over it is X %).
describe('claim-mismatch: the bracketed whole of a ratio is never the current value of a later change (s54)', () => {
  const rice = (rise: string) => report(`Sản lượng lúa vụ Đông Xuân đạt 7 820 tấn, bằng 61,1 % tổng sản lượng lương thực toàn xã (12 800 tấn), tăng 420 tấn (tăng ${rise} %) so với vụ Đông Xuân năm trước (7 400 tấn).`);
  const insured = (rise: string) => report(`Số người tham gia bảo hiểm y tế đạt 8 960 người, bằng 89,6 % dân số toàn xã (10 000 người), tăng 640 người (tăng ${rise} %) so với cùng kỳ (8 320 người).`);

  it('says nothing when the change is right of the subject\'s own value', async () => {
    // 7 820 − 7 400 = 420 tấn, 420 / 7 400 = 5,68%; 8 960 − 8 320 = 640, 640 / 8 320 = 7,69%.
    expect(await changes(rice('5,68'))).toEqual([]);
    expect(await changes(insured('7,69'))).toEqual([]);
  });

  it('flags a wrong change against the subject\'s value, not the whole in the bracket', async () => {
    // Before s54 the evidence pointed at 12 800 and 10 000.
    expect(await changes(rice('6,68'))).toEqual([[{ verb: 'tăng', stated: 6.68, unit: '%', base: 7400, value: 7820, actual: 5.68, way: 'tăng', size: 5.68 }, ['6,68 %', '7 820', '7 400']]]);
    expect(await changes(insured('9,69'))).toEqual([[{ verb: 'tăng', stated: 9.69, unit: '%', base: 8320, value: 8960, actual: 7.69, way: 'tăng', size: 7.69 }, ['9,69 %', '8 960', '8 320']]]);
  });
});

// Clean water: the ratio itself misstated (16 200 / 30 000 is 54%, not 45%), so the bracket is not provably its whole;
// the absolute change stated with the claim picks the current value it leads to from the base.
describe('claim-mismatch: a change stated in amount too picks the current value that agrees with it (s54)', () => {
  const water = (done: string, rise: string) => report(`Sản lượng nước sạch cung cấp 6 tháng đạt ${done} m³, bằng 45 % công suất thiết kế năm (30 000 m³), tăng 1 200 m³ (tăng ${rise} %) so với cùng kỳ (15 000 m³).`);

  it('says nothing when the value the amount leads to agrees with the percent', async () => {
    // 15 000 + 1 200 = 16 200; 1 200 / 15 000 = 8%. Before s54: 30 000 against 15 000, "tăng 100%".
    expect(await changes(water('16 200', '8'))).toEqual([]);
  });

  it('flags a wrong percent against that value', async () => {
    expect(await changes(water('16 200', '9'))).toEqual([[{ verb: 'tăng', stated: 9, unit: '%', base: 15000, value: 16200, actual: 8, way: 'tăng', size: 8 }, ['9 %', '16 200', '15 000']]]);
  });

  it('still flags a plain current value that disagrees with both the amount and the percent', async () => {
    // 17 200 − 15 000 = 2 200 (not 1 200); 2 200 / 15 000 = 14,7%: the sentence's own value is wrong.
    expect(await changes(report('Sản lượng nước sạch cung cấp 6 tháng đạt 17 200 m³, tăng 1 200 m³ (tăng 8 %) so với cùng kỳ (15 000 m³).')))
      .toEqual([[{ verb: 'tăng', stated: 8, unit: '%', base: 15000, value: 17200, actual: 14.7, way: 'tăng', size: 14.7 }, ['8 %', '17 200', '15 000']]]);
  });
});
