import { describe, expect, it } from 'vitest';
import { findingsOf } from './audit-helper.js';

// Session 22's study of wrong table flags on unseen reports: tables of our own, in other topics and house styles, for
// each cause class of those flags; every sum checked by hand. Correct tables must stay silent, slips must be flagged.
const run = async (text: string) => (await findingsOf('table-total-mismatch', text)).map((f) => [f.messageId, f.data.stated, f.data.actual]);
const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

describe('group rows total only their own group, in any house style', () => {
  // Doctors: 38 + 7 = 45, 9 + 8 + 7 = 24, 45 + 24 = 69; beds: 200 + 30 = 230, 36 + 30 + 30 = 96, 230 + 96 = 326.
  const staff = (c: string) => rows(['Đơn vị', 'Số bác sĩ', 'Số giường bệnh'], ['TUYẾN HUYỆN', '45', '230'], ['1. Bệnh viện đa khoa', '38', '200'],
    ['2. Trung tâm y tế', '7', '30'], ['TUYẾN XÃ', '24', '96'], ['1. Trạm y tế xã A', '9', '36'], ['2. Trạm y tế xã B', '8', '30'], ['3. Trạm y tế xã C', c, '30'], ['Tổng số', '69', '326']);
  // Criminal 4 + 56 + 24 = 84, civil 70 + 62 = 132, 84 + 132 = 216: kinds set apart by indentation alone, lost in the text.
  const courts = (total: string, theft = '56') => rows(['Chỉ tiêu', 'Số vụ'], ['Án hình sự', '84'], ['   Giết người', '4'], ['   Trộm cắp tài sản', theft], ['   Ma túy', '24'],
    ['Án dân sự', '132'], ['   Tranh chấp đất đai', '70'], ['   Tranh chấp hợp đồng', '62'], ['Tổng số', total]);
  // Education budget lettered A–D with numbers running on: 1.800 + 2.000 + 1.600 = 5.400 … 5.400 + 600 + 300 + 100 = 6.400.
  const budget = (aid: string) => rows(['TT', 'Nội dung', 'Dự toán', 'Thực hiện'], ['A', 'Chi sự nghiệp giáo dục', '5.400', '5.100'], ['1', 'Mầm non', '1.800', '1.700'],
    ['2', 'Tiểu học', '2.000', '1.900'], ['3', 'Trung học cơ sở', '1.600', '1.500'], ['B', 'Chi đào tạo', '600', '560'], ['4', 'Bồi dưỡng giáo viên', '350', '330'],
    ['5', 'Đào tạo nghề', '250', '230'], ['C', 'Chi khác', '300', '240'], ['6', 'Khen thưởng', '200', '160'], ['7', 'Hỗ trợ học sinh', '100', aid],
    ['D', 'Chi dự phòng', '100', '0'], ['8', 'Dự phòng ngân sách', '100', '0'], ['', 'Tổng cộng', '6.400', '5.900']);
  // Labour "1 / - / +": 250 + 130 = 380, 380 + 140 = 520, 180 + 120 = 300, 520 + 300 = 820.
  const labour = (shops: string) => rows(['STT', 'Chỉ tiêu', 'Số người'], ['1', 'Lao động được giải quyết việc làm', '520'], ['-', 'Trong tỉnh', '380'],
    ['+', 'Khu công nghiệp', '250'], ['+', 'Hộ kinh doanh', shops], ['-', 'Ngoài tỉnh', '140'], ['2', 'Lao động được đào tạo', '300'], ['-', 'Sơ cấp', '180'],
    ['-', 'Dưới 3 tháng', '120'], ['', 'Cộng', '820']);

  it('reads a number opening the label ("1. Trạm y tế xã A") as the STT of a table without an STT column', async () => {
    expect(await run(staff('7'))).toEqual([]);
    expect(await run(staff('6'))).toEqual([['groupRowMismatch', 24, 23]]);
  });
  it('reads a flat list whose rows head runs that sum to them as an outline ("Tổng số" = the heads)', async () => {
    expect(await run(courts('216'))).toEqual([]);
    expect(await run(courts('226'))).toEqual([['totalRowMismatch', 226, 216]]);
    // A kind mistyped (58 for 56): the group no longer heads its run, and the total is flagged.
    expect((await run(courts('216', '58'))).map((f) => f[0])).toEqual(['totalRowMismatch']);
  });
  it('keeps the lettered and bulleted styles it already read', async () => {
    expect(await run(budget('80'))).toEqual([]);
    expect(await run(budget('90'))).toEqual([['groupRowMismatch', 240, 250]]);
    expect(await run(labour('130'))).toEqual([]);
    expect(await run(labour('140'))).toEqual([['groupRowMismatch', 380, 390]]);
  });
});

