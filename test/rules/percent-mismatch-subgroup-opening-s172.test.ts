import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'percent-mismatch';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('percent-mismatch: a sentence opened by a subgroup of the count before it', () => {
  it('reads "Đoàn viên nữ N người, chiếm P%" as a share of the members counted in the sentence before', async () => {
    // Hand-checked: 270 of 450 members are women: 270/450 = 60,0%, so 62,0% is wrong and 60,0% right.
    const text = (rate: string) => report(
      'I. KẾT QUẢ',
      `Năm 2025, Đoàn xã tổ chức 12 buổi sinh hoạt chuyên đề cho 450 đoàn viên (kế hoạch 500 đoàn viên). Đoàn viên nữ 270 người, chiếm ${rate}.`,
    );
    const wrong = await findingsOf(RULE, text('62,0%'));
    expect(wrong).toHaveLength(1);
    expect(wrong[0].message).toContain('270/450');
    expect(await findingsOf(RULE, text('60,0%'))).toEqual([]);
  });

  it('reads nothing when the opening names a neighbouring category or the noun has two values before', async () => {
    // "hộ cận nghèo" is no subgroup of "hộ nghèo"; two counts of "hộ" before leave the whole unsure.
    const shifted = report('I. KẾT QUẢ', 'Cuối năm, toàn xã còn 120 hộ nghèo. Hộ cận nghèo 75 hộ, chiếm 40,0%.');
    expect(await findingsOf(RULE, shifted)).toEqual([]);
    const two = report('I. KẾT QUẢ', 'Xã có 800 hộ chăn nuôi, 300 hộ trồng trọt. Hộ chăn nuôi bò 90 hộ, chiếm 50,0%.');
    expect(await findingsOf(RULE, two)).toEqual([]);
  });
});
