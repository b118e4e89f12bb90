import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 46: a short index that ends a name ("giống ngô NK 66", "tuyến số 5, …") right before a part's number is no
// number the part runs on from (src/extract/claims-unsure.ts). Sentences written for this test.
const RULE = 'parts-sum-mismatch';

describe('parts-sum-mismatch: parts named with an index before their amounts (s46)', () => {
  it('adds parts whose names end in a number', async () => {
    // Hand-checked: 3.100 + 1.450 + 700 = 5.250, not 5.050.
    await expectFindings(RULE, 'Vụ đông năm nay hỗ trợ 5.050 kg giống ngô, gồm: giống NK 66 3.100 kg, giống LVN 10 1.450 kg, giống CP 888 700 kg.', [
      { messageId: 'partsSumMismatch', data: { sum: 5250, whole: 5050 } },
    ]);
  });

  it('adds parts listed after a road number and a comma', async () => {
    // Hand-checked: 4 + 3 + 2 = 9, not 8.
    await expectFindings(RULE, 'Trên địa bàn xảy ra 08 vụ tai nạn giao thông, gồm 04 vụ trên quốc lộ 14, 03 vụ trên đường tỉnh 725 và 02 vụ trên đường liên xã.', [
      { messageId: 'partsSumMismatch', data: { sum: 9, whole: 8 } },
    ]);
  });

  it('stays silent when the indexed parts add up', async () => {
    await expectNone(RULE, 'Vụ đông năm nay hỗ trợ 5.250 kg giống ngô, gồm: giống NK 66 3.100 kg, giống LVN 10 1.450 kg, giống CP 888 700 kg.');
  });
});
