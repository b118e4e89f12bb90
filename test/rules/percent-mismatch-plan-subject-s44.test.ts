import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('percent-mismatch', text);

const INCOME = 'Thu ngân sách xã đạt 3.250 triệu đồng, gồm: thu phí, lệ phí 412 triệu đồng; thu từ quỹ đất công ích 1.280 triệu đồng; thu bổ sung từ ngân sách cấp trên 1.558 triệu đồng.';

describe('percent-mismatch: a rate of a plan in brackets whose subject names an amount stated earlier in its paragraph', () => {
  it('checks the rate against that amount over the plan', async () => {
    // Hand-checked: 1.280 / 2.000 triệu đồng (amounts in đồng) = 64%, not the 65% stated.
    const text = `${INCOME} Thu từ quỹ đất công ích chỉ đạt 65% dự toán năm (2.000 triệu đồng) do một số hộ chậm nộp.\n`;
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.data).toMatchObject({ stated: 65, num: 1_280_000_000, den: 2_000_000_000 });
  });

  it('stays silent when the rate agrees', async () => {
    // Hand-checked: 1.280 / 2.000 = 64%.
    const text = `${INCOME} Thu từ quỹ đất công ích chỉ đạt 64% dự toán năm (2.000 triệu đồng) do một số hộ chậm nộp.\n`;
    expect(await findings(text)).toEqual([]);
  });

  it('reads no amount named with other words (another year) as the one done', async () => {
    // Hand-checked: "năm 2024, thu từ quỹ đất công ích" is not the subject's name; nothing is compared.
    const text = 'Thu ngân sách xã đạt 3.250 triệu đồng; năm 2024, thu từ quỹ đất công ích 1.280 triệu đồng. Thu từ quỹ đất công ích chỉ đạt 70% dự toán năm (2.000 triệu đồng).\n';
    expect(await findings(text)).toEqual([]);
  });
});
