import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A table under a two-row header ("Trâu, bò (con)" over "Chết | Mất tích | Cộng") and a paragraph that names the group once,
// in its run-in topic ("- Về trâu, bò: …"), then tells each column's total in its own clause. Written for this test (a
// district's livestock losses); every total checked by hand.
const report = (said: string) => [
  'I. THIỆT HẠI',
  'Bảng 1. Thiệt hại về vật nuôi theo xã',
  'TT\tĐơn vị\tTrâu, bò (con)\t\t\tGia cầm (con)',
  '\t\tChết\tMất tích\tCộng\t',
  '1\tXã Đông Hà\t14\t6\t20\t1 250',
  '2\tXã Tây Hà\t21\t9\t30\t2 100',
  '3\tXã Nam Hà\t37\t12\t49\t1 640',
  '\tTổng cộng\t72\t27\t99\t4 990',
  'II. PHÂN TÍCH',
  `- Về trâu, bò: có 72 con bị chết do lũ cuốn, phải hỗ trợ con giống cho các hộ; ${said} con bị mất tích, chưa tìm thấy.`,
  'III. NHIỆM VỤ',
  'Tiếp tục hỗ trợ các hộ khôi phục chăn nuôi.',
  '',
].join('\n');
const slips = async (said: string) => (await findingsOf('repeated-value-conflict', report(said))).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a run-in topic names the column group of a total row (s146)', () => {
  it('holds "… 72 con bị chết …; 24 con bị mất tích" under "Về trâu, bò:" against the total row', async () => {
    // Hand-checked: 6 + 9 + 12 = 27 under "Mất tích"; the sentence says 24. 14 + 21 + 37 = 72 under "Chết", restated.
    expect(await slips('24')).toEqual([['24', '27']]);
  });

  it('says nothing when the sentence states the total row\'s own value', async () => {
    expect(await slips('27')).toEqual([]);
  });
});
