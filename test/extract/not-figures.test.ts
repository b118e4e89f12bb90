import { describe, expect, it } from 'vitest';
import { findNotFigureRanges } from '../../src/extract/not-figures.js';

const excluded = (text: string) => findNotFigureRanges(text, { atBlockStart: false }).map(([a, b]) => text.slice(a, b));

// The id-word patterns are tried only where their hint (the word, spaces, "số", a digit) matches: the same ranges
// as a scan of every index, including a candidate refused by a lookbehind followed by one that is not.
describe('codes of digits run into a capital letter', () => {
  it('excludes a case, class or room code, not an amount in a unit written in capitals', () => {
    expect(excluded('Đấu tranh thành công chuyên án 1125B, bắt 04 đối tượng')).toEqual(['1125B']);
    expect(excluded('Học sinh 9A2 và 11B tham gia hội thi')).toEqual(['9A2', '11B']);
    // A unit glued to the number, or an abbreviation a space was left out before, is the figure reader's.
    expect(excluded('lắp 12 bóng đèn 40W, máy phát 220V, bình 20L')).toEqual([]);
    expect(excluded('giải quyết 35TTHC đúng hạn')).toEqual([]);
  });
});

describe('document and id numbers', () => {
  it('excludes a decision number with its sign', () => {
    expect(excluded('Thực hiện Quyết định số 15/QĐ-UBND ngày')).toEqual(['Quyết định số 15/QĐ-UBND']);
  });
  it('keeps a number after a plural word, and excludes the next id in the same passage', () => {
    expect(excluded('rau các loại 15 ha')).toEqual([]);
    expect(excluded('các thôn 3 và thôn 4 có nhà văn hóa')).toEqual(['thôn 4']);
  });
  it('excludes a kilometre post on a road, not a length in kilometres', () => {
    expect(excluded('tai nạn tại Km 42 Quốc lộ 14')).toEqual(['Km 42', 'Quốc lộ 14']);
    expect(excluded('sạt lở tại km 7+300 đường tỉnh 291')).toEqual(['km 7+300', 'đường tỉnh 291']);
    expect(excluded('nâng cấp 4,5 km đường giao thông nông thôn')).toEqual([]);
    expect(excluded('tổng chiều dài 12 km, gồm 3 tuyến')).toEqual([]);
  });
  it('keeps a quantity after a period word whose number no period of that kind has ("trong quý 150 tấn")', () => {
    // A year has four quarters and 53 weeks: "quý 150", "tuần 75" name none, and a unit follows.
    expect(excluded('Sản lượng cà phê thu mua trong quý 150 tấn')).toEqual([]);
    expect(excluded('rác thải thu gom trong tuần 75 tấn')).toEqual([]);
    // A number a quarter or a month can have stays the period's, unit or not; so does a large one with no unit after.
    expect(excluded('kế hoạch quý 3 đã giao')).toEqual(['quý 3']);
    expect(excluded('Trong quý 3 ha lúa bị ngập')).toEqual(['quý 3']);
    expect(excluded('mã quý 150 của sổ')).toEqual(['quý 150']);
  });
  it('keeps a count of workers after "hợp đồng" ("theo hợp đồng 860 lao động"), not a contract number', () => {
    expect(excluded('xuất khẩu theo hợp đồng 860 lao động sang Nhật Bản')).toEqual([]);
    expect(excluded('thực hiện hợp đồng 15 với nhà thầu')).toEqual(['hợp đồng 15']);
  });
  it('excludes a branch named by its number alone in brackets ("(phân hiệu 3)"), not a count in brackets', () => {
    expect(excluded('Đại học Nông Lâm (phân hiệu 3) tuyển 120 sinh viên')).toEqual(['(phân hiệu 3)']);
    expect(excluded('đã cấp giấy cho 45 cơ sở (12 cơ sở mới)')).toEqual([]);
  });
  it('excludes the number that names a steering committee ("Ban Chỉ đạo 389"), not a count after it', () => {
    expect(excluded('Ban Chỉ đạo 389 tỉnh kiểm tra 12 cơ sở kinh doanh')).toEqual(['Ban Chỉ đạo 389']);
    expect(excluded('ban chỉ đạo 15 thành viên đã kiện toàn')).toEqual([]);
  });
  it('excludes a point of a legal text ("điểm 3"), not a count after "dứt điểm" (for good)', () => {
    expect(excluded('theo điểm 3 khoản 2 của Quyết định')).toEqual(['điểm 3', 'khoản 2']);
    expect(excluded('Công an đã giải quyết dứt điểm 12/15 vụ việc')).toEqual([]);
  });
  it('excludes a house number before a named street, not a count of streets', () => {
    expect(excluded('cưỡng chế công trình tại số 48 phố Lò Sũ, tổ 5')).toEqual(['số 48', 'tổ 5']);
    expect(excluded('trụ sở đặt tại số nhà 17/2 hẻm Trần Cao Vân')).toEqual(['số nhà 17/2']);
    expect(excluded('tổng số 9 đường Lê Lợi, Hai Bà Trưng được chỉnh trang')).toEqual([]);
    expect(excluded('có số 9 đường giao thông được nâng cấp')).toEqual([]);
  });
  it('excludes a document verb only with "số"', () => {
    expect(excluded('theo Hướng dẫn số 05 của Sở')).toEqual(['Hướng dẫn số 05']);
    expect(excluded('hướng dẫn 2.140 lượt người')).toEqual([]);
  });
});

describe('days an event is held to celebrate', () => {
  it('reads "chào mừng <Name> d/m" and "chào mừng d/m" as a date, and keeps a share after "chào mừng" words apart', () => {
    expect(excluded('Hội thi văn nghệ chào mừng Quốc khánh 2/9 có 18 tiết mục')).toEqual(['2/9']);
    expect(excluded('ra quân chào mừng 3/2 với 40 người')).toEqual(['3/2']);
    expect(excluded('Sau lễ chào mừng, có 3/4 thôn tham gia')).toEqual([]);
  });
});

