import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// A stock told at the last day of a period ("Tại thời điểm 31/3/2025", "Ngày 30/6/2024") is the level the next period
// opens with, as one told at a first day is ("ngày 01/7/2024"): src/extract/claims-balance.ts reads it as an opening level,
// closed by a level at a later cut-off. Sentences and figures written for this test.
const RULE = 'parts-sum-mismatch';
const report = (line: string) => ['BÁO CÁO', 'Kết quả thực hiện nhiệm vụ năm 2025', '', 'I. KẾT QUẢ', line].join('\n');

const patients = (closing: string) =>
  `Tại thời điểm 31/3/2025, Trạm Y tế xã quản lý 86 người bệnh tăng huyết áp; trong quý II phát hiện mới 12 người, tử vong 02 người, chuyển đi 03 người; đến ngày 30/6/2025 Trạm đang quản lý ${closing} người bệnh tăng huyết áp.`;
const herd = (opening: string, closing: string) =>
  `Ngày ${opening}, toàn xã có 2.310 con bò. Trong 6 tháng cuối năm, xuất bán 145 con, tiêu hủy 12 con do bệnh; đến ngày 31/12/2024 tổng đàn bò là ${closing} con.`;
const fund = (closing: string) =>
  `Số dư Quỹ khuyến học tại thời điểm 31/12/2024 là 85 triệu đồng; trong năm thu 120 triệu đồng, chi khen thưởng 95 triệu đồng; số dư đến ngày 30/11/2025 là ${closing} triệu đồng.`;

describe('parts-sum-mismatch: a stock dated the last day of a period opens a balance (s48)', () => {
  it('flags patients under care that do not close from a quarter-end level', async () => {
    // Hand-checked: 86 + 12 − 2 − 3 = 93, not 95.
    const text = patients('95');
    await expectFindings(RULE, report(text), [
      { messageId: 'balanceMismatch', data: { parts: '86 + 12 − 02 − 03', sum: 93, whole: 95 }, quote: '95', at: text.slice(0, text.indexOf('95 người')) },
    ]);
  });

  it('flags a herd that does not close from a half-year-end level told "Ngày 30/6"', async () => {
    // Hand-checked: 2.310 − 145 − 12 = 2.153, not 2.160.
    const text = herd('30/6/2024', '2.160');
    await expectFindings(RULE, report(text), [
      { messageId: 'balanceMismatch', data: { parts: '2.310 − 145 − 12', sum: 2153, whole: 2160 }, quote: '2.160', at: text.slice(0, text.indexOf('2.160')) },
    ]);
  });

  it('flags a fund whose year-end balance, receipts and payments do not close', async () => {
    // Hand-checked: 85 + 120 − 95 = 110 triệu đồng, not 112.
    await expectFindings(RULE, report(fund('112')), [
      { messageId: 'balanceMismatch', data: { sum: 110_000_000, whole: 112_000_000 }, quote: '112 triệu đồng' },
    ]);
  });

  it('takes the 29th of February of a leap year for a month end', async () => {
    // Hand-checked: 2.310 − 145 − 12 = 2.153, not 2.160; 2024 is a leap year, so 29/02 ends its February.
    await expectFindings(RULE, report(herd('29/02/2024', '2.160')), [{ messageId: 'balanceMismatch', data: { sum: 2153, whole: 2160 } }]);
  });

  it('says nothing when the balance closes', async () => {
    // 86 + 12 − 2 − 3 = 93; 2.310 − 145 − 12 = 2.153; 85 + 120 − 95 = 110.
    await expectNone(RULE, report(patients('93')));
    await expectNone(RULE, report(herd('30/6/2024', '2.153')));
    await expectNone(RULE, report(fund('110')));
  });

  it('reads no opening level from a day that bounds no period', async () => {
    // 15/6 and 30/5 (May has 31 days) date an event or a count of their own, not a period's stock; nor does 28/02 of a
    // leap year end its February.
    await expectNone(RULE, report(herd('15/6/2024', '2.160')));
    await expectNone(RULE, report(herd('30/5/2024', '2.160')));
    await expectNone(RULE, report(herd('28/02/2024', '2.160')));
  });

  it('reads no balance closed at a cut-off before the month-end level', async () => {
    // The level "đến ngày 30/6/2024" comes before the one dated 31/12/2024: no period runs from the first to the second.
    await expectNone(RULE, report('Tại thời điểm 31/12/2024, toàn xã có 2.310 con bò. Trong năm, xuất bán 145 con, tiêu hủy 12 con do bệnh; đến ngày 30/6/2024 tổng đàn bò là 2.160 con.'));
  });
});
