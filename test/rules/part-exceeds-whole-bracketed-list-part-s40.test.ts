import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A "trong đó" bracket opened right after one part of a breakdown, the breakdown going on after it, splits that part
// (src/extract/claims-inline.ts, bracketedPartOwner). Sentences written for this test.
const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: a bracketed part inside a breakdown (s40)', () => {
  it('holds the bracket\'s part to the list item it follows', async () => {
    await expectFindings(RULE, 'Hội có 360 hội viên, trong đó: nông dân 210 người, tiểu thương 95 người (trong đó nữ 120 người), cán bộ hưu trí 55 người.', [
      { messageId: 'partExceedsWhole', data: { part: 120, whole: 95 } },
    ]);
    await expectFindings(RULE, 'Đội có 64 xe, gồm: xe tải 40 chiếc, xe khách 18 chiếc (trong đó xe giường nằm 25 chiếc), xe cứu thương 06 chiếc.', [
      { messageId: 'partExceedsWhole', data: { part: 25, whole: 18 } },
    ]);
  });

  it('stays silent on a bracketed part that fits its item', async () => {
    await expectNone(RULE, 'Hội có 360 hội viên, trong đó: nông dân 210 người, tiểu thương 95 người (trong đó nữ 60 người), cán bộ hưu trí 55 người.');
  });

  it('stays silent on a bracket closing the breakdown, which may be of the whole', async () => {
    await expectNone(RULE, 'Hội có 360 hội viên, trong đó: nông dân 210 người, tiểu thương 95 người, cán bộ hưu trí 55 người (trong đó nữ 120 người).');
  });
});