describe('service lines and named days in brackets', () => {
  it('excludes a 1800/1900 service line, four digits or three and three after it, and no grouped number', () => {
    expect(excluded('Mọi phản ánh gửi về tổng đài 1800 1567 hoặc đường dây nóng.')).toEqual(['1800 1567']);
    expect(excluded('Gọi số 1900.2045 để được hỗ trợ')).toEqual(['1900.2045']);
    expect(excluded('tổng đài miễn phí 1800 599 920')).toEqual(['1800 599 920']);
    // "1.800 hộ", "1 900 hồ sơ", "11.900 lượt" are counts.
    expect(excluded('hỗ trợ 1.800 hộ và 11.900 lượt người')).toEqual([]);
    expect(findNotFigureRanges('tiếp nhận 1 900 hồ sơ', { atBlockStart: false, spaceGroups: true })).toEqual([]);
  });
  it('reads a day and month in brackets after a named day as a date ("Ngày Pháp luật Việt Nam (9/11)")', () => {
    expect(excluded('Hưởng ứng Ngày Pháp luật Việt Nam (9/11), xã tổ chức 3 buổi tuyên truyền')).toEqual(['9/11']);
    // A fraction in brackets with its counted noun stays a figure.
    expect(excluded('Ngày hội Văn hóa (9/11 thôn tham gia)')).toEqual([]);
    // A long official name (ten words after "Ngày") keeps its date: "Ngày Quốc tế phòng, chống …" is cut by no comma here.
    expect(excluded('Hưởng ứng Ngày Quốc tế phòng chống ma túy và buôn bán trái phép chất ma túy (26/06), xã ra quân')).toEqual(['26/06']);
  });
  it('keeps the number after a classifier when a counted noun follows it ("Quân đội 45 công dân"), an id otherwise', () => {
    expect(excluded('nhập ngũ vào Quân đội 45 công dân')).toEqual([]);
    expect(excluded('hỗ trợ đội 3 hai máy bơm')).toEqual(['đội 3']);
  });
});

describe('the base of a measured span', () => {
  it('keeps how long an action took inside its clause ("trong 05 ngày", "sau 20 ngày"), not a period told of', () => {
    expect(excluded('tổ chức tập huấn cho 80 học viên trong 05 ngày tại hội trường')).toEqual([]);
    expect(excluded('dỡ bỏ phong tỏa sau 20 ngày không có ca mắc mới')).toEqual([]);
    // How long a shortage lasted: "bị thiếu 10 ngày" counts days, unlike a period after it ("thiếu … trong 3 tháng qua").
    expect(excluded('vắc xin sởi bị thiếu 10 ngày do chậm phân bổ')).toEqual([]);
    expect(excluded('trạm bị thiếu vắc xin trong 3 tháng qua')).toEqual(['3 tháng']);
    // A span opening the clause, or placed as a period ("đầu năm", "qua"), is the period and no amount.
    expect(excluded('Trong 9 tháng, xã tiếp nhận 40 hồ sơ')).toEqual(['9 tháng']);
    expect(excluded('xã tiếp nhận 40 hồ sơ trong 9 tháng đầu năm')).toEqual(['9 tháng']);
    expect(excluded('đã tiếp nhận 40 hồ sơ trong 3 tháng qua')).toEqual(['3 tháng']);
    expect(excluded('đã hoạt động ổn định trong 5 năm')).toEqual(['5 năm']);
  });
  it('keeps a term stated after its noun ("thời hạn vay 24 tháng", "kỳ hạn 6 tháng") or after "trong vòng", not a period placed after it', () => {
    expect(excluded('Quỹ cho 07 hộ vay, thời hạn vay 24 tháng, lãi suất 0%/năm')).toEqual([]);
    expect(excluded('hộ được miễn học phí trong thời hạn 12 tháng kể từ ngày được công nhận')).toEqual([]);
    expect(excluded('03 công trình đã hết thời hạn bảo hành (18 tháng) trong năm')).toEqual([]);
    expect(excluded('huy động 520 sổ tiết kiệm có kỳ hạn 6 tháng')).toEqual([]);
    expect(excluded('đơn thư được xử lý trong vòng 05 ngày làm việc')).toEqual([]);
    // Three words or a clause mark between the noun and the span, or a period after it, leave the span a period.
    expect(excluded('thời hạn nộp hồ sơ đăng ký là 6 tháng')).toEqual(['6 tháng']);
    expect(excluded('gia hạn thời hạn 6 tháng đầu năm')).toEqual(['6 tháng']);
    expect(excluded('Trong vòng 3 tháng, xã tiếp nhận 40 hồ sơ')).toEqual(['3 tháng']);
  });
  it('keeps both spans of a change from one span to another ("giảm từ 7 ngày … xuống còn 4 ngày"), not a range nor a period', () => {
    expect(excluded('thời gian cấp phép giảm từ 7 ngày làm việc năm 2023 xuống còn 4 ngày làm việc')).toEqual(['năm 2023']);
    expect(excluded('thời gian chờ khám tăng từ 2 tuần lên 3 tuần')).toEqual([]);
    // An age bracket ("từ … đến …") and a period opening the clause stay what they were.
    expect(excluded('trẻ từ 6 tháng đến 24 tháng tuổi')).toEqual(['6 tháng', '24 tháng']);
    expect(excluded('Trong 6 tháng, số hộ giảm từ 40 hộ xuống còn 32 hộ')).toEqual(['6 tháng']);
  });
  it('keeps how long a stoppage lasted ("tạm ngừng cấp nước 04 ngày", "mất điện 3 ngày"), not "không ngừng" nor a period after it', () => {
    expect(excluded('nhà máy phải tạm ngừng cấp nước sinh hoạt 04 ngày trong tháng 7 do sự cố đường ống')).toEqual(['tháng 7']);
    expect(excluded('hai thôn bị mất điện 3 ngày do bão')).toEqual([]);
    expect(excluded('chợ tạm đóng cửa 12 ngày để chỉnh trang')).toEqual([]);
    // "không ngừng" is "constantly"; a span placed as a period ("6 tháng đầu năm") stays the period.
    expect(excluded('không ngừng nâng cao chất lượng phục vụ 6 tháng')).toEqual(['6 tháng']);
    expect(excluded('tạm dừng tiếp nhận hồ sơ 6 tháng đầu năm')).toEqual(['6 tháng']);
  });
  it('keeps a delay or an advance ("trễ 4 tuần", "sớm 2 tháng") and the years a review looks back on', () => {
    expect(excluded('Nhà thầu bàn giao mặt bằng trễ 4 tuần so với hợp đồng.')).toEqual([]);
    expect(excluded('Trường về đích sớm 2 tháng.')).toEqual([]);
    // A delay past a bound is measured too ("chậm quá 48 giờ", "quá hạn 6 ngày").
    expect(excluded('Có 03 cơ sở nộp hồ sơ chậm quá 48 giờ.')).toEqual([]);
    expect(excluded('Còn 05 hồ sơ quá hạn 6 ngày.')).toEqual([]);
    expect(excluded('Hội nghị tổng kết 10 năm thực hiện phong trào.')).toEqual([]);
    // A deadline ("chậm nhất") and a review of a half-year stay periods.
    expect(excluded('Nộp báo cáo chậm nhất 15 ngày sau kỳ.')).toEqual(['15 ngày']);
    expect(excluded('Hội nghị sơ kết 6 tháng đầu năm.')).toEqual(['6 tháng']);
  });

  it('keeps the span in brackets that a measured difference is taken from ("sớm hơn 2 ngày so với quy định (10 ngày)")', () => {
    expect(excluded('Thời gian cấp phép bình quân 8 ngày, sớm hơn 2 ngày so với quy định (10 ngày).')).toEqual([]);
    // Without the measured difference before it, a bracketed span names a period: still no figure.
    expect(excluded('Hồ sơ được giải quyết theo quy định (10 ngày).')).toEqual(['10 ngày']);
  });
});

