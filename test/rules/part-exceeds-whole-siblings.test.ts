import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Two breakdowns of one whole side by side: the first listed by its criterion ("Theo độ tuổi: …"), the second opening with
// its own connector ("Chia ra …:"). The last item of the first is no whole of the second.
const intro = '1. Kết quả\n- Năm nay toàn xã kết nạp 430 hội viên mới, tăng 35 hội viên so với năm trước.\n';
const byAge = '- Theo độ tuổi: dưới 30 tuổi 120 hội viên, từ 30 đến 50 tuổi 190 hội viên, trên 50 tuổi 120 hội viên.\n';

describe('part-exceeds-whole beside a sibling breakdown listed by its criterion', () => {
  it('does not set a second breakdown against the last item of the first, in the paragraph before', async () => {
    // Hand-checked: 250 + 180 = 430 = 120 + 190 + 120; the 120 over-50s are one age group, not what 250 and 180 split.
    const text = `${intro}${byAge}- Chia ra theo giới tính: nữ 250 hội viên, nam 180 hội viên.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });

  it('does not in the sentence before of the same paragraph either', async () => {
    const text = `${intro}- Theo độ tuổi: dưới 30 tuổi 120 hội viên, từ 30 đến 50 tuổi 190 hội viên, trên 50 tuổi 120 hội viên. Chia ra theo giới tính: nữ 250 hội viên, nam 180 hội viên.\n`;
    expect(await findingsOf('part-exceeds-whole', text)).toEqual([]);
  });

  it('still flags a part larger than a whole stated before its breakdown', async () => {
    // Hand-checked: 2 500 women cannot be among 430 members (a slip for 250).
    const text = `${intro.replace(', tăng 35 hội viên so với năm trước', '')}- Chia ra theo giới tính: nữ 2.500 hội viên, nam 180 hội viên.\n`;
    const found = await findingsOf('part-exceeds-whole', text);
    expect(found.map((f) => [f.data.part, f.data.whole])).toEqual([[2500, 430]]);
  });
});
