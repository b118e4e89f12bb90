import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A balance of money in any fund or budget: opening + what came in − what was paid out = what is left, the level left told
// by "số dư", "tồn quỹ", "quỹ còn" (src/extract/claims-balance.ts fundLeft, lexicon FUND_CLOSING_WORDS), money paid out by
// "chi <purpose>" or "sử dụng", money in by "thu", "nhận", "vận động", "huy động".
const found = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({ id: f.messageId, data: f.data, severity: f.severity }));

describe('parts-sum-mismatch: a balance of money left in a fund', () => {
  it('flags a study-promotion fund whose balance is off', async () => {
    // Hand-checked: 48,5 + 36,2 − 22,0 = 62,7 triệu đồng, not 60,7.
    expect(await found('Quỹ khuyến học xã đầu năm có 48,5 triệu đồng; trong năm vận động được 36,2 triệu đồng; chi khen thưởng học sinh giỏi 22,0 triệu đồng; số dư quỹ đến 31/12/2024 là 60,7 triệu đồng.')).toEqual([
      { id: 'balanceMismatch', data: { parts: '48,5 triệu đồng + 36,2 triệu đồng − 22,0 triệu đồng', sum: 62_700_000, whole: 60_700_000 }, severity: 'warning' },
    ]);
  });

  it('flags a committee budget spent ("đã sử dụng") whose fund left is off, in đồng', async () => {
    // Hand-checked: 15.200.000 + 40.000.000 − 38.450.000 = 16.750.000 đồng, not 16.950.000.
    expect(await found('Kinh phí hoạt động của Ban Thanh tra nhân dân đầu kỳ 15.200.000 đồng, nhận trong kỳ 40.000.000 đồng, đã sử dụng 38.450.000 đồng, tồn quỹ 16.950.000 đồng.')).toEqual([
      { id: 'balanceMismatch', data: { parts: '15.200.000 đồng + 40.000.000 đồng − 38.450.000 đồng', sum: 16_750_000, whole: 16_950_000 }, severity: 'warning' },
    ]);
  });

  it('flags running costs of an association ("chi thường xuyên") and what the fund still holds', async () => {
    // Hand-checked: 120,5 + 85,0 − 150,0 = 55,5 triệu đồng, not 65,5.
    expect(await found('Quỹ hội người cao tuổi tồn đầu năm 120,5 triệu đồng, thu hội phí 85,0 triệu đồng, chi thường xuyên 150,0 triệu đồng, quỹ còn 65,5 triệu đồng.')).toEqual([
      { id: 'balanceMismatch', data: { parts: '120,5 triệu đồng + 85,0 triệu đồng − 150,0 triệu đồng', sum: 55_500_000, whole: 65_500_000 }, severity: 'warning' },
    ]);
  });

  it('stays silent on a fund balance that holds', async () => {
    // 48,5 + 36,2 − 22,0 = 62,7.
    expect(await found('Quỹ khuyến học xã đầu năm có 48,5 triệu đồng; trong năm vận động được 36,2 triệu đồng; chi khen thưởng học sinh giỏi 22,0 triệu đồng; số dư quỹ đến 31/12/2024 là 62,7 triệu đồng.')).toEqual([]);
    // 8,4 + 12,0 − 9,6 = 10,8.
    expect(await found('Quỹ phúc lợi của trường: số dư đầu năm học 8,4 triệu đồng, thu 12,0 triệu đồng, chi hỗ trợ giáo viên ốm đau 9,6 triệu đồng, số dư cuối năm học 10,8 triệu đồng.')).toEqual([]);
  });

  it('stays silent when a term is of no known way or the level left is a debt', async () => {
    // "cho vay" neither brings in nor pays out for sure: 48,5 + 36,2 − 22,0 − 5,0 = 57,7 may be meant.
    expect(await found('Quỹ khuyến học đầu năm có 48,5 triệu đồng; trong năm thu 36,2 triệu đồng; chi khen thưởng 22,0 triệu đồng; cho vay 5,0 triệu đồng; số dư quỹ là 57,7 triệu đồng.')).toEqual([]);
    // A loan book: disbursements raise the debt, repayments lower it (12,5 + 4,2 − 3,1 = 13,6): not a fund's money left.
    expect(await found('Dư nợ đầu năm 12,5 tỷ đồng, giải ngân 4,2 tỷ đồng, thu nợ 3,1 tỷ đồng, số dư nợ đến 30/6/2024 là 13,6 tỷ đồng.')).toEqual([]);
    // A balance carried in with "số dư" is an opening, never the level left: no second reading of it.
    expect(await found('Số dư năm 2023 chuyển sang 25,0 triệu đồng, trong năm thu 40,0 triệu đồng, chi thăm hỏi 30,0 triệu đồng, còn 35,0 triệu đồng.')).toEqual([]);
  });
});