describe('names that close with a number', () => {
  it('excludes the lane of a street address, not a count after it', () => {
    expect(excluded('Lắp camera tại ngõ 45 phố Hàng Bông và hẻm 12 đường Lê Lợi.')).toEqual(['ngõ 45', 'hẻm 12']);
    expect(excluded('Vận động tại ngõ 3 hộ dân tháo dỡ mái che.')).toEqual([]);
  });
  it('excludes the number closing a school\'s name before a verb, not one before a counted noun', () => {
    // Hand-checked: "Lê Lợi 2" names the school that "phát động" the movement; "Hòa Bình Đông 5 hộ" counts households.
    expect(excluded('Phối hợp Trường THCS Lê Lợi 2 phát động phong trào đọc sách.')).toEqual(['2']);
    expect(excluded('Hỗ trợ thôn Hòa Bình Đông 5 hộ làm nhà.')).toEqual([]);
  });
  it('excludes the number closing a two-word name after a kind of site, unless the sentence gives figures by place', async () => {
    // Hand-checked: "Tân Phước 2" names a resettlement area, "Bàu Sen 3" a pumping station, "Phước Lộc 1" a hamlet; each is
    // the only numbered name of its sentence.
    expect(excluded('Bàn giao 45 lô đất tại khu tái định cư Tân Phước 2 cho các hộ.')).toEqual(['2']);
    expect(excluded('Nạo vét kênh dẫn trạm bơm Bàu Sen 3 trước mùa mưa.')).toEqual(['3']);
    expect(excluded('Thôn Phước Lộc 1 đã hoàn thành tiêu chí.')).toEqual(['1']);
    // "Tân Phước 5, Tân An 3": two names with a number each are figures by place; a counted noun after it makes a count;
    // an administrative unit ("phường") carries no such number; a bare two-word name with no kind before it stays a figure.
    expect(excluded('Số hộ vi phạm: khu dân cư Tân Phước 5, khu dân cư Tân An 3.')).toEqual([]);
    expect(excluded('Hỗ trợ khu tái định cư Tân Phước 2 hộ làm nhà.')).toEqual([]);
    expect(excluded('Số vụ tại phường Tân Phước 2 trong quý.')).toEqual([]);
    expect(excluded('Kết quả thu gom: Tân Phước 2, còn lại chưa thu.')).toEqual([]);
  });
  it('excludes the voltage class written after a line or a station, not a capacity nor a voltage measured', () => {
    // Hand-checked: 35 kV and 110kV name the class of the line and the station; 630 kVA and 215 V are amounts.
    expect(excluded('Di dời đường dây 35 kV và cải tạo Trạm biến áp 110kV Đông Anh.')).toEqual(['35 kV', '110kV']);
    expect(excluded('Lắp máy biến áp dung lượng 630 kVA; điện áp cuối nguồn đạt 215 V.')).toEqual([]);
    // A voltage measured, not written right after the line or the station, stays a figure.
    expect(excluded('Giờ cao điểm, điện áp tại trạm giảm còn 20,5 kV.')).toEqual([]);
  });
  it('excludes the number of a residential group written by its initials ("TDP 4", "KP 2")', () => {
    expect(excluded('Các hộ bà Trần Thị Lan (TDP 4) và ông Vũ Văn Tư (KP 2) đã được hỗ trợ.')).toEqual(['TDP 4', 'KP 2']);
  });
  it('excludes the year closing a programme title, not a count of a noun after it', () => {
    expect(excluded('Dạy học theo Chương trình giáo dục phổ thông 2018 ở các lớp')).toEqual(['Chương trình giáo dục phổ thông 2018']);
    expect(excluded('Chương trình hỗ trợ sinh kế 2020 hộ nghèo')).toEqual([]);
  });
  it('excludes a number that closes a quoted name, not one after the quotes', () => {
    expect(excluded('Hướng dẫn cài đặt ứng dụng "Cứu hộ 112" trên điện thoại')).toEqual(['"Cứu hộ 112']);
    expect(excluded('Có 85 hộ đạt danh hiệu “Gia đình văn hóa” 12 hộ chưa đạt')).toEqual([]);
  });
});

