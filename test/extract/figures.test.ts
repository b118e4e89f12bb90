import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { snippetSource } from './seed-blocks.js';
import { normalizeText } from '../../src/text/normalize.js';

const figuresOf = (...lines: string[]) => {
  const source = snippetSource(...lines);
  return extractFigures(source, source.blocks.map(() => 0)).figures;
};
const only = (text: string) => {
  const figs = figuresOf(text);
  expect(figs).toHaveLength(1);
  return figs[0];
};

describe('kinds and values', () => {
  test.each([
    ['có 34 trạm BTS', 'count', 34, '34'],
    ['đăng ký lại 04 trường hợp', 'count', 4, '04'],
    ['trên 1.000 thành viên', 'count', 1000, '1.000'],
    ['chiều dài 8,9km', 'decimal', 8.9, '8,9'],
    ['tăng 2.5 lần', 'decimal', 2.5, '2.5'],
    ['đạt 73,70%', 'percent', 73.7, '73,70%'],
    ['100 % cán bộ', 'percent', 100, '100 %'],
    ['đạt 99,71% kế hoạch', 'percent', 99.71, '99,71%'],
    ['Kinh phí 15.300.000đ.', 'money', 15300000, '15.300.000đ'],
    ['chi 15.300.000 đồng', 'money', 15300000, '15.300.000 đồng'],
    ['tổng 15.300.000 VNĐ', 'money', 15300000, '15.300.000 VNĐ'],
    ['thu nhập 1,5 triệu đồng/người/tháng', 'money', 1500000, '1,5 triệu đồng'],
    ['đầu tư 3,2 tỷ đồng', 'money', 3200000000, '3,2 tỷ đồng'],
    ['kinh phí hỗ trợ 40 triệu cho', 'money', 40000000, '40 triệu'],
    ['dự toán 5 trăm triệu đồng', 'money', 500000000, '5 trăm triệu đồng'],
    ['dân số 1,2 triệu người', 'count', 1200000, '1,2 triệu'],
  ])('"%s" is a %s of %d written "%s"', (text, kind, value, raw) => {
    expect(only(text)).toMatchObject({ kind, value, raw });
  });

  test('a percent keeps its decimals as written for rounding tolerance', () => {
    expect(only('đạt 73,70%')).toMatchObject({ decimals: 2, unit: '%' });
  });

  test('"tỷ lệ" after a number is never a scale word', () => {
    expect(figuresOf('có 90 tỷ lệ cao')[0]).toMatchObject({ kind: 'count', value: 90 });
  });

  test.each([
    ['tổng 10-20 tin bài', 10, 20, '10-20'],
    ['có từ 20 -73 hồ sơ/năm', 20, 73, '20 -73'],
    ['khoảng 10 – 20 hộ', 10, 20, '10 – 20'],
    ['phát từ 03 đến 04 buổi/tuần', 3, 4, '03 đến 04'],
  ])('"%s" is a range from %d to %d', (text, value, high, raw) => {
    expect(only(text)).toMatchObject({ kind: 'range', value, high, raw });
  });

  test.each([
    ['niêm yết 187/240 TTHC', 187, 240, '187/240'],
    ['ký số 3.787/3.798, đạt', 3787, 3798, '3.787/3.798'],
    ['hiện có 21 máy tính/21 cán bộ, công chức', 21, 21, '21 máy tính/21'],
    ['qua BCCI: 01/05TTHC.', 1, 5, '01/05'],
  ])('"%s" is the fraction %d/%d', (text, numerator, denominator, raw) => {
    const f = figuresOf(text).find((g) => g.kind === 'fraction');
    expect(f).toMatchObject({ numerator, denominator, raw, value: numerator / denominator });
  });

  test('0/0 is a fraction of value 0 that keeps its numerator and denominator', () => {
    expect(figuresOf('qua dịch vụ BCCI: 0/0 hồ sơ TTHC')[0]).toMatchObject({ kind: 'fraction', value: 0, numerator: 0, denominator: 0 });
  });

  test('two numbers separated by a space stay two counts, never one', () => {
    const figs = figuresOf('Phường đã lắp được tổng 19 15 điểm camera an ninh');
    expect(figs.map((f) => [f.kind, f.value])).toEqual([['count', 19], ['count', 15]]);
  });

  test('a no-break, narrow no-break or thin space between digit groups groups thousands by itself', () => {
    const nb = (...lines: string[]) => figuresOf(...lines.map(normalizeText)).map((f) => [f.kind, f.value]);
    expect(nb('Trường có 1\u202F205 học sinh và 86 giáo viên; thư viện 2\u00A0310 đầu sách.')).toEqual([['count', 1205], ['count', 86], ['count', 2310]]);
    expect(nb('Quỹ hỗ trợ 4\u2009500\u2009000 đồng cho 12 hộ.')).toEqual([['money', 4500000], ['count', 12]]);
    // a plain space between digits still needs the document's evidence; a year and a count stay apart
    expect(nb('Năm 2023 có 27 hộ được vay vốn.')).toEqual([['count', 27]]);
    // four digits before or after a no-break space is no grouping: two numbers
    expect(nb('Năm 2023\u00A0145 hộ được vay vốn.').map(([, v]) => v)).not.toContain(2023145);
    expect(nb('Xóm 7 có 9\u00A01234 người.').map(([, v]) => v)).not.toContain(91234);
  });

  test('a no-break grouped number is one number in an English-style document too', () => {
    const figs = figuresOf(normalizeText('Doanh thu 1,250,000 USD và 2,400,500 USD; 3\u202F400 hộ được hỗ trợ.'));
    expect(figs.map((f) => f.value)).toContain(3400);
  });

  test('a span over itself ("24/24 giờ", "7/7 ngày") means all the time and is no figure; other numbers over a span are still read', () => {
    expect(figuresOf('Trạm y tế trực cấp cứu 24/24 giờ, tiếp nhận 15 ca.').map((f) => f.value)).toEqual([15]);
    expect(figuresOf('Đội trực 7/7 ngày trong tuần.')).toEqual([]);
    expect(figuresOf('Hoàn thành 10/12 tháng theo kế hoạch.')).toHaveLength(1);
  });

  test('"01 bài/1 tuần" is one count: the week is a duration', () => {
    expect(figuresOf('chuyên đề 01 bài/1 tuần').map((f) => f.value)).toEqual([1]);
  });
});

