import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'repeated-value-conflict';
const found = async (lines: string[]) => (await findingsOf(RULE, `${lines.join('\n')}\n`)).map((f) => [f.data.value, f.data.other]);

// A report of "quý II năm 2026" that names its own quarter once as "Quý II/2026" and later as "trong quý".
const report = (period: string, first: string) => [
  'ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG CHÂU', 'BÁO CÁO', `Tình hình phát triển hợp tác xã ${period}`, '',
  '1. HỢP TÁC XÃ',
  `${first}, toàn xã có 12 hợp tác xã nông nghiệp thành lập mới, chủ yếu trồng rau an toàn.`,
  '',
  '2. ĐÁNH GIÁ CHUNG',
  'Kinh tế tập thể tiếp tục phát triển; trong quý có 21 hợp tác xã nông nghiệp thành lập mới, thu hút thêm nhiều hộ tham gia.',
];

describe('repeated-value-conflict: the report\'s own period written with a slash', () => {
  it('reads "Quý II/2026" as the report\'s own "quý II năm 2026", so the two counts are one quantity', async () => {
    // Hand-checked: both sentences count the new cooperatives of the report's quarter: 12 and 21 disagree.
    expect(await found(report('quý II năm 2026', 'Quý II/2026'))).toEqual([['21', '12']]);
  });

  it('reads "quý II năm 2026" in the sentence as the report\'s own "Quý II/2026" too', async () => {
    expect(await found(report('Quý II/2026', 'Trong quý II năm 2026'))).toEqual([['21', '12']]);
  });

  it('leaves another quarter\'s count alone', async () => {
    // Hand-checked: quý I is an earlier part of the year, another quantity than the report's quarter.
    expect(await found(report('quý II năm 2026', 'Quý I/2026'))).toEqual([]);
  });
});
