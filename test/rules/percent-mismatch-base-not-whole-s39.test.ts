import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// Session 39, written for this test in other words and numbers than any fixture; every ratio checked by hand.
describe('percent-mismatch: a count itself stated as a share of a larger base is not that base (s39)', () => {
  const RULE = 'percent-mismatch';
  it('says nothing when the earlier count carries its own share and the later share names only its noun', async () => {
    // 4 512 households are 94,0% of all (≈ 4 800); 4 176 of 4 800 = 87,0%, not of 4 512 (92,6%).
    await expectNone(RULE, 'Toàn xã có 4 512 hộ gia đình được cấp nước sạch, đạt 94,0 %; được lắp đồng hồ đo nước 4 176 hộ gia đình, đạt 87,0 % số hộ gia đình.');
    // The earlier count's share names the very base the later one names: both are parts of it.
    await expectNone(RULE, 'Có 620 học sinh đạt loại giỏi, chiếm 31,0 % tổng số học sinh; có 410 học sinh tham gia câu lạc bộ, chiếm 20,5 % tổng số học sinh.');
  });
  it('still flags a share of a count stated without a share of its own', async () => {
    // 4 176 / 4 512 = 92,6%, not 87,0%.
    await expectFindings(RULE, 'Toàn xã có 4 512 hộ gia đình. Được lắp đồng hồ đo nước 4 176 hộ gia đình, đạt 87,0 % số hộ gia đình.',
      [{ messageId: 'percentMismatch', data: { num: 4176, den: 4512 } }]);
  });
});

describe('percent-mismatch: a count singled out of a longer span is not the whole of it (s39)', () => {
  const RULE = 'percent-mismatch';
  const HEAD = 'ỦY BAN NHÂN DÂN XÃ AN PHÚ\nBÁO CÁO\nTình hình công tác dân số năm 2025\n';
  const PART = 'Người khuyết tật đặc biệt nặng là 16 người, chiếm 6,2 % tổng số người khuyết tật được cấp thẻ.';
  it('says nothing when the only count of the noun before is one quarter\'s, one month\'s or one set apart by "Riêng"', async () => {
    await expectNone(RULE, `${HEAD}Trong quý III/2025 (từ ngày 01/7 đến ngày 30/9/2025) có 47 người khuyết tật được cấp thẻ.\n${PART}`);
    await expectNone(RULE, `${HEAD}Riêng đợt rà soát cuối năm, có 47 người khuyết tật được cấp thẻ.\n${PART}`);
    await expectNone(RULE, `${HEAD}Trong tháng 11, xã có 47 người khuyết tật được cấp thẻ.\n${PART}`);
  });
  it('still flags the share against a count of the whole period', async () => {
    // 16 / 47 = 34,0%, not 6,2%.
    await expectFindings(RULE, `${HEAD}Toàn xã có 47 người khuyết tật được cấp thẻ.\n${PART}`,
      [{ messageId: 'percentMismatch', data: { num: 16, den: 47 } }]);
  });
  it('still judges a share in the very sentence "Riêng" opens', async () => {
    // 16 / 47 = 34,0%, not 6,2%: the part is of the count set apart, in its own sentence.
    await expectFindings(RULE, `${HEAD}Riêng đợt rà soát cuối năm có 47 người khuyết tật được cấp thẻ, trong đó đặc biệt nặng 16 người, chiếm 6,2 %.`,
      [{ messageId: 'percentMismatch', data: { num: 16, den: 47 } }]);
  });
});