describe('a number after a place or group word', () => {
  test('is a count when a counted noun follows it, a name otherwise', () => {
    expect(figuresOf('Ban chỉ đạo gồm cán bộ thôn 17 người, hội viên 9 người.').map((f) => f.value)).toEqual([17, 9]);
    expect(figuresOf('Thôn 3 và tổ 5 đã lắp wifi.')).toEqual([]);
  });

  test('after a plural word ("các", "mọi", "những", "nhiều") the word names kinds or places, so the number is a figure', () => {
    expect(figuresOf('Trồng cây ăn quả các loại 24,5 ha; hỗ trợ mọi đội 6 máy bơm.').map((f) => f.value)).toEqual([24.5, 6]);
    expect(figuresOf('Giống lúa loại 2 được thay thế.')).toEqual([]);
  });

  test('an amount after a place word ("nông thôn 1,25 tỷ đồng") and a count of cases after "biên bản" are figures', () => {
    expect(figuresOf('Vốn cho giao thông nông thôn 2,5 tỷ đồng.').map((f) => f.value)).toEqual([2.5e9]);
    expect(figuresOf('Đã lập biên bản 18 trường hợp.').map((f) => f.value)).toEqual([18]);
    expect(figuresOf('Tổ 4 và thôn 12 đã họp.')).toEqual([]);
  });

  test('"đồng" opening a word of its own ("đồng chí", "đồng bào", "đồng thời") is no currency', () => {
    const figures = figuresOf('Tham gia có 45 đồng chí và 120 đồng bào; kinh phí 8 triệu đồng, đồng thời hỗ trợ 50.000 đồng mỗi người.');
    expect(figures.map((f) => [f.value, f.kind])).toEqual([[45, 'count'], [120, 'count'], [8e6, 'money'], [50000, 'money']]);
  });

  test('a period placed by a word before it ("đầu kỳ", "trong kỳ", "cuối năm") is named: the number after it counts', () => {
    expect(figuresOf('Phân bón: tồn đầu kỳ 85 thùng, nhập trong kỳ 2.400 thùng, tồn cuối kỳ 37 thùng.').map((f) => f.value)).toEqual([85, 2400, 37]);
    // A year, a period's own number and a number with no word after it stay names.
    expect(figuresOf('Số liệu cuối năm 2025, học kỳ 2 và đầu kỳ 3 vừa qua.')).toEqual([]);
    expect(figuresOf('Tồn cuối kỳ 07 thùng.').map((f) => f.value)).toEqual([7]);
  });

  test('a number restated in words in brackets after an id word ("danh mục 08 (tám) dịch vụ") counts; "Điều 5" stays a name', () => {
    expect(figuresOf('Ban hành danh mục 08 (tám) dịch vụ công thiết yếu.').map((f) => [f.value, f.spelled?.value])).toEqual([[8, 8]]);
    expect(figuresOf('Rà soát mục 15 (mười lăm) chỉ tiêu và khoản 3 (ba) nội dung.').map((f) => f.value)).toEqual([15, 3]);
    expect(figuresOf('Theo Điều 5 (sửa đổi) và khoản 2 Điều 7.')).toEqual([]);
  });

  test('a period word before a number with decimals ("cây hằng năm 400,5 ha") names no period', () => {
    expect(figuresOf('Diện tích cây hằng năm 400,5 ha.').map((f) => f.value)).toEqual([400.5]);
    expect(figuresOf('Số liệu tháng 6.2024 và quý 1/2024.')).toEqual([]);
  });
});