describe('the year of a crop season', () => {
  it('excludes the year after a named crop season, in any case, and keeps the amounts around it', () => {
    expect(excluded('gieo cấy 1.240 ha, giảm 15 ha so với vụ Đông Xuân 2024')).toEqual(['vụ Đông Xuân 2024']);
    expect(excluded('năng suất vụ mùa năm 2025 đạt 52 tạ/ha')).toEqual(['vụ mùa năm 2025']);
    // No season name: the number after "vụ" stays for the other readings.
    expect(excluded('xảy ra 2024 vụ vi phạm')).not.toContain('2024');
  });
});

describe('years of other calendars and named holidays', () => {
  it('excludes a year of the Buddhist calendar or after a lunar year\'s stem and branch, not a count after a name', () => {
    expect(excluded('Đại lễ Phật đản Phật lịch 2568 thu hút 3.200 lượt người')).toEqual(['Phật lịch 2568']);
    expect(excluded('Chuẩn bị quà Tết Nguyên đán Giáp Thìn 2024 cho 215 hộ')).toEqual(['Giáp Thìn 2024']);
    // "Tân" opens many names; without a branch after it the number is a count.
    expect(excluded('Hợp tác xã Tân Phát 2024 thành viên')).toEqual([]);
  });
  it('reads "Quốc khánh 2/9" as a date, and a fraction with its counted noun as a figure', () => {
    expect(excluded('chào mừng Cách mạng tháng Tám và Quốc khánh 2/9 thành công')).toEqual(['2/9']);
    expect(excluded('dịp Quốc khánh có 7/9 thôn treo cờ')).toEqual([]);
  });
  it('keeps the years of each anniversary listed after "kỷ niệm", and excludes a span with no anniversary', () => {
    const text = 'Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng; 71 năm Chiến thắng Điện Biên Phủ; 80 năm Cách mạng tháng Tám.';
    expect(excluded(text)).toEqual([]);
    expect(excluded('Sau 5 năm Chương trình được triển khai tại 12 thôn.')).toEqual(['5 năm']);
    // A sentence end closes the list: the next "N năm" is a span again.
    expect(excluded('Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng. Sau 3 năm Đề án đạt kết quả.')).toEqual(['3 năm']);
  });
});

describe('a level word before a space-grouped amount', () => {
  const spaced = (text: string) => findNotFigureRanges(text, { atBlockStart: false, spaceGroups: true }).map(([a, b]) => text.slice(a, b));
  it('reads "mức 2 150 000 đồng" as the amount in a document grouping thousands with spaces, and keeps a level otherwise', () => {
    // The one digit after "mức" opens the amount's millions: no level is excluded.
    expect(spaced('Phụ cấp khoán theo mức 2 150 000 đồng/tháng cho mỗi người.')).toEqual([]);
    expect(spaced('Học bổng giữ mức 3 480 triệu đồng cả năm.')).toEqual([]);
    // A level with groups after it but no amount word stays a level ("mức độ 4" then a count).
    expect(spaced('Dịch vụ công mức độ 4 125 hồ sơ đã tiếp nhận.')).toEqual(['mức độ 4']);
    // A document that does not group with spaces keeps its level reading.
    expect(excluded('Phụ cấp khoán theo mức 2 150 000 đồng/tháng.')).toEqual(['mức 2']);
  });

  it('reads the last level of a list that runs on into groups and a counted noun as a count ("cấp độ 1 và 2 695 giấy phép")', () => {
    const text = 'Cấp 3 900 giấy phép, gồm 1 205 giấy phép cấp độ 1 và 2 695 giấy phép cấp độ 2.';
    expect(spaced(text)).toEqual(['cấp độ 1 và ', 'cấp độ 2']);
    // Levels listed with a comma, then a count of files.
    expect(spaced('Các dịch vụ mức độ 3, 4 120 hồ sơ đã tiếp nhận.')).toEqual(['mức độ 3, ']);
    // No counted noun after the groups, or a document that does not group with spaces: the list stays levels.
    expect(spaced('Dịch vụ mức độ 3 và 4 250 trong năm.')).toEqual(['mức độ 3 và 4']);
    expect(excluded(text).filter((r) => r.startsWith('cấp độ'))).toEqual(['cấp độ 1 và 2', 'cấp độ 2']);
  });
});

describe('spans measured by their unit or as the base of a measured difference', () => {
  it('keeps a span in minutes or seconds as a figure; a clock time stays excluded', () => {
    expect(excluded('Thời gian chờ khám trung vị 37 phút, giảm 9 phút so với quý trước.')).toEqual([]);
    expect(excluded('Tổng đài phản hồi trong 20 giây.')).toEqual([]);
    expect(excluded('Đoàn xuất phát lúc 6 giờ 45 phút.')).toEqual(['6 giờ 45 phút']);
    // A network's generation before a count is no clock time, whether the count runs into a thousands group or not.
    expect(excluded('Mạng di động có 7.420 thuê bao 5G 12.608 thuê bao trả trước.')).toEqual(['5G']);
    expect(excluded('Lắp đặt trạm 4G 12 trạm tại các thôn.')).toEqual(['4G']);
    expect(excluded('Hội nghị bắt đầu lúc 7g30 và kết thúc lúc 9h15.')).toEqual(['7g30', '9h15']);
    // Days and months with no measuring word stay the period told of.
    expect(excluded('Trong 9 tháng, phường cấp 210 giấy phép.')).toEqual(['9 tháng']);
  });
  it('keeps the base a measured difference is taken from, written without brackets too', () => {
    expect(excluded('Cấp phép bình quân 6 ngày, nhanh hơn 02 ngày so với quy định 8 ngày.')).toEqual([]);
    expect(excluded('Cấp phép nhanh hơn 02 ngày so với quy định (8 ngày).')).toEqual([]);
  });
});

