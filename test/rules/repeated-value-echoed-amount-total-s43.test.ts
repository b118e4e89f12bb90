import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 43 (holdout198): a count of the text against a table's total row, two neighbouring digits swapped, tied to the row
// by the amount right after it in its sentence, which restates the row's money cell at the column's scale. Sentences
// written for this test (markets and their customers, not the fixture's tourism).
const RULE = 'repeated-value-conflict';

// Hand-checked: the rows add up to 1.240 + 1.105 + 1.237 = 3.582 visits and 310,2 + 205,0 + 230,4 = 745,6 million đồng of fees.
const doc = (summary: string) => [
  'BÁO CÁO',
  'Kết quả quản lý chợ năm 2025',
  'I. KẾT QUẢ',
  'Bảng 1. Khách và phí chợ năm 2025',
  '| STT | Chợ | Lượt khách | Thu phí (triệu đồng) |',
  '|---|---|---|---|',
  '| 1 | Chợ Đình | 1.240 | 310,2 |',
  '| 2 | Chợ Bến | 1.105 | 205,0 |',
  '| 3 | Chợ Mới | 1.237 | 230,4 |',
  '| | Tổng cộng | 3.582 | 745,6 |',
  'II. ĐÁNH GIÁ',
  summary,
].join('\n') + '\n';
const run = async (summary: string) => (await findingsOf(RULE, doc(summary))).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a count restating a total row whose amount its sentence restates (s43)', () => {
  it('warns on two neighbouring digits swapped when the next amount restates the row\'s money cell', async () => {
    // 3.852 swaps the "5" and "8" of 3.582; "745,6 triệu đồng" is the total row's fee cell at the column's scale.
    expect(await run('Hoạt động chợ ổn định, trong năm các chợ đón 3.852 lượt khách, thu phí 745,6 triệu đồng.'))
      .toEqual([['3.852', '3.582']]);
  });
  it('stays silent without the amount, with another amount, or with the count restated right', async () => {
    expect(await run('Hoạt động chợ ổn định, trong năm các chợ đón 3.852 lượt khách.')).toEqual([]);
    expect(await run('Hoạt động chợ ổn định, trong năm các chợ đón 3.852 lượt khách, thu phí 754,6 triệu đồng.')).toEqual([]);
    expect(await run('Hoạt động chợ ổn định, trong năm các chợ đón 3.582 lượt khách, thu phí 745,6 triệu đồng.')).toEqual([]);
  });
});
