import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

const report = (said: string) => [
  'II. KINH PHÍ',
  'Kinh phí hỗ trợ năm 2025 như sau:',
  '(ĐVT: triệu đồng)',
  'TT\tNội dung\tDự toán\tThực hiện\tTỷ lệ (%)',
  '1\tHỗ trợ hộ nghèo\t600\t540,0\t90,0',
  '2\tHỗ trợ học sinh\t400\t362,0\t90,5',
  '\tTổng cộng\t1.000\t902,0\t90,2',
  'III. ĐÁNH GIÁ',
  `Kinh phí hỗ trợ đã giải ngân ${said} dự toán, bảo đảm đúng đối tượng.`,
  '',
].join('\n');
const slips = async (said: string) => (await findingsOf('repeated-value-conflict', report(said))).map((f) => [f.data.value, f.data.other]);

describe('repeated-value-conflict: a total told in the text with the rate of its table row', () => {
  it('tells a text amount two digits of which are swapped from the total row the rate after it restates', async () => {
    // Hand-checked: 920,0 is 902,0 with "0" and "2" swapped; 90,2% is the total row's own rate (902/1.000).
    expect(await slips('920,0 triệu đồng, đạt 90,2%')).toEqual([['920,0 triệu đồng', '902,0']]);
  });

  it('says nothing when the amount is the total, or when no rate ties the sentence to the row', async () => {
    expect(await slips('902,0 triệu đồng, đạt 90,2%')).toEqual([]);
    expect(await slips('920,0 triệu đồng, đạt 92,0%')).toEqual([]);
  });

  it('leaves the sentence alone when the column adds up to it: the total cell is the slip, a table-total finding', async () => {
    // Hand-checked: 540,0 + 362,0 = 902,0, the sentence's amount; the total row's 920,0 is 902,0 with two digits swapped,
    // and its rate 90,2 is 902/1.000, the sentence's own. The row is wrong, not the sentence.
    const mistypedRow = report('902,0 triệu đồng, đạt 90,2%').replace('\tTổng cộng\t1.000\t902,0\t90,2', '\tTổng cộng\t1.000\t920,0\t90,2');
    expect(mistypedRow).toContain('920,0\t90,2');
    const found = (await findingsOf('repeated-value-conflict', mistypedRow)).map((f) => [f.data.value, f.data.other]);
    expect(found).toEqual([]);
  });
});
