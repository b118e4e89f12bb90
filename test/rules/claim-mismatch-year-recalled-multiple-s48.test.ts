import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 48: "<value>, tăng gấp N lần so với cùng kỳ | năm YYYY" with no base in its statement, against the one value of the
// same indicator the report states of the compared year in another section (src/extract/claims-ratio-year-recalled.ts); and
// a whole multiple held to 10% of the true ratio, "gấp đôi" as loosely as "gấp 2 lần". Sentences and numbers written for
// this test.
const report = (overview: string, section: string) =>
  `BÁO CÁO\nKết quả công tác năm 2025\nI. ĐÁNH GIÁ CHUNG\n${overview}\nII. KẾT QUẢ THỰC HIỆN\n1. Lĩnh vực chuyên môn\n${section}\n2. Công tác khác\nTổ chức 05 lớp tập huấn.\n`;
const ratios = async (text: string) =>
  (await findingsOf('claim-mismatch', text)).filter((f) => f.messageId === 'ratioMismatch')
    .map((f) => ({ data: f.data, quotes: f.evidence.map((e) => e.quote), places: f.evidence.map((e) => e.text.slice(e.offset, e.offset + e.quote.length)) }));

const CHILDREN = (now: string) => report(
  'Năm 2024, trong Tháng hành động vì trẻ em, các trạm y tế xã đã khám sàng lọc cho 1.520 trẻ em; đây là căn cứ để xây dựng kế hoạch năm 2025.',
  `Tháng hành động vì trẻ em năm 2025 được phát động từ ngày 01/6/2025. Các trạm y tế xã đã khám sàng lọc cho ${now} trẻ em, tăng gấp 2 lần so với cùng kỳ, tổng kinh phí 85 triệu đồng.`,
);
const FIELDS = (now: string, multiple: string) => report(
  'Năm 2023, toàn xã đã chuyển đổi 42 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả.',
  `Năm 2024, toàn xã đã chuyển đổi ${now} ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, ${multiple} so với năm 2023.`,
);
const GRANTS = (now: number, claim = 'tăng gấp đôi so với năm trước') => report(
  'Năm 2024, Quỹ khuyến học của xã đã trao 150 suất học bổng cho học sinh nghèo vượt khó.',
  `Năm 2025, Quỹ khuyến học của xã đã trao ${now} suất học bổng cho học sinh nghèo vượt khó, ${claim}.`,
);

