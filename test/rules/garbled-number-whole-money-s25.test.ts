import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';

// Session 25 (holdout133): one mark, then four digits or more, right before a currency (src/extract/malformed-numbers.ts).
describe('garbled-number: an amount in whole đồng with a group of four digits', () => {
  it('reads one mark before four digits or more, then a currency, as broken in either style', async () => {
    // Hand-checked: "12,0000" has a group of four digits, and a price in đồng per kilogram has no decimals.
    await expectFindings(RULE, 'Giá phân bón NPK bán lẻ ở mức 12,0000 đồng/kg, ổn định so với quý trước.', [{ messageId: 'malformedNumber', data: { raw: '12,0000', unit: 'đồng' } }]);
    await expectFindings(RULE, 'Giá vé tham quan làng nghề là 25.00000 đồng một lượt.', [{ messageId: 'malformedNumber', data: { raw: '25.00000', unit: 'đồng' } }]);
  });

  it('reads it in a document written the English way too', async () => {
    const doc = [
      'Doanh thu bán lẻ đạt 1,254,300 triệu đồng, tăng 8.5% so với cùng kỳ, phục vụ 42,386 hộ.',
      'Giá gạo tẻ thường bán lẻ ở mức 18,0000 đồng/kg.',
    ].join('\n') + '\n';
    expect((await findingsOf(RULE, doc)).map((f) => [f.messageId, f.data.raw])).toEqual([['malformedNumber', '18,0000']]);
  });

  it('leaves decimals of a scale word, of another unit, and a grouped amount alone', async () => {
    await expectNone(RULE, 'Tổng vốn giải ngân đạt 1,2500 tỷ đồng trong quý.');
    await expectNone(RULE, 'Diện tích đất giao cho hộ là 0,7500 ha.');
    await expectNone(RULE, 'Giá gas bán lẻ ở mức 465.000 đồng/bình.');
  });
});
