import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const seen = async (text: string) => (await findingsOf('percent-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => [f.data.stated, f.data.num, f.data.den]);

describe('percent-mismatch: a "trong đó" part handed its share in a bracket', () => {
  it('flags a bracketed share its part and whole deny, the part counted by the whole’s noun cut short', async () => {
    expect(await seen('- Bảo tàng tiếp đón 2.650 lượt khách, trong đó 830 lượt được hướng dẫn tham quan miễn phí (đạt 34,2%).')).toEqual([[34.2, 830, 2650]]);
  });
  it('stays silent on a true share and on a rate of something else', async () => {
    expect(await seen('- Bảo tàng tiếp đón 2.650 lượt khách, trong đó 830 lượt được hướng dẫn tham quan miễn phí (đạt 31,3%).')).toEqual([]);
    expect(await seen('- Bảo tàng tiếp đón 2.650 lượt khách, trong đó 830 lượt được hướng dẫn tham quan miễn phí (đạt 34,2% kế hoạch).')).toEqual([]);
  });
});