describe('names, classes and scales that carry a number (session 10)', () => {
  it('excludes a numbered region in a body\'s name ("Chi nhánh Khu vực 14"), not a count of households in an area', () => {
    expect(excluded('Kho bạc Nhà nước Khu vực 14 đã giải ngân')).toEqual(['Khu vực 14']);
    expect(excluded('sạt lở tại khu vực 35 hộ dân sinh sống')).toEqual([]);
  });
  it('excludes a residential group\'s number after "khối" or "khóm", not a count after it or a volume in "khối"', () => {
    expect(excluded('sửa chữa nhà sinh hoạt cộng đồng khối 9 và khóm 4')).toEqual(['khối 9', 'khóm 4']);
    expect(excluded('đổ 35 khối bê tông mặt đường')).toEqual([]);
    expect(excluded('khối 6 hộ kinh doanh cá thể')).toEqual([]);
  });
  it('excludes a residential group\'s number after "khối" or "khóm", not a volume, a span or a count after it', () => {
    expect(excluded('sửa chữa nhà sinh hoạt cộng đồng khối 9 và Khóm 4')).toEqual(['khối 9', 'Khóm 4']);
    expect(excluded('đổ 35 khối bê tông mặt đường')).toEqual([]);
    expect(excluded('trồng cỏ sinh khối 15 ha')).toEqual([]);
    expect(excluded('doanh thu của 04 khối 9 tháng qua')).toEqual(['9 tháng']);
  });
  it('keeps a count of vessels after "bản" or "tổ" ("tổ 12 tàu"), still excluding a hamlet\'s number', () => {
    expect(excluded('hợp tác xã có tổ 12 tàu đánh bắt xa bờ')).toEqual([]);
    expect(excluded('người dân bản 7 đã nhận gạo')).toEqual(['bản 7']);
  });
  it('excludes a station\'s frequency, not a transformer capacity in kVA', () => {
    expect(excluded('đài phát trên tần số 102,7 MHz')).toEqual(['102,7 MHz']);
    expect(excluded('lắp 3 trạm biến áp tổng công suất 750 kVA')).toEqual([]);
    // A coast station's short-wave channel in kHz has four digits; a grouped amount before "MHz" is not cut in two.
    expect(excluded('tàu cá liên lạc với đài duyên hải trên kênh 8294 kHz')).toEqual(['8294 kHz']);
    expect(excluded('băng tần 1.800 MHz')).toEqual([]);
  });
  it('excludes an item named by "số N" closing its clause or cell ("Nhóm số 4"), not a count after "tổng số", "dân số"', () => {
    expect(excluded('Nhóm số 4\t37\t19')).toEqual(['số 4']);
    expect(excluded('bàn giao cho Điểm trường số 2, đồng thời')).toEqual(['số 2']);
    expect(excluded('Tổng số 48.')).toEqual([]);
    expect(excluded('trong tổng số 12, có 5 hộ')).toEqual([]);
    expect(excluded('sĩ số 38; có 2 em vắng')).toEqual([]);
    // A count or a decimal after the number keeps it a figure.
    expect(excluded('Tổ số 3 hộ dân')).toEqual([]);
    expect(excluded('xếp loại số 7,5 điểm')).toEqual([]);
  });
  it('excludes a star rating of one to five stars ("đạt 4 sao", "nhà nghỉ 1-2 sao"), not a count of something else', () => {
    expect(excluded('Năm sản phẩm chè đạt 4 sao; hai nhà nghỉ 1-2 sao')).toEqual(['4 sao', '1-2 sao']);
    expect(excluded('cấp 12 bản sao giấy khai sinh')).toEqual([]);
    expect(excluded('đạt 7 sao vàng')).toEqual([]);
  });

  it('excludes a blood pressure ("140/90 mmHg"), not a fraction of people', () => {
    expect(excluded('người có huyết áp từ 135/85 mmHg trở lên, huyết áp 160/100 mm Hg')).toEqual(['135/85 mmHg', '160/100 mm Hg']);
    expect(excluded('có 120/150 người đạt huyết áp mục tiêu')).toEqual([]);
  });

  it('keeps days of a kind counted ("9 ngày mưa to") and spans a measure word leads through "là" or a hedge', () => {
    expect(excluded('trong tháng có 9 ngày mưa to, 4 ngày nắng nóng')).toEqual([]);
    expect(excluded('thời gian xử lý bình quân là 35 ngày/hồ sơ; công trình chậm khoảng 02 tháng')).toEqual([]);
    // Without a measure word, a span of days stays the period told of.
    expect(excluded('trong 9 ngày, đoàn đã kiểm tra')).toEqual(['9 ngày']);
  });

  it('excludes a band written with "đến"/"tới" and a unit on each end, and a temperature bounding a condition', () => {
    expect(excluded('kho lạnh giữ từ 15°C tới 18°C, phòng tiêm 20 đến 25 độ C')).toEqual(['15°C tới 18°C', '20 đến 25 độ C']);
    expect(excluded('trẻ sốt trên 39 °C được chuyển tuyến, nước rửa không quá 40°C')).toEqual(['trên 39 °C', 'không quá 40°C']);
    // One reading stays a figure.
    expect(excluded('có 3 hộ đo được 40,5°C')).toEqual([]);
  });
  it("excludes the number closing a device's model name, not a count after it", () => {
    expect(excluded('Trạm có 02 tủ lạnh HRB 250 và 03 phích lạnh')).toEqual(['250']);
    expect(excluded('trang bị máy photocopy Ricoh MP 5054 cho bộ phận một cửa')).toEqual(['5054']);
    expect(excluded('cấp máy tính cho UBND 15 bộ')).toEqual([]);
    expect(excluded('mua thiết bị Dell 12 chiếc')).toEqual([]);
  });
  it('excludes a number with a doubled mark whole, so no half of it is read', () => {
    expect(excluded('tỷ lệ hao hụt 21,,4% số liều')).toEqual(['21,,4']);
    expect(excluded('nạo vét 3..250 m3 kênh mương, tỷ lệ 12,5%')).toEqual(['3..250']);
  });
  it('excludes a band of temperatures ("giữ ở 18-20°C"), not one temperature reading nor a range of another unit', () => {
    expect(excluded('phòng máy chủ giữ ở 18-20°C, tủ thuốc 2 – 8 độ C')).toEqual(['18-20°C', '2 – 8 độ C']);
    expect(excluded('ngày nắng nhất nhiệt độ lên tới 41 °C')).toEqual([]);
    expect(excluded('mỗi hộ được hỗ trợ 20-25 kg gạo')).toEqual([]);
  });
  it('excludes a map scale after a map word in its clause, not a fraction elsewhere', () => {
    expect(excluded('đo đạc lại 40 tờ bản đồ địa chính tỷ lệ 1/500 và 1/2.000')).toEqual(['1/500', '1/2.000']);
    expect(excluded('tỷ lệ hộ nghèo giảm, chỉ còn 1/1000 số hộ')).toEqual([]);
    expect(excluded('Bản đồ đã số hóa xong. Kiểm tra 1/1000 hồ sơ')).toEqual([]);
  });
  it('excludes a combined product\'s name ("6 trong 1", "3 in 1"), not a count over a span nor a share', () => {
    // Hand-checked: the hexavalent vaccine and the coffee mix are names; "2 trong 1 tháng" and "4 trong 1 ngày" count events.
    expect(excluded('tiêm vắc xin 6 trong 1 cho 240 trẻ')).toEqual(['6 trong 1']);
    expect(excluded('cửa hàng bán cà phê 3 in 1 tại chợ')).toEqual(['3 in 1']);
    expect(excluded('xảy ra 2 trong 1 tháng')).toEqual([]);
    expect(excluded('có 12 trong 15 hộ được hỗ trợ')).toEqual([]);
  });
  it('excludes the grade after goods traded by grade ("vàng 9999", "xăng RON 95"), not an amount of them', () => {
    // Hand-checked: 9999 and 999,9 are purities of gold, 92 and 95 octane numbers; 12 chỉ and 500 chậu are amounts.
    expect(excluded('giá vàng miếng 9999 ở mức 118 triệu đồng/lượng')).toEqual(['9999']);
    expect(excluded('xăng E5 RON 92 là 19.870 đồng/lít, Vàng SJC 999,9 (miếng) giữ giá')).toEqual(['92', '999,9']);
    // A lower-case word right after the number may be its unit ("500 chậu", "12 chỉ"): then it stays an amount.
    expect(excluded('thu giữ vàng 12 chỉ, hoa mai vàng 500 chậu, xăng RON 95 bán chạy')).toEqual([]);
    // A figure's verb or a link between the goods and the number makes it a figure about them.
    expect(excluded('giá xăng tăng 15 lần trong năm, giá vàng là 2500 trên thế giới')).toEqual([]);
  });
  it('reads a zero-padded part over its whole as a fraction when its clause states their ratio as a percentage', () => {
    // Hand-checked: 05/05 = 100%, 03/08 = 37,5%; "02/09" with 50% is no ratio of 2 to 9 (22,2%), so it stays a date.
    expect(excluded('- 05/05 quầy thuốc đã niêm yết giá, đạt 100%.')).toEqual([]);
    expect(excluded('03/08 tiệm cầm đồ được kiểm tra (37,5%)')).toEqual([]);
    expect(excluded('02/09 khai mạc hội chợ, lượng khách tăng 50%')).toEqual(['02/09']);
    // A date word before it keeps a date whatever percentage follows.
    expect(excluded('tính đến 10/10, giải ngân đạt 100%')).toEqual(['10/10']);
  });
  it('reads the stated ratio of a zero-padded part over its whole in the document\'s own number style', () => {
    const en = (text: string) => findNotFigureRanges(text, { atBlockStart: false, style: 'en' }).map(([a, b]) => text.slice(a, b));
    // Hand-checked: 03/08 = 37.5% and 07/08 = 87.5%, written the English way: fractions. 02/09 = 22.2%, not 37.5%: a date.
    expect(en('03/08 Nhà văn hóa thôn đã lắp wifi miễn phí (37.5%)')).toEqual([]);
    expect(en('- 07/08 Tổ hòa giải hoạt động hiệu quả, đạt 87.5%.')).toEqual([]);
    expect(en('02/09 khai mạc hội chợ, lượng khách tăng 37.5%')).toEqual(['02/09']);
    // A comma is no decimal mark of such a document ("37,5%"), nor a point of a Vietnamese one: nothing confirms the ratio.
    expect(en('03/08 Nhà văn hóa thôn đã lắp wifi miễn phí (37,5%)')).toEqual(['03/08']);
    expect(excluded('03/08 Nhà văn hóa thôn đã lắp wifi miễn phí (37.5%)')).toEqual(['03/08']);
  });
  it('reads a part over its whole then a counted noun as a fraction after a document word, not a document number', () => {
    expect(excluded('Hướng dẫn 12/12 phường rà soát hộ kinh doanh')).toEqual([]);
    expect(excluded('Kế hoạch 08/10 xã tổ chức hội chợ')).toEqual([]);
    // A year, letters or a part above its whole keep the document number.
    expect(excluded('Hướng dẫn 15/2024 về thu phí')).toEqual(['Hướng dẫn 15/2024']);
    expect(excluded('Kế hoạch 45/KH-UBND về chợ')).toEqual(['Kế hoạch 45/KH-UBND']);
  });
  it('excludes the number closing a variety\'s name after a variety word, not a count after a code', () => {
    // Hand-checked: HN 88, LVN 10 and Nếp cẩm 9 name maize varieties; "Dưa lưới 3" names a melon line.
    expect(excluded('gieo thử 03 giống: HN 88, LVN 10 và Nếp cẩm 9 tại hai thôn')).toEqual(['88', '10', '9']);
    expect(excluded('Ngô lai LVN 885\tkg\t1.200')).toEqual(['885']);
    // A counted noun or a unit after the number makes it a count; without a variety word a code keeps its number.
    expect(excluded('cấp giống cho HTX 12 hộ, giống lúa Hương cốm 4 tấn')).toEqual([]);
    expect(excluded('khảo sát tại HTX Tân Lập, KCN 3 và cụm dân cư')).toEqual([]);
  });
});