describe('members naming properties of the group are subsets, never its parts', () => {
  it('stays silent on overlapping "Được …" / "Có …" / "Đạt …" members, and on members passing the group by more than any of them', async () => {
    // 860 + 1.180 + 1.240 = 3.280 > 1.240 elderly people; 170 + 140 = 310 shows the table's groups add up elsewhere.
    expect(await run(rows(['Chỉ tiêu', 'Số người'], ['Người cao tuổi', '1.240'], ['- Được khám sức khỏe định kỳ', '860'], ['- Có thẻ bảo hiểm y tế', '1.180'],
      ['- Được lập sổ theo dõi sức khỏe', '1.240'], ['Người khuyết tật', '310'], ['- Nam', '170'], ['- Nữ', '140']))).toEqual([]);
    // 18 + 15 + 20 = 53 > 24 schools; 12 + 4 = 16 halls (đạt / chưa đạt is a split and adds up).
    expect(await run(rows(['STT', 'Chỉ tiêu', 'Số trường'], ['1', 'Trường học', '24'], ['1.1', 'Đạt chuẩn quốc gia', '18'], ['1.2', 'Có bếp ăn bán trú', '15'],
      ['1.3', 'Có phòng tin học', '20'], ['2', 'Nhà văn hóa thôn', '16'], ['2.1', 'Đạt chuẩn', '12'], ['2.2', 'Chưa đạt chuẩn', '4']))).toEqual([]);
    // 49 + 45 + 6 = 100 > 58 cases: settled, of which on time, and appealed; 5 + 2 = 7 settled and pending.
    expect(await run(rows(['STT', 'Nội dung', 'Số vụ'], ['1', 'Vụ án đã thụ lý', '58'], ['a', 'Đã giải quyết', '49'], ['b', 'Giải quyết đúng hạn', '45'],
      ['c', 'Có kháng cáo', '6'], ['2', 'Vụ án hành chính', '7'], ['a', 'Đã giải quyết', '5'], ['b', 'Đang giải quyết', '2']))).toEqual([]);
  });
  it('still flags members that split the group ("Từ 60 đến 79 tuổi", "Từ 80 tuổi trở lên"), and a split of properties that misses', async () => {
    expect(await run(rows(['Chỉ tiêu', 'Số người'], ['Người cao tuổi', '1.240'], ['- Từ 60 đến 79 tuổi', '980'], ['- Từ 80 tuổi trở lên', '280'],
      ['Người khuyết tật', '310'], ['- Nam', '170'], ['- Nữ', '140']))).toEqual([['groupRowMismatch', 1240, 1260]]);
    // Đạt / chưa đạt chuẩn cover the halls: 12 + 5 = 17 ≠ 16.
    expect(await run(rows(['STT', 'Chỉ tiêu', 'Số trường'], ['1', 'Trường học', '24'], ['1.1', 'Công lập', '20'], ['1.2', 'Tư thục', '4'],
      ['2', 'Nhà văn hóa thôn', '16'], ['2.1', 'Đạt chuẩn', '12'], ['2.2', 'Chưa đạt chuẩn', '5']))).toEqual([['groupRowMismatch', 16, 17]]);
  });
});

describe('a "Tổng số <noun>" row among rows counting other nouns is one indicator, whatever the noun', () => {
  it('never sums "Số vụ án", "Số bị can" into "Tổng số bị cáo", though the lexicon knows neither noun of people', async () => {
    expect(await run(rows(['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'], ['Số vụ án thụ lý', '64', '70'], ['Số bị can', '88', '95'], ['Số vụ đã xét xử', '52', '61'],
      ['Tổng số bị cáo', '75', '84']))).toEqual([]);
  });
  it('still sums the kinds under a bare "Tổng số" (70 + 124 + 9 = 203 ≠ 213) and the kinds of its own noun', async () => {
    expect(await run(rows(['Loại án', 'Kỳ này'], ['Hình sự', '70'], ['Dân sự', '124'], ['Hành chính', '9'], ['Tổng số', '213']))).toEqual([['totalRowMismatch', 213, 203]]);
    // 41 + 37 = 78 ≠ 80 defendants.
    expect(await run(rows(['Chỉ tiêu', 'Kỳ này'], ['Số bị cáo nam', '41'], ['Số bị cáo nữ', '37'], ['Tổng số bị cáo', '80']))).toEqual([['totalRowMismatch', 80, 78]]);
  });
});

