import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A claim that every item of one group of table rows met its plan (src/extract/claims-table-all.ts, readGroupAllTargets).
const RULE = 'claim-mismatch';
const ids = async (text: string) => (await findingsOf(RULE, text + '\n')).filter((f) => f.severity !== 'info');

// Hand-checked: under group I, "Phí chợ" 410 of 450 is 91,1% of its plan; group II's "Tiền thuê mặt bằng" 700 of 800 is 87,5%.
const table = (cho: string, rate: string) => [
  'Biểu 01: Thu ngân sách xã năm 2025',
  'STT\tNội dung\tDự toán\tThực hiện\t% so với dự toán',
  '\tTổng thu\t3.050\t3.080\t101,0',
  'I\tThu từ phí, lệ phí\t750\t780\t104,0',
  '1\tLệ phí chứng thực\t300\t370\t123,3',
  `2\tPhí chợ\t450\t${cho}\t${rate}`,
  'II\tThu từ tài sản công\t2.300\t2.300\t100,0',
  '1\tTiền cho thuê đất công ích\t1.500\t1.600\t106,7',
  '2\tTiền thuê mặt bằng\t800\t700\t87,5',
  '',
].join('\n');
const report = (claim: string, cho = '410', rate = '91,1') => `I. KẾT QUẢ THU\n${table(cho, rate)}1. Thu từ phí, lệ phí\n${claim}\n`;

describe('claim-mismatch: all items of one group of table rows met the plan', () => {
  it('flags the claim when a row of the named group is below its plan', async () => {
    const f = await ids(report('Tất cả các khoản thu từ phí, lệ phí đều vượt dự toán năm.'));
    expect(f.map((x) => x.messageId)).toEqual(['targetMismatch']);
    expect(f[0].data).toMatchObject({ value: 410, target: 450 });
  });

  it('reads only the named group: another group below its plan says nothing of it', async () => {
    // Group I all above plan (Phí chợ 480 of 450); group II's short row is not the claim's.
    expect(await ids(report('Tất cả các khoản thu từ phí, lệ phí đều vượt dự toán năm.', '480', '106,7'))).toEqual([]);
  });

  it('stays silent on a group named by no row, a hedged claim, or a claim with a figure of its own', async () => {
    expect(await ids(report('Tất cả các khoản thu từ thuế đều vượt dự toán năm.'))).toEqual([]);
    expect(await ids(report('Hầu hết các khoản thu từ phí, lệ phí đều vượt dự toán năm.'))).toEqual([]);
    // A floor of its own ("từ 4% trở lên") is another claim, read elsewhere.
    expect(await ids(report('Tất cả các khoản thu từ phí, lệ phí đều vượt dự toán từ 4% trở lên.'))).toEqual([]);
  });
});