describe('village roads (session 15)', () => {
  it('keeps a count after "đường thôn" (the village roads), still excludes a numbered hamlet', () => {
    expect(excluded('lắp trên các tuyến đường thôn 64 cột điện')).toEqual([]);
    expect(excluded('hộ dân ở thôn 5 được hỗ trợ')).toEqual(['thôn 5']);
  });
});

describe('a verb that ends in a naming word ("phân loại")', () => {
  it('classifies the count after it, no item numbered by it', () => {
    // Hand-checked: "phân loại 25 cơ sở" counts 25 establishments; "loại 2" alone names a grade.
    expect(excluded('Tổ công tác đã phân loại 25 cơ sở kinh doanh theo quy mô.')).toEqual([]);
    expect(excluded('Phân nhóm 40 thiếu nhi theo độ tuổi.')).toEqual([]);
    expect(excluded('Cơ sở được xếp vào loại 2 theo tiêu chí.')).toEqual(['loại 2']);
  });
});

describe('an item numbered after "số" that its clause or row is about (session 17)', () => {
  it('excludes "số N" before a link word or a bracket naming the item, not before a counted noun, other words or its words', () => {
    // Hand-checked: the school site, the team and the volunteer group are named by their numbers; nothing is counted.
    expect(excluded('Điểm trường số 3 nằm cách trung tâm xã 9 km')).toEqual(['số 3']);
    expect(excluded('Tổ sản xuất số 2 có 17 hộ tham gia')).toEqual(['số 2']);
    expect(excluded('Nhóm tình nguyện số 4 (thôn Nà Làng)')).toEqual(['số 4']);
    // A word that is no link word ("giống lúa số 7 kết hợp …") leaves the number as read.
    expect(excluded('giống lúa số 7 kết hợp bón phân')).toEqual([]);
    // "số 15 hồ sơ" counts files; "tổng số 12 (mười hai) hộ" counts households; a number spelled out in brackets is a count.
    expect(excluded('đã tiếp nhận số 15 hồ sơ đăng ký')).toEqual([]);
    expect(excluded('trong tổng số 12 (mười hai) hộ')).toEqual([]);
    expect(excluded('nhận thêm số 12 (mười hai) suất quà')).toEqual([]);
  });
});