describe('spans of time, price bases, levels and doses', () => {
  test('a span counted in thousands or with decimals is measured; a bare span names a period', () => {
    // Hand-checked values: 12.430 days of care, an average stay of 6,2 days; "Trong 3 ngày" opening its clause (the period
    // told of) and "dưới 5 tuổi" are no figures; "trong 3 ngày" inside the clause is how long the action took (measured).
    expect(figuresOf('Tổng số ngày điều trị 12.430 ngày, bình quân 6,2 ngày/người bệnh.').map((f) => f.value)).toEqual([12430, 6.2]);
    expect(figuresOf('Trong 3 ngày, xã giải quyết cho trẻ dưới 5 tuổi.')).toEqual([]);
    expect(figuresOf('Giải quyết trong 3 ngày cho trẻ dưới 5 tuổi.').map((f) => f.value)).toEqual([3]);
    expect(figuresOf('Thời gian thực hiện 1,5 - 2 năm.')).toEqual([]);
  });

  test('an average or a difference of time ("bình quân 9 ngày", "rút ngắn 2 ngày") is measured', () => {
    expect(figuresOf('Thời gian xử lý hồ sơ trung bình 9 ngày, rút ngắn 2 ngày so với năm trước.').map((f) => f.value)).toEqual([9, 2]);
    expect(figuresOf('Cấp giấy phép chậm hơn 04 ngày so với quy định.').map((f) => f.value)).toEqual([4]);
    // How long a case waited, inside its clause, is measured too; the months a period spans ("sau 9 tháng năm 2024") are not.
    expect(figuresOf('Hồ sơ được trả sau 9 ngày.').map((f) => f.value)).toEqual([9]);
    expect(figuresOf('Xã đã tiếp nhận hồ sơ sau 9 tháng năm 2024.')).toEqual([]);
  });

  test('each span of a list after "Thời gian …:" is a stated value, unless placed as a period', () => {
    // Hand-checked: the course lasts 10 days for new members and 5 for the others; "6 tháng đầu năm" places a period.
    expect(figuresOf('Thời gian bồi dưỡng: cán bộ mới 10 ngày; cán bộ còn lại 5 ngày.').map((f) => f.value)).toEqual([10, 5]);
    expect(figuresOf('Thời gian thực hiện: 6 tháng đầu năm.')).toEqual([]);
    // Without the colon's list, a bare span still names a period.
    expect(figuresOf('Cán bộ mới được bồi dưỡng 10 ngày.')).toEqual([]);
  });

  test('an anniversary\'s years are a figure ("kỷ niệm 65 năm Ngày …"), other spans are not', () => {
    expect(figuresOf('Tổ chức kỷ niệm 65 năm Ngày truyền thống ngành Y tế.').map((f) => f.value)).toEqual([65]);
    expect(figuresOf('Đã hoạt động 65 năm nay.')).toEqual([]);
  });

  test('the year of a price base ("giá so sánh 2010") is no figure', () => {
    expect(figuresOf('Giá trị sản xuất (giá so sánh 2010) đạt 312,5 tỷ đồng; theo giá cố định năm 1994 là 80 tỷ đồng.').map((f) => f.value)).toEqual([312.5e9, 80e9]);
  });

  test('"mức 3 triệu đồng/người" is money, "mức 3" alone a level', () => {
    expect(figuresOf('Hỗ trợ 45 hộ (mức 3 triệu đồng/hộ).').map((f) => f.value)).toEqual([45, 3e6]);
    expect(figuresOf('Cung cấp dịch vụ công mức 3.')).toEqual([]);
  });

  test('doses after a period word ("tồn đầu kỳ 320 liều") are counted, not the period\'s number', () => {
    expect(figuresOf('Vắc xin sởi: tồn đầu kỳ 320 liều, nhập trong kỳ 900 liều, tiêm 2 mũi.').map((f) => f.value)).toEqual([320, 900, 2]);
    expect(figuresOf('Báo cáo kỳ 2 của xã.')).toEqual([]);
  });
});

