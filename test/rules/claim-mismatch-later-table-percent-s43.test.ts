import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "<row's subject> tăng/giảm N % so với cùng kỳ" in a section after the document's one table of an earlier and a current
// column (src/extract/claims-table-direction.ts, laterDirections): the row's percent change, not only its way.
const changes = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'changeMismatch').map((f) => [f.data.stated, f.data.base, f.data.value, f.data.actual]);

// Health, hand-checked: tiêm chủng mở rộng 250 → 230 trẻ is a fall of 20/250 = 8,0% (250/230 = 108,7% read backwards);
// khám sàng lọc 400 → 460 lượt a rise of 60/400 = 15,0%.
const report = (claim: string) => [
  'I. KẾT QUẢ',
  'Bảng 2. Một số chỉ tiêu y tế 6 tháng so với cùng kỳ',
  'STT\tChỉ tiêu\tĐVT\tCùng kỳ\tKỳ này',
  '1\tTiêm chủng mở rộng\ttrẻ\t250\t230',
  '2\tKhám sàng lọc bệnh không lây nhiễm\tlượt\t400\t460',
  'II. ĐÁNH GIÁ CHUNG',
  `Trạm y tế duy trì tốt hoạt động chuyên môn; ${claim}`,
].join('\n') + '\n';

describe('claim-mismatch: a percent change of a table row claimed in a later section (s43)', () => {
  it('flags a percent whose way and size the row denies', async () => {
    expect(await changes(report('số trẻ được tiêm chủng mở rộng tăng 8,7 % so với cùng kỳ.'))).toEqual([[8.7, 250, 230, -8]]);
  });

  it.each([
    ['the row\'s own fall', 'số trẻ được tiêm chủng mở rộng giảm 8,0 % so với cùng kỳ.'],
    ['a rise the row bears out', 'số lượt khám sàng lọc bệnh không lây nhiễm tăng 15 % so với cùng kỳ.'],
    ['a hedged percent', 'số lượt khám sàng lọc bệnh không lây nhiễm tăng hơn 10 % so với cùng kỳ.'],
    ['a row named by no label', 'số ca sốt xuất huyết giảm 30 % so với cùng kỳ.'],
  ])('%s: nothing is said', async (_topic, claim) => {
    expect(await changes(report(claim))).toEqual([]);
  });
});
