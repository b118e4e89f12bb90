import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 41: soldiers, reservists and militia are counted one by one as "đồng chí", so such a part sits under a whole in
// "quân nhân" or "dân quân".
const RULE = 'part-exceeds-whole';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.part, f.data.whole]);

describe('part-exceeds-whole: "đồng chí" among soldiers and militia', () => {
  it('flags more "đồng chí" than the discharged soldiers they are among', async () => {
    // Hand-checked: 153 registered out of 135 discharged soldiers is more than all of them.
    expect(await pairs('Trong số 135 quân nhân xuất ngũ về địa phương, đã đăng ký vào ngạch dự bị 153 đồng chí.\n')).toEqual([[153, 135]]);
  });

  it('flags a rank part larger than the militia it splits', async () => {
    expect(await pairs('Toàn xã có 48 dân quân cơ động, trong đó 84 đồng chí là đảng viên.\n')).toEqual([[84, 48]]);
  });

  it('leaves smaller parts alone', async () => {
    expect(await pairs('Trong số 153 quân nhân xuất ngũ về địa phương, đã đăng ký vào ngạch dự bị 135 đồng chí.\n')).toEqual([]);
    expect(await pairs('Toàn xã có 84 dân quân cơ động, trong đó 48 đồng chí là đảng viên.\n')).toEqual([]);
  });
});
