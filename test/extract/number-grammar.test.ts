/**
 * The number grammar of real documents, each point in wording of its own: thousands grouped by
 * spaces, signs, currencies, ranges with units, dates that look like fractions, English-style
 * documents and spelled-out numbers.
 */
import { describe, expect, test } from 'vitest';
import { analyseBytes } from '../../pipelines/analyse.js';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from './seed-blocks.js';

const read = (...lines: string[]) => {
  const source = snippetSource(...lines);
  return extractFigures(source, source.blocks.map(() => 0));
};
const figuresOf = (...lines: string[]) => read(...lines).figures;
const values = (...lines: string[]) => figuresOf(...lines).map((f) => f.value);

const OTHER_GROUPED = 'Dân số 6 120 người, 3 418 hộ.';

describe('thousands grouped by spaces', () => {
  // A second space-grouped number elsewhere in the document shows its house style.
  const OTHER = 'Dân số 6 120 người.';
  test.each([
    ['Toàn huyện có 3 418 hộ nghèo.', 3418, '3 418'],
    ['Thu ngân sách 27 640 500 đồng.', 27640500, '27 640 500 đồng'],
    ['Diện tích gieo cấy 1\u00A0205 ha.', 1205, '1\u00A0205'],
    ['Sản lượng đạt 12\u202F480 tấn.', 12480, '12\u202F480'],
    ['Dân số trung bình 8 062,5 nghìn người.', 8062500, '8 062,5 nghìn'],
  ])('"%s" is one number, %d', (text, value, raw) => {
    expect(figuresOf(text, OTHER)[0]).toMatchObject({ value, raw });
  });

  test('no-break spaces and two groups are grouping on their own; one plain space pair alone is not', () => {
    expect(read('Sản lượng 12\u202F480 tấn.').numbers.spaceGroups).toBe(true);
    expect(read('Thu 27 640 500 đồng.').numbers.spaceGroups).toBe(true);
    expect(read('Đã cấp 215 251 thẻ.').numbers.spaceGroups).toBe(false);
    expect(read('Đã cấp 215 251 thẻ.', 'Dân số 12500 người.', 'Có 3 418 hộ.').numbers.spaceGroups).toBe(false);
  });

  test('numbers that do not fit the grouping stay apart', () => {
    expect(values('Năm 2024 có 15 thôn đạt chuẩn.')).toEqual([15]);
    expect(values('Lắp đặt 27 14 điểm phát wifi.')).toEqual([27, 14]);
    expect(values('Các nhóm 2 4 6 được chọn, 12 3456 ô.')).toEqual([2, 4, 6, 12, 3456]);
    expect(values('Mã 05 300 hộ.')).toEqual([5, 300]);
  });

  test('a document that groups with dots reads a lone space pair whole only by its shape', () => {
    // Hand-checked: the dotted document groups its thousands, so "23 180 cụm loa" (lead sharing no digit with its group,
    // a counted noun after) is 23 180 typed with a space; a shared digit, no counted noun, or a naming word keeps two numbers.
    expect(values('Tổng số 4.120 hộ dân.', 'Đã lắp 23 180 cụm loa.').slice(1)).toEqual([23180]);
    expect(values('Tổng số 4.120 hộ dân.', 'Đã lắp 23 130 cụm loa.').slice(1)).toEqual([23, 130]);
    expect(values('Tổng số 4.120 hộ dân.', 'Đã lắp 23 180 trong năm.').slice(1)).toEqual([23, 180]);
    expect(values('Tổng số 4.120 hộ dân.', 'Tổ 7 240 người.').slice(1)).toEqual([240]);
    expect(read('Tổng số 4.120 hộ dân.').numbers.spaceGroups).toBe(false);
  });

  test('a house style that spaces the figures of its prose and dots its money reads the spaced ones whole', () => {
    // Hand-checked: three counts grouped by a plain space (a pdf turns the no-break ones into these), two dotted amounts.
    const money = 'Tổng kinh phí 1.250.000.000 đồng, hỗ trợ 2.400 hộ.';
    const prose = 'Đã tiêm 3 415 liều vắc xin cho 1 208 trẻ em và 2 760 người cao tuổi.';
    expect(read(money, prose).numbers.spaceGroups).toBe(true);
    expect(values(money, prose)).toEqual([1250000000, 2400, 3415, 1208, 2760]);
  });

  test('beside dotted numbers, spaced pairs stay apart when few, outnumbered, or after a naming word', () => {
    const dotted = 'Tổng số 4.120 hộ dân.';
    // Two only: not enough beside a dotted number.
    expect(read(dotted, 'Đã lắp 23 180 cụm loa và 6 245 bóng đèn.').numbers.spaceGroups).toBe(false);
    // Three, but seven dotted numbers: more than two to one.
    const many = 'Thu 1.100 triệu, chi 2.300 triệu, nợ 4.500 triệu, tồn 6.700 triệu, vay 8.900 triệu, 1.200 hộ, 3.400 người.';
    expect(read(many, 'Đã lắp 3 180 cụm loa, 6 245 bóng đèn, 7 120 cột.').numbers.spaceGroups).toBe(false);
    // A hamlet's or a team's number then a count: a name and a count run together, no evidence of grouping.
    expect(read(dotted, 'Thôn 3 250 hộ, thôn 5 180 hộ, tổ 7 240 người, đội 2 135 người.').numbers.spaceGroups).toBe(false);
    expect(values(dotted, 'Thôn 3 250 hộ.')).toEqual([4120, 250]);
  });

  test('a lone pair grouped by one space is read whole where it counts something and nothing contradicts it', () => {
    // Hand-checked: no dotted or ungrouped large number in the document, a lead sharing no digit with its group, a counted noun after.
    expect(values('Toàn xã có 4 725 hộ tham gia bảo hiểm.')).toEqual([4725]);
    expect(values('Trạm đã tiêm 36 810 liều.')).toEqual([36810]);
    // A two-digit lead sharing a digit (one count retyped over another), no counted noun, or a naming word before: two
    // numbers. A one-digit lead is of no size beside three digits, and one digit shared is chance: one number.
    expect(values('Toàn xã có 13 130 hộ tham gia bảo hiểm.')).toEqual([13, 130]);
    expect(values('Toàn xã có 3 130 hộ tham gia bảo hiểm.')).toEqual([3130]);
    expect(values('Trạm đã tiêm 4 725 trong tuần.')).toEqual([4, 725]);
    expect(values('Khu phố 4 725 người tham gia.').slice(-1)).toEqual([725]);
    // Beside a dotted number the document groups its thousands too; a large number written ungrouped contradicts the grouping.
    expect(values('Toàn xã có 4 725 hộ.', 'Thu 1.250 triệu đồng.')).toEqual([4725, 1250000000]);
    expect(values('Toàn xã có 4 725 hộ.', 'Dân số 18250 người.')).toEqual([4, 725, 18250]);
  });

  test('a period or plan word before a space-grouped number does not cut it (a month or quarter that fits does)', () => {
    // Hand-checked: "năm 1 215" cannot be a year, "chỉ tiêu 3 600" no document number, "tháng 15" no month.
    expect(values('Cả năm 1 215 ha ngô.', OTHER_GROUPED).slice(0, 1)).toEqual([1215]);
    expect(values('Đạt 96% (chỉ tiêu 3 600 con).', OTHER_GROUPED).slice(0, 2)).toEqual([96, 3600]);
    expect(values('Sau tháng 15 200 hộ đã nhận.', OTHER_GROUPED).slice(0, 1)).toEqual([15200]);
    expect(values('Trong tháng 9 120 hộ đã nhận.', OTHER_GROUPED).slice(0, 1)).toEqual([120]);
  });

  test('a period word that is the unit of a duration before it ("dưới 6 tháng 2 415 người") opens no month', () => {
    // Hand-checked: "6 tháng" and "12 tháng" are spans (not figures); "2 415" and "1 080" are the counts.
    expect(values('Tập huấn ngắn hạn dưới 6 tháng 2 415 người.', OTHER_GROUPED).slice(0, 1)).toEqual([2415]);
    expect(values('Vay vốn kỳ hạn 12 tháng 1 080 hộ.', OTHER_GROUPED).slice(0, 1)).toEqual([1080]);
    expect(values('Bồi dưỡng trong 2 quý 1 350 lượt cán bộ.', OTHER_GROUPED).slice(0, 1)).toEqual([1350]);
    // Without a number before it, "tháng 3" stays a month: "Trong tháng 3 120 hộ" counts 120.
    expect(values('Trong tháng 3 120 hộ đã nhận.', OTHER_GROUPED).slice(0, 1)).toEqual([120]);
  });

  test('a plan compared with ("so với kế hoạch 700 tấn", "(kế hoạch 80 ha)") is an amount; a plan\'s own number is not', () => {
    expect(values('Đạt 640 tấn so với kế hoạch 700 tấn.')).toEqual([640, 700]);
    expect(values('Trồng mới 75 ha (kế hoạch 80 ha).')).toEqual([75, 80]);
    expect(values('Thực hiện kế hoạch 58 của Huyện ủy, trồng 12 ha.')).toEqual([12]);
  });

  test('a plan exceeded ("vượt kế hoạch 450 tấn") is an amount too; "vượt" before a plan\'s own number leaves it an id', () => {
    // Hand-checked: 470 tonnes harvested against a plan of 450 tonnes; plan no. 31 is a document.
    expect(values('Thu hoạch 470 tấn cá, vượt kế hoạch 450 tấn.')).toEqual([470, 450]);
    expect(values('Hoàn thành vượt kế hoạch 31 của Đảng ủy, trồng 9 ha.')).toEqual([9]);
  });

  test('a short service line\'s number after the words naming it ("Tổng đài … 111", "đường dây nóng 1022") is no figure', () => {
    // Hand-checked: 111 and 1022 dial lines; "112 cuộc gọi" counts calls; 115 ha is an area.
    expect(values('Tuyên truyền số điện thoại đường dây nóng phòng chống bạo lực gia đình 1022 tới 14 thôn.')).toEqual([14]);
    expect(values('Tổng đài quốc gia bảo vệ trẻ em 111 được niêm yết tại 9 trường.')).toEqual([9]);
    expect(values('Đường dây nóng đã tiếp nhận 112 cuộc gọi.')).toEqual([112]);
    expect(values('Đã trồng 115 ha rừng.')).toEqual([115]);
  });

  test('a capitalised plan word opening a sentence before money or a count ("Kế hoạch 15.600 triệu đồng") is an amount', () => {
    // Hand-checked: 15.600 triệu đồng = 15 600 000 000 đồng; 9.870 triệu = 9 870 000 000; 2,5 tỷ = 2 500 000 000.
    expect(values('Kế hoạch 15.600 triệu đồng, đã chi 9.870 triệu đồng.')).toEqual([15_600_000_000, 9_870_000_000]);
    expect(values('Chi đầu tư: Kế hoạch 2,5 tỷ đồng.')).toEqual([2_500_000_000]);
    expect(values('KẾ HOẠCH 120 người tham gia.')).toEqual([120]);
    // A document's own number stays an id, capitalised or not, followed by its date or its subject.
    expect(values('Thực hiện Kế hoạch 17 ngày 05/3 của Huyện ủy, xã trồng 8 ha.')).toEqual([8]);
    expect(values('Theo Kế hoạch 31/KH-UBND, xã đã tổ chức 6 lớp.')).toEqual([6]);
  });

  test('"nông thôn" is no hamlet, and a decimal after a place word is an amount', () => {
    expect(values('Khu vực nông thôn 12 tấn rác mỗi ngày.')).toEqual([12]);
    expect(values('Riêng thôn 2,5 km đường bê tông.')).toEqual([2.5]);
    expect(values('Tại thôn 5 có 40 hộ.')).toEqual([40]);
  });

  test('a road\'s number ("đường tỉnh 396", "đường huyện 12", "huyện lộ 5") names it, counts nothing', () => {
    expect(values('Xảy ra 02 vụ trên đường tỉnh 396 và 01 vụ trên đường huyện 12.')).toEqual([2, 1]);
    expect(values('Nâng cấp huyện lộ 5 dài 3,2 km.')).toEqual([3.2]);
  });

  test('a document that groups with spaces unambiguously reads every space group', () => {
    expect(values('Thu 12 345 000 đồng.', 'Đã lắp 2 650 cụm loa.').slice(1)).toEqual([2650]);
  });

  test.each([
    ['Cấp đổi 1 356/1 402 giấy phép, đạt 96,7%.', 1356, 1402],
    ['Tiêm chủng đủ mũi (3 075/3 210 trẻ).', 3075, 3210],
    ['Trả kết quả 12 408/15 000 hồ sơ.', 12408, 15000],
    ['Có 987/1 020 hộ dùng nước sạch.', 987, 1020],
  ])('"%s" reads the grouping on both sides of "/": %d/%d', (text, numerator, denominator) => {
    expect(figuresOf(text, OTHER_GROUPED)[0]).toMatchObject({ kind: 'fraction', numerator, denominator });
  });

  test.each([
    ['Chi trả phụ cấp 3 000 000 đồng mỗi tháng.', 3000000],
    ['Hỗ trợ xây nhà với kinh phí 1 060 000 000 đồng.', 1060000000],
    ['Dự toán giao 407 000 000 đồng, thực hiện 392 000 000 đồng.', 407000000],
  ])('"%s": groups of zeros are no phone number, %d', (text, value) => {
    expect(figuresOf(text, OTHER_GROUPED)[0]).toMatchObject({ kind: 'money', value });
  });

  test('a space pair that runs into a date keeps the count', () => {
    expect(values('Kết quả năm 2023 150 hộ thoát nghèo.', OTHER_GROUPED)).toEqual([150, 6120, 3418]);
  });
});

