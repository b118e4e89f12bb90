import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('part-exceeds-whole', text);

// Session 25 (holdout125): a whole framed first, its members counted by a noun for establishments of any kind. Sentences
// written for this test.
describe('part-exceeds-whole: "Trong số N <kind>, M cơ sở …"', () => {
  it('reads the establishments counted by "cơ sở" as members of the whole framed first', async () => {
    // Hand-checked: 27 cơ sở cannot be among 25 nhà hàng.
    const [f, ...rest] = await findings('Trong số 25 nhà hàng trên địa bàn, 27 cơ sở đã ký cam kết an toàn thực phẩm.\n');
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ part: 27, whole: 25 });
    expect(await findings('Trong số 25 nhà hàng trên địa bàn, 21 cơ sở đã ký cam kết an toàn thực phẩm.\n')).toEqual([]);
  });

  it('never among people, nor among a measure', async () => {
    expect(await findings('Trong số 25 học viên, 27 cơ sở đã cử người tham gia.\n')).toEqual([]);
    expect(await findings('Trong số 25 tấn gạo hỗ trợ, 27 cơ sở đã nhận hàng.\n')).toEqual([]);
  });
});