describe('classes the table reading already covered, kept as regression tests', () => {
  it.each([
    // "Trong đó:" / "- …" rows under row 1 are some of it: 12 + 6 + 4 = 22 works, 18.400 + 9.300 + 11.500 = 39.200.
    ['construction', rows(['STT', 'Loại công trình', 'Số công trình', 'Vốn (triệu đồng)'], ['1', 'Giao thông', '12', '18.400'], ['', 'Trong đó:', '', ''],
      ['', '- Khởi công mới', '5', '7.200'], ['2', 'Thủy lợi', '6', '9.300'], ['3', 'Trường học', '4', '11.500'], ['', 'Tổng số', '22', '39.200'])],
    // "+ Trong đó thuộc thẩm quyền" rows: 46 + 18 + 210 = 274 petitions.
    ['petitions', rows(['TT', 'Nội dung', 'Kỳ này'], ['1', 'Đơn khiếu nại', '46'], ['+', 'Trong đó thuộc thẩm quyền', '31'], ['2', 'Đơn tố cáo', '18'],
      ['+', 'Trong đó thuộc thẩm quyền', '12'], ['3', 'Đơn kiến nghị, phản ánh', '210'], ['', 'Tổng cộng', '274'])],
    // "Tổng cộng (A+B)" leaves out C, already counted in A: 142 + 215 = 357.
    ['poverty', rows(['TT', 'Nội dung', 'Số hộ'], ['A', 'Hộ nghèo', '142'], ['B', 'Hộ cận nghèo', '215'], ['C', 'Hộ mới thoát nghèo (đã tính ở mục A)', '31'], ['', 'Tổng cộng (A+B)', '357'])],
    // A change column beside a casualties column: 3 − 5 = −2, 2 − 2 = 0, 4 − 1 = +3, 1 − 3 = −2.
    ['traffic', rows(['STT', 'Xã', 'Kỳ này', 'Cùng kỳ', 'Tăng (+), giảm (-)', 'Số người bị thương'], ['1', 'Xã An Bình', '3', '5', '-2', '4'],
      ['2', 'Xã An Phú', '2', '2', '0', '1'], ['3', 'Xã An Lạc', '4', '1', '+3', '6'], ['4', 'Xã An Hòa', '1', '3', '-2', '0'])],
    // A rate on the children under five, not the population: 72/640 = 11,25, 61/510 = 11,96, 79/720 = 10,97.
    ['nutrition', rows(['Xã', 'Dân số', 'Trẻ dưới 5 tuổi', 'Trẻ suy dinh dưỡng', 'Tỷ lệ suy dinh dưỡng (%)'], ['Xã A', '8.200', '640', '72', '11,3'],
      ['Xã B', '6.500', '510', '61', '12,0'], ['Xã C', '9.100', '720', '79', '11,0'])],
    // Shares rounded to 33,3 three times make "100"; 12,46 + 3,27 + 1,08 = 16,81 ≈ 16,8.
    ['shares', rows(['Nguồn vốn', 'Số tiền (triệu đồng)', 'Tỷ trọng (%)'], ['Ngân sách tỉnh', '1.000', '33,3'], ['Ngân sách huyện', '1.000', '33,3'], ['Ngân sách xã', '1.000', '33,3'], ['Tổng cộng', '3.000', '100'])],
    ['rounding', rows(['Nội dung', 'Giá trị (tỷ đồng)'], ['Xây lắp', '12,46'], ['Thiết bị', '3,27'], ['Chi phí khác', '1,08'], ['Tổng số', '16,8'])],
    // A price column is no sum (its total is the weighted mean 106.800); a header repeated over a page break is no row.
    ['prices', rows(['Mặt hàng', 'Sản lượng (tấn)', 'Giá bán (đồng/kg)'], ['Cà phê', '1.200', '98.000'], ['Hồ tiêu', '300', '142.000'], ['Tổng cộng', '1.500', '106.800'])],
    ['pages', rows(['STT', 'Xã', 'Số hộ', 'Số hộ nghèo'], ['1', 'Xã A', '1.200', '45'], ['2', 'Xã B', '980', '38'], ['STT', 'Xã', 'Số hộ', 'Số hộ nghèo'], ['3', 'Xã C', '1.450', '52'], ['', 'Tổng cộng', '3.630', '135'])],
  ])('says nothing on a correct %s table', async (_, text) => {
    expect(await run(text)).toEqual([]);
  });
});
