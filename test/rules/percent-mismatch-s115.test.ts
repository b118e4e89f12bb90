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

describe('percent-mismatch: a fraction whose counted things are bounded by a rate of a plan (session 22, s115)', () => {
  const text = (stated: string) => `I. KẾT QUẢ\n- Có 18/45 hợp tác xã thực hiện trên 90% kế hoạch doanh thu, chiếm ${stated}% tổng số hợp tác xã.\n`;

  it('compares the fraction with the percent past the bound, not with the bound', async () => {
    // Hand-checked: 18 / 45 = 40,0%, not 45,0%; the 90% names which cooperatives are counted.
    expect(await shares(text('45,0'))).toEqual([[45, 18, 45]]);
    expect(await shares(text('40,0'))).toEqual([]);
  });

  it('leaves a bound handed over by "đạt" to the fraction as its own value', async () => {
    // "đạt trên 40%" is the fraction's own (rough) rate: the 95% later is of another base, nothing is compared with it.
    expect(await shares('I. KẾT QUẢ\n- Có 18/45 hợp tác xã có lãi, đạt trên 40% kế hoạch, bằng 95% cùng kỳ.\n')).toEqual([]);
  });
});
