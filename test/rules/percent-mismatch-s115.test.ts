import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const shares = async (text: string) => (await findingsOf('percent-mismatch', text)).filter((f) => f.severity !== 'info').map((f) => [f.data.stated, f.data.num, f.data.den]);

describe('percent-mismatch: a part rated by the words that rated its whole against a plan (session 22, s115)', () => {
  const text = (verb: string, stated: string) => `I. KẾT QUẢ\n- Thu ngân sách xã được 8.500 triệu đồng, đạt 62,0% dự toán; trong đó thu phí, lệ phí 3.200 triệu đồng, ${verb} ${stated}%.\n`;

  it('reads no share of the whole when the part repeats the whole\'s "đạt" with its plan left unsaid', async () => {
    // 3.200 / 8.500 = 37,6%: the part's 55,0% is of its own estimate, not of the 8.500, so nothing is compared.
    expect(await shares(text('đạt', '55,0'))).toEqual([]);
  });

  it('still reads the share a share-of-whole verb hands over', async () => {
    // Hand-checked: 3.200 / 8.500 = 37,6%, not 30,0%.
    expect(await shares(text('chiếm', '30,0'))).toEqual([[30, 3200e6, 8500e6]]);
    expect(await shares(text('chiếm', '37,6'))).toEqual([]);
  });

  it('still reads the share when the whole carries no rate of its own', async () => {
    // Hand-checked: 300 / 480 = 62,5%, not 70,0%.
    const plain = 'I. KẾT QUẢ\n- Tiếp nhận 480 hồ sơ; trong đó hồ sơ trực tuyến 300 hồ sơ, đạt 70,0%.\n';
    expect(await shares(plain)).toEqual([[70, 300, 480]]);
  });
});