describe('claim-mismatch: a multiple whose base the report states of the compared year in another section (s48)', () => {
  it('flags a multiple against the earlier-year value of the same deed and noun, told in the overview', async () => {
    // 2.640 / 1.520 = 1,74: no "gấp 2 lần" (and no rise of 2 times either).
    expect(await ratios(CHILDREN('2.640'))).toEqual([{
      data: { stated: 2, high: 2640, low: 1520, actual: 1.7 },
      quotes: ['tăng gấp 2 lần so với cùng kỳ', '2.640', '1.520'],
      places: ['tăng gấp 2 lần so với cùng kỳ', '2.640', '1.520'],
    }]);
    // A year named, a multiple in words: 95 / 42 = 2,26, no "gấp ba".
    expect((await ratios(FIELDS('95', 'gấp ba lần'))).map((r) => r.data)).toEqual([{ stated: 3, high: 95, low: 42, actual: 2.3 }]);
    // "tăng gấp đôi so với năm trước": 255 / 150 = 1,7.
    expect((await ratios(GRANTS(255))).map((r) => r.data)).toEqual([{ stated: 2, high: 255, low: 150, actual: 1.7 }]);
  });

  it('says nothing when the pair bears the multiple, rounding or a rise read as "+N" included', async () => {
    // 3.000 / 1.520 = 1,97; 126 / 42 = 3; "gấp đôi" for 285 / 150 = 1,9 is a rounding.
    expect(await ratios(CHILDREN('3.000'))).toEqual([]);
    expect(await ratios(FIELDS('126', 'gấp ba lần'))).toEqual([]);
    expect(await ratios(GRANTS(285))).toEqual([]);
    // "tăng gấp 2 lần" read as a rise of two times: 4.560 / 1.520 = 3.
    expect(await ratios(CHILDREN('4.560'))).toEqual([]);
  });

  it('says nothing when the claim is hedged or the earlier value is of another indicator or period', async () => {
    // Hedged: "gần gấp đôi", "gấp hơn 1,5 lần".
    expect(await ratios(GRANTS(255, 'gần gấp đôi so với năm trước'))).toEqual([]);
    expect(await ratios(GRANTS(205, 'tăng gấp hơn 1,5 lần so với năm trước'))).toEqual([]);
    // The earlier value counts a part of the noun ("cho học sinh khuyết tật").
    expect(await ratios(report(
      'Năm 2024, Quỹ khuyến học của xã đã trao 150 suất học bổng cho học sinh khuyết tật.',
      'Năm 2025, Quỹ khuyến học của xã đã trao 255 suất học bổng cho học sinh nghèo vượt khó, tăng gấp đôi so với năm trước.',
    ))).toEqual([]);
    // Another deed ("tiếp nhận hồ sơ" is not "trao").
    expect(await ratios(report(
      'Năm 2024, Quỹ khuyến học của xã đã tiếp nhận 150 suất học bổng cho học sinh nghèo vượt khó.',
      'Năm 2025, Quỹ khuyến học của xã đã trao 255 suất học bổng cho học sinh nghèo vượt khó, tăng gấp đôi so với năm trước.',
    ))).toEqual([]);
    // "cùng kỳ" of six months against a whole year's value: no pair.
    expect(await ratios(report(
      'Năm 2024, xã đã giải ngân 1.800 triệu đồng vốn đầu tư công.',
      '6 tháng đầu năm 2025, xã đã giải ngân 2.600 triệu đồng vốn đầu tư công, tăng gấp 2 lần so với cùng kỳ.',
    ))).toEqual([]);
    // Two earlier values of the subject that differ: which one is unsure.
    expect(await ratios(report(
      'Năm 2023, toàn xã đã chuyển đổi 42 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả. Năm 2023, toàn xã đã chuyển đổi 30 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả.',
      'Năm 2024, toàn xã đã chuyển đổi 95 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, gấp ba lần so với năm 2023.',
    ))).toEqual([]);
    // The earlier statement names two years: not the compared year's alone.
    expect(await ratios(report(
      'Năm 2023, toàn xã đã chuyển đổi 42 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, gấp đôi năm 2022.',
      'Năm 2024, toàn xã đã chuyển đổi 95 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, gấp ba lần so với năm 2023.',
    ))).toEqual([]);
  });
});

describe('claim-mismatch: a whole multiple is a rounding within 10% of the true ratio (s48)', () => {
  const inline = (now: number, multiple: string) => report('Toàn xã có 12 trường học.', `Năm 2025, xã đã cấp ${now} giấy phép xây dựng, ${multiple} so với năm 2024 (100 giấy phép).`);

  it('flags "gấp 2 lần" for 1,78 and "gấp đôi" for 2,3', async () => {
    expect((await ratios(inline(178, 'gấp 2 lần'))).map((r) => r.data)).toEqual([{ stated: 2, high: 178, low: 100, actual: 1.8 }]);
    expect((await ratios(inline(230, 'gấp đôi'))).map((r) => r.data)).toEqual([{ stated: 2, high: 230, low: 100, actual: 2.3 }]);
  });

  it('lets "gấp đôi" pass 1,9 and 2,1, and "gấp 2 lần" pass 1,85', async () => {
    expect(await ratios(inline(190, 'gấp đôi'))).toEqual([]);
    expect(await ratios(inline(210, 'gấp đôi'))).toEqual([]);
    expect(await ratios(inline(185, 'gấp 2 lần'))).toEqual([]);
    // "gấp rưỡi" keeps its one decimal: 1,45 to 1,55.
    expect(await ratios(inline(152, 'gấp rưỡi'))).toEqual([]);
  });
});
