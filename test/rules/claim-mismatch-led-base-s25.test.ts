import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const claims = async (text: string) => (await findingsOf('claim-mismatch', `${text}\n`)).filter((f) => f.severity !== 'info').length;

describe('claim-mismatch: "…; so với <period> (B) tăng X%" speaks of the statement before the ";"', () => {
  it('compares the one count of the statement before with the base leading the claim', async () => {
    // Hand-checked: 150/120 = 1,25, a rise of 25%, not 30%.
    expect(await claims('Năm 2025, Hội đã kết nạp 150 hội viên, đạt 107,1% kế hoạch (kế hoạch 140 hội viên); so với năm 2024 (120 hội viên) tăng 30%.')).toBe(1);
    expect(await claims('Năm 2025, Hội đã kết nạp 150 hội viên, đạt 107,1% kế hoạch (kế hoạch 140 hội viên); so với năm 2024 (120 hội viên) tăng 25%.')).toBe(0);
  });

  it('reads nothing when the statement before holds two counts of the base\'s unit', async () => {
    expect(await claims('Năm 2025, Hội đã kết nạp 150 hội viên, trong đó 60 hội viên nữ; so với năm 2024 (120 hội viên) tăng 30%.')).toBe(0);
  });
});
