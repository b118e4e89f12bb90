import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "04 khu vực gồm: A 3, B 1 và C 2": proper names each closed by one digit are read two ways, names numbered among their
// namesakes or places each with its figure of the counted things (src/extract/claims-lists.ts, placeFigures). A count agreeing
// with neither reading is reported. Sentences written for this test; counts checked by hand.
const RULE = 'list-count-mismatch';
const text = (count: string) => `Năm 2025, UBND huyện cho phép mở ${count} bến bãi tập kết vật liệu gồm: Phước Sơn 2, Phước Hòa 1 và Phước Lộc 4; thời hạn hoạt động đến hết năm 2026.`;

describe('list-count-mismatch: names each closed by one digit (s42)', () => {
  it('reports a count agreeing with neither the names (3) nor their digits (2 + 1 + 4 = 7)', async () => {
    await expectFindings(RULE, text('05'), [{ messageId: 'listCountMismatch', data: { count: 5, listed: 3 } }]);
  });

  it('stays silent when the count is the number of names', async () => {
    await expectNone(RULE, text('03'));
  });

  it('stays silent when the count is the sum of the figures by place', async () => {
    await expectNone(RULE, text('07'));
  });
});
