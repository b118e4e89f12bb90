import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 46: wholes and parts a reader cannot be sure of (src/extract/claims-unsure.ts, src/extract/claims-inline.ts
// perUnitValue). Sentences written for this test.
const RULE = 'part-exceeds-whole';

describe('part-exceeds-whole: a price per person is no whole of what "riêng" singles out (s46)', () => {
  it('leaves a singled-out price above the general one alone', async () => {
    await expectNone(RULE, 'Học phí bán trú áp dụng 150.000 đồng/học sinh/tháng, riêng học sinh lớp mầm non 320.000 đồng/tháng.');
  });

  it('still holds a singled-out amount to a total of money', async () => {
    // Hand-checked: 320 triệu đồng > 150 triệu đồng.
    await expectFindings(RULE, 'Tổng kinh phí hỗ trợ sửa chữa nhà ở 150 triệu đồng, riêng thôn Đông 320 triệu đồng.', [
      { messageId: 'partExceedsWhole', data: { part: 320_000_000, whole: 150_000_000 } },
    ]);
  });
});

describe('part-exceeds-whole: a whole whose number runs on from another digit group (s46)', () => {
  it('judges no part against a number typed twice', async () => {
    await expectNone(RULE, 'Năm nay toàn xã trồng mới 2 4102 410 cây lâu năm, trong đó 1 600 cây keo và 810 cây bạch đàn.');
  });

  it('still holds a part to a whole written once', async () => {
    // Hand-checked: 1 600 > 1 410.
    await expectFindings(RULE, 'Năm nay toàn xã trồng mới 1 410 cây lâu năm, trong đó 1 600 cây keo và 810 cây bạch đàn.', [
      { messageId: 'partExceedsWhole', data: { part: 1600, whole: 1410 } },
    ]);
  });
});

describe('part-exceeds-whole: an amount told as including more ("bao gồm cả") is a whole of its own (s46)', () => {
  const herd = (bracket: string) => `Tổng đàn gia súc có 640 con trâu và 380 con bò; trong đó số con được tiêm phòng lở mồm long móng là 900 con (${bracket}).`;

  it('does not take it for a part of the amount before it', async () => {
    await expectNone(RULE, herd('bao gồm cả trâu, bò và dê'));
  });

  it('still reads a bracket of another kind as an aside of the part', async () => {
    // Hand-checked: 900 > 380, the nearest amount before "trong đó".
    await expectFindings(RULE, herd('tiêm đợt một tháng 3'), [{ messageId: 'partExceedsWhole', data: { part: 900, whole: 380 } }]);
  });
});
