import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Own sentences, sums checked by hand.
const report = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('part-exceeds-whole: a "Trong đó" whose parts add up to an earlier amount of the sentence', () => {
  const parts = async (text: string) => (await findingsOf('part-exceeds-whole', text)).map((f) => [f.data.part ?? f.data.sum, f.data.whole]);

  it('splits that amount, not the share stated last ("nữ 260 người, chiếm 43,3%")', async () => {
    // 300 + 180 + 120 = 600, the members admitted; the 260 women are one share of them.
    expect(await parts('Năm 2024 kết nạp mới 600 người vào Hội; hội viên nữ 260 người, chiếm 43,3%. Trong đó: khu vực thị trấn 300 người; khu vực nông thôn 180 người; khu vực ven biển 120 người.\n')).toEqual([]);
  });

  it('still flags parts over the nearest amount when they add up to no earlier amount', async () => {
    // 300 + 180 + 130 = 610 matches nothing: the nearest amount (260) stays the whole, and 300 > 260.
    expect(await parts('Năm 2024 kết nạp mới 600 người vào Hội; hội viên nữ 260 người, chiếm 43,3%. Trong đó: khu vực thị trấn 300 người; khu vực nông thôn 180 người; khu vực ven biển 130 người.\n')).toEqual([[300, 260]]);
  });
});

describe('repeated-value-conflict: a "(lũy kế)" row is restated only by a running total in words', () => {
  const RULE = 'repeated-value-conflict';
  const text = (sentence: string) => report(
    'BÁO CÁO Kết quả xây dựng giao thông nông thôn năm 2024', 'I. KẾT QUẢ', sentence,
    'Bảng 1. Kết quả thực hiện', 'STT\tChỉ tiêu\tĐVT\tSố lượng\n1\tĐường giao thông nông thôn đã được cứng hóa (lũy kế)\tkm\t148,6\n2\tCầu dân sinh xây mới\tcái\t4',
  );

  it('does not hold the year\'s own work against the running total', async () => {
    // 12,4 km hardened in 2024 is a flow; the row's 148,6 km is everything hardened so far.
    expect(await findingsOf(RULE, text('Năm 2024, toàn xã cứng hóa được 12,4 km đường giao thông nông thôn, đạt 103,3% kế hoạch.'))).toEqual([]);
  });

  it('still holds a running total in words against it', async () => {
    expect((await findingsOf(RULE, text('Lũy kế đến nay, toàn xã đã cứng hóa 146,8 km đường giao thông nông thôn.'))).map((f) => [f.data.value, f.data.other])).toEqual([['146,8', '148,6']]);
  });
});
