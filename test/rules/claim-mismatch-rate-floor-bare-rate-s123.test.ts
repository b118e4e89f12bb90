import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 23: a claim that every row reaches a rate, above a table with two bare "Tỷ lệ (%)" columns, each the share of
// the count column before it, and a lead-in line and a unit note with named parts between claim and table.
const report = (claim: string, low: string) => [
  'I. KẾT QUẢ',
  `Trong năm, các trạm y tế đã triển khai tiêm chủng mở rộng. ${claim}`,
  'Kết quả cụ thể theo từng xã như sau:',
  '(ĐVT: trẻ; tỷ lệ: %)',
  'STT\tXã\tSố trẻ dưới 1 tuổi\tSố trẻ được tiêm chủng đầy đủ\tTỷ lệ (%)\tSố trẻ được uống vitamin A\tTỷ lệ (%)',
  '1\tAn Phú\t200\t194\t97,0\t150\t75,0',
  `2\tTân Mỹ\t150\t${low === '92,0' ? '138' : '147'}\t${low}\t120\t80,0`,
  '3\tBình Hòa\t180\t176\t97,8\t171\t95,0',
  '',
].join('\n');
const claims = async (text: string) => (await findingsOf('claim-mismatch', text)).map((f) => f.evidence[0].text.slice(0, 20));

describe('claim-mismatch: an all-rows rate floor against one of two bare rate columns, named by the count before each', () => {
  it('holds the claim against the row below the floor in the column its words name', async () => {
    // Hand-checked: Tân Mỹ 138/150 = 92,0% < 95% of children fully vaccinated.
    expect(await claims(report('Tất cả các xã đều đạt tỷ lệ trẻ được tiêm chủng đầy đủ từ 95% trở lên.', '92,0'))).toHaveLength(1);
  });

  it('says nothing when every row keeps the floor, or when the claim names neither column alone', async () => {
    // 147/150 = 98,0% ≥ 95%: every commune keeps it (the vitamin A column, 75% and 80%, is another rate).
    expect(await claims(report('Tất cả các xã đều đạt tỷ lệ trẻ được tiêm chủng đầy đủ từ 95% trở lên.', '98,0'))).toEqual([]);
    // "tỷ lệ trẻ được chăm sóc" names words of neither column's own: no column is read.
    expect(await claims(report('Tất cả các xã đều đạt tỷ lệ trẻ được chăm sóc từ 95% trở lên.', '92,0'))).toEqual([]);
  });
});