describe('document kinds that are also verbs', () => {
  test('"hướng dẫn 2.140 lượt" is a figure, "Hướng dẫn số 12" and "Kế hoạch 09" are ids', () => {
    expect(figuresOf('Tổ công nghệ số đã hướng dẫn 2.140 lượt người dân cài đặt VNeID.').map((f) => f.value)).toEqual([2140]);
    expect(figuresOf('Thực hiện Hướng dẫn số 12 của Sở và Kế hoạch 09 của Huyện ủy; báo cáo số 5 của xã.')).toEqual([]);
  });
});

describe('a rate per a round base', () => {
  test('"X A/100 B" with two nouns is one value per the base, not a fraction; "a/b" of one noun stays a fraction', () => {
    // Hand-checked: 107,5 boys per 100 girls is the value 107,5; 9,8 deaths per 1.000 people is 9,8.
    expect(only('tỷ số giới tính khi sinh 107,5 bé trai/100 bé gái')).toMatchObject({ kind: 'decimal', value: 107.5 });
    expect(only('tỷ suất chết thô 9,8 người/1.000 dân')).toMatchObject({ kind: 'decimal', value: 9.8 });
    expect(only('mục tiêu dưới 110 bé trai/100 bé gái')).toMatchObject({ value: 110 });
    expect(only('có 87 hộ/100 hộ dùng nước sạch')).toMatchObject({ kind: 'fraction', numerator: 87, denominator: 100 });
    expect(only('trang bị 18 máy tính/20 cán bộ')).toMatchObject({ kind: 'fraction', numerator: 18, denominator: 20 });
  });
});

