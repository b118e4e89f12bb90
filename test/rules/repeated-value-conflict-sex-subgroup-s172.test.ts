import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('repeated-value-conflict: a sex word names a subgroup of the people counted', () => {
  it('never reads "hội viên nữ N người" as a digit slip of another count of the noun', async () => {
    // Hand-checked: 1.350 women among 1.500 members trained; 1.530 members is another group (the livestock classes).
    // 1.350 / 1.530 are two digits swapped, but the women are one sex of the members, not the same count.
    const text = report(
      'I. KẾT QUẢ',
      'Năm 2024, Hội Nông dân xã tổ chức 40 lớp tập huấn kỹ thuật cho 3.000 hội viên. Hội viên nữ 1.350 người, tham gia đầy đủ.',
      'Theo lĩnh vực: nhóm trồng trọt 22 lớp với 1.470 hội viên; nhóm chăn nuôi 18 lớp với 1.530 hội viên.',
    );
    expect(await findingsOf(RULE, text)).toEqual([]);
  });
});
