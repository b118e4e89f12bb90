import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// "… X a …. Trong X có A b và B c.": a later sentence names an earlier whole of its paragraph by its exact name and lists
// its parts, closed by "và" (src/extract/claims-restated-split.ts). Findings as message id, data, and each place as
// [quote, offset in the one-line report].
const splits = async (text: string) =>
  (await findingsOf('parts-sum-mismatch', `${text}\n`)).map((f) => [f.messageId, f.data, f.evidence.map((e) => [e.quote, e.span.start])]);

// The offset of the n-th (0-based) occurrence of `quote` in `text`, for the expected spans.
const at = (text: string, quote: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(quote, i + 1);
  return i;
};

describe('parts-sum-mismatch: a whole restated by its name in a later sentence, then split (session 51)', () => {
  it('holds a school budget line split by source to the amount of that name (education)', async () => {
    // Hand-checked: 3.150 + 560 = 3.710 triệu đồng, not the 3.680 of "kinh phí chi thường xuyên"; the "gồm" split adds up
    // (3.680 + 440 = 4.120).
    const text = 'Năm 2025, tổng kinh phí của trường là 4.120 triệu đồng, gồm: kinh phí chi thường xuyên 3.680 triệu đồng; kinh phí sửa chữa phòng học 440 triệu đồng. Trong kinh phí chi thường xuyên có ngân sách nhà nước cấp 3.150 triệu đồng và học phí 560 triệu đồng.';
    expect(await splits(text)).toEqual([
      ['partsSumMismatch', { parts: '3.150 triệu đồng + 560 triệu đồng', sum: 3_710_000_000, whole: 3_680_000_000 },
        [['3.680 triệu đồng', at(text, '3.680')], ['3.150 triệu đồng', at(text, '3.150')], ['560 triệu đồng', at(text, '560')]]],
    ]);
    expect(await splits(text.replace('học phí 560', 'học phí 530'))).toEqual([]);
  });

  it('holds inpatients split by insurance to the count of that name, "tổng số" before it (health)', async () => {
    // Hand-checked: 1.108 + 173 = 1.281, not 1.245.
    const text = 'Tổng số người bệnh điều trị nội trú là 1.245 người, tăng 8,2% so với cùng kỳ. Trong người bệnh điều trị nội trú có người có thẻ bảo hiểm y tế 1.108 người và người không có thẻ bảo hiểm y tế 173 người.';
    expect(await splits(text)).toEqual([
      ['partsSumMismatch', { parts: '1.108 + 173', sum: 1281, whole: 1245 },
        [['1.245', at(text, '1.245')], ['1.108', at(text, '1.108')], ['173', at(text, '173')]]],
    ]);
    expect(await splits(text.replace('thẻ bảo hiểm y tế 173', 'thẻ bảo hiểm y tế 137'))).toEqual([]);
  });

  it('reads a name that holds "có" itself, a harvest split by crop (agriculture)', async () => {
    // Hand-checked: 10.850 + 1.510 = 12.360 tấn, not 12.460.
    const text = 'Tổng sản lượng lương thực có hạt vụ Đông Xuân đạt 12.460 tấn, năng suất bình quân 61,5 tạ/ha. Trong sản lượng lương thực có hạt vụ Đông Xuân có lúa 10.850 tấn và ngô 1.510 tấn.';
    expect(await splits(text)).toEqual([
      ['partsSumMismatch', { parts: '10.850 + 1.510', sum: 12360, whole: 12460 },
        [['12.460', at(text, '12.460')], ['10.850', at(text, '10.850')], ['1.510', at(text, '1.510')]]],
    ]);
    expect(await splits(text.replace('ngô 1.510', 'ngô 1.610'))).toEqual([]);
  });

  it('reads parts told amount first when their words name a complementary split (pupils by sex)', async () => {
    // Hand-checked: 640 + 615 = 1.255, not 1.250.
    const text = 'Toàn trường có 1.250 học sinh tiểu học. Trong học sinh tiểu học có 640 em nam và 615 em nữ.';
    expect(await splits(text)).toEqual([
      ['partsSumMismatch', { parts: '640 + 615', sum: 1255, whole: 1250 },
        [['1.250', at(text, '1.250')], ['640', at(text, '640')], ['615', at(text, '615')]]],
    ]);
    expect(await splits(text.replace('615 em', '610 em'))).toEqual([]);
  });
});

describe('parts-sum-mismatch: restated-name look-alikes that may be partial stay silent (session 51)', () => {
  const whole = 'Ngân sách nhà nước cấp cho trường là 2.980 triệu đồng. ';
  it('says nothing of one part, of "trong đó", of examples, of the bulk, or of a list that goes on', async () => {
    for (const text of [
      `${whole}Trong ngân sách nhà nước cấp cho trường có chi thường xuyên 2.650 triệu đồng.`,
      'Ngân sách nhà nước cấp cho trường là 2.980 triệu đồng, trong đó chi thường xuyên 2.650 triệu đồng và chi sửa chữa 200 triệu đồng.',
      `${whole}Trong ngân sách nhà nước cấp cho trường có các khoản chi như chi lương 1.900 triệu đồng và chi mua sắm 120 triệu đồng.`,
      `${whole}Trong ngân sách nhà nước cấp cho trường có chủ yếu là chi lương 1.900 triệu đồng và chi hoạt động 620 triệu đồng.`,
      `${whole}Trong ngân sách nhà nước cấp cho trường có chi thường xuyên 2.650 triệu đồng và chi sửa chữa 200 triệu đồng, còn lại là chi khác.`,
    ]) expect(await splits(text), text).toEqual([]);
  });

  it('says nothing of counts told amount first that may overlap (pupils of minorities and with disabilities)', async () => {
    const text = 'Toàn trường có 1.250 học sinh tiểu học. Trong học sinh tiểu học có 120 em dân tộc thiểu số và 35 em khuyết tật.';
    expect(await splits(text)).toEqual([]);
  });

  it('says nothing when the name fits a value of each of two periods (rice harvests of two years)', async () => {
    const text = 'Vụ Đông Xuân năm 2024, sản lượng lúa 10.200 tấn; vụ Đông Xuân năm 2025, sản lượng lúa 10.850 tấn. Trong sản lượng lúa có lúa chất lượng cao 6.300 tấn và lúa thường 4.300 tấn.';
    expect(await splits(text)).toEqual([]);
  });

  it('says nothing when the split names another period\'s whole, or one of another paragraph', async () => {
    const other = 'Kinh phí chi thường xuyên năm 2025 là 3.680 triệu đồng. Trong kinh phí chi thường xuyên năm 2024 có ngân sách nhà nước cấp 3.150 triệu đồng và học phí 560 triệu đồng.';
    expect(await splits(other)).toEqual([]);
    const apart = 'Kinh phí chi thường xuyên là 3.680 triệu đồng.\nTrong kinh phí chi thường xuyên có ngân sách nhà nước cấp 3.150 triệu đồng và học phí 560 triệu đồng.';
    expect(await splits(apart)).toEqual([]);
  });
});