describe('percent, signs and currencies', () => {
  test.each([
    ['Tỷ lệ tiêm chủng 96 %.', 'percent', 96],
    ['Tỷ lệ che phủ rừng bốn mươi hai phần trăm.', 'percent', 42],
    ['Tăng trưởng -4,8% so với cùng kỳ.', 'percent', -4.8],
    ['Chênh lệch thu chi: −7 triệu đồng.', 'money', -7e6],
    ['Kết dư ngân sách là âm 1,6 tỷ đồng.', 'money', -1.6e9],
    ['Học phí 350.000₫/tháng.', 'money', 350000],
    ['Giá 45.000đ mỗi kg.', 'money', 45000],
    ['Hỗ trợ 800 nghìn đồng/hộ.', 'money', 800000],
    ['Vốn vay 2.000.000 VND.', 'money', 2000000],
  ])('"%s" is a %s of %d', (text, kind, value) => {
    expect(figuresOf(text)[0]).toMatchObject({ kind, value });
  });

  test('a dash opening a paragraph is a bullet, and a dash in a table cell is a minus sign', () => {
    expect(values('-12 hộ tái nghèo được hỗ trợ.')).toEqual([12]);
    expect(figuresOf('1\tSo với cùng kỳ\t-12,5%')[0]).toMatchObject({ kind: 'percent', value: -12.5 });
  });

  test('"âm" is a sign only where a value is stated', () => {
    expect(values('Xã trang bị 01 máy tăng âm 500 W.')).toEqual([1, 500]);
    // Before money or a percent, "âm" after any words is a sign: a net revenue or a growth below zero.
    expect(values('Số thu thuần trong quý âm 2,4 tỷ đồng do hoàn thuế.')).toEqual([-2.4e9]);
    expect(values('Chỉ số sản xuất cả năm âm 1,5% so với năm trước.')).toEqual([-1.5]);
    expect(values('Dàn loa âm 300 W.')).toEqual([300]);
  });
});