describe('a working unit numbered after "số", its name opening with a capitalised unit word', () => {
  it('excludes "số N" closing "Đội …", "Đoàn …", "Tổ …" whatever verb follows, not a count or a lower-case noun', () => {
    // Hand-checked: the inspection team, the market-control unit and the school are named by their numbers.
    expect(excluded('Đoàn liên ngành số 3 kiểm tra chợ Bình Minh')).toEqual(['số 3']);
    expect(excluded('chuyển hồ sơ cho Đội Cảnh sát giao thông số 5 xử lý')).toEqual(['số 5']);
    expect(excluded('Đề nghị Chi nhánh Ngân hàng số 2 phối hợp')).toEqual(['số 2']);
    // A count after it ("số 15 hồ sơ"), a compound that names no unit ("Tổ chức"), a lower-case noun: left as read.
    expect(excluded('Phòng Tư pháp đã tiếp nhận số 15 hồ sơ')).toEqual([]);
    expect(excluded('Tổ chức số 3 lớp tập huấn')).toEqual([]);
    expect(excluded('đoàn viên thanh niên số 8 tham gia')).toEqual([]);
  });
});

describe('crop reports (session 18)', () => {
  it('excludes the numbers of variety names through a list past its semicolons, a capitalised word alone naming one too', () => {
    // Hand-checked: Bắc thơm 7, ST 25, Nếp 97 and Jasmine 85 are rice varieties; the areas after "có" are figures.
    expect(excluded('Cơ cấu giống: ST 25 có 210,5 ha, chiếm 40,1%; Bắc Thơm 7 có 150,0 ha, chiếm 28,6%; Nếp 97 có 80,2 ha')).toEqual(['25', '7', '97']);
    expect(excluded('Sử dụng giống xác nhận; ưu tiên Jasmine 85, hạn chế IR 64.')).toEqual(['85', '64']);
    // Opening its sentence, a capitalised word and a number are no variety ("Có 5 …"); nor is a count after a name.
    expect(excluded('Giống lúa mới. Có 5 điểm trình diễn.')).toEqual([]);
    expect(excluded('Giống ngô: Thôn Đông 12 hộ đăng ký.')).toEqual([]);
  });
  it('excludes a level named by "cấp" (a canal, a road, a school), not a count issued', () => {
    expect(excluded('nước tưới từ hệ thống kênh cấp 1, cấp 2 đảm bảo')).toEqual(['cấp 1, cấp 2']);
    expect(excluded('trường học cấp 2 và 3 đạt chuẩn')).toEqual(['cấp 2 và 3']);
    expect(excluded('UBND xã cấp 3 giấy chứng nhận, đã cấp 4 cho hộ nghèo')).toEqual([]);
    expect(excluded('cấp 6 cho các hộ nghèo')).toEqual([]);
  });
  it('excludes a slogan in quotes made of small numbers and words, not a count quoted', () => {
    expect(excluded('áp dụng “3 giảm 3 tăng” và "1 phải 5 giảm" trên 120 ha')).toEqual(['“3 giảm 3 tăng”', '"1 phải 5 giảm"']);
    expect(excluded('phong trào "5 không 3 sạch" tại 40 hộ')).toEqual(['"5 không 3 sạch"']);
    expect(excluded('gọi là "12 hộ" tiêu biểu')).toEqual([]);
  });
  it('reads no day in an area after "ngắn ngày" / "dài ngày"', () => {
    expect(excluded('cây công nghiệp ngắn ngày 352,7 ha và cây dài ngày 12 ha')).toEqual([]);
    expect(excluded('ra quân ngày 12, ngày 15/5/2025')).toEqual(['ngày 12', 'ngày 15/5/2025']);
  });
});

