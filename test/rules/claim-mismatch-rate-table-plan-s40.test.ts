import { describe, it } from 'vitest';
import { expectFindings, expectNone } from './tester.js';

// "Tỷ lệ X đạt P%, vượt chỉ tiêu kế hoạch năm" with no plan in the sentence: the plan is the one plan cell of the table row
// named X whose result cell is P (a row of unit "%"), the plan column of the period the claim names. Sentences, tables and
// figures written for this test.
const RULE = 'claim-mismatch';
const table = (plan: string) => [
  'Bảng 3. Một số chỉ tiêu y tế, dân số 9 tháng năm 2025',
  '| STT | Chỉ tiêu | ĐVT | KH năm 2025 | TH 9 tháng 2025 | Cùng kỳ 2024 |',
  '|---|---|---|---|---|---|',
  '| 1 | Số trẻ được tiêm chủng đầy đủ | Trẻ | 420 | 377 | 365 |',
  `| 2 | Tỷ lệ người dân tham gia bảo hiểm y tế | % | ${plan} | 91,6 | 90,2 |`,
  '| 3 | Tỷ lệ trạm y tế đạt chuẩn quốc gia | % | 100 | 100 | 100 |',
];
const report = (line: string, plan = '92,4') => ['BÁO CÁO', '', 'II. KẾT QUẢ', '1. Y tế, dân số', line, 'Công tác khám chữa bệnh ban đầu được duy trì.', '', ...table(plan), '', '2. Văn hóa', 'Các thiết chế văn hóa hoạt động đều.'].join('\n');

describe('claim-mismatch: a rate said to pass its plan, the plan in its table row (s40)', () => {
  it('flags a rate below the plan of its own row', async () => {
    // 91,6 < 92,4: the plan was not passed.
    await expectFindings(RULE, report('Tỷ lệ người dân tham gia bảo hiểm y tế toàn xã đạt 91,6%, vượt chỉ tiêu kế hoạch năm được giao.'), [
      { messageId: 'targetMismatch', data: { value: 91.6, target: 92.4 } },
    ]);
  });

  it('says nothing when the rate is above its plan', async () => {
    await expectNone(RULE, report('Tỷ lệ người dân tham gia bảo hiểm y tế toàn xã đạt 91,6%, vượt chỉ tiêu kế hoạch năm được giao.', '90,5'));
  });

  it('says nothing for the plan of another period or another rate', async () => {
    // The claim names a quarter's plan; the table holds the year's.
    await expectNone(RULE, report('Tỷ lệ người dân tham gia bảo hiểm y tế toàn xã đạt 91,6%, vượt chỉ tiêu kế hoạch quý được giao.'));
    // Another rate, no row of its name.
    await expectNone(RULE, report('Tỷ lệ hộ gia đình dùng nước sạch toàn xã đạt 91,6%, vượt chỉ tiêu kế hoạch năm được giao.'));
    // A rate of the plan itself ("đạt 91,6% kế hoạch") is no rate's own value.
    await expectNone(RULE, report('Số người tham gia bảo hiểm y tế đạt 91,6% kế hoạch, vượt chỉ tiêu năm được giao.'));
  });
});
