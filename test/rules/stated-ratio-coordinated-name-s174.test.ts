import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const ids = async (rule: string, text: string) => (await findingsOf(rule, text)).map((f) => f.messageId);

// Session 33 (holdout174): a fraction whose quotient is written as a bare number is a ratio of two things counted apart.
describe('a fraction restated as its quotient', () => {
  it('does not read "tỷ lệ giường bệnh/trạm là 1,36 (245/180)" as a part over its whole', async () => {
    // Hand-checked: 245/180 = 1,3611 → 1,36.
    expect(await ids('percent-out-of-range', 'Toàn huyện có 245 giường bệnh, tỷ lệ giường bệnh/trạm là 1,36 (245/180).\n')).toEqual([]);
    expect(await ids('percent-out-of-range', 'Tỷ lệ giáo viên/lớp là 245/180 = 1,36.\n')).toEqual([]);
  });

  it('still flags a share over its whole, and a bare number that is not the quotient', async () => {
    // Hand-checked: 245/180 = 1,36, never 1,50; 125 of 120 files is more than all of them.
    expect(await ids('percent-out-of-range', 'Tỷ lệ giường bệnh/trạm là 1,50 (245/180).\n')).toEqual(['fractionOverWhole']);
    expect(await ids('percent-out-of-range', 'Tỷ lệ hồ sơ được giải quyết đúng hạn là 125/120 hồ sơ.\n')).toEqual(['fractionOverWhole']);
  });
});

// Session 33 (holdout174): "N <noun> … cấp thôn và cấp xã" counts both kinds, not the first alone.
describe('a count of two kinds joined by "và" under one head noun', () => {
  const report = (first: string, second: string) => [first, '', 'Công tác chuyển đổi số được quan tâm.', '', second, ''].join('\n');

  it('does not hold a count of the first kind against the union', async () => {
    // Hand-checked: 37 = 30 + 5 + 2 counts both levels; 32 = 30 + 2 counts those with a hamlet level only.
    expect(await ids('repeated-value-conflict', report(
      'Toàn huyện có 37 nhà văn hóa cấp thôn và cấp xã, gồm 30 nhà văn hóa thôn, 5 nhà văn hóa xã và 2 nhà văn hóa liên thôn.',
      'Toàn bộ 32 nhà văn hóa có cấp thôn (30 nhà văn hóa thôn và 02 nhà văn hóa liên thôn) đã được lắp wifi, đạt 100%.',
    ))).toEqual([]);
  });

  it('still compares two statements of the same union', async () => {
    expect(await ids('repeated-value-conflict', report(
      'Toàn huyện có 37 nhà văn hóa cấp thôn và cấp xã.',
      'Toàn huyện có 73 nhà văn hóa cấp thôn và cấp xã.',
    ))).toEqual(['repeatedValueConflict']);
  });
});
