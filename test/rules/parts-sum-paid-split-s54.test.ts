import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// A total amount split into what is done of it ("đã nộp", "đã giải ngân", "đã đóng") and what is left ("còn nợ", "còn lại",
// "chưa đóng") in the next clause or sentence (src/extract/claims-paid-split.ts).
const found = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `I. KẾT QUẢ\n${text}\n`)).map((f) => ({
    id: f.messageId,
    data: f.data,
    places: f.evidence.map((e) => [e.span.line, e.quote]),
  }));

describe('parts-sum-mismatch: a total amount split into its part done and its part left', () => {
  it('flags tax paid and tax owed that miss the total due', async () => {
    // Hand-checked: 2.180 + 250 = 2.430 triệu đồng, not 2.450.
    expect(await found('Tổng số tiền thuế phải nộp của các hộ kinh doanh năm 2024 là 2.450 triệu đồng; đã nộp 2.180 triệu đồng, còn nợ 250 triệu đồng.')).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '2.180 triệu đồng + 250 triệu đồng', sum: 2_430_000_000, whole: 2_450_000_000 },
      places: [[2, '2.450 triệu đồng'], [2, '2.180 triệu đồng'], [2, '250 triệu đồng']],
    }]);
  });

  it('flags a disbursement told in the next sentence, its rest left undisbursed', async () => {
    // Hand-checked: 2,85 + 0,65 = 3,5 tỷ đồng, not 3,6.
    expect(await found('Tổng kinh phí xây dựng trường mầm non được phân bổ là 3,6 tỷ đồng. Đến ngày 30/9/2025, đã giải ngân 2,85 tỷ đồng, còn lại 0,65 tỷ đồng chưa giải ngân.')).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '2,85 tỷ đồng + 0,65 tỷ đồng', sum: 3_500_000_000, whole: 3_600_000_000 },
      places: [[2, '3,6 tỷ đồng'], [2, '2,85 tỷ đồng'], [2, '0,65 tỷ đồng']],
    }]);
  });

  it('flags health insurance premiums paid and unpaid in mixed units', async () => {
    // Hand-checked: 1.080.000.000 + 125.000.000 = 1.205.000.000 đồng, not 1,215 tỷ.
    expect(await found('Tổng số tiền đóng bảo hiểm y tế hộ gia đình là 1,215 tỷ đồng, các hộ đã đóng 1.080.000.000 đồng, chưa đóng 125.000.000 đồng.')).toEqual([{
      id: 'partsSumMismatch',
      data: { parts: '1.080.000.000 đồng + 125.000.000 đồng', sum: 1_205_000_000, whole: 1_215_000_000 },
      places: [[2, '1,215 tỷ đồng'], [2, '1.080.000.000 đồng'], [2, '125.000.000 đồng']],
    }]);
  });

  it('stays silent on a split that adds up, in mixed units too', async () => {
    expect(await found('Tổng số tiền học phí phải thu học kỳ I là 486.000.000 đồng; các lớp đã thu 452.500.000 đồng, còn 33.500.000 đồng chưa thu được do phụ huynh khó khăn.')).toEqual([]);
    expect(await found('Tòa án đã xét xử 12 vụ án kinh tế với tổng số tiền phải thi hành 845,5 triệu đồng; các đương sự đã nộp 610.500.000 đồng, còn 235.000.000 đồng đang được cơ quan thi hành án đôn đốc.')).toEqual([]);
  });

  it('stays silent when the parts are a "trong đó" subset, a third term, another amount or another year', async () => {
    // "trong đó": unsure the split covers the total.
    expect(await found('Tổng số tiền phải thi hành án là 5.840 triệu đồng, trong đó đã thu 3.120 triệu đồng, còn phải thu 2.700 triệu đồng.')).toEqual([]);
    // A third term (exempted) after the rest.
    expect(await found('Tổng số tiền đóng bảo hiểm y tế hộ gia đình là 1.215 triệu đồng, đã đóng 1.080 triệu đồng, còn nợ 125 triệu đồng, được miễn 10 triệu đồng.')).toEqual([]);
    // The split is of the province's share, not of the total.
    expect(await found('Tổng kinh phí dự án là 12 tỷ đồng, vốn ngân sách tỉnh 8 tỷ đồng; đã giải ngân 5 tỷ đồng, còn lại 2 tỷ đồng.')).toEqual([]);
    // The split is told of another year than the total.
    expect(await found('Tổng số tiền thuế phải nộp năm 2024 là 2.450 triệu đồng. Năm 2025 đã nộp 2.180 triệu đồng, còn nợ 250 triệu đồng.')).toEqual([]);
    // "còn" far from the amount, as "whereas".
    expect(await found('Tổng số tiền hỗ trợ là 300 triệu đồng, Quỹ đã chi 200 triệu đồng, còn Hội Nông dân hỗ trợ 80 triệu đồng.')).toEqual([]);
  });
});