describe('numbers that name a category, a numbered body, or count per item', () => {
  it('excludes a category named by one digit, alone or listed ("nhóm 2 và 3", "hạng 1, 2, 3"), not a count after "số" or before a noun', () => {
    // Hand-checked: trainees of group 2 and 3, hotels of class 1 to 3, the third shooting exercise: names of classes.
    expect(excluded('Mở lớp bồi dưỡng cho học viên thuộc nhóm 2 và 3, đạt kế hoạch')).toEqual(['nhóm 2 và 3']);
    expect(excluded('Rà soát cơ sở lưu trú hạng 1, 2, 3 trên địa bàn')).toEqual(['hạng 1, 2, 3']);
    expect(excluded('Kiểm tra bắn súng bài 3 (ban đêm) đạt yêu cầu')).toEqual(['bài 3']);
    // "Số đối tượng 5", "nhóm 4 người", a category list cut before a count ("loại 2, 35 hộ"): counts stay figures.
    expect(excluded('Số đối tượng 5.')).toEqual([]);
    expect(excluded('Chia thành nhóm 4 người tuần tra')).toEqual([]);
    expect(excluded('Hộ nghèo loại 2, 35 hộ được hỗ trợ')).toEqual(['loại 2']);
  });

  it('excludes the number of a body named by its word and initials ("Đội QLTT 5"), not a count after it', () => {
    // Hand-checked: "Đội QLTT 5" is market-control team no. 5; "Tổ ATTP 6 người" counts six people.
    expect(excluded('Chợ được kiểm tra cùng với Đội QLTT 5.')).toEqual(['5']);
    expect(excluded('Thành lập Tổ ATTP 6 người.')).toEqual([]);
  });

  it('keeps a count after "mỗi"/"từng" and an id word ("mỗi tổ 04 buổi"): each of them, no numbered item', () => {
    expect(excluded('Tổ chức 20 buổi tập huấn tại 05 tổ dân phố, mỗi tổ 04 buổi.')).toEqual([]);
    expect(excluded('Tổ chức 20 buổi tập huấn tại tổ 04.')).toEqual(['tổ 04']);
  });
});

describe('cases of a disease counted after a period word', () => {
  it('keeps the cases counted after "N tháng" as a figure, past the months a year has or not', () => {
    // Hand-checked: "6 tháng" is the span; "47 ca" and "8 ca" are cases, never a month 47 or August.
    expect(excluded('Cộng dồn 6 tháng 47 ca sởi, tăng so với năm trước.')).toEqual(['6 tháng']);
    expect(excluded('Cộng dồn 6 tháng 8 ca bệnh thủy đậu.')).toEqual(['6 tháng']);
    // A month named with nothing counted after it stays a period.
    expect(excluded('Đến tháng 8 hoàn thành tiêm bù.')).toEqual(['tháng 8']);
  });
  it('reads a school grade or numbered class after "lớp" as a name, a count of pupils after it as a count', () => {
    // Hand-checked: "lớp 10", "lớp 1" name a grade; "lớp 6 học sinh" would count pupils (a counted noun follows).
    expect(excluded('Tuyển sinh vào lớp 10 trung học phổ thông công lập đạt 84,6%.')).toEqual(['lớp 10']);
    expect(excluded('Huy động trẻ em vào lớp 1 đạt 100%.')).toEqual(['lớp 1']);
    expect(excluded('Mỗi lớp 35 học sinh.')).toEqual([]);
    // A fraction after "lớp" counts the pupils who went to school: "ra lớp 426/431" is no class named 426.
    expect(excluded('Số trẻ em ra lớp 426/431, tỉ lệ 98,8%.')).toEqual([]);
    // A range and a list of grades name grades too ("đến" after the grade gives it to no one, as it may a level "cấp 2 đến").
    expect(excluded('Học sinh từ lớp 1 đến lớp 5 học Tiếng Anh; lớp 3, lớp 4 học bắt buộc.')).toEqual(['lớp 1', 'lớp 5', 'lớp 3', 'lớp 4']);
    expect(excluded('Toàn trường có 24 lớp.')).toEqual([]);
  });
});

// Short passages (table cells, mostly) are answered once per process: the same text with the same options gets the same
// ranges back without running the patterns again; other options are read afresh.
describe('short passages answered once', () => {
  it('hands back the ranges of a short passage it read before, and reads it again under other options', () => {
    const cell = 'Đội 7 (05/2023)';
    const first = findNotFigureRanges(cell, { atBlockStart: false });
    expect(first.map(([a, b]) => cell.slice(a, b))).toEqual(['Đội 7', '05/2023']);
    expect(findNotFigureRanges(cell, { atBlockStart: false })).toBe(first);
    const grouped = findNotFigureRanges(cell, { atBlockStart: false, spaceGroups: true });
    expect(grouped).not.toBe(first);
    expect(grouped).toEqual(first);
    // A longer passage is read each time.
    const line = 'Tổ công tác số 3 đã kiểm tra 14 cơ sở kinh doanh trên địa bàn trong tháng 5/2024';
    expect(findNotFigureRanges(line, { atBlockStart: false })).not.toBe(findNotFigureRanges(line, { atBlockStart: false }));
  });
});

describe('versions in a document written the English way (session 25)', () => {
  const en = (text: string) => findNotFigureRanges(text, { atBlockStart: false, style: 'en' }).map(([a, b]) => text.slice(a, b));
  it('reads one digit and ".0" closing a capitalised name or a quoted name as a version', () => {
    expect(en('Hội Nông dân xã nhân rộng mô hình Nông trại 4.0 tại hai thôn.')).toEqual(['4.0']);
    expect(en('Triển khai chương trình “Bưu điện số 2.0”, thu hút 312 hộ.')).toEqual(['2.0']);
  });
  it('keeps a decimal amount, a rate, a count and a table value as figures', () => {
    expect(en('Doanh thu đạt 4.0 tỷ đồng, tăng 3.0% so với cùng kỳ.')).toEqual([]);
    expect(en('Bình quân mỗi hộ nuôi 5.0 con, năng suất đạt 6.0 tấn/ha.')).toEqual([]);
    expect(en('Xã Tân An\t12\t8.0')).toEqual([]);
    // A sentence's first words name nothing: "Năng suất lúa đạt 6.0" is an amount.
    expect(en('Năng suất lúa đạt 6.0, cao hơn cùng kỳ.')).toEqual([]);
    // Two digits before ".0" are an amount, even after a capitalised word.
    expect(en('Thu nhập bình quân Quý III đạt 12.0 triệu đồng')).toEqual([]);
  });
});
