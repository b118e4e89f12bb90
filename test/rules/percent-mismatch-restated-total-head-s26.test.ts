import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const run = async (text: string) => (await findingsOf('percent-mismatch', text)).map((x) => [x.data.num, x.data.den, x.data.stated]);

// "Tổng X … A; X được/đã … B, đạt P%": the clause of what was done names the total's measure again before its aspect word;
// the share is of the total. Each ratio checked by hand.
describe('percent-mismatch: a done clause that names its total again (s26)', () => {
  it('reads the share of a total whose measure the done clause repeats', async () => {
    // Water: 9.300 / 12.400 = 75%.
    expect(await run('Tổng lượng nước cấp cho sản xuất là 12.400 m3/ngày; lượng được xử lý 9.300 m3/ngày, đạt 80%.\n')).toEqual([[9300, 12400, 80]]);
    expect(await run('Tổng lượng nước cấp cho sản xuất là 12.400 m3/ngày; lượng được xử lý 9.300 m3/ngày, đạt 75%.\n')).toEqual([]);
    // Land survey: 190 / 250 = 76%.
    expect(await run('Tổng diện tích đất cần đo đạc là 250 ha; diện tích đã đo đạc 190 ha, đạt 80%.\n')).toEqual([[190, 250, 80]]);
    expect(await run('Tổng diện tích đất cần đo đạc là 250 ha; diện tích đã đo đạc 190 ha, đạt 76%.\n')).toEqual([]);
  });

  it('leaves a done clause naming a narrower noun unread', async () => {
    // 120 / 400 = 30%, but "hộ nghèo" is a group of its own, whose share may be of another base: nothing is said.
    expect(await run('Tổng số hộ tham gia mô hình là 400 hộ; hộ nghèo được hỗ trợ giống 120 hộ, đạt 40%.\n')).toEqual([]);
  });
});
