import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'claim-mismatch';

// "N <noun> <verb> mới (trong kỳ), tăng X% so với … (B)": a count whose own phrase closes with "mới" is an addition to the
// level B, so the rise is N/B (the level B + N), never from B down to N. Written for this test; every change checked by hand.
describe('claim-mismatch: a percent rise told of a count said to be new (s28)', () => {
  it('reads the addition against its base', async () => {
    // 45/180 = 25% → "tăng 25%" holds (180 + 45 = 225).
    await expectNone(RULE, 'Toàn xã có 225 bóng đèn chiếu sáng, trong đó 45 bóng đèn lắp mới trong năm, tăng 25% so với năm 2024 (180 bóng đèn).');
    // 12/96 = 12,5%.
    await expectNone(RULE, 'Hội có 108 hội viên, trong đó 12 hội viên kết nạp mới, tăng 12,5% so với cuối năm trước (96 hội viên).');
  });
  it('flags a rise the addition does not give', async () => {
    // 45/180 = 25%, not 30%.
    await expectFindings(RULE, 'Toàn xã có 225 bóng đèn chiếu sáng, trong đó 45 bóng đèn lắp mới trong năm, tăng 30% so với năm 2024 (180 bóng đèn).',
      [{ messageId: 'changeMismatch', data: { stated: 30, base: 180, value: 225, actual: 25 } }]);
  });
});
