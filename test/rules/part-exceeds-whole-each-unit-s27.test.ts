import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const parts = async (text: string) => (await findingsOf('part-exceeds-whole', `${text}\n`)).map((f) => [f.data.part, f.data.whole]);

describe('part-exceeds-whole: an amount each unit has is no whole', () => {
  it('never takes "mỗi <noun> N" for the whole the parts after it split', async () => {
    // 12 tổ viên in all, 3 in each tổ; "trong đó 5 người là nữ" splits the 12.
    expect(await parts('Thành lập 04 tổ an ninh, tổng số 12 tổ viên, mỗi tổ 3 người, trong đó 5 người là nữ.')).toEqual([]);
    expect(await parts('Cả xã có 07 cộng tác viên dân số, mỗi thôn 01 người, trong đó 04 người là nữ.')).toEqual([]);
  });

  it('still flags a part larger than the whole when the whole is the plain count', async () => {
    // Hand-checked: 9 nữ cannot be among 7 cộng tác viên.
    expect(await parts('Cả xã có 07 cộng tác viên dân số, trong đó 09 người là nữ.')).toEqual([[9, 7]]);
  });
});
