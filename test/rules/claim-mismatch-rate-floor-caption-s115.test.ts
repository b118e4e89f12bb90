import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 22 (s115): a claim that every row reaches a rate, above a table with its caption and a unit note between.
const report = (note: string, low: string) => [
  'I. KẾT QUẢ',
  'Trong năm, các thôn đã tổ chức thu gom rác định kỳ. Tất cả các thôn đều đạt tỷ lệ thu gom rác từ 80% trở lên.',
  '',
  'Bảng 3. Kết quả thu gom rác thải sinh hoạt năm 2024',
  note,
  'STT\tĐơn vị\tSố hộ\tSố hộ được thu gom\tTỷ lệ thu gom (%)',
  '1\tThôn Đông\t210\t189\t90,0',
  `2\tThôn Tây\t150\t${low === '78,0' ? '117' : '126'}\t${low}`,
  '3\tThôn Nam\t180\t153\t85,0',
  '',
].join('\n');
const claims = async (text: string) => (await findingsOf('claim-mismatch', text)).map((f) => f.evidence[0].text.slice(0, 12));

describe('claim-mismatch: an all-rows rate floor read past the table\'s caption and unit note', () => {
  it('holds the claim against the row below the floor', async () => {
    // Hand-checked: Thôn Tây 117/150 = 78,0% < 80%.
    expect(await claims(report('(ĐVT: hộ)', '78,0'))).toHaveLength(1);
    expect(await claims(report('Đơn vị tính: hộ', '78,0'))).toHaveLength(1);
  });

  it('says nothing when every row keeps the floor', async () => {
    // 126/150 = 84,0% ≥ 80%.
    expect(await claims(report('(ĐVT: hộ)', '84,0'))).toEqual([]);
  });
});
