import { describe, expect, it } from 'vitest';
import { expectNone } from './tester.js';
import { findingsOf } from './audit-helper.js';

const RULE = 'garbled-number';

// Session 31 (holdout162): a number whose thousands are grouped by a space and whose tail holds two decimal marks.
describe('garbled-number: two decimal marks after a lead group joined by a space', () => {
  it('reads a lead group joined by a no-break space as the same number, so two commas after it are broken', async () => {
    // Hand-checked: "2\u00A0480,7,3" is 2 480 with two decimal commas, no number in either style.
    const doc = 'Diện tích rừng trồng mới đạt 2\u00A0480,7,3 ha, tăng so với năm trước.\n';
    expect((await findingsOf(RULE, doc)).map((f) => [f.messageId, f.data.raw])).toEqual([['malformedNumber', '2\u00A0480,7,3']]);
  });

  it('reads it after a plain space where the document groups its thousands with spaces', async () => {
    const doc = [
      'Tổng đàn gia cầm có 12 450 con, đàn lợn 3 860 con.',
      'Sản lượng lúa thu hoạch đạt 1 236,5,8 tấn trong vụ.',
    ].join('\n') + '\n';
    expect((await findingsOf(RULE, doc)).map((f) => f.data.raw)).toEqual(['1 236,5,8']);
  });

  it('leaves a list of small numbers after a count, and a grouped decimal, alone', async () => {
    await expectNone(RULE, 'Có 3 tổ 1,2,5 hộ tham gia mô hình.\n');
    await expectNone(RULE, 'Diện tích đạt 2\u00A0480,7 ha.\n');
    await expectNone(RULE, 'Các thôn 4 218,3,7 hộ đăng ký.\n');
  });
});
