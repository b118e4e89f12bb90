import { describe, expect, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

const RULE = 'garbled-number';

describe('garbled-number: a broken amount after a naming word', () => {
  it('reads a doubled mark before an amount even after "quý", "năm" or "đợt"', async () => {
    // Hand-checked: "57,,2" has two commas, said once it is 57,2; the words before it ("trong quý", "đợt") name no quarter or round by 57,,2.
    await expectFindings(RULE, 'Lãi phạt chậm nộp phát sinh trong quý 57,,2 triệu đồng.', [{ messageId: 'malformedNumber', data: { raw: '57,,2', unit: 'triệu đồng' } }]);
    await expectFindings(RULE, 'Kinh phí hỗ trợ cấp trong đợt 3..15 tỷ đồng cho các hộ.', [{ messageId: 'malformedNumber', data: { raw: '3..15', unit: 'tỷ đồng' } }]);
  });

  it('leaves a name\'s number after a naming word alone', async () => {
    await expectNone(RULE, 'Thực hiện theo Điều 2.3.1 và mục 4.2.10 hộ gia đình được hỗ trợ.');
    await expectNone(RULE, 'Kết quả thu trong quý 2.1.3 hộ kinh doanh mới.');
  });
});
