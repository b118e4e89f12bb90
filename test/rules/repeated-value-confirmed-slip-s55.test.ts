import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// One bare counted noun told by two actions, two neighbouring digits of four or more swapped, one side the whole of a breakdown
// whose parts add up to it (src/rules/repeated-value-conflict.ts confirmedSlip): the other side is the slip of it.
const found = async (text: string) =>
  (await findingsOf('repeated-value-conflict', text)).map((f) => ({ id: f.messageId, data: f.data }));

const report = (general: string, result: string) => `I. TÌNH HÌNH CHUNG\n${general}\n\nII. KẾT QUẢ\n${result}\n`;

describe('repeated-value-conflict: a bare count whose restatement is confirmed by its parts', () => {
  it('flags pupils taken in, space-grouped, against the pupils enrolled that their levels add up to', async () => {
    // Hand-checked: 1 820 + 2 905 + 1 700 = 6 425; 6 245 swaps its "4" and "2".
    expect(await found(report(
      'Các trường trên địa bàn huyện tiếp nhận 6 245 học sinh.',
      'Toàn ngành huy động 6 425 học sinh, trong đó mầm non 1 820 học sinh, tiểu học 2 905 học sinh, trung học cơ sở 1 700 học sinh.',
    ))).toEqual([{ id: 'repeatedValueConflict', data: { name: 'học sinh', value: '6 245', other: '6 425' } }]);
  });

  it('flags workers of a sector, dot-grouped, against the jobs split by sex that add up', async () => {
    // Hand-checked: 2.905 + 810 = 3.715; 3.175 swaps its "7" and "1".
    expect(await found(report(
      'Ngành may mặc thu hút 3.175 lao động.',
      'Toàn ngành giải quyết việc làm cho 3.715 lao động, gồm lao động nữ 2.905 người và lao động nam 810 người.',
    ))).toEqual([{ id: 'repeatedValueConflict', data: { name: 'lao động', value: '3.175', other: '3.715' } }]);
  });

  it('stays silent when the breakdown does not add up, or both sides are confirmed by their own', async () => {
    // 1 820 + 2 905 + 1 600 = 6 325, not 6 425: neither value is confirmed.
    expect(await found(report(
      'Các trường trên địa bàn huyện tiếp nhận 6 245 học sinh.',
      'Toàn ngành huy động 6 425 học sinh, trong đó mầm non 1 820 học sinh, tiểu học 2 905 học sinh, trung học cơ sở 1 600 học sinh.',
    ))).toEqual([]);
    // 1 800 + 2 745 + 1 700 = 6 245 and 1 820 + 2 905 + 1 700 = 6 425: two groups, each told whole.
    expect(await found(report(
      'Các trường trên địa bàn huyện tiếp nhận 6 245 học sinh, trong đó mầm non 1 800 học sinh, tiểu học 2 745 học sinh, trung học cơ sở 1 700 học sinh.',
      'Toàn ngành huy động 6 425 học sinh, trong đó mầm non 1 820 học sinh, tiểu học 2 905 học sinh, trung học cơ sở 1 700 học sinh.',
    ))).toEqual([]);
  });

  it('stays silent on workers trained beside jobs created, new jobs, three digits or two years', async () => {
    // Those a deed was done for ("đào tạo nghề cho"): 45 + 1.205 = 1.250, yet 1.520 trained are another group.
    expect(await found(report(
      'Trung tâm Giáo dục nghề nghiệp huyện đào tạo nghề cho 1.520 lao động.',
      'Huyện giải quyết việc làm cho 1.250 lao động, trong đó xuất khẩu lao động 45 người, làm việc tại các khu công nghiệp 1.205 người.',
    ))).toEqual([]);
    // New jobs ("mới") on one side only.
    expect(await found(report(
      'Ngành may mặc thu hút 3.175 lao động.',
      'Toàn ngành giải quyết việc làm mới cho 3.715 lao động, gồm lao động nữ 2.905 người và lao động nam 810 người.',
    ))).toEqual([]);
    // Three digits: 512 + 264 + 80 = 856 beside 865, too common a coincidence.
    expect(await found(report(
      'Ngành chế biến thu hút 865 lao động.',
      'Toàn ngành giải quyết việc làm cho 856 lao động, trong đó chế biến hải sản 512 người, chế biến nông sản 264 người, dịch vụ 80 người.',
    ))).toEqual([]);
    // Two years named.
    expect(await found(report(
      'Năm 2023, ngành may mặc thu hút 3.175 lao động.',
      'Năm 2024, toàn ngành giải quyết việc làm cho 3.715 lao động, gồm lao động nữ 2.905 người và lao động nam 810 người.',
    ))).toEqual([]);
  });
});
