import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const RULE = 'claim-mismatch';

describe('claim-mismatch of a plan claim after "đã", the plan read from the table row restating the value', () => {
  it('reads "…, đã vượt dự toán" against the row naming the same thing with the same result', async () => {
    // Hand-checked: the row "Thu tiền thuê đất" has dự toán 2.400 and thực hiện 2.150 (triệu đồng): 2.150 < 2.400, so
    // "đã vượt dự toán" is wrong; with thực hiện 2.650 (> 2.400) the claim holds.
    const table = (done: string) => [
      'Bảng 2. Kết quả thu ngân sách năm 2025 (triệu đồng)',
      'STT\tNội dung\tDự toán 2025\tThực hiện 2025\tSo với dự toán (%)',
      '1\tThu phí, lệ phí\t1.800\t1.910\t106,1',
      `2\tThu tiền thuê đất\t2.400\t${done}\t${done === '2.150' ? '89,6' : '110,4'}`,
    ].join('\n');
    const f = await findingsOf(RULE, `${table('2.150')}\nThu tiền thuê đất đạt 2.150 triệu đồng, đã vượt dự toán năm được giao.\n`);
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 2150, 2400]]);
    expect(await findingsOf(RULE, `${table('2.650')}\nThu tiền thuê đất đạt 2.650 triệu đồng, đã vượt dự toán năm được giao.\n`)).toEqual([]);
  });

  it('finds the value in a cell grouping thousands by spaces ("4 125" for "4,125 tỷ đồng")', async () => {
    // Hand-checked: 4 125 < 4 800 (triệu đồng), so "đã vượt dự toán" is wrong.
    const text = [
      'Biểu 01. Thu ngân sách năm 2025',
      '(ĐVT: triệu đồng)',
      'STT\tNội dung\tDự toán 2025\tThực hiện 2025\tSo với dự toán (%)',
      '1\tThu phí, lệ phí\t1 800\t1 910\t106,1',
      '2\tThu khác ngân sách\t4 800\t4 125\t85,9',
      'Thu khác ngân sách đạt 4,125 tỷ đồng, đã vượt dự toán năm được giao.',
      '',
    ].join('\n');
    const f = await findingsOf(RULE, text);
    expect(f.map((x) => [x.messageId, x.data.value, x.data.target])).toEqual([['targetMismatch', 4125, 4800]]);
  });
});
