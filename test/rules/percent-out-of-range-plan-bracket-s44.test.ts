import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const findings = (text: string) => findingsOf('percent-out-of-range', text);

describe('percent-out-of-range: a fraction opening a bracket after words naming a plan', () => {
  it('reads the fraction as done over planned, which may pass its whole', async () => {
    // Hand-checked: 9 stations done against a target of 8, 9/8 = 112,5%: fulfilment of the target, legitimately above 100%.
    const text = 'Số trạm y tế xã đạt chuẩn quốc gia vượt chỉ tiêu (9/8 trạm, đạt 112,5%).\n';
    expect(await findings(text)).toEqual([]);
  });

  it('still flags the fraction of a share when the words before the bracket name no plan', async () => {
    // Hand-checked: a coverage rate of households cannot count 540 of 500 households.
    const text = 'Tỷ lệ hộ dân được sử dụng nước sạch tăng mạnh (540/500 hộ, đạt 108%).\n';
    const [f, ...rest] = await findings(text);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('fractionOverWhole');
    expect(f.data).toMatchObject({ num: 540, den: 500 });
  });
});
