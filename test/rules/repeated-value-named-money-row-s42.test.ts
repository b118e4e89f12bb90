import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// An amount in a sentence naming every word of one body row of a money table ("(Đơn vị tính: triệu đồng)"), its group row
// sharing most of those words: the row named word for word is the one restated, and two side-by-side digits swapped from its
// cell is a slip when the group adds up. Sentences, table and figures written for this test.
// Sums checked by hand: 2.184 + 1.310 + 832 = 4.326; 4.326 + 540 = 4.866; 2.000 + 1.200 + 700 = 3.900; 3.900 + 500 = 4.400.
const RULE = 'repeated-value-conflict';
const table = (group = '4.326') => [
  'Bảng 1. Thu phí, lệ phí năm 2024',
  '(Đơn vị tính: triệu đồng)',
  '',
  '| STT | Nội dung | Dự toán năm 2024 | Thực hiện năm 2024 | % so với dự toán |',
  '|---|---|---|---|---|',
  `| 1 | Thu phí, lệ phí khu di tích | 3.900 | ${group} | 110,9 |`,
  '| 1.1 | Thu phí tham quan khu di tích | 2.000 | 2.184 | 109,2 |',
  '| 1.2 | Thu phí trông giữ xe | 1.200 | 1.310 | 109,2 |',
  '| 1.3 | Thu lệ phí cấp phép quay phim | 700 | 832 | 118,9 |',
  '| 2 | Thu khác | 500 | 540 | 108,0 |',
  '| | Tổng cộng | 4.400 | 4.866 | 110,6 |',
].join('\n');
const report = (line: string, group?: string) => [
  'BÁO CÁO', 'Kết quả quản lý khu di tích năm 2024', '', 'I. KẾT QUẢ', 'Năm 2024, khu di tích đón 48.200 lượt khách tham quan.', '',
  table(group), '', 'II. ĐÁNH GIÁ CHUNG', line, '', 'III. NHIỆM VỤ', 'Tiếp tục tôn tạo di tích.',
].join('\n') + '\n';

describe('repeated-value-conflict: an amount against the money row its words name, digits swapped (s42)', () => {
  it('flags the amount two side-by-side digits apart from the row it names word for word', async () => {
    await expectFindings(RULE, report('Nguồn thu ổn định; thu phí tham quan khu di tích đạt 2.148 triệu đồng, vượt dự toán, góp phần tôn tạo di tích.'), [
      { messageId: 'repeatedValueConflict', data: { value: '2.148 triệu đồng', other: '2.184' }, severity: 'error' },
    ]);
  });

  it('says nothing for the amount as the row states it, another amount, or a group that does not add up', async () => {
    await expectNone(RULE, report('Nguồn thu ổn định; thu phí tham quan khu di tích đạt 2.184 triệu đồng, vượt dự toán, góp phần tôn tạo di tích.'));
    await expectNone(RULE, report('Nguồn thu ổn định; thu phí tham quan khu di tích đạt 2.350 triệu đồng, vượt dự toán, góp phần tôn tạo di tích.'));
    await expectNone(RULE, report('Nguồn thu ổn định; thu phí tham quan khu di tích đạt 2.148 triệu đồng, vượt dự toán, góp phần tôn tạo di tích.', '4.362'));
  });

  it('says nothing when the row\'s words are all there but not as one run (another group named around them)', async () => {
    // "tham quan các điểm ngoài khu di tích": every word of the row "Thu phí tham quan khu di tích", but the places outside it.
    await expectNone(RULE, report('Nguồn thu ổn định; thu phí tham quan các điểm ngoài khu di tích đạt 2.148 triệu đồng, góp phần tôn tạo di tích.'));
  });
});