describe('a count of groups over a count of their members', () => {
  test('"N hộ/M khẩu", "N vụ/M đối tượng" are two counts, each with its own unit; the groups keep the clause\'s words', () => {
    // Hand-checked: 215 households and 806 people are two counts; 215/806 is no share of anything.
    const [hh, people] = figuresOf('Thôn Bắc có 215 hộ/806 khẩu phải sơ tán khi lũ về.');
    expect(hh).toMatchObject({ kind: 'count', value: 215, unit: 'hộ', raw: '215' });
    expect(hh.label).toMatch(/^hộ phải/u);
    expect(people).toMatchObject({ kind: 'count', value: 806, raw: '806' });
    expect(people.unit).toMatch(/^khẩu/u);
    const cases = figuresOf('Triệt xóa 06 vụ/19 đối tượng đánh bạc, mở 04 lớp/132 học viên và đón 3 đoàn/45 người.');
    expect(cases.map((f) => [f.kind, f.value])).toEqual([['count', 6], ['count', 19], ['count', 4], ['count', 132], ['count', 3], ['count', 45]]);
  });

  test('a part over a whole of the same or another kind of thing stays a fraction', () => {
    expect(only('có 42 hộ/57 hộ đã lắp bình chữa cháy')).toMatchObject({ kind: 'fraction', numerator: 42, denominator: 57 });
    expect(only('cấp 14 áo phao/20 thuyền viên')).toMatchObject({ kind: 'fraction', numerator: 14, denominator: 20 });
    expect(only('xác minh 31 người/40 người')).toMatchObject({ kind: 'fraction', numerator: 31, denominator: 40 });
  });
});

describe('numbers that are not figures', () => {
  test.each([
    'Thực hiện Công văn số 2120/UBND-VHTT ngày 30/06/2023 của UBND thị xã',
    'Giếng Đáy, ngày 15 tháng 05 năm 2024',
    'theo Nghị định 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ',
    'Kế hoạch số 58-KH/TU ngày 31/12/2021 về Nghị Quyết 06-NQ/TU',
    'theo Chỉ thị 09/CT-TTg và Nghị quyết 09, Đề án 06',
    'Kèm theo báo cáo số: 45/BC-UBND',
    'áp dụng ISO 9001: 2015 theo hình thức điện tử',
    'liên hệ 0912 345 678 hoặc 0203.3xxx',
    'phủ sóng 4G/5G trong Quý I/2024',
    'giai đoạn 2022 – 2025, định hướng 2022-2025',
    'dịch vụ công mức độ 3, 4 và mức độ 3,4, định danh mức 2, cấp độ 2',
    '+ (5) Đăng ký khai sinh trong 6 tháng đầu năm 2023',
    '2.1.1. Triển khai hạ tầng số',
    'Triển khai chợ 4.0 cho các chợ truyền thống',
    'phòng, chống dịch Covid-19 cho trẻ em dưới 6 tuổi',
    'Tỷ lệ thuê bao băng rộng di động/100 dân',
    'báo cáo tháng 5/2024 của UBND',
    'sửa chữa mặt đường đoạn Km 12+450 đến Km12+800 tỉnh lộ',
    'cắm biển cảnh báo tại K7 + 120 đường huyện',
  ])('"%s" has no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  test('the number of a military unit names it, not a count', () => {
    expect(figuresOf('Lữ đoàn 172 nhận 35 công dân, Tiểu đoàn 8 nhận 12 công dân.').map((f) => f.value)).toEqual([35, 12]);
  });

  test('the STT cell of a table row is not a figure', () => {
    const figs = figuresOf('9\tTỷ lệ thuê bao băng rộng di động/100 dân\t95%\t73,70%\t4.256/5.768=73,7%\tTính theo tỷ lệ');
    expect(figs.map((f) => f.raw)).toEqual(['95%', '73,70%', '4.256/5.768', '73,7%']);
  });
});