describe('ranges with a unit on both ends', () => {
  test.each([
    ['Năng suất 55tạ-60tạ mỗi ha.', 55, 60, 'tạ'],
    ['Giá thuê 200.000đ-350.000đ một ngày.', 200000, 350000, 'đồng'],
    ['Mức hỗ trợ từ 500.000 đồng đến 1.000.000 đồng.', 500000, 1000000, 'đồng'],
    ['Mỗi hộ trồng từ 2 đến 4 ha cà phê.', 2, 4, 'ha'],
  ])('"%s" is a range %d to %d', (text, value, high, unit) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ kind: 'range', value, high, unit })]);
  });

  test('different units on the two ends are not a range', () => {
    expect(figuresOf('Có 5 hộ - 12 người được hỗ trợ.').map((f) => f.kind)).not.toContain('range');
  });
});

describe('a day and month that look like a fraction', () => {
  test.each([
    'Tổ chức tiêm từ 21/02 đến 28/02.',
    'Hoàn thành trước 15/10 theo kế hoạch.',
    'Hạn cuối 7/3, sau đó tổng hợp.',
    'Đợt kiểm tra bắt đầu ngày 9/4.',
    'Cập nhật: 06/05 đã gửi báo cáo.',
    'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4 tại các trường.',
    'Tổ chức mít tinh nhân ngày Quốc khánh 2/9 trang trọng.',
    'Trang trí đường phố dịp lễ 30/4 và 1/5.',
    'Dâng hương kỷ niệm 19/5 tại nhà bia.',
    'Chương trình văn nghệ 26/3 thu hút đông đảo đoàn viên.',
  ])('"%s" has no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  test.each([
    ['Có 19/23 cán bộ đã tập huấn.', 19, 23],
    ['Đã phủ sóng 6/6 thôn.', 6, 6],
    ['Số hồ sơ đúng hạn 2.415/2.430.', 2415, 2430],
    ['Kết quả đạt 05/05 xã.', 5, 5],
    ['Từ 3/8 trường lên 8/8 trường có wifi.', 3, 8],
    ['Hưởng ứng Ngày Môi trường, 9/9 thôn ra quân dọn vệ sinh.', 9, 9],
    ['Dịp Tết, 28/30 hộ nghèo được tặng quà.', 28, 30],
    ['Hội thi Tiếng hát đạt 14/12 chỉ tiêu.', 14, 12],
    ['Trường Tiểu học Kim Đồng 4/5 lớp đạt chuẩn.', 4, 5],
  ])('"%s" keeps the fraction %d/%d', (text, numerator, denominator) => {
    expect(figuresOf(text)[0]).toMatchObject({ kind: 'fraction', numerator, denominator });
  });
});

