import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 54 (h220 r1-tien-phat-lech, h171 r1-tienphat): "đã xử phạt 16 cơ sở với tổng số tiền 254,5 triệu đồng" beside the
// total row "Tổng cộng | 52 | 16 | 245,5" under "Tiền phạt (triệu đồng)": the count of the amount's clause restates another
// cell of the row, the amount is the money column's total with two neighbouring digits swapped, and the clause says every
// word of the column's header, so the amount is that total mistyped (reportCountTiedAmountSlips). Reports written for this
// test, in other topics than the holdouts' (fines): health insurance refunds, farm support, school fee exemptions.
const RULE = 'repeated-value-conflict';
const pairs = async (text: string) => (await findingsOf(RULE, text)).map((f) => [f.messageId, f.severity, f.data.name, f.data.value, f.data.other, f.evidence.map((e) => e.quote)]);

const report = (unit: string, title: string, table: string[], results: string, assessment: string) => [
  'ỦY BAN NHÂN DÂN',
  unit,
  'Số: 118/BC-UBND',
  'Hòa Bình, ngày 20 tháng 12 năm 2025',
  'BÁO CÁO',
  title,
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Kết quả chủ yếu',
  results,
  '',
  ...table,
  '',
  '2. Công tác khác',
  'Công tác kiểm tra, giám sát được duy trì thường xuyên.',
  'II. ĐÁNH GIÁ CHUNG',
  '1. Kết quả đạt được',
  assessment,
  '2. Tồn tại, hạn chế',
  '- Một số hồ sơ còn chậm do người dân bổ sung giấy tờ chưa kịp thời.',
  '',
].join('\n');

// Health: refunds of medical costs by kind of case; rows add up to 368,4 (152,0 + 128,6 + 87,8) and 124 cases (58 + 41 + 25).
const refundTable = [
  'Bảng 1. Kết quả thanh toán trực tiếp chi phí khám chữa bệnh',
  '| STT | Loại trường hợp | Số ca | Số tiền chi trả (triệu đồng) |',
  '|---|---|---|---|',
  '| 1 | Khám chữa bệnh ngoại trú | 58 | 152,0 |',
  '| 2 | Điều trị nội trú | 41 | 128,6 |',
  '| 3 | Khám chữa bệnh trái tuyến | 25 | 87,8 |',
  '| | Tổng cộng | 124 | 368,4 |',
];
const health = (results: string, assessment: string) => report('HUYỆN LẠC SƠN', 'Kết quả thực hiện chính sách bảo hiểm y tế năm 2025', refundTable, results, assessment);

// Agriculture: support to households for seedlings; rows add up to 1.257 (612 + 418 + 227) and 45 households (21 + 15 + 9).
const seedTable = [
  'Bảng 2. Hỗ trợ giống cây trồng theo thôn (ĐVT: triệu đồng)',
  '| STT | Thôn | Số hộ | Tiền hỗ trợ |',
  '|---|---|---|---|',
  '| 1 | Thôn Đồng Tâm | 21 | 612 |',
  '| 2 | Thôn Bãi Sậy | 15 | 418 |',
  '| 3 | Thôn Gò Mít | 9 | 227 |',
  '| | Tổng cộng | 45 | 1.257 |',
];
const farm = (results: string, assessment: string) => report('XÃ TÂN MINH', 'Kết quả sản xuất nông nghiệp năm 2025', seedTable, results, assessment);

describe('repeated-value-conflict: an amount tied by its clause\'s count to a total row', () => {
  it('holds refunds told with their count in the assessment against the total row they mistype', async () => {
    // Hand-checked: 386,4 is 368,4 with 8 and 6 swapped; 124 cases restate the row's "Số ca"; "chi trả … số tiền" says
    // "Số tiền chi trả"; the results section tells the table alone.
    expect(await pairs(health(
      'Cơ quan bảo hiểm xã hội đã thanh toán trực tiếp chi phí khám chữa bệnh theo Bảng 1.',
      'Công tác thanh toán được thực hiện kịp thời, trong năm đã chi trả 124 ca với số tiền 386,4 triệu đồng cho người tham gia.',
    ))).toEqual([['repeatedValueConflict', 'warning', '(ca với số tiền)', '386,4 triệu đồng', '368,4', ['386,4 triệu đồng', '368,4']]]);
  });

  it('holds a farm support amount in thousands against the table in millions, the count of households tying them', async () => {
    // 1.275 triệu đồng is 1.257 (triệu, the table's unit note) with 5 and 7 swapped; 45 households restate "Số hộ".
    expect(await pairs(farm(
      'Ủy ban nhân dân xã đã hỗ trợ giống cây trồng cho các thôn theo kế hoạch.',
      'Trong năm đã hỗ trợ 45 hộ với số tiền 1.275 triệu đồng để chuyển đổi cây trồng.',
    ))).toEqual([['repeatedValueConflict', 'warning', '(hộ với số tiền)', '1.275 triệu đồng', '1.257', ['1.275 triệu đồng', '1.257']]]);
  });

  it('stays silent when the amount restates the total, or its count is not the row\'s', async () => {
    expect(await pairs(health('Đã thanh toán trực tiếp cho người bệnh theo quy định.',
      'Trong năm đã chi trả 124 ca với số tiền 368,4 triệu đồng cho người tham gia.'))).toEqual([]);
    // 98 cases are not the row's 124: another group's refunds, whatever their amount.
    expect(await pairs(health('Đã thanh toán trực tiếp cho người bệnh theo quy định.',
      'Trong năm đã chi trả 98 ca với số tiền 386,4 triệu đồng cho người tham gia.'))).toEqual([]);
  });

  it('stays silent for a column the clause does not name, a previous period, or a part', async () => {
    // "hỗ trợ … số tiền" does not say "chi trả": another money of the same cases.
    expect(await pairs(health('Đã thanh toán trực tiếp cho người bệnh theo quy định.',
      'Ngoài ra, Hội Chữ thập đỏ đã hỗ trợ 124 ca với số tiền 386,4 triệu đồng.'))).toEqual([]);
    // Last year's support, compared: not this period's total.
    expect(await pairs(farm('Ủy ban nhân dân xã đã hỗ trợ giống cây trồng cho các thôn theo kế hoạch.',
      'So với năm 2024 (hỗ trợ 45 hộ với số tiền 1.275 triệu đồng), kinh phí tăng nhẹ.'))).toEqual([]);
    // "trong đó" opens a part of the support, held against no total.
    expect(await pairs(farm('Ủy ban nhân dân xã đã hỗ trợ giống cây trồng cho các thôn theo kế hoạch.',
      'Tổng kinh phí hỗ trợ giống năm 2025 là 1.257 triệu đồng, trong đó hỗ trợ 45 hộ với số tiền 1.275 triệu đồng từ ngân sách tỉnh.'))).toEqual([]);
  });

  it('leaves the table\'s own mis-added total to the table check, the sentence being right', async () => {
    // The rows add up to 1.257 but the total row says 1.275: the sentence's 1.257 restates the rows, not the total cell.
    const wrongTotal = seedTable.map((l) => l.replace('| 45 | 1.257 |', '| 45 | 1.275 |'));
    expect(await pairs(report('XÃ TÂN MINH', 'Kết quả sản xuất nông nghiệp năm 2025', wrongTotal,
      'Ủy ban nhân dân xã đã hỗ trợ giống cây trồng cho các thôn theo kế hoạch.',
      'Trong năm đã hỗ trợ 45 hộ với số tiền 1.257 triệu đồng để chuyển đổi cây trồng.'))).toEqual([]);
  });
});