describe('a fraction with the percent stated beside it', () => {
  test.each([
    ['4.256/5.768 = 73,7%', 73.7],
    ['4.256/5.768=73,7%', 73.7],
    ['ký số 3.787/3.798, đạt 99,71% (mục tiêu đề ra 97%).', 99.71],
    ['Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.', 100],
    ['có 6/8 thôn (đạt 75%)', 75],
    ['là: 2407/3890 người đạt tỷ lệ 61,8% .', 61.8],
    ['thực hiện 82/82 = 100% và', 100],
    ['50/59 hồ sơ, đạt tỷ lệ: 84,7%', 84.7],
    ['phủ sóng: 251/251 thôn, tổ dân phố, đạt 100%.', 100],
  ])('"%s" pairs the fraction with %d%%', (text, percent) => {
    const figs = figuresOf(text);
    expect(figs.find((f) => f.kind === 'fraction')?.percent).toBe(percent);
    expect(figs.some((f) => f.kind === 'percent' && f.value === percent)).toBe(true);
  });

  test('a fraction done "theo kế hoạch" takes the rate of the plan after it; one merely compared with a plan does not', () => {
    expect(figuresOf('Nạo vét 5,4/6,0 km mương theo kế hoạch, đạt 90% kế hoạch năm.')[0].percent).toBe(90);
    expect(figuresOf('Nạo vét 5,4/6,0 km mương, so với kế hoạch đạt 95%.')[0].percent).toBeNull();
  });

  test('goal words in the fraction\'s own clause do not stop a bare ", đạt tỷ lệ" from handing it its percent', () => {
    // The counted groups met their quota; the percent is the share of groups that did.
    expect(figuresOf('Có 7/9 tổ hội hoàn thành chỉ tiêu thu quỹ được giao, đạt tỷ lệ 77,8%.')[0].percent).toBe(77.8);
    expect(figuresOf('Có 7/9 tổ hội vượt kế hoạch, chiếm 77,8%.')[0].percent).toBe(77.8);
    // A bound naming which things are counted ("từ 50 lao động trở lên") lies between a fraction and its percent.
    expect(figuresOf('Có 9/12 cơ sở sử dụng từ 50 lao động trở lên đã tự kiểm tra, đạt 75%.')[0].percent).toBe(75);
    expect(figuresOf('Có 9/12 cơ sở đã tự kiểm tra 50 lao động, đạt 75%.')[0].percent).toBeNull();
    // A goal in the percent's own clause, a goal after it, or a percent over 100 is still another rate.
    expect(figuresOf('Có 7/9 tổ hội hoàn thành, vượt chỉ tiêu (75%).')[0].percent).toBeNull();
    expect(figuresOf('Có 7/9 tổ hội hoàn thành chỉ tiêu thu quỹ, đạt 90% kế hoạch năm.')[0].percent).toBeNull();
    expect(figuresOf('Có 7/9 tổ hội hoàn thành chỉ tiêu thu quỹ được giao, đạt tỷ lệ 112%.')[0].percent).toBeNull();
    expect(figuresOf('Có 7/9 tổ hội hoàn thành chỉ tiêu thu quỹ được giao, cả năm đạt 80%.')[0].percent).toBeNull();
  });

  test('a percent in another sentence is not the fraction\'s own', () => {
    expect(figuresOf('có 20 cụm loa trên 8/10 Khu phố. Đảm bảo tỷ lệ phủ sóng trên 85% người dân.')[1].percent).toBeNull();
  });

  test('a percent just before a bracketed fraction is its own; a goal after it is not', () => {
    const figs = figuresOf('Tỷ lệ hồ sơ nộp trực tuyến đạt 61,2% (1.530/2.500 hồ sơ), vượt chỉ tiêu tỉnh giao (60%).');
    expect(figs.find((f) => f.kind === 'fraction')?.percent).toBe(61.2);
    expect(figuresOf('có 45/60 thôn, chưa đạt mục tiêu (80%)').find((f) => f.kind === 'fraction')?.percent).toBeNull();
  });

  test('a bracketed fraction keeps the percent before it, not a required level after it', () => {
    // 630/1.500 = 42%; the 50% after is the level required, not the fraction's own.
    const figs = figuresOf('Tỷ lệ hộ dùng nước sạch đạt 42% (630/1.500 hộ), chưa đạt mức yêu cầu từ 50% trở lên.');
    expect(figs.find((f) => f.kind === 'fraction')?.percent).toBe(42);
  });

  test('a percent stated as a bound of a condition is not the fraction\'s own', () => {
    expect(figuresOf('Có 7/15 trường đạt tỷ lệ chuyên cần từ 98% trở lên.')[0].percent).toBeNull();
    expect(figuresOf('Có 4/12 thôn đạt tỷ lệ dưới 60%.')[0].percent).toBeNull();
    expect(figuresOf('Có 9/12 thôn đạt 90% trở lên.')[0].percent).toBeNull();
  });

  test('a percent with another figure between is not the fraction\'s own', () => {
    expect(figuresOf('đạt 8/10 xã, 3 thôn đạt 50%')[0].percent).toBeNull();
  });

  test('a fraction and a percent in neighbouring cells of a row are not paired', () => {
    const fraction = figuresOf('1\tSố văn bản\t59/59\t100%').find((f) => f.kind === 'fraction');
    expect(fraction?.percent).toBeNull();
  });
});