describe('units of work', () => {
  test.each([
    ['Huy động 820 ngày công làm đường giao thông.', 820],
    ['Đóng góp 1 350 ngày công nạo vét kênh mương.', 1350],
    ['Tổng cộng 96 giờ công tình nguyện.', 96],
  ])('"%s" counts %d', (text, value) => {
    expect(figuresOf(text, OTHER_GROUPED)[0]).toMatchObject({ kind: 'count', value });
  });

  test('a time without the work word stays a duration', () => {
    expect(figuresOf('Thời gian giải quyết rút ngắn còn 15 ngày làm việc.')).toEqual([]);
  });
});

describe('phone numbers with the area code apart', () => {
  test.each(['Đường dây nóng: (0258) 3 912 406.', 'Liên hệ số máy 0274.3 551 208 trong giờ hành chính.', 'Điện thoại 0211 3 842 719, fax 0211 3 842 720.'])('"%s" has no figure', (text) => {
    expect(figuresOf(text, OTHER_GROUPED).filter((f) => f.block === 0)).toEqual([]);
  });
});

describe('a count after a period word', () => {
  test.each([
    ['Trong năm 215 người được khám sức khỏe định kỳ.', 215],
    ['Trong tháng 37 hộ được hỗ trợ.', 37],
    ['Cả năm 96 trẻ được tiêm đủ mũi.', 96],
  ])('"%s" counts %d', (text, value) => {
    expect(figuresOf(text)[0]).toMatchObject({ kind: 'count', value });
  });

  test.each(['Kết quả tháng 12 năm 2024 được tổng hợp.', 'Báo cáo quý 3 gửi huyện.', 'Tổng kết năm 2024 toàn xã.'])('"%s" has no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('a document written the English way', () => {
  const english = ['Total budget 1,250,000,000 dong; disbursed 87.5% of plan.', 'Households reached: 2,417,300; growth 4.25% per year.'];

  test('is recognised from its own figures, recorded and read that way', () => {
    const { figures, warnings, numbers } = read(...english);
    expect(numbers).toMatchObject({ style: 'en' });
    expect(warnings.some((w) => /kiểu Anh/u.test(w.message))).toBe(true);
    expect(figures.map((f) => f.value)).toEqual([1250000000, 87.5, 2417300, 4.25]);
  });

  test('the decision is part of the document\'s analysis', async () => {
    const outcome = await analyseBytes('en.txt', Buffer.from(english.join('\n') + '\n', 'utf8'));
    expect(outcome.analysis?.numbers).toMatchObject({ style: 'en', evidence: { en: 4, vi: 0 } });
  });

  test('a Vietnamese document that types its percentages with a dot stays Vietnamese', () => {
    const { numbers, figures } = read('Tỷ lệ 98.5%, 97.2% và 99.1%.', 'Tiếp nhận 4.256 hồ sơ.');
    expect(numbers.style).toBe('vi');
    expect(figures.map((f) => f.value)).toEqual([98.5, 97.2, 99.1, 4256]);
  });

  test('reads "60.0 tỷ đồng" as a decimal amount there, never a version number', () => {
    const figs = figuresOf('Vốn đăng ký 2,310.5 tỷ đồng, tăng 12.5% so với năm trước (2,053.8 tỷ đồng).', 'Ngân sách bố trí 60.0 tỷ đồng; tỷ lệ 8.75%.');
    expect(figs.map((f) => Math.round(f.value * 100) / 100)).toEqual([2310.5e9, 12.5, 2053.8e9, 60e9, 8.75]);
  });

  test('a Vietnamese document with one dotted decimal stays Vietnamese', () => {
    const { numbers, figures } = read('Tổng 1.250.000 đồng, đạt 87,5%.', 'Tăng 2.5 lần.');
    expect(numbers.style).toBe('vi');
    expect(figures.map((f) => f.value)).toEqual([1250000, 87.5, 2.5]);
  });
});

describe('spelled-out numbers', () => {
  test('words in brackets beside digits are stored with their span', () => {
    const source = snippetSource('Thành lập 04 (bốn) đội, mỗi đội năm người.');
    const [f] = extractFigures(source, [0]).figures;
    expect(f).toMatchObject({ value: 4, raw: '04', unit: 'đội', spelled: { value: 4 } });
    expect(source.text.slice(f.spelled!.span.start, f.spelled!.span.end)).toBe('bốn');
  });

  test('"Bằng chữ" after an amount is stored as its spelled value, scale words included', () => {
    const [f] = figuresOf('Tổng giá trị 86.400.000 đồng (Bằng chữ: Tám mươi sáu triệu bốn trăm nghìn đồng chẵn).');
    expect(f).toMatchObject({ kind: 'money', value: 86400000, spelled: { value: 86400000 } });
  });

  test('words that disagree with their digits are kept as written', () => {
    expect(figuresOf('Có 11 (mười hai) xóm.')[0]).toMatchObject({ value: 11, spelled: { value: 12 } });
  });

  test.each([
    ['Xã có ba mươi sáu hộ cận nghèo.', 36, 'count'],
    ['Tặng hai trăm linh năm suất quà.', 205, 'count'],
    ['Hỗ trợ mười lăm triệu đồng cho hộ bị thiên tai.', 15e6, 'money'],
    ['Tỷ lệ hộ dùng nước sạch chín mươi tám phần trăm.', 98, 'percent'],
    ['Khoảng bảy hộ chưa có điện.', 7, 'count'],
  ])('a lone spelled number that quantifies is a figure: "%s"', (text, value, kind) => {
    expect(figuresOf(text)).toEqual([expect.objectContaining({ value, kind })]);
  });

  test('"hai phần ba" is a fraction', () => {
    expect(figuresOf('Đã có hai phần ba số thôn hoàn thành.')[0]).toMatchObject({ kind: 'fraction', numerator: 2, denominator: 3 });
  });

  test.each([
    'Một số hộ chưa đăng ký.',
    'Từ đầu năm xã đã rà soát.',
    'Cuộc họp vào thứ ba hàng tuần.',
    'Đến tháng chín hoàn thành.',
    'Trong mười năm qua xã đổi mới.',
    'Đoàn làm việc tại phường Ba Đình.',
    'Sau một thời gian triển khai.',
    'Khoản đầu tư thiết bị đã được duyệt.',
    'Khoảng sáu bảy người vắng mặt.',
    'Hàng trăm hộ được hỗ trợ.',
    'Khai mạc lúc chín giờ sáng.',
  ])('words that are not a figure stay out: "%s"', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('brackets that are remarks, not the number in words', () => {
  test.each([
    ['Giải quyết 42/42 hồ sơ, đạt 100% (không có hồ sơ quá hạn).'],
    ['Tiếp nhận 18 đơn (một số đơn trùng lặp).'],
    ['Có 3 điểm (hai điểm ở thôn Đông).'],
  ])('"%s" gives the digits no spelled value', (text) => {
    expect(figuresOf(text).filter((f) => /\d/.test(f.raw)).every((f) => !f.spelled)).toBe(true);
  });

  test('the counted noun may repeat inside the brackets', () => {
    expect(figuresOf('Có 12 thôn (mười hai thôn) được hỗ trợ.')[0]).toMatchObject({ value: 12, spelled: { value: 12 } });
  });
});

describe('table cells', () => {
  test('a cell holding one space-grouped number reads as that number, and a dash opening it is a minus sign', async () => {
    const { readCell } = await import('../../src/extract/table-cells.js');
    expect(readCell('2 650', null)).toMatchObject({ kind: 'count', value: 2650, pure: true });
    expect(readCell('-7,5%', null)).toMatchObject({ kind: 'percent', value: -7.5 });
    expect(readCell('12 8', null).kind).toBe('mixed');
  });
});

describe('tables of an English-style document', () => {
  test('are read the English way too', async () => {
    const text = ['Total budget 1,250,000,000 dong; disbursed 87.5% of plan.', 'Item\tPlan\tDone', 'Roads\t2,400,000\t1,950,500', 'Schools\t3,100,000\t2,975,250'].join('\n') + '\n';
    const outcome = await analyseBytes('en-table.txt', Buffer.from(text, 'utf8'));
    const rows = outcome.analysis!.tables[0].rows;
    expect(rows.slice(-2).map((r) => r.cells.slice(1).map((c) => c.value))).toEqual([[2400000, 1950500], [3100000, 2975250]]);
  });
});

describe('clock times and open ranges', () => {
  test.each(['Họp lúc 14h tại hội trường.', 'Kết thúc lúc 10 giờ kém 15.', 'Khai mạc 8am theo giờ địa phương.'])('"%s" has no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  test('"khoảng 30 tới 40 hộ" is a range', () => {
    expect(figuresOf('Mỗi thôn có khoảng 30 tới 40 hộ tham gia.')).toEqual([expect.objectContaining({ kind: 'range', value: 30, high: 40, unit: 'hộ' })]);
  });
});

describe('numbers side by side that only look grouped', () => {
  test('a flattened row of three-digit numbers is no evidence of space grouping', () => {
    expect(read('Hồ sơ 120 350 480', 'Kết quả 215 340').numbers.spaceGroups).toBe(false);
    expect(values('Hồ sơ 120 350 480', 'Kết quả 215 340')).toEqual([120, 350, 480, 215, 340]);
  });
});

describe('"Bằng chữ" opening the next paragraph', () => {
  test('belongs to the amount just above, as its words, not a second figure', () => {
    const figs = figuresOf('Tổng cộng: 64.250.000 đồng', '(Bằng chữ: Sáu mươi tư triệu hai trăm năm mươi nghìn đồng chẵn)');
    expect(figs).toHaveLength(1);
    expect(figs[0]).toMatchObject({ kind: 'money', value: 64250000, spelled: { value: 64250000, block: 1 } });
  });

  test('belongs to the amount above also when a rate of the plan closes that paragraph', () => {
    // Hand-checked: the words say 3 275 400 000; the "đạt 96,3% kế hoạch" after the amount is not what they restate.
    const figs = figuresOf('Tổng vốn giải ngân năm 2025 là 3 275 400 000 đồng, đạt 96,3% kế hoạch.', 'Bằng chữ: Ba tỷ, hai trăm bảy mươi lăm triệu, bốn trăm nghìn đồng.');
    expect(figs.map((f) => f.kind)).toEqual(['money', 'percent']);
    expect(figs[0]).toMatchObject({ value: 3275400000, spelled: { value: 3275400000, block: 1 } });
  });

  test('belongs to the amount above whose value it says, the total before its parts', () => {
    // Hand-checked: 1.450,5 triệu = 1.450.500.000 đồng, the total; the parts 980,0 and 470,5 are not what the words say.
    const figs = figuresOf('Tổng kinh phí năm 2025 là 1.450,5 triệu đồng, gồm: xây dựng trường 980,0 triệu đồng, mua sắm thiết bị 470,5 triệu đồng.', 'Bằng chữ: Một tỷ, bốn trăm năm mươi triệu, năm trăm nghìn đồng.');
    expect(figs.map((f) => [f.value, f.spelled?.value ?? null])).toEqual([[1450500000, 1450500000], [980000000, null], [470500000, null]]);
  });

  test('is held against the only amount above, but stands alone beside several amounts none of which it says', () => {
    // Hand-checked: the words say 1.405.500.000 beside one amount of 1.450.500.000: that amount's words, a mismatch to judge.
    const one = figuresOf('Kinh phí đã giải ngân là 1.450,5 triệu đồng.', 'Bằng chữ: Một tỷ, bốn trăm lẻ năm triệu, năm trăm nghìn đồng.');
    expect(one.map((f) => [f.value, f.spelled?.value ?? null])).toEqual([[1450500000, 1405500000]]);
    // Under a total and its parts, words of 1.200.000.000 say none of them nor a slip of one: which one they restate is unknown.
    const several = figuresOf('Tổng kinh phí là 1.450,5 triệu đồng, gồm: xây dựng 980,0 triệu đồng, thiết bị 470,5 triệu đồng.', 'Bằng chữ: Một tỷ, hai trăm triệu đồng.');
    expect(several.filter((f) => f.spelled && f.spelled.span.start !== f.span.start)).toEqual([]);
    // Beside a plan and a result, words two digits off the result (8.120.450.000 → 8.120.540.000) are the result's slip.
    const slip = figuresOf('Dự toán chi giao là 7.500.000.000 đồng. Tổng chi năm 2025 là 8.120.450.000 đồng.', 'Bằng chữ: Tám tỷ, một trăm hai mươi triệu, năm trăm bốn mươi nghìn đồng.');
    expect(slip.map((f) => [f.value, f.spelled?.value ?? null])).toEqual([[7500000000, null], [8120450000, 8120540000]]);
  });

  test('stands alone when no amount is just above', () => {
    const figs = figuresOf('Nội dung chi như sau.', 'Bằng chữ: Sáu mươi tư triệu đồng.');
    expect(figs).toEqual([expect.objectContaining({ kind: 'money', value: 64e6 })]);
  });
});
