import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A two-word quantity ("hộ nghèo") framed as the whole unit's own: "toàn xã còn N hộ nghèo", "100% hộ nghèo toàn xã (N hộ)".
const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n') + '\n';
const values = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.data.value, f.data.other].sort());

describe('repeated-value-conflict: the unit\'s own count of a two-word group', () => {
  it('holds "toàn phường còn 58 hộ cận nghèo" against "100% hộ cận nghèo trên địa bàn phường (61 hộ)"', async () => {
    // Hand-checked: 58 near-poor households in the overview, 61 in the support section; the 4,1 triệu each agrees with neither.
    const text = (n: string) => report(
      'A. TÌNH HÌNH CHUNG',
      'Phường có 6 khu phố với 2.140 hộ; toàn phường còn 58 hộ cận nghèo, chủ yếu là người cao tuổi.',
      'B. KẾT QUẢ',
      `Phường đã tặng quà cho 100% hộ cận nghèo trên địa bàn phường (${n} hộ), mỗi hộ 01 suất quà.`,
    );
    expect(await values(text('61'))).toEqual([['58', '61']]);
    expect(await values(text('58'))).toEqual([]);
  });

  it('leaves a two-word count alone when either side is not framed as the unit\'s own', async () => {
    // A hamlet's poor households are no count of the whole ward's; a "còn" without the frame is a rest.
    expect(await values(report(
      'A. TÌNH HÌNH CHUNG', 'Khu phố 3 còn 12 hộ cận nghèo.', 'B. KẾT QUẢ',
      'Phường đã tặng quà cho 100% hộ cận nghèo trên địa bàn phường (61 hộ).',
    ))).toEqual([]);
    expect(await values(report(
      'A. TÌNH HÌNH CHUNG', 'Đã hỗ trợ 40 hộ cận nghèo, còn 18 hộ cận nghèo chưa được hỗ trợ.', 'B. KẾT QUẢ',
      'Phường đã tặng quà cho 100% hộ cận nghèo trên địa bàn phường (61 hộ).',
    ))).toEqual([]);
  });
});