describe('units and labels', () => {
  test.each([
    ['+ (5) Đăng ký khai sinh: 22 trường hợp', 'trường hợp', 'Đăng ký khai sinh'],
    ['+ (7) Đăng ký kết hôn: 5 trường hợp, đã giải quyết', 'trường hợp', 'Đăng ký kết hôn'],
    ['- Tổng số văn bản đi của cơ quan, đơn vị: 93', null, 'Tổng số văn bản đi của cơ quan, đơn vị'],
    ['Hiện nay, trên địa bàn phường có 34 trạm BTS của các nhà mạng', 'trạm', 'trạm BTS'],
    ['đã tiếp nhận và giải quyết 461 hồ sơ.', 'hồ sơ', 'hồ sơ'],
    ['có 19 máy in, 01 Máy Scan', 'máy in', 'máy in'],
    ['tổng số 16 tin bài.', 'tin bài', 'tin bài'],
    ['- Tỷ lệ hộ gia đình có người có điện thoại thông minh đạt 98%.', '%', 'Tỷ lệ hộ gia đình có người có điện thoại thông minh'],
    ['đào tạo cho 75 lượt người', 'lượt người', 'lượt người'],
    ['tuyên truyền 1 lần/tuần.', 'lần/tuần', 'lần/tuần'],
    // "giải" counts tournaments or prizes alone: "giải thể" (dissolution) is no unit of it.
    ['tổ chức 15 giải thể thao cấp xã', 'giải', 'giải thể thao'],
    ['triển khai 6 giải pháp trọng tâm', 'giải pháp', 'giải pháp trọng tâm'],
  ])('"%s" has unit %s and label %s', (text, unit, label) => {
    expect(figuresOf(text)[0]).toMatchObject({ unit, label });
  });

  test('a count after a label and colon with no noun after has no unit', () => {
    const f = figuresOf('Trong đó: đăng ký lại 04. Liên thông 3 ngành: 18.').at(-1);
    expect(f).toMatchObject({ value: 18, unit: null, label: 'Liên thông 3 ngành' });
  });

  test('a fraction and its percent share the "Tỷ lệ …" phrase as label', () => {
    const figs = figuresOf('- Tỷ lệ văn bản điện tử có chứng thực số và ký số 3.787/3.798, đạt 99,71% (mục tiêu đề ra 97%).');
    expect(figs[0].label).toBe('Tỷ lệ văn bản điện tử có chứng thực số và ký số');
    expect(figs[1].label).toBe('Tỷ lệ văn bản điện tử có chứng thực số và ký số');
  });

  test('a table cell takes the row\'s label cell, not the STT cell', () => {
    const figs = figuresOf('\tMáy vi tính để bàn (PC)\tCái\t37\t35\t\t02');
    expect(figs.map((f) => [f.value, f.label, f.cell])).toEqual([
      [37, 'Máy vi tính để bàn (PC)', 3],
      [35, 'Máy vi tính để bàn (PC)', 4],
      [2, 'Máy vi tính để bàn (PC)', 6],
    ]);
  });

  test('a label naming the money unit makes a bare number money', () => {
    expect(only('- Tổng chi mua sắm phần cứng trong quý (triệu đồng): 15')).toMatchObject({ kind: 'money', value: 15e6, unit: 'đồng' });
  });

  test('money keeps a per-unit rate in its unit', () => {
    expect(figuresOf('từ 1,5 triệu đồng/người/tháng')[0].unit).toBe('đồng/người/tháng');
  });
});

describe('positions', () => {
  test('every figure records its block, cell, section, running index and span', () => {
    const source = snippetSource('Mở đầu', '1\tSố hồ sơ\t59/59\t100%');
    const { figures } = extractFigures(source, [null, 3]);
    expect(figures.map((f) => [f.index, f.block, f.cell, f.section])).toEqual([[0, 1, 2, 3], [1, 1, 3, 3]]);
    for (const f of figures) expect(source.text.slice(f.span.start, f.span.end)).toBe(f.raw);
  });

  test('a number the grammar cannot read becomes a positioned warning, not a figure', () => {
    const source = snippetSource('tổng 1.2345 hồ sơ');
    const { figures, warnings } = extractFigures(source, [null]);
    expect(figures).toEqual([]);
    expect(warnings[0].span).toMatchObject({ start: 5, end: 11 });
  });
});

describe('numbers that end a proper name', () => {
  test.each([
    ['Đoàn kiểm tra làm việc tại Trường Mầm non Sao Mai 2 và Trạm Y tế Tân Lập 3.'],
    ['Các điểm trường: Trường Tiểu học Số 1, Trường Tiểu học Số 4.'],
    ['Hội thi được tổ chức ở Nhà văn hóa Đông Hưng 2; giải nhất thuộc về đội Trường THCS Kim Liên 1.'],
  ])('are not figures: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  test.each([
    ['Trường Tiểu học Nam Sơn 2 có 18 lớp.', [18]],
    ['Trường THCS Đông Hòa 2 máy chiếu mới.', [2]],
    ['Kết nối liên thông 4 ngành: 26 hồ sơ.', [4, 26]],
    ['Phân bổ: Hòa Khánh 5, Hòa Minh 7.', [5, 7]],
    ['Phân bổ: Phường Hòa Khánh 15, Phường Hòa Minh 12.', [15, 12]],
    ['Lắp đặt Camera AI 12 điểm.', [12]],
  ])('keep the counts beside a name: %s', (text, values) => {
    expect(figuresOf(text).map((f) => f.value)).toEqual(values);
  });
});

describe('a group of thousands cut by a stray space (session 18)', () => {
  test('reads "12.3 56,4 ha" as 12.356,4 ha and "1.24 5 hộ" as 1.245 hộ, never a short group with no unit after', () => {
    expect(figuresOf('Diện tích phun thuốc đạt 12.3 56,4 ha, bằng 80% kế hoạch.').map((f) => [f.value, f.unit])).toEqual([[12356.4, 'ha'], [80, '%']]);
    expect(figuresOf('Đã hỗ trợ 1.24 5 hộ.').map((f) => f.value)).toEqual([1245]);
    // The digits do not make three, or no counted noun follows: two numbers as written.
    expect(figuresOf('Đã hỗ trợ 1.2 5 hộ.').map((f) => f.value)).toEqual([1.2, 5]);
    expect(figuresOf('Mục 1.24 5 nội dung chính.').map((f) => f.value)).not.toContain(1245);
  });
});
